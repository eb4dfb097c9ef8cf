namespace Safeguarding.Domain.Lifecycle;

/// <summary>
/// The outcome of firing a trigger: either the new review and the event it recorded, or the refusal with
/// every unmet guard (never only the first).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class TransitionResult
{
    internal TransitionResult(Review before, ReviewEvent recorded, Review? after, ImmutableArray<LifecycleGuard> unmet)
    {
        Before = before;
        Event = recorded;
        After = after;
        UnmetGuards = unmet;
    }

    /// <summary>Whether the transition was made.</summary>
    public bool IsAccepted => After is not null;

    /// <summary>The review before the trigger.</summary>
    public Review Before { get; }

    /// <summary>The event the trigger records (or would have recorded).</summary>
    public ReviewEvent Event { get; }

    /// <summary>The review after the transition; null when refused.</summary>
    public Review? After { get; }

    /// <summary>The review after the transition, or the unchanged review when refused.</summary>
    public Review Review => After ?? Before;

    /// <summary>Every unmet guard, in table order; empty when accepted. A trigger not permitted in the state reports the guard <c>permitted-in-state</c>.</summary>
    public ImmutableArray<LifecycleGuard> UnmetGuards { get; }

    /// <summary>Returns <c>accepted</c> or <c>refused: guard, guard</c>.</summary>
    /// <returns>The outcome as text.</returns>
    public override string ToString() => IsAccepted ? "accepted: " + Event : "refused: " + string.Join(", ", UnmetGuards.Select(g => g.Id));
}
