namespace Safeguarding.Domain.Criteria;

/// <summary>One rule of a regime: when its condition is met, the determination of its kind has its outcome.</summary>
/// <remarks>
/// Immutable and thread-safe. For every complete set of facts exactly one rule of each kind must fire; the rule
/// set's own check (<see cref="RuleSet.FindConflicts"/>) proves it, so two rules never decide the same
/// determination differently and no priority between rules is needed.
/// </remarks>
public sealed class DeterminationRule
{
    internal DeterminationRule(DeterminationKind kind, Subject subject, ReviewOutcome outcome, Criterion condition)
    {
        Kind = Guard.Against.EnumOutOfRange(kind);
        Subject = Guard.Against.EnumOutOfRange(subject);
        Outcome = Guard.Against.EnumOutOfRange(outcome);
        Condition = Guard.Against.Null(condition);
    }

    /// <summary>The determination the rule decides.</summary>
    public DeterminationKind Kind { get; }

    /// <summary>Whom the rule applies to.</summary>
    public Subject Subject { get; }

    /// <summary>The outcome when the condition is met; never <see cref="ReviewOutcome.Undetermined"/>.</summary>
    public ReviewOutcome Outcome { get; }

    /// <summary>The condition, with its citation and validity.</summary>
    public Criterion Condition { get; }

    /// <summary>Returns kind, outcome and condition.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind + " " + Outcome + " when " + Condition.Id;
}
