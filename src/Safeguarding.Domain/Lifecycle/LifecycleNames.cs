namespace Safeguarding.Domain.Lifecycle;

/// <summary>
/// The contract's wire names (kebab-case) for the lifecycle's values, both ways: review kinds, states,
/// triggers, event types, action-plan states, decisions, jurisdictions and clock statuses.
/// </summary>
/// <remarks>Thread-safe: the members are pure. Parsing is exact (ordinal, case-sensitive).</remarks>
public static class LifecycleNames
{
    /// <summary>Every review kind's wire name, in the order of <see cref="DeterminationKind"/>.</summary>
    internal static ImmutableArray<string> KindIds { get; } = LifecycleWire.Kinds.Names.ToImmutableArray();

    /// <summary>The review kinds' wire names, comma-separated, for messages.</summary>
    public static string ExpectedKinds => LifecycleWire.Kinds.Expected;

    /// <summary>The wire name of a review kind, for example <c>serious-case-review</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its wire name.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    internal static string Name(DeterminationKind kind) => LifecycleWire.Kinds.Name(kind);

    /// <summary>The wire name of a state, for example <c>signed-off</c>.</summary>
    /// <param name="state">The state.</param>
    /// <returns>Its wire name.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="state"/> is not defined.</exception>
    internal static string Name(ReviewState state) => LifecycleWire.States.Name(state);

    /// <summary>The wire name of a trigger, for example <c>decided-initiate</c>.</summary>
    /// <param name="trigger">The trigger.</param>
    /// <returns>Its wire name.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="trigger"/> is not defined.</exception>
    internal static string Name(ReviewTrigger trigger) => LifecycleWire.Triggers.Name(trigger);

    /// <summary>The wire name of an event type, for example <c>sent-to-panel</c>.</summary>
    /// <param name="type">The event type.</param>
    /// <returns>Its wire name.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="type"/> is not defined.</exception>
    internal static string Name(ReviewEventType type) => LifecycleWire.EventTypes.Name(type);

    /// <summary>The wire name of an action-plan state, for example <c>agreed</c>.</summary>
    /// <param name="state">The state.</param>
    /// <returns>Its wire name.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="state"/> is not defined.</exception>
    internal static string Name(ActionPlanState state) => LifecycleWire.ActionPlans.Name(state);

    /// <summary>The wire name of a jurisdiction, for example <c>northern-ireland</c>.</summary>
    /// <param name="jurisdiction">The jurisdiction.</param>
    /// <returns>Its wire name.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="jurisdiction"/> is not defined.</exception>
    internal static string Name(Jurisdiction jurisdiction) => LifecycleWire.Jurisdictions.Name(jurisdiction);

    /// <summary>The wire name of a clock status, for example <c>overdue</c>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>Its wire name.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="status"/> is not defined.</exception>
    internal static string Name(ClockStatus status) => LifecycleWire.Statuses.Name(status);

    /// <summary>The wire name of a delay reason, for example <c>parallel-proceedings</c>.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>Its wire name.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="reason"/> is not defined.</exception>
    internal static string Name(DelayReason reason) => LifecycleWire.DelayReasons.Name(reason);

    /// <summary>The wire name of a Home Office outcome: <c>publish</c> or <c>resubmit</c>.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>Its wire name.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="outcome"/> is not defined.</exception>
    internal static string Name(HomeOfficeOutcome outcome) => LifecycleWire.HomeOfficeOutcomes.Name(outcome);

    /// <summary>Every delay reason's wire name, in the order of <see cref="DelayReason"/>.</summary>
    internal static ImmutableArray<string> DelayReasonIds { get; } = ImmutableArray.Create(
        DelayReason.FamilyEngagement, DelayReason.ParallelProceedings, DelayReason.AgencyInformation, DelayReason.ReviewerCapacity, DelayReason.Other)
        .Select(r => LifecycleWire.DelayReasons.Name(r)).ToImmutableArray();

    /// <summary>Reads a review kind's wire name.</summary>
    /// <param name="id">The wire name, for example <c>rapid-review</c>.</param>
    /// <param name="kind">The kind, when found.</param>
    /// <returns>Whether the name is a review kind.</returns>
    public static bool TryParseKind(string id, out DeterminationKind kind) => LifecycleWire.Kinds.TryParse(id ?? string.Empty, out kind);

    /// <summary>Reads an event type's wire name.</summary>
    /// <param name="id">The wire name, for example <c>published</c>.</param>
    /// <param name="type">The event type, when found.</param>
    /// <returns>Whether the name is an event type.</returns>
    internal static bool TryParseEventType(string id, out ReviewEventType type) => LifecycleWire.EventTypes.TryParse(id ?? string.Empty, out type);
}
