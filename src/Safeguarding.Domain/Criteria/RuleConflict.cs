namespace Safeguarding.Domain.Criteria;

/// <summary>A defect in the rule set: facts for which no rule, or rules with different outcomes, decide a determination.</summary>
/// <remarks>Immutable and thread-safe. A sound rule set has none (<see cref="RuleSet.FindConflicts"/>).</remarks>
public sealed class RuleConflict
{
    internal RuleConflict(RegimeId regimeId, DeterminationKind kind, CaseFacts facts, ImmutableArray<DeterminationRule> rules, string problem)
    {
        RegimeId = regimeId;
        Kind = kind;
        Facts = facts;
        Rules = rules;
        Problem = Guard.Against.NullOrWhiteSpace(problem);
    }

    /// <summary>The regime.</summary>
    public RegimeId RegimeId { get; }

    /// <summary>The determination.</summary>
    public DeterminationKind Kind { get; }

    /// <summary>Facts that show the defect.</summary>
    public CaseFacts Facts { get; }

    /// <summary>The rules that fired (empty for a gap).</summary>
    public ImmutableArray<DeterminationRule> Rules { get; }

    /// <summary>What is wrong.</summary>
    public string Problem { get; }

    /// <summary>Returns regime, kind and problem.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RegimeId + " " + Kind + ": " + Problem;
}
