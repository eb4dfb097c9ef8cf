namespace Safeguarding.Domain.Criteria;

/// <summary>Whether a criterion is met, in three-valued (Kleene) logic.</summary>
/// <remarks>The default value is <see cref="Unknown"/>. Wire names: <c>unknown</c>, <c>met</c>, <c>not-met</c>, <c>not-in-force</c>.</remarks>
public enum CriterionResult
{
    /// <summary>It depends on facts that are unknown (<c>unknown</c>).</summary>
    Unknown = 0,

    /// <summary>Met (<c>met</c>).</summary>
    Met = 1,

    /// <summary>Not met (<c>not-met</c>).</summary>
    NotMet = 2,

    /// <summary>
    /// The provision was not in force on the decision date, or sits under one that was not (<c>not-in-force</c>): a
    /// result of a reason only, never of an evaluation, where it counts as not met. It says nothing about the case.
    /// </summary>
    NotInForce = 3,
}
