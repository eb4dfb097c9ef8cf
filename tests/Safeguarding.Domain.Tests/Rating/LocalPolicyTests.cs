using System.Linq;
using System.Text;
using Safeguarding.Domain.Rating;

namespace Safeguarding.Domain.Tests.Rating;

public sealed class LocalPolicyTests
{
    private static Safeguarding.Domain.Result<LocalPolicy> Read(string json) => LocalPolicyJson.Read(Encoding.UTF8.GetBytes(json));

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

    private static string[] Errors(string json) => Read(json).Errors.Select(e => e.Path + " " + e.Code).ToArray();

    private static string Scheme(string notStarted, string inProgress, string overdue, string completed, string embedded) =>
        $$"""
        { "scheme": { "name": "two", "statuses": ["poor", "good"], "notStarted": "{{notStarted}}", "inProgress": "{{inProgress}}",
                      "overdue": "{{overdue}}", "completed": "{{completed}}", "embedded": "{{embedded}}" } }
        """;

    [Fact]
    public void Read_SchemeMissingEveryProperty_ReportsEachRequiredOne()
    {
        Assert.Equal(
            new[]
            {
                "$.scheme.name missing-property", "$.scheme.statuses missing-property", "$.scheme.notStarted missing-property",
                "$.scheme.inProgress missing-property", "$.scheme.overdue missing-property", "$.scheme.completed missing-property",
                "$.scheme.embedded missing-property",
            },
            Errors("""{ "scheme": {} }"""));
    }

    [Fact]
    public void Read_StagesNamingUnknownStatuses_ReportsEachStageAtItsPath()
    {
        var read = Read(Scheme("purple", "purple", "purple", "purple", "purple"));
        Assert.Equal(
            new[]
            {
                "$.scheme.notStarted invalid-scheme", "$.scheme.inProgress invalid-scheme", "$.scheme.overdue invalid-scheme",
                "$.scheme.completed invalid-scheme", "$.scheme.embedded invalid-scheme",
            },
            read.Errors.Select(e => e.Path + " " + e.Code));
        Assert.All(read.Errors, e => Assert.Equal("The status is not among the scheme's statuses.", e.Message));
    }

    [Fact]
    public void Read_OneStageNamingAnUnknownStatus_IsOneErrorAndNeverThrows()
    {
        Assert.Equal(new[] { "$.scheme.overdue invalid-scheme" }, Errors(Scheme("poor", "good", "purple", "good", "good")));
    }

    [Theory]
    [InlineData("poor", "good", "good", "good", "good")]
    [InlineData("good", "poor", "poor", "good", "good")]
    [InlineData("poor", "good", "poor", "poor", "good")]
    [InlineData("poor", "poor", "poor", "good", "poor")]
    public void Read_EachPairOfStagesOutOfOrder_IsInvalidSchemeAtTheScheme(string notStarted, string inProgress, string overdue, string completed, string embedded)
    {
        var error = Assert.Single(Read(Scheme(notStarted, inProgress, overdue, completed, embedded)).Errors);
        Assert.Equal(("$.scheme", "invalid-scheme"), (error.Path, error.Code));
        Assert.Equal("Stages must be ordered from worst to best: overdue, not started, in progress, completed, embedded (equal is allowed).", error.Message);
    }

    [Fact]
    public void Read_SchemeInOrder_WithoutRollUp_IsWorstOf()
    {
        var read = Read(Scheme("poor", "poor", "poor", "good", "good"));
        Assert.True(read.Success, string.Join("; ", read.Errors));
        Assert.Equal(new RatingScheme("two", new[] { "poor", "good" }, "poor", "poor", "poor", "good", "good", RollUpMethod.WorstOf), read.Value.Scheme);
    }

    [Fact]
    public void ToString_GivesTheSchemeAndTheThresholds()
    {
        Assert.Equal(
            "blue-red-amber-green: red < amber < green < blue; lead-officer: 1 days overdue | 1 cycles without update | 1 cycles at red; "
            + "subgroup: 30 days overdue | 2 cycles without update | 2 cycles at red; board: 90 days overdue | 3 cycles without update | 3 cycles at red",
            LocalPolicy.Default.ToString());
    }
}
