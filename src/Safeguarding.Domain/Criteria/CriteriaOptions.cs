using Safeguarding.Domain.Timescales;

namespace Safeguarding.Domain.Criteria;

/// <summary>
/// The parameters where the law or guidance leaves a choice: England's 2018-2019 transition, and the
/// timescale catalogue whose clocks give the deadlines of the duties found (with its own parameters,
/// such as when the rapid review clock starts).
/// </summary>
/// <remarks>
/// Immutable and thread-safe. <see cref="Default"/> is <see cref="EnglandTransition.SafeguardingPartners"/> with
/// <see cref="TimescaleCatalogue.Default"/> (rapid review counted from the notification, as the Panel's current guidance says).
/// </remarks>
public sealed class CriteriaOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="englandTransition">Which English children's regime applies from 29 June 2018 to 29 September 2019.</param>
    /// <param name="timescales">The clocks used for deadlines.</param>
    /// <exception cref="System.ArgumentException"><paramref name="englandTransition"/> is out of range.</exception>
    /// <exception cref="System.ArgumentNullException"><paramref name="timescales"/> is null.</exception>
    public CriteriaOptions(EnglandTransition englandTransition, TimescaleCatalogue timescales)
        : this(englandTransition, timescales, ImmutableArray<Commencement>.Empty, RuleSet.ScotlandCareAndRiskManagementDefaultStart)
    {
    }

    private CriteriaOptions(EnglandTransition englandTransition, TimescaleCatalogue timescales, ImmutableArray<Commencement> commencements, LocalDate scotlandCareAndRiskManagementStart)
    {
        EnglandTransition = Guard.Against.EnumOutOfRange(englandTransition);
        Timescales = Guard.Against.Null(timescales);
        ScotlandCareAndRiskManagementStart = scotlandCareAndRiskManagementStart;
        Commencements = commencements;
        foreach (var commencement in commencements)
        {
            if (commencement.Provision == RuleSet.DomesticAbuseRelatedDeathReviewProvision)
            {
                DomesticAbuseRelatedDeathReviewsCommence = commencement.Date;
            }
        }
    }

    /// <summary>The defaults (see the enums' documentation for why).</summary>
    public static CriteriaOptions Default { get; } = new(EnglandTransition.SafeguardingPartners, TimescaleCatalogue.Default);

    /// <summary>Which English children's regime applies during the transition.</summary>
    public EnglandTransition EnglandTransition { get; }

    /// <summary>Regime selection under these options, kept once per setting (see <see cref="OutcomeTimeline"/>).</summary>
    internal OutcomeTimeline Timeline => _timeline ??= OutcomeTimeline.For(this);

    // Any thread may look the timeline up first; all find the same one.
    private OutcomeTimeline? _timeline;

    /// <summary>The clocks used for the deadlines of the duties found.</summary>
    public TimescaleCatalogue Timescales { get; }

    /// <summary>
    /// The first decision date on which a Scottish child's learning review reads the Care and Risk Management limb
    /// (<c>careAndRiskManagementHarm</c>, the 2024 update of the guidance). The update's start day is not known:
    /// the default is <see cref="RuleSet.ScotlandCareAndRiskManagementDefaultStart"/> (1 January 2024, assumed).
    /// </summary>
    public LocalDate ScotlandCareAndRiskManagementStart { get; }

    /// <summary>
    /// The commencement days the caller supplies for enacted provisions not in force (none by default: the law checked
    /// has none, and none is assumed). At most one per provision.
    /// </summary>
    public ImmutableArray<Commencement> Commencements { get; }

    /// <summary>
    /// The day domestic abuse related death reviews (<c>vpa-2024-s19</c>) commence, if the caller supplied one: from
    /// that day they replace domestic homicide reviews in England and Wales. <see langword="null"/>: never.
    /// </summary>
    public NodaTime.LocalDate? DomesticAbuseRelatedDeathReviewsCommence { get; }

    /// <summary>These options with a provision commenced on a day (replacing any day given before for that provision).</summary>
    /// <param name="commencement">The provision and its day.</param>
    /// <returns>New options.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="commencement"/> is null.</exception>
    public CriteriaOptions WithCommencement(Commencement commencement)
    {
        Guard.Against.Null(commencement);
        var kept = ImmutableArray.CreateBuilder<Commencement>();
        foreach (var existing in Commencements)
        {
            if (existing.Provision != commencement.Provision)
            {
                kept.Add(existing);
            }
        }

        kept.Add(commencement);
        return new CriteriaOptions(EnglandTransition, Timescales, kept.ToImmutable(), ScotlandCareAndRiskManagementStart);
    }

    /// <summary>When the rapid review clock starts (a parameter of <see cref="Timescales"/>).</summary>
    public RapidReviewClockStart RapidReviewClockStart => Timescales.Options.RapidReviewClockStart;

    /// <summary>These options with the rapid review clock starting from another event.</summary>
    /// <param name="start">The start.</param>
    /// <returns>New options.</returns>
    public CriteriaOptions WithRapidReviewClockStart(RapidReviewClockStart start) =>
        start == RapidReviewClockStart
            ? this
            : new(EnglandTransition, TimescaleCatalogue.Create(Timescales.Options.WithRapidReviewClockStart(start)), Commencements, ScotlandCareAndRiskManagementStart);

    /// <summary>These options with the Scottish Care and Risk Management limb in force from another day.</summary>
    /// <param name="start">The first decision date the limb applies to; not before the Scottish regime's start (1 September 2021).</param>
    /// <returns>New options.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="start"/> is before <see cref="RuleSet.ScotlandLearningReviewStart"/>.</exception>
    public CriteriaOptions WithScotlandCareAndRiskManagementStart(LocalDate start)
    {
        if (start < RuleSet.ScotlandLearningReviewStart)
        {
            throw new System.ArgumentOutOfRangeException(nameof(start), "The Care and Risk Management limb cannot start before the Scottish learning review regime (2021-09-01).");
        }

        return start == ScotlandCareAndRiskManagementStart ? this : new(EnglandTransition, Timescales, Commencements, start);
    }
}
