using System;
using Safeguarding.Domain.Rating;
using Safeguarding.Domain.Tests.Support;

namespace Safeguarding.Domain.Tests.Rating;

public sealed class EscalationThresholdTests
{
    [Fact]
    public void Constructor_KeepsEachTrigger_AndNullMeansNever()
    {
        var red = new EscalationThreshold(null, null, 2);
        Assert.Null(red.DaysOverdue);
        Assert.Null(red.CyclesWithoutUpdate);
        Assert.Equal(2, red.CyclesAtRed);
        var days = new EscalationThreshold(14, 3, null);
        Assert.Equal(14, days.DaysOverdue);
        Assert.Equal(3, days.CyclesWithoutUpdate);
        Assert.Null(days.CyclesAtRed);
    }

    [Fact]
    public void Create_RefusesAZeroTrigger_NamingIt()
    {
        Assert.Equal("$.daysOverdue", Assert.Single(EscalationThreshold.Create(0, null, null).Errors).Path);
        Assert.Equal("$.cyclesWithoutUpdate", Assert.Single(EscalationThreshold.Create(null, 0, null).Errors).Path);
        Assert.Equal("$.cyclesAtRed", Assert.Single(EscalationThreshold.Create(null, null, -1).Errors).Path);
        Assert.All(EscalationThreshold.Create(0, 0, 0).Errors, e => Assert.Equal("number-out-of-range", e.Code));
    }

    [Fact]
    public void ToString_GivesEachTrigger_OrNeverOnIt()
    {
        Assert.Equal("30 days overdue | never on cycles without update | 2 cycles at red", new EscalationThreshold(30, null, 2).ToString());
        Assert.Equal("never on days overdue | 1 cycles without update | never on cycles at red", new EscalationThreshold(null, 1, null).ToString());
    }

    [Fact]
    public void Equality_CoversEveryTrigger_AndTellsNeverFromOne()
    {
        EqualityLaws.Hold(new EscalationThreshold(1, 1, 1), new EscalationThreshold(1, 1, 1),
            new EscalationThreshold(null, 1, 1), new EscalationThreshold(2, 1, 1),
            new EscalationThreshold(1, null, 1), new EscalationThreshold(1, 2, 1),
            new EscalationThreshold(1, 1, null), new EscalationThreshold(1, 1, 2));
        EqualityLaws.Hold(EscalationThreshold.Never, new EscalationThreshold(null, null, null), new EscalationThreshold(1, null, null));
    }
}
