using System;
using NodaTime;
using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Rating;
using Safeguarding.Domain.Tests.Support;

namespace Safeguarding.Domain.Tests.Rating;

public sealed class RatingSchemeTests
{
    private static readonly LocalDate AsOf = new(2021, 1, 12);

    private static PlanAction Action(LocalDate? target, LocalDate? started, LocalDate? completed, params Evidence[] evidence) =>
        new("1", new[] { "R1" }, "police", target, started, completed, evidence, Array.Empty<StatusUpdate>());

    private static string Status(PlanAction action, RatingScheme? scheme = null) =>
        ActionAssessment.Assess(action, AsOf, Period.FromMonths(3), null, scheme ?? RatingScheme.BlueRedAmberGreen, EscalationPolicy.Default).Status;

    [Fact]
    public void Default_FollowsTheContractsTable()
    {
        var target = new LocalDate(2021, 3, 31);
        Assert.Equal("red", Status(Action(target, null, null)));
        Assert.Equal("amber", Status(Action(target, new LocalDate(2020, 9, 1), null)));
        Assert.Equal("red", Status(Action(new LocalDate(2021, 1, 11), new LocalDate(2020, 9, 1), null)));
        Assert.Equal("amber", Status(Action(AsOf, new LocalDate(2020, 9, 1), null)));
        Assert.Equal("green", Status(Action(target, null, new LocalDate(2020, 12, 1))));
        Assert.Equal("green", Status(Action(target, null, null, new Evidence(EvidenceKind.Completion, new LocalDate(2020, 12, 1), null))));
        Assert.Equal("blue", Status(Action(target, null, new LocalDate(2020, 12, 1), new Evidence(EvidenceKind.Impact, new LocalDate(2021, 1, 1), null))));
    }

    [Fact]
    public void OutputEvidence_AloneNeverCompletes()
    {
        var action = Action(new LocalDate(2021, 3, 31), null, null, new Evidence(EvidenceKind.Output, new LocalDate(2020, 11, 1), "date set"));
        Assert.Equal("amber", Status(action));
    }

    [Fact]
    public void FactsAfterAsOf_DoNotCountYet()
    {
        var action = Action(new LocalDate(2021, 3, 31), new LocalDate(2020, 9, 1), new LocalDate(2021, 2, 1));
        Assert.Equal("amber", Status(action));
    }

    [Fact]
    public void CouncilScheme_WithRenamedStatuses_WorksWithoutCodeChanges()
    {
        var scheme = new RatingScheme("council", new[] { "off-track", "in-progress", "complete", "embedded" },
            "off-track", "in-progress", "off-track", "complete", "embedded", RollUpMethod.WorstOf);
        var target = new LocalDate(2021, 3, 31);
        Assert.Equal("complete", Status(Action(target, null, new LocalDate(2020, 12, 1)), scheme));
        Assert.Equal("embedded", Status(Action(target, null, new LocalDate(2020, 12, 1), new Evidence(EvidenceKind.Impact, AsOf, null)), scheme));
        Assert.Equal("complete", scheme.StatusOf(ReportedStatus.Green));
        Assert.Null(scheme.StatusOf(ReportedStatus.UpdatePending));
    }

    [Fact]
    public void Scheme_WhoseStagesAreOutOfOrder_IsRefused()
    {
        Assert.Equal("$.scheme", Assert.Single(RatingScheme.Create("bad", new[] { "red", "amber", "green" }, "red", "green", "red", "amber", "green").Errors).Path);
        Assert.Equal("$.scheme.statuses", Assert.Single(RatingScheme.Create("bad", new[] { "red", "red" }, "red", "red", "red", "red", "red").Errors).Path);
        Assert.Equal("$.scheme.embedded", Assert.Single(RatingScheme.Create("bad", new[] { "red" }, "red", "red", "red", "red", "purple").Errors).Path);
        Assert.Equal("$.scheme.name", Assert.Single(RatingScheme.Create(" ", new[] { "red" }, "red", "red", "red", "red", "red").Errors).Path);
    }

    [Fact]
    public void RollUp_Methods()
    {
        var children = new[] { "green", "red", "green", "blue" };
        Assert.Equal("red", RatingScheme.BlueRedAmberGreen.RollUpOf(children));
        var median = new RatingScheme("m", new[] { "red", "amber", "green", "blue" }, "red", "amber", "red", "green", "blue", RollUpMethod.LowerMedian);
        Assert.Equal("green", median.RollUpOf(children));
        var common = new RatingScheme("c", new[] { "red", "amber", "green", "blue" }, "red", "amber", "red", "green", "blue", RollUpMethod.MostCommon);
        Assert.Equal("green", common.RollUpOf(children));
        Assert.Equal("red", common.RollUpOf(new[] { "red", "blue" }));
        Assert.Null(common.RollUpOf(Array.Empty<string>()));
    }

    [Theory]
    [InlineData(ReportedStatus.Blue, "2020-12-01", null, "no-impact-evidence")]
    [InlineData(ReportedStatus.Green, null, "2020-11-01", "completed-by-output-only")]
    [InlineData(ReportedStatus.Green, null, null, "completed-without-evidence")]
    public void Discrepancy_Reasons(ReportedStatus reported, string? completedOn, string? outputOn, string code)
    {
        var evidence = outputOn is null ? Array.Empty<Evidence>() : new[] { new Evidence(EvidenceKind.Output, NodaTime.Text.LocalDatePattern.Iso.Parse(outputOn).Value, null) };
        var action = new PlanAction("1", new[] { "R1" }, "police", new LocalDate(2021, 3, 31), new LocalDate(2020, 9, 1),
            completedOn is null ? null : NodaTime.Text.LocalDatePattern.Iso.Parse(completedOn).Value, evidence, new[] { new StatusUpdate(new LocalDate(2021, 1, 1), reported, null) });
        var assessment = ActionAssessment.Assess(action, AsOf, Period.FromMonths(3), null, RatingScheme.BlueRedAmberGreen, EscalationPolicy.Default);
        Assert.Equal(code, Assert.Single(assessment.Discrepancies).Code);
    }

    [Fact]
    public void Discrepancy_AmberWhileOverdue_IsPastTargetDate_AndReportedWorse_IsNone()
    {
        var overdue = new PlanAction("1", new[] { "R1" }, "police", new LocalDate(2020, 12, 1), new LocalDate(2020, 9, 1), null,
            Array.Empty<Evidence>(), new[] { new StatusUpdate(new LocalDate(2021, 1, 1), ReportedStatus.Amber, null) });
        Assert.Equal("past-target-date", Assert.Single(ActionAssessment.Assess(overdue, AsOf, Period.FromMonths(3), null, RatingScheme.BlueRedAmberGreen, EscalationPolicy.Default).Discrepancies).Code);

        var modest = new PlanAction("1", new[] { "R1" }, "police", new LocalDate(2021, 12, 1), null, new LocalDate(2020, 12, 1),
            Array.Empty<Evidence>(), new[] { new StatusUpdate(new LocalDate(2021, 1, 1), ReportedStatus.Red, null) });
        Assert.Empty(ActionAssessment.Assess(modest, AsOf, Period.FromMonths(3), null, RatingScheme.BlueRedAmberGreen, EscalationPolicy.Default).Discrepancies);
    }

    private const string OutOfOrder = "Stages must be ordered from worst to best: overdue, not started, in progress, completed, embedded (equal is allowed).";

    private static RatingScheme TwoStatuses(string notStarted, string inProgress, string overdue, string completed, string embedded) =>
        new("two", new[] { "poor", "good" }, notStarted, inProgress, overdue, completed, embedded, RollUpMethod.WorstOf);

    [Theory]
    [InlineData("poor", "good", "good", "good", "good")]
    [InlineData("good", "poor", "poor", "good", "good")]
    [InlineData("poor", "good", "poor", "poor", "good")]
    [InlineData("poor", "poor", "poor", "good", "poor")]
    public void Constructor_EachPairOfStagesOutOfOrder_IsRefused(string notStarted, string inProgress, string overdue, string completed, string embedded)
    {
        // Overdue above not started; not started above in progress; in progress above completed; completed above embedded.
        var issue = Assert.Single(RatingScheme.Create("two", new[] { "poor", "good" }, notStarted, inProgress, overdue, completed, embedded).Errors);
        Assert.Equal(("$.scheme", "invalid-scheme", OutOfOrder), (issue.Path, issue.Code, issue.Message));
        var ex = Assert.Throws<ArgumentException>(() => TwoStatuses(notStarted, inProgress, overdue, completed, embedded));
        Assert.Equal(OutOfOrder + " (Parameter 'statuses')", ex.Message);
        Assert.Equal("statuses", ex.ParamName);
    }

    [Fact]
    public void Constructor_EqualStages_AreAllowed()
    {
        var flat = TwoStatuses("poor", "poor", "poor", "good", "good");
        Assert.Equal(("poor", "good"), (flat.Worst, flat.Best));
    }

    [Fact]
    public void Constructor_NoStatusesOrARepeatedStatus_IsRefused()
    {
        var none = Assert.Throws<ArgumentException>(() => new RatingScheme("empty", Array.Empty<string>(), "red", "red", "red", "red", "red", RollUpMethod.WorstOf));
        Assert.Equal("A scheme has at least one status. (Parameter 'statuses')", none.Message);

        var repeated = Assert.Throws<ArgumentException>(() => new RatingScheme("twice", new[] { "red", "amber", "red" }, "red", "amber", "red", "amber", "amber", RollUpMethod.WorstOf));
        Assert.Equal("Status names must be distinct. (Parameter 'statuses')", repeated.Message);
    }

    [Fact]
    public void Constructor_StageNotAmongTheStatuses_IsRefused_NamingTheStage()
    {
        var statuses = new[] { "red", "amber", "green" };
        var purple = Assert.Throws<ArgumentException>(() => new RatingScheme("c", statuses, "red", "amber", "red", "green", "purple", RollUpMethod.WorstOf));
        Assert.Equal("The status is not among the scheme's statuses. (Parameter 'embedded')", purple.Message);
        Assert.Equal("notStarted", Assert.Throws<ArgumentNullException>(() => new RatingScheme("c", statuses, null!, "amber", "red", "green", "green", RollUpMethod.WorstOf)).ParamName);
        Assert.Equal("inProgress", Assert.ThrowsAny<ArgumentException>(() => new RatingScheme("c", statuses, "red", " ", "red", "green", "green", RollUpMethod.WorstOf)).ParamName);
    }

    [Fact]
    public void WorstAndBest_AreTheEndsOfTheOrder()
    {
        Assert.Equal("red", RatingScheme.BlueRedAmberGreen.Worst);
        Assert.Equal("blue", RatingScheme.BlueRedAmberGreen.Best);
        Assert.Equal("green", RatingScheme.RedAmberGreen.Best);
    }

    [Fact]
    public void RankAndContains_KnowOnlyTheSchemesStatuses()
    {
        var scheme = RatingScheme.BlueRedAmberGreen;
        Assert.Equal(3, scheme.Rank("blue"));
        var purple = Assert.Throws<ArgumentException>(() => scheme.Rank("purple"));
        Assert.Equal("Not a status of this scheme. (Parameter 'status')", purple.Message);
        Assert.True(scheme.Contains("amber"));
        Assert.False(scheme.Contains("purple"));
        Assert.False(scheme.Contains(null!));
    }

    [Fact]
    public void RollUp_MostCommon_TieGoesToTheWorse()
    {
        var common = new RatingScheme("c", new[] { "red", "amber", "green", "blue" }, "red", "amber", "red", "green", "blue", RollUpMethod.MostCommon);
        Assert.Equal("amber", common.RollUpOf(new[] { "green", "amber", "blue", "amber", "green" }));
        Assert.Equal("blue", common.RollUpOf(new[] { "blue" }));
    }

    [Fact]
    public void ToString_GivesTheNameAndTheOrder()
    {
        Assert.Equal("blue-red-amber-green: red < amber < green < blue", RatingScheme.BlueRedAmberGreen.ToString());
    }

    [Fact]
    public void Equality_CoversEveryMember()
    {
        var statuses = new[] { "red", "amber", "green", "blue" };
        RatingScheme Of(string name = "council", string[]? order = null, string notStarted = "red", string inProgress = "amber", string overdue = "red",
            string completed = "green", string embedded = "blue", RollUpMethod rollUp = RollUpMethod.WorstOf) =>
            new(name, order ?? statuses, notStarted, inProgress, overdue, completed, embedded, rollUp);

        EqualityLaws.Hold(Of(), Of(order: new[] { "red", "amber", "green", "blue" }), Of(name: "borough"), Of(order: new[] { "red", "amber", "green" }, embedded: "green"));

        // The hash is the name and the number of statuses; equality compares everything.
        var value = Of();
        Assert.False(value.Equals(Of(order: new[] { "red", "amber", "green", "gold" }, embedded: "gold")));
        Assert.False(value.Equals(Of(notStarted: "amber")));
        Assert.False(value.Equals(Of(inProgress: "green")));
        Assert.False(value.Equals(Of(overdue: "amber", notStarted: "amber")));
        Assert.False(value.Equals(Of(completed: "blue")));
        Assert.False(value.Equals(Of(embedded: "green")));
        Assert.False(value.Equals(Of(rollUp: RollUpMethod.LowerMedian)));
        Assert.True(RatingScheme.BlueRedAmberGreen.Equals(Of(name: "blue-red-amber-green")));
    }
}
