using System.Collections.Immutable;
using Ardalis.GuardClauses;
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
        : this(englandTransition, timescales, ImmutableArray<Commencement>.Empty)
    {
    }

    private CriteriaOptions(EnglandTransition englandTransition, TimescaleCatalogue timescales, ImmutableArray<Commencement> commencements)
    {
        EnglandTransition = Guard.Against.EnumOutOfRange(englandTransition);
        Timescales = Guard.Against.Null(timescales);
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

    /// <summary>The clocks used for the deadlines of the duties found.</summary>
    public TimescaleCatalogue Timescales { get; }

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
        return new CriteriaOptions(EnglandTransition, Timescales, kept.ToImmutable());
    }

    /// <summary>When the rapid review clock starts (a parameter of <see cref="Timescales"/>).</summary>
    public RapidReviewClockStart RapidReviewClockStart => Timescales.Options.RapidReviewClockStart;

    /// <summary>These options with the rapid review clock starting from another event.</summary>
    /// <param name="start">The start.</param>
    /// <returns>New options.</returns>
    public CriteriaOptions WithRapidReviewClockStart(RapidReviewClockStart start) =>
        start == RapidReviewClockStart
            ? this
            : new(EnglandTransition, TimescaleCatalogue.Create(Timescales.Options.WithRapidReviewClockStart(start)), Commencements);
}
