using System;
using NodaTime;
using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Tests.Support;

namespace Safeguarding.Domain.Tests.ActionPlans;

/// <summary>
/// Value equality of the plan's types, one variant per member. Where a type's hash code leaves a member out
/// (a hash need not cover every member), that member's variants are checked for inequality without the
/// distinct-hash law.
/// </summary>
public sealed class PlanEqualityTests
{
    private static readonly LocalDate Day = new(2020, 9, 30);

    [Fact]
    public void Evidence_EqualityLaws() =>
        EqualityLaws.Hold(
            new Evidence(EvidenceKind.Completion, Day, "minutes"),
            new Evidence(EvidenceKind.Completion, Day, "minutes"),
            new Evidence(EvidenceKind.Impact, Day, "minutes"),
            new Evidence(EvidenceKind.Output, Day, "minutes"),
            new Evidence(EvidenceKind.Completion, Day.PlusDays(1), "minutes"),
            new Evidence(EvidenceKind.Completion, Day, "Minutes"),
            new Evidence(EvidenceKind.Completion, Day, null));

    [Fact]
    public void StatusUpdate_EqualityLaws() =>
        EqualityLaws.Hold(
            new StatusUpdate(Day, ReportedStatus.Amber, "on track"),
            new StatusUpdate(Day, ReportedStatus.Amber, "on track"),
            new StatusUpdate(Day.PlusDays(-1), ReportedStatus.Amber, "on track"),
            new StatusUpdate(Day, ReportedStatus.Green, "on track"),
            new StatusUpdate(Day, ReportedStatus.Red, "on track"),
            new StatusUpdate(Day, ReportedStatus.Amber, "on track."),
            new StatusUpdate(Day, ReportedStatus.Amber, null));

    [Fact]
    public void ValidationIssue_EqualityLaws()
    {
        var issue = new Issue("$.actions[0]", "unknown-action", IssueSeverity.Error, "No such action.");
        EqualityLaws.Hold(
            issue,
            new Issue("$.actions[0]", "unknown-action", IssueSeverity.Error, "No such action."),
            new Issue("$.actions[1]", "unknown-action", IssueSeverity.Error, "No such action."),
            new Issue("$.actions[0]", "duplicate-id", IssueSeverity.Error, "No such action."));
        Differs(issue, new Issue("$.actions[0]", "unknown-action", IssueSeverity.Warning, "No such action."));
        Differs(issue, new Issue("$.actions[0]", "unknown-action", IssueSeverity.Error, "No such action"));
    }

    [Fact]
    public void Finding_EqualityLaws()
    {
        var finding = new Finding("F1", "title", "rationale");
        EqualityLaws.Hold(finding, new Finding("F1", "title", "rationale"), new Finding("F2", "title", "rationale"), new Finding("f1", "title", "rationale"));
        Differs(finding, new Finding("F1", "Title", "rationale"));
        Differs(finding, new Finding("F1", null, "rationale"));
        Differs(finding, new Finding("F1", "title", "other"));
        Differs(finding, new Finding("F1", "title", null));
    }

    [Fact]
    public void Recommendation_EqualityLaws()
    {
        var recommendation = new Recommendation("R1", new[] { "F1", "F2" }, "text");
        EqualityLaws.Hold(
            recommendation,
            new Recommendation("R1", new[] { "F1", "F2" }, "text"),
            new Recommendation("R2", new[] { "F1", "F2" }, "text"),
            new Recommendation("R1", new[] { "F1" }, "text"),
            new Recommendation("R1", new[] { "F1", "F2", "F3" }, "text"));
        Differs(recommendation, new Recommendation("R1", new[] { "F2", "F1" }, "text"));
        Differs(recommendation, new Recommendation("R1", new[] { "F1", "F3" }, "text"));
        Differs(recommendation, new Recommendation("R1", new[] { "F1", "f2" }, "text"));
        Differs(recommendation, new Recommendation("R1", new[] { "F1", "F2" }, "Text"));
        Differs(recommendation, new Recommendation("R1", new[] { "F1", "F2" }, null));
    }

    private static readonly Evidence E1 = new(EvidenceKind.Output, new LocalDate(2020, 8, 1), null);
    private static readonly Evidence E2 = new(EvidenceKind.Completion, new LocalDate(2020, 9, 1), null);
    private static readonly StatusUpdate U1 = new(new LocalDate(2020, 8, 2), ReportedStatus.Amber, null);
    private static readonly StatusUpdate U2 = new(new LocalDate(2020, 9, 2), ReportedStatus.Green, null);

    private static PlanAction Action(
        string id = "1.1", string[]? recommendations = null, string owner = "police", string? lead = "lead", LocalDate? target = null,
        string? measure = "measure", LocalDate? started = null, LocalDate? completed = null, Evidence[]? evidence = null,
        StatusUpdate[]? updates = null, string[]? dependsOn = null) =>
        new(id, recommendations ?? new[] { "R1", "R2" }, owner, lead, target ?? new LocalDate(2020, 12, 31), measure,
            started ?? new LocalDate(2020, 7, 1), completed ?? new LocalDate(2020, 9, 1),
            evidence ?? new[] { E1, E2 }, updates ?? new[] { U1, U2 }, dependsOn ?? new[] { "0.1", "0.2" });

    [Fact]
    public void PlanAction_EqualityLaws()
    {
        var action = Action();
        EqualityLaws.Hold(
            action,
            Action(),
            Action(id: "1.2"),
            Action(owner: "health"),
            Action(evidence: new[] { E1 }),
            Action(updates: new[] { U1 }),
            Action(evidence: new[] { E1, E2, E1 }),
            Action(updates: new[] { U1, U2, U1 }));
        Differs(action, Action(recommendations: new[] { "R2", "R1" }));
        Differs(action, Action(recommendations: new[] { "R1" }));
        Differs(action, Action(lead: "Lead"));
        Differs(action, Action(lead: null));
        Differs(action, Action(target: new LocalDate(2021, 1, 1)));
        Differs(action, Action(measure: "other"));
        Differs(action, Action(started: new LocalDate(2020, 7, 2)));
        Differs(action, Action(completed: new LocalDate(2020, 9, 2)));
        Differs(action, Action(evidence: new[] { E2, E1 }));
        Differs(action, Action(evidence: new[] { E1, new Evidence(EvidenceKind.Impact, new LocalDate(2020, 9, 1), null) }));
        Differs(action, Action(updates: new[] { U2, U1 }));
        Differs(action, Action(updates: new[] { U1, new StatusUpdate(new LocalDate(2020, 9, 2), ReportedStatus.Blue, null) }));
        Differs(action, Action(dependsOn: new[] { "0.2", "0.1" }));
        Differs(action, Action(dependsOn: new[] { "0.1" }));
        Differs(action, Action(dependsOn: new[] { "0.1", "0.3" }));
    }

    private static readonly Finding F1 = new("F1", null, null);
    private static readonly Finding F2 = new("F2", null, "why");
    private static readonly Recommendation R1 = new("R1", new[] { "F1" }, null);
    private static readonly Recommendation R2 = new("R2", new[] { "F1" }, null);

    private static ActionPlan Plan(
        string review = "Gus", Period? cycle = null, LocalDate? agreedOn = null, LocalDate? horizon = null,
        Finding[]? findings = null, Recommendation[]? recommendations = null, PlanAction[]? actions = null) =>
        new(review, cycle ?? Period.FromMonths(3), agreedOn ?? new LocalDate(2020, 1, 1), horizon ?? new LocalDate(2021, 12, 31),
            findings ?? new[] { F1, F2 }, recommendations ?? new[] { R1, R2 }, actions ?? new[] { Action("1"), Action("2") });

    [Fact]
    public void ActionPlan_EqualityLaws()
    {
        var plan = Plan();
        EqualityLaws.Hold(
            plan,
            Plan(),
            Plan(review: "Gus and Hal"),
            Plan(review: "gus"),
            Plan(findings: new[] { F1 }),
            Plan(actions: new[] { Action("1") }));
        Differs(plan, Plan(cycle: Period.FromMonths(6)));
        Differs(plan, Plan(agreedOn: new LocalDate(2020, 1, 2)));
        Differs(plan, Plan(horizon: new LocalDate(2021, 12, 30)));
        Differs(plan, Plan(findings: new[] { F2, F1 }));
        Differs(plan, Plan(findings: new[] { F1, new Finding("F2", null, "other") }));
        Differs(plan, Plan(recommendations: new[] { R2, R1 }));
        Differs(plan, Plan(recommendations: new[] { R1 }));
        Differs(plan, Plan(recommendations: new[] { R1, new Recommendation("R2", new[] { "F2" }, null) }));
        Differs(plan, Plan(actions: new[] { Action("2"), Action("1") }));
        Differs(plan, Plan(actions: new[] { Action("1"), Action("2", owner: "health") }));
    }

    [Fact]
    public void ActionPlan_WithoutOptionalDates_EqualsOnlyAPlanWithoutThem()
    {
        var bare = new ActionPlan("Gus", Period.FromMonths(3), null, null, Array.Empty<Finding>(), Array.Empty<Recommendation>(), Array.Empty<PlanAction>());
        var again = new ActionPlan("Gus", Period.FromMonths(3), null, null, Array.Empty<Finding>(), Array.Empty<Recommendation>(), Array.Empty<PlanAction>());
        EqualityLaws.Hold(bare, again);
        Differs(bare, new ActionPlan("Gus", Period.FromMonths(3), new LocalDate(2020, 1, 1), null, Array.Empty<Finding>(), Array.Empty<Recommendation>(), Array.Empty<PlanAction>()));
        Differs(bare, new ActionPlan("Gus", Period.FromMonths(3), null, new LocalDate(2020, 1, 1), Array.Empty<Finding>(), Array.Empty<Recommendation>(), Array.Empty<PlanAction>()));
    }

    [Fact]
    public void ToString_GivesIdsDatesAndCounts_NeverFreeText()
    {
        Assert.Equal("output 2020-09-30", new Evidence(EvidenceKind.Output, Day, "secret").ToString());
        Assert.Equal("completion 2020-09-30", new Evidence(EvidenceKind.Completion, Day, null).ToString());
        Assert.Equal("impact 2020-09-30", new Evidence(EvidenceKind.Impact, Day, null).ToString());
        Assert.Equal("2020-09-30 update-pending", new StatusUpdate(Day, ReportedStatus.UpdatePending, "secret").ToString());
        Assert.Equal("2020-09-30 blue", new StatusUpdate(Day, ReportedStatus.Blue, null).ToString());
        Assert.Equal("F1", new Finding("F1", "secret", "secret").ToString());
        Assert.Equal("R1", new Recommendation("R1", new[] { "F1" }, "secret").ToString());
        Assert.Equal("1.1 (police)", Action().ToString());
        Assert.Equal("action plan: 2 findings, 1 recommendations, 3 actions",
            Plan(recommendations: new[] { R1 }, actions: new[] { Action("1"), Action("2"), Action("3") }).ToString());
        Assert.Equal("error $.findings[0]: finding-without-recommendation: No rationale.",
            new Issue("$.findings[0]", "finding-without-recommendation", IssueSeverity.Error, "No rationale.").ToString());
        Assert.Equal("warning $.recommendations[1]: recommendation-without-actions: None.",
            new Issue("$.recommendations[1]", "recommendation-without-actions", IssueSeverity.Warning, "None.").ToString());
    }

    [Fact]
    public void SeverityName_IsTheWireName()
    {
        Assert.Equal("error", new Issue("$", "c", IssueSeverity.Error, "m").SeverityName);
        Assert.Equal("warning", new Issue("$", "c", IssueSeverity.Warning, "m").SeverityName);
    }

    [Fact]
    public void IsReturned_IsFalseOnlyForUpdatePending()
    {
        Assert.False(new StatusUpdate(Day, ReportedStatus.UpdatePending, null).IsReturned);
        Assert.True(new StatusUpdate(Day, ReportedStatus.Red, null).IsReturned);
        Assert.True(new StatusUpdate(Day, ReportedStatus.Blue, null).IsReturned);
    }

    private static void Differs<T>(T value, T other)
        where T : class, IEquatable<T>
    {
        Assert.False(value.Equals(other), $"{typeof(T).Name}: {other} is equal but differs.");
        Assert.False(other.Equals(value), $"{typeof(T).Name}: {other} is equal (reversed) but differs.");
        Assert.False(value.Equals((object)other), $"{typeof(T).Name}: {other} is equal as object.");
        Assert.False(value.Equals((T?)null), $"{typeof(T).Name}: equal to null.");
    }
}
