using System;
using Safeguarding.Domain.Rating;
using Safeguarding.Domain.Tests.Support;

namespace Safeguarding.Domain.Tests.Rating;

public sealed class RolledUpStatusTests
{
    [Fact]
    public void ToString_GivesIdAndStatus_OrNoneWhenNothingRolledUp()
    {
        Assert.Equal("R1: amber", new RolledUpStatus("R1", "amber", 2).ToString());
        Assert.Equal("F2: none", new RolledUpStatus("F2", null, 0).ToString());
    }

    [Fact]
    public void Equality_CoversEveryMember()
    {
        EqualityLaws.Hold(new RolledUpStatus("R1", "amber", 2), new RolledUpStatus("R" + "1", "amber", 2),
            new RolledUpStatus("R2", "amber", 2), new RolledUpStatus("R1", "amber", 3));

        // The hash leaves out the status; equality does not.
        Assert.False(new RolledUpStatus("R1", "amber", 2).Equals(new RolledUpStatus("R1", "red", 2)));
        Assert.False(new RolledUpStatus("R1", "amber", 2).Equals(new RolledUpStatus("R1", null, 2)));
        Assert.True(new RolledUpStatus("F1", null, 0).Equals(new RolledUpStatus("F1", null, 0)));
    }

    [Fact]
    public void Constructor_RefusesAnEmptyIdOrANegativeCount()
    {
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => new RolledUpStatus(null!, "red", 1)).ParamName);
        Assert.Equal("id", Assert.ThrowsAny<ArgumentException>(() => new RolledUpStatus(" ", "red", 1)).ParamName);
        Assert.Equal("children", Assert.ThrowsAny<ArgumentException>(() => new RolledUpStatus("R1", "red", -1)).ParamName);
    }
}
