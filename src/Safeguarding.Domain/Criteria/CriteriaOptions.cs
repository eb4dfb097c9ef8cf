using Ardalis.GuardClauses;

namespace Safeguarding.Domain.Criteria;

/// <summary>The parameters where the law or guidance leaves a choice: England's 2018-2019 transition and the rapid review clock start.</summary>
/// <remarks>Immutable and thread-safe. <see cref="Default"/> is <see cref="EnglandTransition.SafeguardingPartners"/> and <see cref="RapidReviewClockStart.IncidentAwareness"/>.</remarks>
public sealed class CriteriaOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="englandTransition">Which English children's regime applies from 29 June 2018 to 29 September 2019.</param>
    /// <param name="rapidReviewClockStart">When the rapid review clock starts.</param>
    /// <exception cref="System.ArgumentException">A value is out of range.</exception>
    public CriteriaOptions(EnglandTransition englandTransition, RapidReviewClockStart rapidReviewClockStart)
    {
        EnglandTransition = Guard.Against.EnumOutOfRange(englandTransition);
        RapidReviewClockStart = Guard.Against.EnumOutOfRange(rapidReviewClockStart);
    }

    /// <summary>The defaults (see the enums' documentation for why).</summary>
    public static CriteriaOptions Default { get; } = new(EnglandTransition.SafeguardingPartners, RapidReviewClockStart.IncidentAwareness);

    /// <summary>Which English children's regime applies during the transition.</summary>
    public EnglandTransition EnglandTransition { get; }

    /// <summary>When the rapid review clock starts.</summary>
    public RapidReviewClockStart RapidReviewClockStart { get; }
}
