namespace Safeguarding.Domain.Lifecycle;

/// <summary>
/// The outcome of replaying an event stream through a lifecycle: the review rebuilt from the events, or,
/// where an event is not allowed, the review as it stood before that event with the event's index and every unmet guard.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ReplayResult
{
    internal ReplayResult(Review review, int? rejectedIndex, ReviewEvent? rejectedEvent, ImmutableArray<LifecycleGuard> unmet)
    {
        Review = review;
        RejectedIndex = rejectedIndex;
        RejectedEvent = rejectedEvent;
        UnmetGuards = unmet;
    }

    /// <summary>Whether every event was allowed.</summary>
    public bool IsValid => RejectedIndex is null;

    /// <summary>The review rebuilt from the events, up to but not including the first rejected one.</summary>
    public Review Review { get; }

    /// <summary>The zero-based index of the first rejected event; null when valid.</summary>
    public int? RejectedIndex { get; }

    /// <summary>The first rejected event; null when valid.</summary>
    public ReviewEvent? RejectedEvent { get; }

    /// <summary>Every guard the rejected event did not meet; empty when valid.</summary>
    public ImmutableArray<LifecycleGuard> UnmetGuards { get; }

    /// <summary>
    /// The refusal in the library's one outcome shape: an <c>event-refused</c> error at the refused event
    /// (<paramref name="recordPath"/><c>.events[i]</c>) naming the unmet guards, or <see langword="null"/> when every event
    /// was accepted.
    /// </summary>
    /// <param name="recordPath">The path of the review record, for example <c>$</c> or <c>$.reviews[2].record</c>.</param>
    /// <returns>The issue, or <see langword="null"/>.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="recordPath"/> is empty.</exception>
    /// <exception cref="System.ArgumentNullException"><paramref name="recordPath"/> is null.</exception>
    internal Issue? Refusal(string recordPath)
    {
        Guard.Against.NullOrWhiteSpace(recordPath);
        return RejectedIndex is int index
            ? new Issue(recordPath + ".events[" + index + "]", "event-refused", IssueSeverity.Error,
                "The review's lifecycle refuses this event; unmet guards: " + string.Join(", ", UnmetGuards.Select(g => g.Id)) + ". Later events are not replayed.")
            : null;
    }

    /// <summary>Returns <c>valid: state</c> or <c>rejected at i: type</c>.</summary>
    /// <returns>The outcome as text.</returns>
    public override string ToString() =>
        IsValid ? "valid: " + LifecycleNames.Name(Review.State) : "rejected at " + RejectedIndex + ": " + RejectedEvent;
}
