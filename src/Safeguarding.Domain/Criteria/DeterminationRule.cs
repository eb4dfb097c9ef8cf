namespace Safeguarding.Domain.Criteria;

/// <summary>One rule of a regime: when its condition is met, the determination of its kind has its outcome.</summary>
/// <remarks>
/// Immutable and thread-safe. For every complete set of facts exactly one rule of each kind must fire; the rule
/// set's own check (<see cref="RuleSet.FindConflicts"/>) proves it, so two rules never decide the same
/// determination differently and no priority between rules is needed.
/// </remarks>
public sealed class DeterminationRule
{
    // Made by the library only, with an object initialiser that names each property.
    internal DeterminationRule()
    {
    }

    /// <summary>The determination the rule decides.</summary>
    public DeterminationKind Kind { get; internal init => field = Guard.Against.EnumOutOfRange(value, nameof(Kind)); }

    /// <summary>Whom the rule applies to.</summary>
    public Subject Subject { get; internal init => field = Guard.Against.EnumOutOfRange(value, nameof(Subject)); }

    /// <summary>The outcome when the condition is met; never <see cref="ReviewOutcome.Undetermined"/>.</summary>
    public ReviewOutcome Outcome { get; internal init => field = Guard.Against.EnumOutOfRange(value, nameof(Outcome)); }

    /// <summary>The condition, with its citation and validity.</summary>
    public Criterion Condition { get; internal init => field = Guard.Against.Null(value, nameof(Condition)); } = null!;

    /// <summary>Returns kind, outcome and condition.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind + " " + Outcome + " when " + Condition.Id;
}
