using System;
using FsCheck.Xunit;
using Safeguarding.Domain.Rating;

namespace Safeguarding.Domain.Tests.Rating;

/// <summary>Threshold escalation of a child's plan: the Julia review's learning (seed 000).</summary>
public sealed class StepUpPolicyTests
{
    private static readonly NeedContinuum Continuum = NeedContinuum.Default;

    [Fact]
    public void Julia_ChildInNeedPlan_ParentNotEngaging_StepsUpNeverCloses()
    {
        var recommendation = StepUpPolicy.Default.Recommend(Continuum, new ChildPlanReview("child-in-need", 0, 2, 0));
        Assert.Equal(ThresholdDirection.StepUp, recommendation.Direction);
        Assert.Equal("child-protection", recommendation.To);
        Assert.Contains("non-engagement is never a reason to close", recommendation.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void TargetsMissed_StepUp_ManyTargetsMissed_StepUpTwice_ClampedAtTheTop()
    {
        Assert.Equal("child-protection", StepUpPolicy.Default.Recommend(Continuum, new ChildPlanReview("child-in-need", 1, 0, 0)).To);
        Assert.Equal("pre-proceedings", StepUpPolicy.Default.Recommend(Continuum, new ChildPlanReview("child-in-need", 3, 0, 0)).To);
        var top = StepUpPolicy.Default.Recommend(Continuum, new ChildPlanReview("proceedings", 5, 5, 0));
        Assert.Equal(ThresholdDirection.Hold, top.Direction);
        Assert.Equal("proceedings", top.To);
    }

    [Fact]
    public void StepDown_OnlyAfterSustainedProgressWithEngagement()
    {
        Assert.Equal(ThresholdDirection.StepDown, StepUpPolicy.Default.Recommend(Continuum, new ChildPlanReview("child-protection", 0, 0, 3)).Direction);
        Assert.Equal(ThresholdDirection.Hold, StepUpPolicy.Default.Recommend(Continuum, new ChildPlanReview("child-protection", 0, 0, 2)).Direction);
        Assert.Equal(ThresholdDirection.Hold, StepUpPolicy.Default.Recommend(Continuum, new ChildPlanReview("child-protection", 0, 1, 9)).Direction);
    }

    [Fact]
    public void LocalContinuum_AsData()
    {
        var local = new NeedContinuum(new[] { "level-1", "level-2", "level-3", "level-4" });
        Assert.Equal("level-3", StepUpPolicy.Default.Recommend(local, new ChildPlanReview("level-2", 1, 0, 0)).To);
        Assert.Throws<ArgumentException>(() => StepUpPolicy.Default.Recommend(local, new ChildPlanReview("child-in-need", 0, 0, 0)));
    }

    [Property]
    public void Recommendation_IsMonotone_AndNonEngagementNeverStepsDown(int level, int missed, int silent, int onTrack, int moreMissed, int moreSilent)
    {
        string at = Continuum.Levels[Math.Abs(level % Continuum.Levels.Length)];
        var less = new ChildPlanReview(at, Math.Abs(missed % 5), Math.Abs(silent % 5), Math.Abs(onTrack % 6));
        var more = new ChildPlanReview(at, less.TargetsMissed + Math.Abs(moreMissed % 5), less.ReviewsWithoutEngagement + Math.Abs(moreSilent % 5), less.ReviewsOnTrack);
        var a = StepUpPolicy.Default.Recommend(Continuum, less);
        var b = StepUpPolicy.Default.Recommend(Continuum, more);
        Assert.True(Continuum.Rank(b.To) >= Continuum.Rank(a.To));
        if (more.ReviewsWithoutEngagement > 0)
        {
            Assert.NotEqual(ThresholdDirection.StepDown, b.Direction);
            Assert.True(Continuum.Rank(b.To) >= Continuum.Rank(at));
        }
    }

    private static ThresholdRecommendation Recommend(string level, int missed, int silent, int onTrack) =>
        StepUpPolicy.Default.Recommend(Continuum, new ChildPlanReview(level, missed, silent, onTrack));

    [Fact]
    public void Constructor_KeepsEveryFigure()
    {
        var policy = new StepUpPolicy(2, 3, 4, 5, 6);
        Assert.Equal(2, policy.TargetsMissedToStepUp);
        Assert.Equal(3, policy.ReviewsWithoutEngagementToStepUp);
        Assert.Equal(4, policy.TargetsMissedToStepUpTwice);
        Assert.Equal(5, policy.ReviewsWithoutEngagementToStepUpTwice);
        Assert.Equal(6, policy.ReviewsOnTrackToStepDown);
    }

    [Fact]
    public void Recommend_NullArguments_NameTheArgument()
    {
        var review = new ChildPlanReview("child-in-need", 0, 0, 0);
        Assert.Equal("continuum", Assert.Throws<ArgumentNullException>(() => StepUpPolicy.Default.Recommend(null!, review)).ParamName);
        Assert.Equal("review", Assert.Throws<ArgumentNullException>(() => StepUpPolicy.Default.Recommend(Continuum, null!)).ParamName);
    }

    [Fact]
    public void Recommend_OneTargetMissed_StepsUpOnce_SayingWhy()
    {
        var r = Recommend("child-in-need", 1, 0, 0);
        Assert.Equal(("child-in-need", "child-protection", ThresholdDirection.StepUp), (r.From, r.To, r.Direction));
        Assert.Equal(new[] { "1 of the plan's targets missed (step up from 1, two steps from 3)" }, r.Reasons);
    }

    [Fact]
    public void Recommend_ThreeReviewsWithoutEngagement_StepsUpTwice()
    {
        var r = Recommend("child-in-need", 0, 3, 0);
        Assert.Equal("pre-proceedings", r.To);
        Assert.Equal(
            new[] { "parents have not engaged for 3 consecutive reviews (step up from 2, two steps from 3); non-engagement is never a reason to close" },
            r.Reasons);
    }

    [Fact]
    public void Recommend_AtTheTop_HoldsAndSaysSo()
    {
        var r = Recommend("proceedings", 1, 0, 0);
        Assert.Equal(ThresholdDirection.Hold, r.Direction);
        Assert.Equal(
            new[] { "1 of the plan's targets missed (step up from 1, two steps from 3)", "already at the highest level of the continuum" },
            r.Reasons);
    }

    [Fact]
    public void Recommend_SustainedProgress_StepsDownOneLevel_SayingWhy()
    {
        var r = Recommend("child-protection", 0, 0, 3);
        Assert.Equal(("child-protection", "child-in-need", ThresholdDirection.StepDown), (r.From, r.To, r.Direction));
        Assert.Equal(new[] { "every target met for 3 consecutive reviews with parents engaging (step down from 3)" }, r.Reasons);
    }

    [Fact]
    public void Recommend_SustainedProgressAtTheLowestLevel_Holds()
    {
        var r = Recommend("universal", 0, 0, 3);
        Assert.Equal(("universal", "universal", ThresholdDirection.Hold), (r.From, r.To, r.Direction));
        Assert.Equal(new[] { "at the lowest level of the continuum" }, r.Reasons);
    }

    [Fact]
    public void Recommend_Hold_SaysWhyNotStepDown()
    {
        Assert.Equal(
            new[] { "some non-engagement, below the step-up threshold: hold and keep it under review; never step down on it" },
            Recommend("child-protection", 0, 1, 9).Reasons);
        Assert.Equal(new[] { "targets being met, but not yet for long enough to step down" }, Recommend("child-protection", 0, 0, 2).Reasons);

        var lenient = new StepUpPolicy(2, 2, 3, 3, 3);
        var missedOne = lenient.Recommend(Continuum, new ChildPlanReview("child-protection", 1, 0, 5));
        Assert.Equal(ThresholdDirection.Hold, missedOne.Direction);
        Assert.Equal(new[] { "some targets missed, below the step-up threshold: hold" }, missedOne.Reasons);
    }

    [Fact]
    public void ThresholdRecommendation_ToString_GivesFromToAndDirection()
    {
        Assert.Equal("child-in-need -> child-protection (StepUp)", Recommend("child-in-need", 1, 0, 0).ToString());
    }
}
