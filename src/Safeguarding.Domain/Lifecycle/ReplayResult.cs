using System.Collections.Immutable;

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

    /// <summary>Returns <c>valid: state</c> or <c>rejected at i: type</c>.</summary>
    /// <returns>The outcome as text.</returns>
    public override string ToString() =>
        IsValid ? "valid: " + LifecycleNames.Name(Review.State) : "rejected at " + RejectedIndex + ": " + RejectedEvent;
}
