namespace Safeguarding.Domain.Lifecycle;

/// <summary>
/// One row of a lifecycle's transition table: a trigger, the states it is permitted from, where it goes
/// on the main track (or that it leaves the main track alone), its effect on the action plan, its guards
/// and the event it records.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class LifecycleTransition
{
    /// <summary>Creates a row.</summary>
    /// <param name="trigger">The trigger.</param>
    /// <param name="sources">The states it is permitted from; at least one, no repeats.</param>
    /// <param name="destination">The main-track state it moves to; null when the main track does not move (members informed, the action plan).</param>
    /// <param name="actionPlan">The action-plan state it moves to; null when the action plan does not move.</param>
    /// <param name="guards">Its guards, every one of which must be met.</param>
    /// <exception cref="ArgumentException"><paramref name="sources"/> is empty or repeats a state.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException">An enum value is not defined.</exception>
    internal LifecycleTransition(ReviewTrigger trigger, ImmutableArray<ReviewState> sources, ReviewState? destination, ActionPlanState? actionPlan, ImmutableArray<LifecycleGuard> guards)
    {
        Trigger = Guard.Against.EnumOutOfRange(trigger);
        if (sources.IsDefaultOrEmpty || sources.Distinct().Count() != sources.Length)
        {
            throw new ArgumentException("A transition is permitted from at least one state, each named once.", nameof(sources));
        }

        Sources = sources;
        Destination = destination;
        ActionPlan = actionPlan;
        Guards = guards.IsDefault ? ImmutableArray<LifecycleGuard>.Empty : guards;
    }

    /// <summary>The trigger.</summary>
    public ReviewTrigger Trigger { get; }

    /// <summary>The states the trigger is permitted from.</summary>
    public ImmutableArray<ReviewState> Sources { get; }

    /// <summary>The main-track state it moves to; null when the main track stays where it is.</summary>
    public ReviewState? Destination { get; }

    /// <summary>The action-plan state it moves to; null when the action plan stays where it is.</summary>
    public ActionPlanState? ActionPlan { get; }

    /// <summary>The guards, all of which must be met.</summary>
    public ImmutableArray<LifecycleGuard> Guards { get; }

    /// <summary>The event type the transition records.</summary>
    internal ReviewEventType RecordedEvent => ReviewEvent.EventTypeOf(Trigger);

    /// <summary>Returns the trigger and destination, for example <c>published -&gt; published</c>.</summary>
    /// <returns>The row as text.</returns>
    public override string ToString() =>
        LifecycleNames.Name(Trigger) + " -> " + (Destination is ReviewState d ? LifecycleNames.Name(d) : "(same state)");
}
