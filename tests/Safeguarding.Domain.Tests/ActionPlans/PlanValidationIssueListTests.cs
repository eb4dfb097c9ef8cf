using System;
using System.Linq;
using NodaTime;
using Safeguarding.Domain.ActionPlans;

namespace Safeguarding.Domain.Tests.ActionPlans;

/// <summary>
/// The exact issues, in order, that traceability validation gives: every code with its path, severity and
/// message, the date boundaries, and where each dependency cycle is reported.
/// </summary>
public sealed class PlanValidationIssueListTests
{
    private static PlanAction Action(string id, string[] recommendations, string[]? dependsOn = null, LocalDate? target = null, LocalDate? started = null, LocalDate? completed = null) =>
        new(id, recommendations, "police", null, target, null, started, completed, Array.Empty<Evidence>(), Array.Empty<StatusUpdate>(), dependsOn ?? Array.Empty<string>());

    private static ActionPlan Plan(Finding[] findings, Recommendation[] recommendations, PlanAction[] actions, LocalDate? horizon = null) =>
        new("Jo", Period.FromMonths(3), null, horizon, findings, recommendations, actions);

    private static ActionPlan Actions(params PlanAction[] actions) =>
        Plan(new[] { new Finding("F1", null, null) }, new[] { new Recommendation("R1", new[] { "F1" }, null) }, actions);

    private static string[] Lines(ActionPlan plan) => PlanValidation.Validate(plan).Select(i => i.ToString()).ToArray();

    [Fact]
    public void Validate_APlanWithEveryProblem_ListsEachIssueOnceInTheOrderOfTheChecks()
    {
        var horizon = new LocalDate(2021, 12, 31);
        var plan = Plan(
            new[] { new Finding("F1", null, null), new Finding("F1", null, "repeated"), new Finding("F\r\n2", null, null), new Finding("F3", null, "answered elsewhere") },
            new[]
            {
                new Recommendation("R1", new[] { "F1" }, null),
                new Recommendation("R1", new[] { "F1" }, null),
                new Recommendation("R2", Array.Empty<string>(), null),
                new Recommendation("R3", new[] { "F1", "F9", "F8" }, null),
            },
            new[]
            {
                // On every boundary: due on the horizon, completed the day it started.
                Action("1", new[] { "R1" }, new[] { "2" }, target: horizon, started: new LocalDate(2020, 1, 1), completed: new LocalDate(2020, 1, 1)),
                Action("2", Array.Empty<string>(), new[] { "1" }),
                Action("2", new[] { "R1", "R7", "R3" }, new[] { "9", "1" }, target: horizon.PlusDays(1), started: new LocalDate(2020, 2, 2), completed: new LocalDate(2020, 2, 1)),
            },
            horizon);

        Assert.Equal(
            new[]
            {
                "error $.findings[1].id: duplicate-id: Another finding already has the id 'F1'.",
                "error $.recommendations[1].id: duplicate-id: Another recommendation already has the id 'R1'.",
                "error $.actions[2].id: duplicate-id: Another action already has the id '2'.",
                "error $.findings[2]: finding-without-recommendation: Finding 'F  2' has no recommendation and no recorded rationale for having none.",
                "error $.recommendations[2].findings: recommendation-without-finding: Recommendation 'R2' does not trace to any finding.",
                "warning $.recommendations[2]: recommendation-without-actions: Recommendation 'R2' has no actions.",
                "error $.recommendations[3].findings[1]: unknown-finding: The plan has no finding with this id.",
                "error $.recommendations[3].findings[2]: unknown-finding: The plan has no finding with this id.",
                "error $.actions[1].recommendations: action-without-recommendation: Action '2' does not trace to any recommendation.",
                "error $.actions[2].recommendations[1]: unknown-recommendation: The plan has no recommendation with this id.",
                "error $.actions[2].dependsOn[0]: unknown-action: The plan has no action with this id.",
                "warning $.actions[2].targetDate: action-past-horizon: The target date 2022-01-01 is after the plan's horizon 2021-12-31.",
                "warning $.actions[2].completedOn: completed-before-started: The completion date 2020-02-01 is before the start date 2020-02-02.",
                "error $.actions[1].dependsOn[0]: reference-cycle: Action '2' depends, directly or through others, on itself.",
            },
            Lines(plan));
    }

    [Fact]
    public void Validate_WithoutAHorizon_NoTargetIsPastIt_AndMissingDatesNeverCompare()
    {
        var plan = Actions(
            Action("1", new[] { "R1" }, target: new LocalDate(2199, 12, 31)),
            Action("2", new[] { "R1" }, completed: new LocalDate(2020, 1, 1)),
            Action("3", new[] { "R1" }, started: new LocalDate(2020, 1, 1)));
        Assert.Empty(Lines(plan));
        var withHorizon = new ActionPlan("Jo", Period.FromMonths(3), null, new LocalDate(2020, 1, 1), plan.Findings, plan.Recommendations,
            new[] { Action("1", new[] { "R1" }), Action("2", new[] { "R1" }, target: new LocalDate(2019, 12, 31)) });
        Assert.Empty(Lines(withHorizon));
    }

    [Fact]
    public void Validate_ADiamondOfDependencies_IsNotACycle() =>
        Assert.Empty(Lines(Actions(
            Action("A", new[] { "R1" }, new[] { "B", "C" }),
            Action("B", new[] { "R1" }, new[] { "D" }),
            Action("C", new[] { "R1" }, new[] { "D" }),
            Action("D", new[] { "R1" }))));

    [Fact]
    public void Validate_TheFirstActionDependingOnItself_IsReportedAtThatDependency() =>
        Assert.Equal(
            new[] { "error $.actions[0].dependsOn[1]: reference-cycle: Action 'A' depends, directly or through others, on itself." },
            Lines(Actions(Action("A", new[] { "R1" }, new[] { "B", "A" }), Action("B", new[] { "R1" }))));

    [Fact]
    public void Validate_ASelfDependencyReachedFromAnEarlierAction_IsReportedOnce() =>
        // B is walked (and finished) from A before its own turn comes; it is not walked again.
        Assert.Equal(
            new[] { "error $.actions[1].dependsOn[0]: reference-cycle: Action 'B' depends, directly or through others, on itself." },
            Lines(Actions(Action("A", new[] { "R1" }, new[] { "B" }), Action("B", new[] { "R1" }, new[] { "B" }))));

    [Fact]
    public void Validate_ACycleClosedByASecondDependency_IsReportedWhereItCloses() =>
        Assert.Equal(
            new[] { "error $.actions[1].dependsOn[0]: reference-cycle: Action 'B' depends, directly or through others, on itself." },
            Lines(Actions(Action("A", new[] { "R1" }, new[] { "C", "B" }), Action("B", new[] { "R1" }, new[] { "A" }), Action("C", new[] { "R1" }))));

    [Fact]
    public void Validate_DependenciesOnARepeatedId_FollowTheFirstActionWithThatId()
    {
        var lines = Lines(Actions(
            Action("X", new[] { "R1" }, new[] { "Y" }),
            Action("Y", new[] { "R1" }, new[] { "X" }),
            Action("X", new[] { "R1" }, new[] { "Y" })));
        Assert.Equal(
            new[]
            {
                "error $.actions[2].id: duplicate-id: Another action already has the id 'X'.",
                "error $.actions[1].dependsOn[0]: reference-cycle: Action 'Y' depends, directly or through others, on itself.",
            },
            lines);
    }

    [Fact]
    public void Validate_TwoSeparateCycles_AreEachReportedOnce() =>
        Assert.Equal(
            new[]
            {
                "error $.actions[2].dependsOn[0]: reference-cycle: Action '3' depends, directly or through others, on itself.",
                "error $.actions[4].dependsOn[0]: reference-cycle: Action '5' depends, directly or through others, on itself.",
            },
            Lines(Actions(
                Action("1", new[] { "R1" }, new[] { "2" }),
                Action("2", new[] { "R1" }, new[] { "3" }),
                Action("3", new[] { "R1" }, new[] { "1" }),
                Action("4", new[] { "R1" }, new[] { "5" }),
                Action("5", new[] { "R1" }, new[] { "4" }))));

    [Fact]
    public void Validate_ALongChain_DoesNotOverflowAndHasNoCycle()
    {
        var chain = Enumerable.Range(0, 20_000).Select(i => Action("a" + i, new[] { "R1" }, i == 19_999 ? null : new[] { "a" + (i + 1) })).ToArray();
        Assert.Empty(Lines(Actions(chain)));
    }

    [Fact]
    public void Validate_NullPlan_Throws() =>
        Assert.Equal("plan", Assert.Throws<ArgumentNullException>(() => PlanValidation.Validate(null!)).ParamName);

    [Fact]
    public void IsValid_IsFalseOnlyWhenAnIssueIsAnError()
    {
        var warning = new Issue("$.recommendations[0]", "recommendation-without-actions", IssueSeverity.Warning, "m");
        var error = new Issue("$.actions[0].id", "duplicate-id", IssueSeverity.Error, "m");
        Assert.True(PlanValidation.IsValid(Array.Empty<Issue>()));
        Assert.True(PlanValidation.IsValid(new[] { warning, warning }));
        Assert.False(PlanValidation.IsValid(new[] { warning, error }));
        Assert.False(PlanValidation.IsValid(new[] { error, warning }));
        Assert.Equal("issues", Assert.Throws<ArgumentNullException>(() => PlanValidation.IsValid(null!)).ParamName);
    }
}
