namespace Safeguarding.Domain.Criteria;

/// <summary>One determination's outcome without its reasons: what the allocation-free evaluation writes.</summary>
/// <param name="Kind">The determination.</param>
/// <param name="Outcome">The outcome.</param>
/// <param name="MissingFacts">The unknown facts that could still change the outcome; empty when it is determined.</param>
/// <remarks>Immutable value with equality over its three parts. The default value is a serious case review, undetermined, with no missing facts; obtain values from <see cref="CriteriaEvaluator.EvaluateOutcomes"/>.</remarks>
internal readonly record struct KindOutcome(DeterminationKind Kind, ReviewOutcome Outcome, FactSet MissingFacts)
{
    /// <summary>Returns kind and outcome.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind + ": " + Outcome;
}
