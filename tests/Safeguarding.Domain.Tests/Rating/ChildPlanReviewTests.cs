using System;
using Safeguarding.Domain.Rating;
using Safeguarding.Domain.Tests.Support;

namespace Safeguarding.Domain.Tests.Rating;

public sealed class ChildPlanReviewTests
{
    [Fact]
    public void ToString_GivesTheLevelAndEveryCount()
    {
        Assert.Equal("child-in-need: 1 targets missed, 2 reviews without engagement, 3 reviews on track",
            new ChildPlanReview("child-in-need", 1, 2, 3).ToString());
    }

    [Fact]
    public void Equality_CoversEveryMember()
    {
        EqualityLaws.Hold(new ChildPlanReview("child-in-need", 1, 2, 3), new ChildPlanReview("child-in-" + "need", 1, 2, 3),
            new ChildPlanReview("child-protection", 1, 2, 3), new ChildPlanReview("child-in-need", 2, 2, 3), new ChildPlanReview("child-in-need", 1, 3, 3));

        // The hash leaves out the reviews on track; equality does not.
        Assert.False(new ChildPlanReview("child-in-need", 1, 2, 3).Equals(new ChildPlanReview("child-in-need", 1, 2, 4)));
    }

    [Fact]
    public void Constructor_RefusesAnEmptyLevelOrANegativeCount()
    {
        Assert.Equal("level", Assert.ThrowsAny<ArgumentException>(() => new ChildPlanReview(" ", 0, 0, 0)).ParamName);
        Assert.Equal("targetsMissed", Assert.ThrowsAny<ArgumentException>(() => new ChildPlanReview("universal", -1, 0, 0)).ParamName);
        Assert.Equal("reviewsWithoutEngagement", Assert.ThrowsAny<ArgumentException>(() => new ChildPlanReview("universal", 0, -1, 0)).ParamName);
        Assert.Equal("reviewsOnTrack", Assert.ThrowsAny<ArgumentException>(() => new ChildPlanReview("universal", 0, 0, -1)).ParamName);
    }
}
