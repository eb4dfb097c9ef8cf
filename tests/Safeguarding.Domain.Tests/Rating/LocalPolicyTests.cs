using System.Linq;
using System.Text;
using Safeguarding.Domain.Rating;

namespace Safeguarding.Domain.Tests.Rating;

public sealed class LocalPolicyTests
{
    private static Safeguarding.Domain.Serialization.ReadResult<LocalPolicy> Read(string json) => LocalPolicy.Read(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Read_EmptyDocument_IsTheDefault()
    {
        var read = Read("{}");
        Assert.Equal(RatingScheme.BlueRedAmberGreen, read.Value.Scheme);
        Assert.Equal(EscalationPolicy.Default, read.Value.Escalation);
    }

    [Fact]
    public void Read_SchemeWithoutBlue_AndOneLevel()
    {
        var read = Read("""
            { "scheme": { "name": "rag", "statuses": ["red", "amber", "green"], "notStarted": "red", "inProgress": "amber",
                          "overdue": "red", "completed": "green", "embedded": "green", "rollUp": "most-common" },
              "escalation": { "subgroup": { "cyclesWithoutUpdate": 2 } } }
            """);
        Assert.True(read.Success, string.Join("; ", read.Errors));
        Assert.Equal(RollUpMethod.MostCommon, read.Value.Scheme.RollUp);
        Assert.Equal(EscalationLevel.None, read.Value.Escalation.LevelFor(500, 1, 9, out _));
        Assert.Equal(EscalationLevel.Subgroup, read.Value.Escalation.LevelFor(0, 2, 0, out _));
    }

    [Fact]
    public void Read_Errors_HavePathsAndCodes()
    {
        var errors = Read("""
            { "scheme": { "name": "x", "statuses": ["a", "a"], "notStarted": "a", "inProgress": "a", "overdue": "a", "completed": "a", "embedded": "z" },
              "escalation": { "board": { "daysOverdue": 0, "days": 3 } }, "extra": 1 }
            """).Errors.Select(e => e.Path + " " + e.Code).ToList();
        Assert.Contains("$.scheme.statuses invalid-scheme", errors);
        Assert.Contains("$.escalation.board.daysOverdue number-out-of-range", errors);
        Assert.Contains("$.escalation.board.days unknown-property", errors);
        Assert.Contains("$.extra unknown-property", errors);
    }
}
