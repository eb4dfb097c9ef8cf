using System;
using System.Linq;
using NodaTime;
using Safeguarding.Domain.ActionPlans;

namespace Safeguarding.Domain.Tests.ActionPlans;

public sealed class PlanValidationTests
{
    private static PlanAction Action(string id, string[] recommendations, string[]? dependsOn = null, LocalDate? target = null) =>
        new(id, recommendations, "police", null, target, null, null, null, Array.Empty<Evidence>(), Array.Empty<StatusUpdate>(), dependsOn ?? Array.Empty<string>());

    private static ActionPlan Plan(Finding[] findings, Recommendation[] recommendations, PlanAction[] actions, LocalDate? horizon = null) =>
        new("Test", Period.FromMonths(3), null, horizon, findings, recommendations, actions);

    private static readonly Finding F1 = new("F1", null, null);
    private static readonly Recommendation R1 = new("R1", new[] { "F1" }, null);

    [Fact]
    public void Validate_CleanPlan_HasNoIssues()
    {
        Assert.Empty(PlanValidation.Validate(Plan(new[] { F1 }, new[] { R1 }, new[] { Action("1.1", new[] { "R1" }) })));
    }

    [Fact]
    public void Validate_UnknownRecommendation_IsAnErrorAtItsPath()
    {
        var issues = PlanValidation.Validate(Plan(new[] { F1 }, new[] { R1 }, new[] { Action("1.1", new[] { "R1" }), Action("1.2", new[] { "R1" }), Action("2.1", new[] { "R9" }) }));
        var issue = Assert.Single(issues);
        Assert.Equal("$.actions[2].recommendations[0]", issue.Path);
        Assert.Equal("unknown-recommendation", issue.Code);
        Assert.Equal(IssueSeverity.Error, issue.Severity);
    }

    [Fact]
    public void Validate_UnknownFinding_IsAnError()
    {
        var issues = PlanValidation.Validate(Plan(new[] { F1 }, new[] { R1, new Recommendation("R2", new[] { "F1", "F7" }, null) },
            new[] { Action("1", new[] { "R1", "R2" }) }));
        var issue = Assert.Single(issues);
        Assert.Equal(("$.recommendations[1].findings[1]", "unknown-finding"), (issue.Path, issue.Code));
    }

    [Fact]
    public void Validate_DuplicateIds_AreErrorsOnTheSecond()
    {
        var issues = PlanValidation.Validate(Plan(new[] { F1, new Finding("F1", null, "covered elsewhere") }, new[] { R1 },
            new[] { Action("1.1", new[] { "R1" }), Action("1.1", new[] { "R1" }) }));
        Assert.Equal(new[] { "$.findings[1].id", "$.actions[1].id" }, issues.Where(i => i.Code == "duplicate-id").Select(i => i.Path));
    }

    [Fact]
    public void Validate_RecommendationWithoutActions_IsAWarning()
    {
        var issues = PlanValidation.Validate(Plan(new[] { F1 }, new[] { R1, new Recommendation("R2", new[] { "F1" }, null) }, new[] { Action("1", new[] { "R1" }) }));
        var issue = Assert.Single(issues);
        Assert.Equal(("$.recommendations[1]", "recommendation-without-actions", IssueSeverity.Warning), (issue.Path, issue.Code, issue.Severity));
        Assert.True(PlanValidation.IsValid(issues));
    }

    [Fact]
    public void Validate_FindingWithoutRecommendation_IsAnErrorUnlessARationaleIsRecorded()
    {
        var bare = PlanValidation.Validate(Plan(new[] { F1, new Finding("F2", null, null) }, new[] { R1 }, new[] { Action("1", new[] { "R1" }) }));
        Assert.Equal(("$.findings[1]", "finding-without-recommendation"), (bare.Single().Path, bare.Single().Code));
        Assert.False(PlanValidation.IsValid(bare));

        var explained = PlanValidation.Validate(Plan(new[] { F1, new Finding("F2", null, "addressed by the partnership's neglect strategy") }, new[] { R1 }, new[] { Action("1", new[] { "R1" }) }));
        Assert.Empty(explained);
    }

    [Fact]
    public void Validate_ActionPastHorizon_IsAWarning()
    {
        var issues = PlanValidation.Validate(Plan(new[] { F1 }, new[] { R1 }, new[] { Action("1", new[] { "R1" }, target: new LocalDate(2022, 1, 1)) }, new LocalDate(2021, 12, 31)));
        var issue = Assert.Single(issues);
        Assert.Equal(("$.actions[0].targetDate", "action-past-horizon", IssueSeverity.Warning), (issue.Path, issue.Code, issue.Severity));
    }

    [Fact]
    public void Validate_DependencyCycle_IsReportedOnce()
    {
        var issues = PlanValidation.Validate(Plan(new[] { F1 }, new[] { R1 }, new[]
        {
            Action("1", new[] { "R1" }, new[] { "3" }),
            Action("2", new[] { "R1" }, new[] { "1" }),
            Action("3", new[] { "R1" }, new[] { "2" }),
            Action("4", new[] { "R1" }, new[] { "4" }),
        }));
        Assert.Equal(2, issues.Count(i => i.Code == "reference-cycle"));
        Assert.Contains(issues, i => i.Path == "$.actions[3].dependsOn[0]" && i.Code == "reference-cycle");
    }

    [Fact]
    public void Validate_UnknownDependency_AndActionWithoutRecommendation_AreErrors()
    {
        var issues = PlanValidation.Validate(Plan(new[] { F1 }, new[] { R1 }, new[] { Action("1", new[] { "R1" }, new[] { "9" }), Action("2", Array.Empty<string>()) }));
        Assert.Contains(issues, i => i.Path == "$.actions[0].dependsOn[0]" && i.Code == "unknown-action");
        Assert.Contains(issues, i => i.Path == "$.actions[1].recommendations" && i.Code == "action-without-recommendation");
    }

    [Fact]
    public void Validate_MessagesNeverRepeatFreeText()
    {
        var secret = new Finding("F2", "a title with a child's real name", null);
        var issues = PlanValidation.Validate(Plan(new[] { F1, secret }, new[] { R1 }, new[] { Action("1", new[] { "R1" }) }));
        Assert.All(issues, i => Assert.DoesNotContain("real name", i.ToString(), StringComparison.Ordinal));
    }
}
