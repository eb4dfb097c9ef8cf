namespace Safeguarding.Domain.ActionPlans;

/// <summary>
/// One action of a multi-agency plan: who owns it, what it answers, when it is due, how success is
/// measured, and the dated facts (start, completion, evidence) and reported updates recorded against it.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Ids follow the council's own numbering (<c>1.1</c>, <c>3.2</c>, <c>5</c>).
/// References are not checked here; <see cref="PlanValidation"/> reports dangling, duplicate and cyclic ones.
/// <see cref="ToString"/> returns the id and owner only, never free text.
/// </remarks>
public sealed class PlanAction : IEquatable<PlanAction>
{
    /// <summary>Creates an action with a description of what will be done.</summary>
    /// <param name="id">The action's number, for example <c>1.1</c>.</param>
    /// <param name="recommendations">The ids of the recommendations the action answers.</param>
    /// <param name="description">What will be done (free text), or <see langword="null"/>.</param>
    /// <param name="owner">The owner agency, for example <c>police</c> (at most 64 characters).</param>
    /// <param name="lead">The lead officer's role, or <see langword="null"/>.</param>
    /// <param name="targetDate">The date the action is due, or <see langword="null"/> when none was set.</param>
    /// <param name="successMeasure">How success will be measured, or <see langword="null"/>.</param>
    /// <param name="startedOn">The date work started, or <see langword="null"/>.</param>
    /// <param name="completedOn">The date the action was completed, or <see langword="null"/>.</param>
    /// <param name="evidence">The dated evidence, in any order (the order never changes a derived status).</param>
    /// <param name="updates">The dated progress updates, in any order.</param>
    /// <param name="dependsOn">The ids of actions that must be done first (cycles are reported by validation).</param>
    /// <exception cref="ArgumentException">An id or text is empty or too long, or a collection contains null.</exception>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date is outside 1900-01-01 to 2199-12-31.</exception>
    internal PlanAction(
        string id,
        IEnumerable<string> recommendations,
        string? description,
        string owner,
        string? lead,
        LocalDate? targetDate,
        string? successMeasure,
        LocalDate? startedOn,
        LocalDate? completedOn,
        IEnumerable<Evidence> evidence,
        IEnumerable<StatusUpdate> updates,
        IEnumerable<string> dependsOn)
        : this(id, recommendations, owner, lead, targetDate, successMeasure, startedOn, completedOn, evidence, updates, dependsOn)
    {
        Description = PlanGuards.OptionalText(description, nameof(description));
    }

    /// <summary>Creates an action without a description.</summary>
    /// <param name="id">The action's number, for example <c>1.1</c>.</param>
    /// <param name="recommendations">The ids of the recommendations the action answers.</param>
    /// <param name="owner">The owner agency, for example <c>police</c> (at most 64 characters).</param>
    /// <param name="lead">The lead officer's role, or <see langword="null"/>.</param>
    /// <param name="targetDate">The date the action is due, or <see langword="null"/> when none was set.</param>
    /// <param name="successMeasure">How success will be measured, or <see langword="null"/>.</param>
    /// <param name="startedOn">The date work started, or <see langword="null"/>.</param>
    /// <param name="completedOn">The date the action was completed, or <see langword="null"/>.</param>
    /// <param name="evidence">The dated evidence, in any order (the order never changes a derived status).</param>
    /// <param name="updates">The dated progress updates, in any order.</param>
    /// <param name="dependsOn">The ids of actions that must be done first (cycles are reported by validation).</param>
    /// <exception cref="ArgumentException">An id or text is empty or too long, or a collection contains null.</exception>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date is outside 1900-01-01 to 2199-12-31.</exception>
    internal PlanAction(
        string id,
        IEnumerable<string> recommendations,
        string owner,
        string? lead,
        LocalDate? targetDate,
        string? successMeasure,
        LocalDate? startedOn,
        LocalDate? completedOn,
        IEnumerable<Evidence> evidence,
        IEnumerable<StatusUpdate> updates,
        IEnumerable<string> dependsOn)
    {
        Id = PlanGuards.Id(id, nameof(id));
        Recommendations = PlanGuards.Ids(recommendations, nameof(recommendations));
        Owner = PlanGuards.Id(owner, nameof(owner));
        Lead = PlanGuards.OptionalText(lead, nameof(lead));
        TargetDate = PlanGuards.OptionalDate(targetDate, nameof(targetDate));
        SuccessMeasure = PlanGuards.OptionalText(successMeasure, nameof(successMeasure));
        StartedOn = PlanGuards.OptionalDate(startedOn, nameof(startedOn));
        CompletedOn = PlanGuards.OptionalDate(completedOn, nameof(completedOn));
        Evidence = PlanGuards.Items(evidence, nameof(evidence));
        Updates = PlanGuards.Items(updates, nameof(updates));
        DependsOn = PlanGuards.Ids(dependsOn, nameof(dependsOn));
    }

    /// <summary>Creates an action with no dependencies.</summary>
    /// <param name="id">The action's number, for example <c>1.1</c>.</param>
    /// <param name="recommendations">The ids of the recommendations the action answers.</param>
    /// <param name="owner">The owner agency.</param>
    /// <param name="targetDate">The date the action is due, or <see langword="null"/>.</param>
    /// <param name="startedOn">The date work started, or <see langword="null"/>.</param>
    /// <param name="completedOn">The date the action was completed, or <see langword="null"/>.</param>
    /// <param name="evidence">The dated evidence.</param>
    /// <param name="updates">The dated progress updates.</param>
    /// <exception cref="ArgumentException">An id is empty or too long, or a collection contains null.</exception>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date is out of range.</exception>
    internal PlanAction(
        string id,
        IEnumerable<string> recommendations,
        string owner,
        LocalDate? targetDate,
        LocalDate? startedOn,
        LocalDate? completedOn,
        IEnumerable<Evidence> evidence,
        IEnumerable<StatusUpdate> updates)
        : this(id, recommendations, owner, null, targetDate, null, startedOn, completedOn, evidence, updates, Array.Empty<string>())
    {
    }

    /// <summary>The action's id.</summary>
    public string Id { get; }

    /// <summary>The ids of the recommendations the action answers.</summary>
    public ImmutableArray<string> Recommendations { get; }

    /// <summary>What will be done (free text: shown in reports, never in errors, logs or <see cref="ToString"/>); <see langword="null"/> when not given.</summary>
    public string? Description { get; }

    /// <summary>The owner agency.</summary>
    public string Owner { get; }

    /// <summary>The lead officer's role; <see langword="null"/> when not given.</summary>
    public string? Lead { get; }

    /// <summary>The date the action is due; <see langword="null"/> when none was set (it can then never be overdue).</summary>
    public LocalDate? TargetDate { get; }

    /// <summary>How success will be measured; <see langword="null"/> when not given.</summary>
    public string? SuccessMeasure { get; }

    /// <summary>The date work started; <see langword="null"/> when not recorded.</summary>
    public LocalDate? StartedOn { get; }

    /// <summary>The date the action was completed; <see langword="null"/> when not recorded.</summary>
    public LocalDate? CompletedOn { get; }

    /// <summary>The dated evidence, as given.</summary>
    public ImmutableArray<Evidence> Evidence { get; }

    /// <summary>The dated progress updates, as given.</summary>
    public ImmutableArray<StatusUpdate> Updates { get; }

    /// <summary>The ids of the actions that must be done first.</summary>
    public ImmutableArray<string> DependsOn { get; }

    /// <summary>Returns a copy of this action with one more piece of evidence.</summary>
    /// <param name="item">The evidence to add.</param>
    /// <returns>The new action.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    public PlanAction WithEvidence(Evidence item) =>
        new(Id, Recommendations, Description, Owner, Lead, TargetDate, SuccessMeasure, StartedOn, CompletedOn,
            Evidence.Add(item ?? throw new ArgumentNullException(nameof(item))), Updates, DependsOn);

    /// <summary>Returns a copy of this action with one more update.</summary>
    /// <param name="update">The update to add.</param>
    /// <returns>The new action.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="update"/> is null.</exception>
    public PlanAction WithUpdate(StatusUpdate update) =>
        new(Id, Recommendations, Description, Owner, Lead, TargetDate, SuccessMeasure, StartedOn, CompletedOn,
            Evidence, Updates.Add(update ?? throw new ArgumentNullException(nameof(update))), DependsOn);

    /// <summary>Returns the id and owner, for example <c>1.1 (police)</c>.</summary>
    /// <returns>The action as text.</returns>
    public override string ToString() => Id + " (" + Owner + ")";

    /// <inheritdoc />
    public bool Equals(PlanAction? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && PlanGuards.SameIds(Recommendations, other.Recommendations)
        && string.Equals(Description, other.Description, StringComparison.Ordinal)
        && string.Equals(Owner, other.Owner, StringComparison.Ordinal)
        && string.Equals(Lead, other.Lead, StringComparison.Ordinal)
        && TargetDate == other.TargetDate
        && string.Equals(SuccessMeasure, other.SuccessMeasure, StringComparison.Ordinal)
        && StartedOn == other.StartedOn
        && CompletedOn == other.CompletedOn
        && PlanGuards.SameSequence(Evidence, other.Evidence)
        && PlanGuards.SameSequence(Updates, other.Updates)
        && PlanGuards.SameIds(DependsOn, other.DependsOn);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PlanAction);

    /// <inheritdoc />
    public override int GetHashCode() => PlanGuards.Hash(Id) ^ (PlanGuards.Hash(Owner) * 31) ^ Evidence.Length ^ (Updates.Length << 8);
}
