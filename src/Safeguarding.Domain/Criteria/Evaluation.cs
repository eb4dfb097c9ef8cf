using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Safeguarding.Domain.Serialization;

namespace Safeguarding.Domain.Criteria;

/// <summary>The evaluation of a case: the regime applied, why, and one determination per kind.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
[JsonConverter(typeof(EvaluationJsonConverter))]
public sealed class Evaluation
{
    /// <summary>Creates an evaluation.</summary>
    /// <param name="facts">The facts evaluated.</param>
    /// <param name="regime">The regime applied.</param>
    /// <param name="selectionReason">Why the regime applies.</param>
    /// <param name="determinations">One determination per kind, the regime's first, then any domestic homicide review.</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public Evaluation(CaseFacts facts, Regime regime, string selectionReason, ImmutableArray<Determination> determinations)
    {
        Facts = facts;
        Regime = Guard.Against.Null(regime);
        SelectionReason = Guard.Against.NullOrWhiteSpace(selectionReason);
        Determinations = determinations.IsDefault ? ImmutableArray<Determination>.Empty : determinations;
    }

    /// <summary>The facts evaluated.</summary>
    public CaseFacts Facts { get; }

    /// <summary>The regime applied.</summary>
    public Regime Regime { get; }

    /// <summary>Why the regime applies.</summary>
    public string SelectionReason { get; }

    /// <summary>One determination per kind.</summary>
    public ImmutableArray<Determination> Determinations { get; }
}
