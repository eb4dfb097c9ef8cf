using Safeguarding.Domain.Citations;

namespace Safeguarding.Domain.Lifecycle;

/// <summary>
/// A condition a transition needs, as data: a stable id (for example <c>signed-off-before-publication</c>),
/// a description, the source it comes from, what it guards (a requirement of the rules, or the bookkeeping
/// of the record), and the test itself.
/// </summary>
/// <remarks>Immutable and thread-safe. The test is a pure function of the review before the event and the event.</remarks>
public sealed class LifecycleGuard
{
    private readonly Func<Review, ReviewEvent, bool> _isMet;

    /// <summary>Creates a guard of the kind <see cref="LifecycleGuardKind.Requirement"/>.</summary>
    /// <param name="id">The stable, kebab-case id.</param>
    /// <param name="description">What the guard requires, in words.</param>
    /// <param name="citation">Where the requirement comes from.</param>
    /// <param name="isMet">The test: given the review before the event and the event, whether the requirement is met. It must be pure.</param>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    internal LifecycleGuard(string id, string description, Citation citation, Func<Review, ReviewEvent, bool> isMet)
        : this(id, description, citation, LifecycleGuardKind.Requirement, isMet)
    {
    }

    /// <summary>Creates a guard of a kind.</summary>
    /// <param name="id">The stable, kebab-case id.</param>
    /// <param name="description">What the guard requires, in words.</param>
    /// <param name="citation">Where the requirement comes from.</param>
    /// <param name="kind">What it guards: a requirement of the rules, or the bookkeeping of the record.</param>
    /// <param name="isMet">The test: given the review before the event and the event, whether the requirement is met. It must be pure.</param>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="kind"/> is not defined.</exception>
    internal LifecycleGuard(string id, string description, Citation citation, LifecycleGuardKind kind, Func<Review, ReviewEvent, bool> isMet)
    {
        Id = Guard.Against.NullOrWhiteSpace(id);
        Description = Guard.Against.NullOrWhiteSpace(description);
        Citation = Guard.Against.Null(citation);
        Kind = Guard.Against.EnumOutOfRange(kind);
        _isMet = Guard.Against.Null(isMet);
    }

    /// <summary>The stable id, for example <c>panel-notice-before-publication</c>.</summary>
    public string Id { get; }

    /// <summary>What the guard requires, in words.</summary>
    public string Description { get; }

    /// <summary>Where the requirement comes from.</summary>
    public Citation Citation { get; }

    /// <summary>
    /// What it guards: a requirement of the rules (shown on diagrams), or the bookkeeping of the record (the
    /// date order and the once-only events, which diagrams leave out).
    /// </summary>
    public LifecycleGuardKind Kind { get; }

    /// <summary>Whether the requirement is met for an event about to be recorded on a review.</summary>
    /// <param name="review">The review before the event.</param>
    /// <param name="recorded">The event.</param>
    /// <returns>Whether the guard is met.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    internal bool IsMet(Review review, ReviewEvent recorded) => _isMet(Guard.Against.Null(review), Guard.Against.Null(recorded));

    /// <summary>Returns the id and citation, for example <c>signed-off-before-publication (SI 2018/789 reg 16(1))</c>.</summary>
    /// <returns>The guard as text.</returns>
    public override string ToString() => Id + " (" + Citation + ")";
}
