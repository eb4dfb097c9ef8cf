using System;
using System.ComponentModel;
using Safeguarding.Domain.Rating;
using Safeguarding.Domain.Reporting;

namespace Safeguarding.Domain.Tests.Reporting;

public sealed class ActionChangeTests
{
    private static ActionChange Change(string? before, string? after, EscalationLevel from = EscalationLevel.None, EscalationLevel to = EscalationLevel.None) =>
        new("1.1", before, after, ChangeKind.Unchanged, false, from, to);

    [Fact]
    public void Constructor_KeepsEveryValue()
    {
        var change = new ActionChange("2.3", "amber", "red", ChangeKind.Worsened, true, EscalationLevel.LeadOfficer, EscalationLevel.Board);
        Assert.Equal("2.3", change.Id);
        Assert.Equal("amber", change.Before);
        Assert.Equal("red", change.After);
        Assert.Equal(ChangeKind.Worsened, change.Kind);
        Assert.True(change.NewlyOverdue);
        Assert.Equal(EscalationLevel.LeadOfficer, change.EscalationBefore);
        Assert.Equal(EscalationLevel.Board, change.EscalationAfter);
    }

    [Fact]
    public void Constructor_NullId_ThrowsNamingTheId() =>
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => new ActionChange(null!, null, "red", ChangeKind.Added, false, EscalationLevel.None, EscalationLevel.None)).ParamName);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_BlankId_ThrowsNamingTheId(string id) =>
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new ActionChange(id, null, "red", ChangeKind.Added, false, EscalationLevel.None, EscalationLevel.None)).ParamName);

    [Fact]
    public void Constructor_UndefinedEnums_ThrowNamingTheArgument()
    {
        Assert.Equal("kind", Assert.Throws<InvalidEnumArgumentException>(() => new ActionChange("1", null, null, (ChangeKind)5, false, EscalationLevel.None, EscalationLevel.None)).ParamName);
        Assert.Equal("escalationBefore", Assert.Throws<InvalidEnumArgumentException>(() => new ActionChange("1", null, null, ChangeKind.Removed, false, (EscalationLevel)(-1), EscalationLevel.None)).ParamName);
        Assert.Equal("escalationAfter", Assert.Throws<InvalidEnumArgumentException>(() => new ActionChange("1", null, null, ChangeKind.Removed, false, EscalationLevel.None, (EscalationLevel)4)).ParamName);
    }

    [Fact]
    public void NewlyEscalated_OnlyWhenTheLevelRose()
    {
        Assert.True(Change("red", "red", EscalationLevel.LeadOfficer, EscalationLevel.Subgroup).NewlyEscalated);
        Assert.False(Change("red", "red", EscalationLevel.Subgroup, EscalationLevel.Subgroup).NewlyEscalated);
        Assert.False(Change("red", "red", EscalationLevel.Board, EscalationLevel.Subgroup).NewlyEscalated);
    }

    [Fact]
    public void ToString_SaysNoneForAMissingSide()
    {
        Assert.Equal("1.1: amber -> red", Change("amber", "red").ToString());
        Assert.Equal("1.1: none -> green", Change(null, "green").ToString());
        Assert.Equal("1.1: blue -> none", Change("blue", null).ToString());
    }
}
