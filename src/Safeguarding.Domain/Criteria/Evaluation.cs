using Safeguarding.Domain.Serialization;

namespace Safeguarding.Domain.Criteria;

/// <summary>The evaluation of a case: the regime applied, why, and one determination per kind.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Evaluation
{
    /// <summary>Creates an evaluation.</summary>
    /// <param name="facts">The facts evaluated.</param>
    /// <param name="regime">The regime applied.</param>
    /// <param name="selectionReason">Why the regime applies.</param>
    /// <param name="determinations">One determination per kind, the regime's first, then any domestic homicide review.</param>
    /// <param name="lawCheckedOn">The date up to which the rules' law was checked (<see cref="RuleSet.LawCheckedOn"/>).</param>
    /// <param name="pendingChanges">Enacted changes not in force that would affect the case (<see cref="RuleSet.PendingChangesFor"/>).</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    internal Evaluation(CaseFacts facts, Regime regime, string selectionReason, ImmutableArray<Determination> determinations,
        LocalDate lawCheckedOn, ImmutableArray<PendingChange> pendingChanges)
    {
        LawCheckedOn = lawCheckedOn;
        PendingChanges = pendingChanges.IsDefault ? ImmutableArray<PendingChange>.Empty : pendingChanges;
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

    /// <summary>The date up to which the law behind the answer was checked.</summary>
    public LocalDate LawCheckedOn { get; }

    /// <summary>Whether the decision date is after <see cref="LawCheckedOn"/>: the answer uses the last known law, which may have changed.</summary>
    public bool Provisional => Facts.DecisionDate > LawCheckedOn;

    /// <summary>Enacted changes not in force on the decision date that would affect this jurisdiction and subject; empty when none.</summary>
    public ImmutableArray<PendingChange> PendingChanges { get; }

    /// <summary>
    /// Returns the regime and each determination, for example
    /// <c>england-cspr-2018: LocalChildSafeguardingPracticeReview: Required; RapidReview: Required</c>, followed by
    /// <c>(provisional)</c> when the decision date is after the law was last checked and by the number of pending changes.
    /// </summary>
    /// <returns>The evaluation as text.</returns>
    public override string ToString() =>
        Regime.Id + ": " + string.Join("; ", Determinations)
        + (Provisional ? " (provisional)" : string.Empty)
        + (PendingChanges.Length == 0 ? string.Empty : " (" + PendingChanges.Length + (PendingChanges.Length == 1 ? " pending change)" : " pending changes)"));
}
