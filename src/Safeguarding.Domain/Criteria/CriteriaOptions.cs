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
    {
        EnglandTransition = Guard.Against.EnumOutOfRange(englandTransition);
        Timescales = Guard.Against.Null(timescales);
    }

    /// <summary>The defaults (see the enums' documentation for why).</summary>
    public static CriteriaOptions Default { get; } = new(EnglandTransition.SafeguardingPartners, TimescaleCatalogue.Default);

    /// <summary>Which English children's regime applies during the transition.</summary>
    public EnglandTransition EnglandTransition { get; }

    /// <summary>The clocks used for the deadlines of the duties found.</summary>
    public TimescaleCatalogue Timescales { get; }

    /// <summary>When the rapid review clock starts (a parameter of <see cref="Timescales"/>).</summary>
    public RapidReviewClockStart RapidReviewClockStart => Timescales.Options.RapidReviewClockStart;

    /// <summary>These options with the rapid review clock starting from another event.</summary>
    /// <param name="start">The start.</param>
    /// <returns>New options.</returns>
    public CriteriaOptions WithRapidReviewClockStart(RapidReviewClockStart start) =>
        start == RapidReviewClockStart
            ? this
            : new(EnglandTransition, TimescaleCatalogue.Create(Timescales.Options.WithRapidReviewClockStart(start)));
}
