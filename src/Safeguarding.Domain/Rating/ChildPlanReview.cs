namespace Safeguarding.Domain.Rating;

/// <summary>
/// The facts at a review of a child's plan that bear on its threshold: the current level, how many of the
/// plan's targets were missed, and for how many consecutive reviews parents have not engaged or the plan
/// has been on track.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ChildPlanReview : IEquatable<ChildPlanReview>
{
    /// <summary>Creates the facts of a review.</summary>
    /// <param name="level">The plan's current level on the continuum.</param>
    /// <param name="targetsMissed">How many of the plan's targets were missed at this review (0 or more).</param>
    /// <param name="reviewsWithoutEngagement">Consecutive reviews, this one included, at which parents did not engage (0 or more).</param>
    /// <param name="reviewsOnTrack">Consecutive reviews, this one included, with every target met (0 or more).</param>
    /// <exception cref="ArgumentException"><paramref name="level"/> is empty, or a count is negative.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="level"/> is null.</exception>
    public ChildPlanReview(string level, int targetsMissed, int reviewsWithoutEngagement, int reviewsOnTrack)
    {
        Level = Guard.Against.NullOrWhiteSpace(level);
        TargetsMissed = Guard.Against.Negative(targetsMissed);
        ReviewsWithoutEngagement = Guard.Against.Negative(reviewsWithoutEngagement);
        ReviewsOnTrack = Guard.Against.Negative(reviewsOnTrack);
    }

    /// <summary>The plan's current level.</summary>
    public string Level { get; }

    /// <summary>How many targets were missed at this review.</summary>
    public int TargetsMissed { get; }

    /// <summary>Consecutive reviews at which parents did not engage.</summary>
    public int ReviewsWithoutEngagement { get; }

    /// <summary>Consecutive reviews with every target met.</summary>
    public int ReviewsOnTrack { get; }

    /// <summary>Returns the level and counts.</summary>
    /// <returns>The review as text.</returns>
    public override string ToString() =>
        $"{Level}: {TargetsMissed} targets missed, {ReviewsWithoutEngagement} reviews without engagement, {ReviewsOnTrack} reviews on track";

    /// <inheritdoc />
    public bool Equals(ChildPlanReview? other) =>
        other is not null && Level == other.Level && TargetsMissed == other.TargetsMissed
        && ReviewsWithoutEngagement == other.ReviewsWithoutEngagement && ReviewsOnTrack == other.ReviewsOnTrack;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ChildPlanReview);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Level) ^ (TargetsMissed << 8) ^ (ReviewsWithoutEngagement << 16);
}
