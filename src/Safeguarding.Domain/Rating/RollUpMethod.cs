namespace Safeguarding.Domain.Rating;

/// <summary>
/// How a parent's status (a recommendation's, a finding's, the plan's) is formed from its children's.
/// Every method gives a status between the worst and the best child, inclusive.
/// </summary>
/// <remarks>The default value is <see cref="WorstOf"/>, the contract's rule.</remarks>
public enum RollUpMethod
{
    /// <summary>The worst child's status (the contract's default).</summary>
    WorstOf = 0,

    /// <summary>The lower median of the children's statuses (with an even count, the worse of the two middle ones).</summary>
    LowerMedian = 1,

    /// <summary>The most common status among the children; a tie goes to the worse status.</summary>
    MostCommon = 2,
}
