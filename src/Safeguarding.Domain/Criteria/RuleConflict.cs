namespace Safeguarding.Domain.Criteria;

/// <summary>A defect in the rule set: facts for which no rule, or rules with different outcomes, decide a determination.</summary>
/// <remarks>Immutable and thread-safe. A sound rule set has none (<see cref="RuleSet.FindConflicts"/>).</remarks>
public sealed class RuleConflict
{
    // Made by the library only, with an object initialiser that names each property.
    internal RuleConflict()
    {
    }

    /// <summary>The regime.</summary>
    public RegimeId RegimeId { get; internal init; }

    /// <summary>The determination.</summary>
    public DeterminationKind Kind { get; internal init; }

    /// <summary>Facts that show the defect.</summary>
    public CaseFacts Facts { get; internal init; }

    /// <summary>The rules that fired (empty for a gap).</summary>
    public ImmutableArray<DeterminationRule> Rules { get; internal init; }

    /// <summary>What is wrong.</summary>
    public string Problem { get; internal init => field = Guard.Against.NullOrWhiteSpace(value, nameof(Problem)); } = null!;

    /// <summary>Returns regime, kind and problem.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RegimeId + " " + Kind + ": " + Problem;
}
