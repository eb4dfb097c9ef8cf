namespace Safeguarding.Domain.Criteria;

/// <summary>How a criterion is decided: from a fact, or from its children.</summary>
/// <remarks>The default value is <see cref="Fact"/>.</remarks>
public enum CriterionKind
{
    /// <summary>A test of the case's facts.</summary>
    Fact = 0,

    /// <summary>Met when every child is met.</summary>
    All = 1,

    /// <summary>Met when any child is met.</summary>
    Any = 2,

    /// <summary>Met when its one child is not met.</summary>
    Not = 3,
}
