using System;
using Safeguarding.Domain.Rating;
using Safeguarding.Domain.Tests.Support;

namespace Safeguarding.Domain.Tests.Rating;

public sealed class NeedContinuumTests
{
    [Fact]
    public void Constructor_TwoLevels_IsTheSmallestContinuum()
    {
        var two = new NeedContinuum(new[] { "early-help", "child-protection" });
        Assert.Equal(new[] { "early-help", "child-protection" }, two.Levels);
        Assert.Equal(1, two.Rank("child-protection"));
    }

    [Fact]
    public void Constructor_OneLevelOrARepeatedLevel_IsRefused()
    {
        var one = Assert.Throws<ArgumentException>(() => new NeedContinuum(new[] { "universal" }));
        Assert.Equal("levels", one.ParamName);
        Assert.StartsWith("A continuum has at least two levels.", one.Message, StringComparison.Ordinal);

        var repeated = Assert.Throws<ArgumentException>(() => new NeedContinuum(new[] { "universal", "early-help", "universal" }));
        Assert.Equal("levels", repeated.ParamName);
        Assert.StartsWith("Levels must be distinct.", repeated.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_JoinsTheLevelsLowestFirst()
    {
        Assert.Equal("universal < early-help < child-in-need < child-protection < pre-proceedings < proceedings", NeedContinuum.Default.ToString());
    }

    [Fact]
    public void Equality_IsOverTheLevelsInOrder()
    {
        var levels = new[] { "level-1", "level-2", "level-3" };
        EqualityLaws.Hold(new NeedContinuum(levels), new NeedContinuum(new[] { "level-1", "level-2", "level-" + "3" }),
            new NeedContinuum(new[] { "level-1", "level-2" }), new NeedContinuum(new[] { "level-1", "level-2", "level-3", "level-4" }));

        // The hash is the number of levels; equality also compares the names and their order.
        Assert.False(new NeedContinuum(levels).Equals(new NeedContinuum(new[] { "level-1", "level-3", "level-2" })));
        Assert.False(new NeedContinuum(levels).Equals(new NeedContinuum(new[] { "level-1", "level-2", "level-9" })));
    }

    [Fact]
    public void Rank_OfALevelNotInTheContinuum_IsRefusedWithItsName()
    {
        var ex = Assert.Throws<ArgumentException>(() => NeedContinuum.Default.Rank("universal-plus"));
        Assert.Equal("level", ex.ParamName);
        Assert.StartsWith("Not a level of this continuum.", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, NeedContinuum.Default.Rank("universal"));
        Assert.Equal(5, NeedContinuum.Default.Rank("proceedings"));
    }

}
