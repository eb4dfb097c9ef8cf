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
}
