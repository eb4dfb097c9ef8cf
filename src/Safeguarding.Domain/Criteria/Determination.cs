namespace Safeguarding.Domain.Criteria;

/// <summary>What the rules in force say about one kind of review or notification, and why.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Determination
{
    /// <summary>Creates a determination.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="outcome">The outcome.</param>
    /// <param name="missingFacts">The unknown facts that could still change the outcome, in <see cref="FactName"/> order.</param>
    /// <param name="facts">The facts the kind's rules read on the decision date.</param>
    /// <param name="reasons">The criteria applied, with their results.</param>
    /// <param name="deadlines">The duties' due dates, where the case facts give the dates they start from.</param>
    internal Determination(DeterminationKind kind, ReviewOutcome outcome, ImmutableArray<FactName> missingFacts, FactSet facts,
        ImmutableArray<Reason> reasons, ImmutableArray<Deadline> deadlines)
    {
        Kind = kind;
        Outcome = outcome;
        MissingFacts = missingFacts.IsDefault ? ImmutableArray<FactName>.Empty : missingFacts;
        Facts = facts;
        Reasons = reasons.IsDefault ? ImmutableArray<Reason>.Empty : reasons;
        Deadlines = deadlines.IsDefault ? ImmutableArray<Deadline>.Empty : deadlines;
    }

    /// <summary>The kind.</summary>
    public DeterminationKind Kind { get; }

    /// <summary>The outcome.</summary>
    public ReviewOutcome Outcome { get; }

    /// <summary>The unknown facts that could still change the outcome; empty when it is determined.</summary>
    public ImmutableArray<FactName> MissingFacts { get; }

    /// <summary>The facts the kind's rules read on the decision date: no other fact can change the outcome.</summary>
    public FactSet Facts { get; }

    /// <summary>The criteria applied, with their results.</summary>
    public ImmutableArray<Reason> Reasons { get; }

    /// <summary>The duties' due dates, where the case facts give the dates they start from.</summary>
    public ImmutableArray<Deadline> Deadlines { get; }

    /// <summary>Returns kind and outcome.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind + ": " + Outcome;
}
