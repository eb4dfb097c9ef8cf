namespace Safeguarding.Domain.Criteria;

/// <summary>What the rules in force say about one kind of review or notification.</summary>
/// <remarks>The default value is <see cref="Undetermined"/>. Wire names: <c>undetermined</c>, <c>required</c>, <c>discretionary</c>, <c>not-required</c>.</remarks>
public enum ReviewOutcome
{
    /// <summary>The answer depends on facts that are unknown (<c>undetermined</c>).</summary>
    Undetermined = 0,

    /// <summary>The duty applies (<c>required</c>).</summary>
    Required = 1,

    /// <summary>The body may act but need not (<c>discretionary</c>).</summary>
    Discretionary = 2,

    /// <summary>The duty does not apply (<c>not-required</c>).</summary>
    NotRequired = 3,
}
