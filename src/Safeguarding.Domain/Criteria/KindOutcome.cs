namespace Safeguarding.Domain.Criteria;

/// <summary>One determination's outcome without its reasons: what the allocation-free evaluation writes.</summary>
/// <remarks>Immutable value. The default value is a serious case review, undetermined, with no missing facts; obtain values from <see cref="CriteriaEvaluator.EvaluateOutcomes"/>.</remarks>
internal readonly struct KindOutcome : IEquatable<KindOutcome>
{
    /// <summary>Creates an outcome.</summary>
    /// <param name="kind">The determination.</param>
    /// <param name="outcome">The outcome.</param>
    /// <param name="missingFacts">The unknown facts that could still change it; empty when determined.</param>
    public KindOutcome(DeterminationKind kind, ReviewOutcome outcome, FactSet missingFacts)
    {
        Kind = kind;
        Outcome = outcome;
        MissingFacts = missingFacts;
    }

    /// <summary>The determination.</summary>
    public DeterminationKind Kind { get; }

    /// <summary>The outcome.</summary>
    public ReviewOutcome Outcome { get; }

    /// <summary>The unknown facts that could still change the outcome; empty when it is determined.</summary>
    public FactSet MissingFacts { get; }

    /// <inheritdoc />
    public bool Equals(KindOutcome other) => Kind == other.Kind && Outcome == other.Outcome && MissingFacts == other.MissingFacts;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is KindOutcome other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => ((int)Kind * 16) + (int)Outcome + (MissingFacts.GetHashCode() << 8);

    /// <summary>Returns kind and outcome.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind + ": " + Outcome;

    /// <summary>Equality.</summary>
    /// <param name="left">The first outcome.</param>
    /// <param name="right">The second outcome.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(KindOutcome left, KindOutcome right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first outcome.</param>
    /// <param name="right">The second outcome.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(KindOutcome left, KindOutcome right) => !left.Equals(right);
}
