namespace Safeguarding.Domain.Rating;

/// <summary>
/// When a child's plan should step up the continuum of need, as the Julia review taught: set firm targets,
/// and when they are missed or parents do not engage, escalate (towards a supervision order or court)
/// rather than close. Non-engagement is never a reason to step down or close.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe. All thresholds are local parameters. <see cref="Default"/>: step up one
/// level at 1 missed target or 2 consecutive reviews without engagement; two levels at 3 missed targets or
/// 3 reviews without engagement; step down one level only after 3 consecutive reviews on track with no
/// target missed and parents engaging.</para>
/// <para>Monotone: more missed targets or more reviews without engagement, all else equal, never recommend a
/// lower level. A step down requires no missed target and no non-engagement, so non-engagement can never
/// lead to a step down or closure. The recommended level is clamped to the continuum.</para>
/// </remarks>
public sealed class StepUpPolicy
{
    /// <summary>Creates a policy.</summary>
    /// <param name="targetsMissedToStepUp">Missed targets that recommend one step up (at least 1).</param>
    /// <param name="reviewsWithoutEngagementToStepUp">Consecutive reviews without engagement that recommend one step up (at least 1).</param>
    /// <param name="targetsMissedToStepUpTwice">Missed targets that recommend two steps up (at least the one-step figure).</param>
    /// <param name="reviewsWithoutEngagementToStepUpTwice">Reviews without engagement that recommend two steps up (at least the one-step figure).</param>
    /// <param name="reviewsOnTrackToStepDown">Consecutive reviews on track that allow one step down (at least 1).</param>
    /// <exception cref="ArgumentException">A figure is out of range.</exception>
    public StepUpPolicy(int targetsMissedToStepUp, int reviewsWithoutEngagementToStepUp, int targetsMissedToStepUpTwice, int reviewsWithoutEngagementToStepUpTwice, int reviewsOnTrackToStepDown)
    {
        TargetsMissedToStepUp = Guard.Against.NegativeOrZero(targetsMissedToStepUp);
        ReviewsWithoutEngagementToStepUp = Guard.Against.NegativeOrZero(reviewsWithoutEngagementToStepUp);
        TargetsMissedToStepUpTwice = Guard.Against.OutOfRange(targetsMissedToStepUpTwice, nameof(targetsMissedToStepUpTwice), targetsMissedToStepUp, int.MaxValue);
        ReviewsWithoutEngagementToStepUpTwice = Guard.Against.OutOfRange(reviewsWithoutEngagementToStepUpTwice, nameof(reviewsWithoutEngagementToStepUpTwice), reviewsWithoutEngagementToStepUp, int.MaxValue);
        ReviewsOnTrackToStepDown = Guard.Against.NegativeOrZero(reviewsOnTrackToStepDown);
    }

    /// <summary>The documented default policy (see the remarks).</summary>
    public static StepUpPolicy Default { get; } = new(1, 2, 3, 3, 3);

    /// <summary>Missed targets that recommend one step up.</summary>
    public int TargetsMissedToStepUp { get; }

    /// <summary>Consecutive reviews without engagement that recommend one step up.</summary>
    public int ReviewsWithoutEngagementToStepUp { get; }

    /// <summary>Missed targets that recommend two steps up.</summary>
    public int TargetsMissedToStepUpTwice { get; }

    /// <summary>Consecutive reviews without engagement that recommend two steps up.</summary>
    public int ReviewsWithoutEngagementToStepUpTwice { get; }

    /// <summary>Consecutive reviews on track that allow one step down.</summary>
    public int ReviewsOnTrackToStepDown { get; }

    /// <summary>Recommends a level for a child's plan after a review.</summary>
    /// <param name="continuum">The local continuum of need.</param>
    /// <param name="review">The facts of the review.</param>
    /// <returns>The recommendation with its reasons.</returns>
    /// <exception cref="ArgumentException">The review's level is not on the continuum.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ThresholdRecommendation Recommend(NeedContinuum continuum, ChildPlanReview review)
    {
        Guard.Against.Null(continuum);
        Guard.Against.Null(review);
        int current = continuum.Rank(review.Level);
        int top = continuum.Levels.Length - 1;
        var reasons = new List<string>();
        int steps = 0;
        if (review.TargetsMissed >= TargetsMissedToStepUp)
        {
            steps = review.TargetsMissed >= TargetsMissedToStepUpTwice ? 2 : 1;
            reasons.Add($"{review.TargetsMissed} of the plan's targets missed (step up from {TargetsMissedToStepUp}, two steps from {TargetsMissedToStepUpTwice})");
        }

        if (review.ReviewsWithoutEngagement >= ReviewsWithoutEngagementToStepUp)
        {
            steps = Math.Max(steps, review.ReviewsWithoutEngagement >= ReviewsWithoutEngagementToStepUpTwice ? 2 : 1);
            reasons.Add($"parents have not engaged for {review.ReviewsWithoutEngagement} consecutive reviews (step up from {ReviewsWithoutEngagementToStepUp}, two steps from {ReviewsWithoutEngagementToStepUpTwice}); non-engagement is never a reason to close");
        }

        if (steps > 0)
        {
            int to = Math.Min(top, current + steps);
            if (to == current)
            {
                reasons.Add("already at the highest level of the continuum");
                return new ThresholdRecommendation(review.Level, review.Level, ThresholdDirection.Hold, reasons);
            }

            return new ThresholdRecommendation(review.Level, continuum.Levels[to], ThresholdDirection.StepUp, reasons);
        }

        bool engaging = review.ReviewsWithoutEngagement == 0;
        if (engaging && review.TargetsMissed == 0 && review.ReviewsOnTrack >= ReviewsOnTrackToStepDown && current > 0)
        {
            reasons.Add($"every target met for {review.ReviewsOnTrack} consecutive reviews with parents engaging (step down from {ReviewsOnTrackToStepDown})");
            return new ThresholdRecommendation(review.Level, continuum.Levels[current - 1], ThresholdDirection.StepDown, reasons);
        }

        reasons.Add(!engaging ? "some non-engagement, below the step-up threshold: hold and keep it under review; never step down on it"
            : review.TargetsMissed > 0 ? "some targets missed, below the step-up threshold: hold"
            : current == 0 ? "at the lowest level of the continuum"
            : "targets being met, but not yet for long enough to step down");
        return new ThresholdRecommendation(review.Level, review.Level, ThresholdDirection.Hold, reasons);
    }
}
