using System;
using System.ComponentModel;
using System.Linq;
using NodaTime;
using Safeguarding.Domain.ActionPlans;

namespace Safeguarding.Domain.Tests.ActionPlans;

/// <summary>Every argument check of the plan's public constructors and methods: the exception, the parameter it names, and our own messages.</summary>
public sealed class PlanArgumentTests
{
    private static readonly LocalDate Day = new(2020, 9, 30);
    private static readonly string Id64 = new('i', 64);
    private static readonly string Id65 = new('i', 65);
    private static readonly string Text20000 = new('t', 20_000);
    private static readonly string Text20001 = new('t', 20_001);

    private static PlanAction Action(
        string id = "1", string[]? recommendations = null, string owner = "police", string? lead = null, LocalDate? target = null,
        string? measure = null, LocalDate? started = null, LocalDate? completed = null, Evidence[]? evidence = null,
        StatusUpdate[]? updates = null, string[]? dependsOn = null) =>
        new(id, recommendations ?? new[] { "R1" }, owner, lead, target, measure, started, completed,
            evidence ?? Array.Empty<Evidence>(), updates ?? Array.Empty<StatusUpdate>(), dependsOn ?? Array.Empty<string>());

    private static ActionPlan Plan(
        string review = "Ivy", Period? cycle = null, LocalDate? agreedOn = null, LocalDate? horizon = null,
        Finding[]? findings = null, Recommendation[]? recommendations = null, PlanAction[]? actions = null) =>
        new(review, cycle ?? Period.FromMonths(3), agreedOn, horizon,
            findings ?? Array.Empty<Finding>(), recommendations ?? Array.Empty<Recommendation>(), actions ?? Array.Empty<PlanAction>());

    private static void TooLongId(Action create, string name)
    {
        var e = Assert.Throws<ArgumentException>(create);
        Assert.Equal(name, e.ParamName);
        Assert.StartsWith("An identifier is at most 64 characters.", e.Message, StringComparison.Ordinal);
    }

    private static void TooLongText(Action create, string name)
    {
        var e = Assert.Throws<ArgumentException>(create);
        Assert.Equal(name, e.ParamName);
        Assert.StartsWith("A text is at most 20000 characters.", e.Message, StringComparison.Ordinal);
    }

    private static void Blank(Action create, string name) => Assert.Equal(name, Assert.Throws<ArgumentException>(create).ParamName);

    private static void Null(Action create, string name) => Assert.Equal(name, Assert.Throws<ArgumentNullException>(create).ParamName);

    private static void OutOfRange(Action create, string name)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(create);
        Assert.Equal(name, e.ParamName);
        Assert.StartsWith("Dates must be between 1900-01-01 and 2199-12-31.", e.Message, StringComparison.Ordinal);
    }

    private static void ContainsNull(Action create, string name)
    {
        var e = Assert.Throws<ArgumentException>(create);
        Assert.Equal(name, e.ParamName);
        Assert.StartsWith("The collection may not contain null.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Finding_Arguments()
    {
        Assert.Equal(Id64, new Finding(Id64, Text20000, Text20000).Id);
        Null(() => new Finding(null!, null, null), "id");
        Blank(() => new Finding(" ", null, null), "id");
        TooLongId(() => new Finding(Id65, null, null), "id");
        Blank(() => new Finding("F1", "", null), "title");
        TooLongText(() => new Finding("F1", Text20001, null), "title");
        Blank(() => new Finding("F1", null, "\t"), "rationale");
        TooLongText(() => new Finding("F1", null, Text20001), "rationale");
    }

    [Fact]
    public void Recommendation_Arguments()
    {
        var longest = new Recommendation(Id64, new[] { Id64 }, Text20000);
        Assert.Equal(new[] { Id64 }, longest.Findings);
        Assert.Equal(Text20000, longest.Text);
        Null(() => new Recommendation(null!, new[] { "F1" }, null), "id");
        TooLongId(() => new Recommendation(Id65, new[] { "F1" }, null), "id");
        Null(() => new Recommendation("R1", null!, null), "findings");
        Null(() => new Recommendation("R1", new[] { "F1", null! }, null), "findings");
        Blank(() => new Recommendation("R1", new[] { "F1", "" }, null), "findings");
        TooLongId(() => new Recommendation("R1", new[] { Id65 }, null), "findings");
        Blank(() => new Recommendation("R1", new[] { "F1" }, " "), "text");
        TooLongText(() => new Recommendation("R1", new[] { "F1" }, Text20001), "text");
    }

    [Fact]
    public void Evidence_Arguments()
    {
        Assert.Equal(new LocalDate(1900, 1, 1), new Evidence(EvidenceKind.Output, new LocalDate(1900, 1, 1), null).Date);
        Assert.Equal(new LocalDate(2199, 12, 31), new Evidence(EvidenceKind.Output, new LocalDate(2199, 12, 31), Text20000).Date);
        Assert.Equal("kind", Assert.Throws<InvalidEnumArgumentException>(() => new Evidence((EvidenceKind)3, Day, null)).ParamName);
        OutOfRange(() => new Evidence(EvidenceKind.Output, new LocalDate(1899, 12, 31), null), "date");
        OutOfRange(() => new Evidence(EvidenceKind.Output, new LocalDate(2200, 1, 1), null), "date");
        Blank(() => new Evidence(EvidenceKind.Output, Day, ""), "description");
        TooLongText(() => new Evidence(EvidenceKind.Output, Day, Text20001), "description");
    }

    [Fact]
    public void StatusUpdate_Arguments()
    {
        Assert.Equal(Text20000, new StatusUpdate(Day, ReportedStatus.Red, Text20000).Note);
        Assert.Equal("reportedStatus", Assert.Throws<InvalidEnumArgumentException>(() => new StatusUpdate(Day, (ReportedStatus)5, null)).ParamName);
        OutOfRange(() => new StatusUpdate(new LocalDate(1899, 12, 31), ReportedStatus.Red, null), "date");
        OutOfRange(() => new StatusUpdate(new LocalDate(2200, 1, 1), ReportedStatus.Red, null), "date");
        Blank(() => new StatusUpdate(Day, ReportedStatus.Red, "  "), "note");
        TooLongText(() => new StatusUpdate(Day, ReportedStatus.Red, Text20001), "note");
    }

    [Fact]
    public void ValidationIssue_Arguments()
    {
        Null(() => new Issue(null!, "c", IssueSeverity.Error, "m"), "path");
        Blank(() => new Issue(" ", "c", IssueSeverity.Error, "m"), "path");
        Null(() => new Issue("$", null!, IssueSeverity.Error, "m"), "code");
        Blank(() => new Issue("$", "", IssueSeverity.Error, "m"), "code");
        Assert.Equal("severity", Assert.Throws<InvalidEnumArgumentException>(() => new Issue("$", "c", (IssueSeverity)2, "m")).ParamName);
        Null(() => new Issue("$", "c", IssueSeverity.Error, null!), "message");
        Blank(() => new Issue("$", "c", IssueSeverity.Error, "\n"), "message");
    }

    [Fact]
    public void PlanAction_Arguments()
    {
        var longest = Action(id: Id64, recommendations: new[] { Id64 }, owner: Id64, lead: Text20000, measure: Text20000, dependsOn: new[] { Id64 },
            target: new LocalDate(2199, 12, 31), started: new LocalDate(1900, 1, 1), completed: new LocalDate(2199, 12, 31));
        Assert.Equal(Id64, longest.Owner);
        Null(() => Action(id: null!), "id");
        TooLongId(() => Action(id: Id65), "id");
        Null(() => new PlanAction("1", null!, "police", null, null, null, null, null, Array.Empty<Evidence>(), Array.Empty<StatusUpdate>(), Array.Empty<string>()), "recommendations");
        TooLongId(() => Action(recommendations: new[] { Id65 }), "recommendations");
        Null(() => Action(owner: null!), "owner");
        Blank(() => Action(owner: " "), "owner");
        TooLongId(() => Action(owner: Id65), "owner");
        Blank(() => Action(lead: ""), "lead");
        TooLongText(() => Action(lead: Text20001), "lead");
        OutOfRange(() => Action(target: new LocalDate(2200, 1, 1)), "targetDate");
        Blank(() => Action(measure: " "), "successMeasure");
        TooLongText(() => Action(measure: Text20001), "successMeasure");
        OutOfRange(() => Action(started: new LocalDate(1899, 12, 31)), "startedOn");
        OutOfRange(() => Action(completed: new LocalDate(2200, 1, 1)), "completedOn");
        Null(() => new PlanAction("1", new[] { "R1" }, "police", null, null, null, null, null, null!, Array.Empty<StatusUpdate>(), Array.Empty<string>()), "evidence");
        ContainsNull(() => Action(evidence: new Evidence[] { null! }), "evidence");
        Null(() => new PlanAction("1", new[] { "R1" }, "police", null, null, null, null, null, Array.Empty<Evidence>(), null!, Array.Empty<string>()), "updates");
        ContainsNull(() => Action(updates: new[] { new StatusUpdate(Day, ReportedStatus.Red, null), null! }), "updates");
        Null(() => new PlanAction("1", new[] { "R1" }, "police", null, null, null, null, null, Array.Empty<Evidence>(), Array.Empty<StatusUpdate>(), null!), "dependsOn");
        Blank(() => Action(dependsOn: new[] { "" }), "dependsOn");
        TooLongId(() => Action(dependsOn: new[] { Id65 }), "dependsOn");
    }

    [Fact]
    public void PlanAction_ShortConstructor_HasNoLeadMeasureOrDependencies()
    {
        var action = new PlanAction("1", new[] { "R1" }, "police", new LocalDate(2021, 1, 1), new LocalDate(2020, 1, 1), new LocalDate(2020, 6, 1),
            new[] { new Evidence(EvidenceKind.Completion, new LocalDate(2020, 6, 1), null) }, new[] { new StatusUpdate(Day, ReportedStatus.Green, null) });
        Assert.Equal(Action(target: new LocalDate(2021, 1, 1), started: new LocalDate(2020, 1, 1), completed: new LocalDate(2020, 6, 1),
            evidence: new[] { new Evidence(EvidenceKind.Completion, new LocalDate(2020, 6, 1), null) }, updates: new[] { new StatusUpdate(Day, ReportedStatus.Green, null) }), action);
        Assert.Null(action.Lead);
        Assert.Null(action.SuccessMeasure);
        Assert.Empty(action.DependsOn);
    }

    [Fact]
    public void PlanAction_WithEvidenceAndWithUpdate_AppendAndKeepEverythingElse()
    {
        var original = Action(lead: "lead", measure: "measure", target: Day, started: Day, dependsOn: new[] { "0" },
            evidence: new[] { new Evidence(EvidenceKind.Output, Day, null) }, updates: new[] { new StatusUpdate(Day, ReportedStatus.Amber, null) });
        var evidence = new Evidence(EvidenceKind.Impact, Day.PlusDays(1), "audit");
        var update = new StatusUpdate(Day.PlusDays(2), ReportedStatus.Blue, "embedded");
        Assert.Equal(Action(lead: "lead", measure: "measure", target: Day, started: Day, dependsOn: new[] { "0" },
            evidence: new[] { new Evidence(EvidenceKind.Output, Day, null), evidence }, updates: new[] { new StatusUpdate(Day, ReportedStatus.Amber, null) }),
            original.WithEvidence(evidence));
        Assert.Equal(Action(lead: "lead", measure: "measure", target: Day, started: Day, dependsOn: new[] { "0" },
            evidence: new[] { new Evidence(EvidenceKind.Output, Day, null) }, updates: new[] { new StatusUpdate(Day, ReportedStatus.Amber, null), update }),
            original.WithUpdate(update));
        Assert.Single(original.Evidence);
        Null(() => original.WithEvidence(null!), "item");
        Null(() => original.WithUpdate(null!), "update");
    }

    [Fact]
    public void ActionPlan_TextAndDateArguments()
    {
        Assert.Equal(Text20000, Plan(review: Text20000).Review);
        Null(() => Plan(review: null!), "review");
        Blank(() => Plan(review: " "), "review");
        TooLongText(() => Plan(review: Text20001), "review");
        OutOfRange(() => Plan(agreedOn: new LocalDate(1899, 12, 31)), "agreedOn");
        OutOfRange(() => Plan(horizon: new LocalDate(2200, 1, 1)), "horizon");
        Null(() => new ActionPlan("Ivy", null!, null, null, Array.Empty<Finding>(), Array.Empty<Recommendation>(), Array.Empty<PlanAction>()), "reportingCycle");
        Null(() => new ActionPlan("Ivy", Period.FromMonths(3), null, null, null!, Array.Empty<Recommendation>(), Array.Empty<PlanAction>()), "findings");
        Null(() => new ActionPlan("Ivy", Period.FromMonths(3), null, null, Array.Empty<Finding>(), null!, Array.Empty<PlanAction>()), "recommendations");
        Null(() => new ActionPlan("Ivy", Period.FromMonths(3), null, null, Array.Empty<Finding>(), Array.Empty<Recommendation>(), null!), "actions");
        ContainsNull(() => Plan(findings: new Finding[] { null! }), "findings");
        ContainsNull(() => Plan(recommendations: new Recommendation[] { null! }), "recommendations");
        ContainsNull(() => Plan(actions: new PlanAction[] { null! }), "actions");
    }

    public static TheoryData<string> BadCycles => new()
    {
        "PT1H", "P0D", "P-1Y", "P-1M", "P-1D", "P-1W", "P101Y", "P1M-1D", "P1Y-1M", "P1DT1M",
    };

    [Theory]
    [MemberData(nameof(BadCycles))]
    public void ActionPlan_ReportingCycleThatIsNotAPositiveDatePeriod_IsRefused(string cycle)
    {
        var e = Assert.Throws<ArgumentException>(() => Plan(cycle: NodaTime.Text.PeriodPattern.Roundtrip.Parse(cycle).Value));
        Assert.Equal("reportingCycle", e.ParamName);
        Assert.StartsWith("The reporting cycle must be a positive period of years, months, weeks or days.", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("P100Y", "P100Y")]
    [InlineData("P1D", "P1D")]
    [InlineData("P2W", "P14D")]
    [InlineData("P18M", "P18M")]
    [InlineData("P1Y2M3D", "P1Y2M3D")]
    public void ActionPlan_PositiveDatePeriods_AreKeptNormalised(string cycle, string stored) =>
        Assert.Equal(stored, NodaTime.Text.PeriodPattern.Roundtrip.Format(Plan(cycle: NodaTime.Text.PeriodPattern.Roundtrip.Parse(cycle).Value).ReportingCycle));

    [Fact]
    public void DefaultReportingCycle_IsThreeMonths() => Assert.Equal(Period.FromMonths(3), ActionPlan.DefaultReportingCycle);

    [Fact]
    public void ExtractFor_BlankOrNullAgency_Throws()
    {
        var plan = Plan();
        Null(() => plan.ExtractFor(null!), "agency");
        Blank(() => plan.ExtractFor(" "), "agency");
    }

    private static ActionPlan Shared() => new(
        "Ivy", Period.FromMonths(1), new LocalDate(2020, 1, 1), new LocalDate(2021, 1, 1),
        new[] { new Finding("F1", null, null), new Finding("F2", null, null), new Finding("F3", null, "why"), new Finding("F4", null, null) },
        new[]
        {
            new Recommendation("R1", new[] { "F1" }, null),
            new Recommendation("R2", new[] { "F4", "F2" }, null),
            new Recommendation("R3", new[] { "F2" }, null),
        },
        new[]
        {
            Action("1", new[] { "R2" }, "health"),
            Action("2", new[] { "R1" }, "police"),
            Action("3", new[] { "R2", "R1" }, "police"),
            Action("4", new[] { "R3" }, "Police"),
        });

    [Fact]
    public void ExtractFor_AnAgency_KeepsItsActionsAndWhatTheyAnswer_InThePlansOrder()
    {
        var extract = Shared().ExtractFor("police");
        Assert.Equal(new[] { "2", "3" }, extract.Actions.Select(a => a.Id));
        Assert.Equal(new[] { "R1", "R2" }, extract.Recommendations.Select(r => r.Id));
        Assert.Equal(new[] { "F1", "F2", "F4" }, extract.Findings.Select(f => f.Id));
        Assert.Equal("Ivy", extract.Review);
        Assert.Equal(Period.FromMonths(1), extract.ReportingCycle);
        Assert.Equal(new LocalDate(2020, 1, 1), extract.AgreedOn);
        Assert.Equal(new LocalDate(2021, 1, 1), extract.Horizon);
        Assert.Equal(new[] { "police" }, extract.Agencies);
    }

    [Fact]
    public void ExtractFor_AnAgencyWithNoActions_IsAnEmptyPlan()
    {
        var extract = Shared().ExtractFor("education");
        Assert.Empty(extract.Actions);
        Assert.Empty(extract.Recommendations);
        Assert.Empty(extract.Findings);
        Assert.Equal(new[] { "4" }, Shared().ExtractFor("Police").Actions.Select(a => a.Id));
    }

    [Fact]
    public void Agencies_AreDistinctInOrderOfFirstAppearance() =>
        Assert.Equal(new[] { "health", "police", "Police" }, Shared().Agencies);

    [Fact]
    public void WithActions_ReplacesOnlyTheActions()
    {
        var plan = Shared();
        var replaced = plan.WithActions(new[] { Action("9", new[] { "R3" }, "education") });
        Assert.Equal(new[] { "9" }, replaced.Actions.Select(a => a.Id));
        Assert.Equal(plan.Findings, replaced.Findings);
        Assert.Equal(plan.Recommendations, replaced.Recommendations);
        Assert.Equal((plan.Review, plan.ReportingCycle, plan.AgreedOn, plan.Horizon), (replaced.Review, replaced.ReportingCycle, replaced.AgreedOn, replaced.Horizon));
        Null(() => plan.WithActions(null!), "actions");
    }
}
