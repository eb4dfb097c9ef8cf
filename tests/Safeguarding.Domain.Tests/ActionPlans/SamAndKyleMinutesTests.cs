using System;
using System.IO;
using System.Linq;
using NodaTime;
using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Rating;
using Safeguarding.Domain.Reporting;

namespace Safeguarding.Domain.Tests.ActionPlans;

/// <summary>
/// The Sam and Kyle action plan as the scrutiny committee's minutes describe it (seed 001), as of the
/// meeting in January 2021: the report had been published in July 2020, "six months" before, and the
/// plan was to be completed and embedded "by the end of the calendar year".
/// </summary>
public sealed class SamAndKyleMinutesTests
{
    private static readonly LocalDate Meeting = new(2021, 1, 12);

    // 1.1: agencies feed back on how their practitioners will use the escalation policy. The papers said
    // amber; at the meeting the officer said it was complete, feedback having been received.
    private static readonly PlanAction Action11 = new(
        "1.1", new[] { "R1" }, "partnership", "business manager", new LocalDate(2020, 12, 31),
        "Every agency explains how its practitioners will use the escalation policy", new LocalDate(2020, 8, 1), null,
        new[]
        {
            new Evidence(EvidenceKind.Output, new LocalDate(2020, 9, 1), "policy recirculated"),
            new Evidence(EvidenceKind.Completion, new LocalDate(2021, 1, 5), "feedback received from every agency"),
        },
        new[] { new StatusUpdate(new LocalDate(2020, 12, 15), ReportedStatus.Amber, "awaiting feedback") },
        Array.Empty<string>());

    // 3.2: the one action the papers rated green: completed, still to be embedded.
    private static readonly PlanAction Action32 = new(
        "3.2", new[] { "R3" }, "childrens-social-care", null, new LocalDate(2020, 10, 31), null,
        new LocalDate(2020, 8, 1), new LocalDate(2020, 10, 15),
        new[] { new Evidence(EvidenceKind.Completion, new LocalDate(2020, 10, 15), "implementation feedback collated") },
        new[] { new StatusUpdate(new LocalDate(2020, 12, 15), ReportedStatus.Green, "complete") },
        Array.Empty<string>());

    // 5: Signs of Safety and Graded Care Profile training; counted done because a date was set and publicised.
    private static readonly PlanAction Action5 = new(
        "5", new[] { "R5" }, "partnership", "training lead", new LocalDate(2020, 12, 31),
        "Practitioners trained, and evaluations show practice has changed", null, null,
        new[] { new Evidence(EvidenceKind.Output, new LocalDate(2020, 11, 20), "training date set and publicised") },
        new[] { new StatusUpdate(new LocalDate(2020, 12, 15), ReportedStatus.Green, "date set") },
        Array.Empty<string>());

    private static ActionPlan Plan() => new(
        "Sam and Kyle", Period.FromMonths(3), new LocalDate(2020, 8, 1), new LocalDate(2021, 12, 31),
        new[] { new Finding("F1", "escalation policy not used", null), new Finding("F2", "neglect not assessed with a shared tool", null) },
        new[]
        {
            new Recommendation("R1", new[] { "F1" }, null),
            new Recommendation("R3", new[] { "F1" }, null),
            new Recommendation("R5", new[] { "F2" }, null),
        },
        new[] { Action11, Action32, Action5 });

    [Fact]
    public void Snapshot_AtTheMeeting_DerivesStatusesFromTheFactsNotTheReports()
    {
        var snapshot = PlanSnapshot.Take(Plan(), Meeting);
        Assert.True(snapshot.IsValid);
        var byId = snapshot.Actions.ToDictionary(a => a.Id);

        Assert.Equal("green", byId["1.1"].Status);
        Assert.Equal(ReportedStatus.Amber, byId["1.1"].ReportedStatus);
        Assert.Empty(byId["1.1"].Discrepancies);

        Assert.Equal("green", byId["3.2"].Status);
        Assert.Equal(ActionStage.Completed, byId["3.2"].Stage);
        Assert.Empty(byId["3.2"].Discrepancies);

        Assert.Equal("red", byId["5"].Status);
        Assert.Equal(ActionStage.Overdue, byId["5"].Stage);
    }

    [Fact]
    public void Action5_CompletedBySettingADate_IsTheCanonicalDiscrepancy()
    {
        var action = PlanSnapshot.Take(Plan(), Meeting).Actions.Single(a => a.Id == "5");
        var discrepancy = Assert.Single(action.Discrepancies);
        Assert.Equal("completed-by-output-only", discrepancy.Code);
        Assert.Equal("green", discrepancy.ReportedStatus);
        Assert.Equal("red", discrepancy.DerivedStatus);
        Assert.DoesNotContain("training date", discrepancy.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Action5_BeforeItsTargetDate_IsAmberWithTheSameDiscrepancy()
    {
        var action = PlanSnapshot.Take(Plan(), new LocalDate(2020, 12, 20)).Actions.Single(a => a.Id == "5");
        Assert.Equal("amber", action.Status);
        Assert.Equal("completed-by-output-only", Assert.Single(action.Discrepancies).Code);
    }

    [Fact]
    public void Flags_AndEscalation_AtTheMeeting()
    {
        var byId = PlanSnapshot.Take(Plan(), Meeting).Actions.ToDictionary(a => a.Id);
        Assert.True(byId["5"].Overdue);
        Assert.Equal(12, byId["5"].DaysOverdue);
        Assert.False(byId["5"].UpdatePending);
        Assert.Equal(EscalationLevel.LeadOfficer, byId["5"].Escalation);
        Assert.Contains("12 days overdue", byId["5"].EscalationReasons[0], StringComparison.Ordinal);

        Assert.False(byId["1.1"].Overdue);
        Assert.Equal(EscalationLevel.None, byId["1.1"].Escalation);
        Assert.Equal(EscalationLevel.None, byId["3.2"].Escalation);
    }

    [Fact]
    public void Action5_LeftAlone_ClimbsTheEscalationLadder()
    {
        var plan = Plan();
        EscalationLevel At(LocalDate date) => PlanSnapshot.Take(plan, date).Actions.Single(a => a.Id == "5").Escalation;
        Assert.Equal(EscalationLevel.Subgroup, At(new LocalDate(2021, 2, 15)));  // 46 days overdue
        Assert.Equal(EscalationLevel.Board, At(new LocalDate(2021, 4, 1)));      // 91 days overdue
    }

    [Fact]
    public void RollUp_PlanIsRedBecauseOfAction5_AndGreenActionsAreNotBlueWithoutImpact()
    {
        var snapshot = PlanSnapshot.Take(Plan(), Meeting);
        Assert.Equal("red", snapshot.Status);
        Assert.Equal(new[] { "green", "green", "red" }, snapshot.Recommendations.Select(r => r.Status));
        Assert.Equal(new[] { "green", "red" }, snapshot.Findings.Select(f => f.Status));
        Assert.Equal(0, snapshot.CountOf("blue"));
    }

    [Fact]
    public void Embedding_Action32_WithAnAudit_MakesItBlue()
    {
        var embedded = Plan().WithActions(new[] { Action11, Action32.WithEvidence(new Evidence(EvidenceKind.Impact, new LocalDate(2021, 1, 10), "audit")), Action5 });
        Assert.Equal("blue", PlanSnapshot.Take(embedded, Meeting).Actions.Single(a => a.Id == "3.2").Status);
    }

    [Fact]
    public void Comparison_WithTheLastCycle_ShowsWhatMovedForTheCommittee()
    {
        var plan = Plan();
        var comparison = SnapshotComparison.Between(PlanSnapshot.Take(plan, new LocalDate(2020, 10, 12)), PlanSnapshot.Take(plan, Meeting));
        Assert.Equal(new[] { "1.1", "3.2" }, comparison.Improved.Select(c => c.Id));
        Assert.Empty(comparison.Worsened);
        Assert.Equal("5", Assert.Single(comparison.NewlyOverdue).Id);
    }

    [Fact]
    public void AgencyExtract_KeepsTheActionsTheirRecommendationsAndFindings()
    {
        var extract = Plan().ExtractFor("partnership");
        Assert.Equal(new[] { "1.1", "5" }, extract.Actions.Select(a => a.Id));
        Assert.Equal(new[] { "R1", "R5" }, extract.Recommendations.Select(r => r.Id));
        Assert.Equal(new[] { "F1", "F2" }, extract.Findings.Select(f => f.Id));
        Assert.True(PlanValidation.IsValid(PlanValidation.Validate(extract)));
    }

    [Fact]
    public void RedAmberGreenScheme_WithoutBlue_NeedsNoCodeChange()
    {
        var embedded = Plan().WithActions(new[] { Action32.WithEvidence(new Evidence(EvidenceKind.Impact, new LocalDate(2021, 1, 10), "audit")) });
        var snapshot = PlanSnapshot.Take(embedded, Meeting, RatingScheme.RedAmberGreen, EscalationPolicy.Default);
        Assert.Equal("green", snapshot.Actions[0].Status);
        Assert.Equal(ActionStage.Embedded, snapshot.Actions[0].Stage);
    }
    [Fact]
    public void Readme_ShowsTheReportTheLibraryRenders()
    {
        string markdown = ScrutinyReport.Create(Plan(), Meeting, new LocalDate(2020, 10, 12)).ToMarkdown();
        string quoted = string.Join("\n", markdown.TrimEnd('\n').Split('\n').Select(line => line.Length == 0 ? ">" : "> " + line));
        string readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Docs", "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Contains(quoted, readme, StringComparison.Ordinal);
    }
}
