using System;
using System.Linq;
using NodaTime;
using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Rating;
using Safeguarding.Domain.Reporting;

namespace Safeguarding.Domain.Tests.Reporting;

/// <summary>Comparisons of snapshots of different plans: added, removed and repeated actions, and a change of scheme.</summary>
public sealed class SnapshotComparisonTests
{
    private static readonly LocalDate Then = new(2021, 1, 4);
    private static readonly LocalDate Now = new(2021, 2, 1);

    // Due 2021-01-10: not overdue at Then, 22 days overdue at Now.
    private static PlanAction Action(string id, LocalDate? started = null, LocalDate? completed = null, LocalDate? target = null) =>
        new(id, new[] { "R1" }, "police", null, target ?? new LocalDate(2021, 1, 10), null, started, completed,
            Array.Empty<Evidence>(), new[] { new StatusUpdate(new LocalDate(2021, 1, 2), ReportedStatus.Amber, null) }, Array.Empty<string>());

    private static PlanSnapshot Snapshot(LocalDate asOf, params PlanAction[] actions) =>
        PlanSnapshot.Take(new ActionPlan("Dee", Period.FromMonths(3), null, null, Array.Empty<Finding>(), Array.Empty<Recommendation>(), actions), asOf);

    [Fact]
    public void Between_NullArguments_ThrowNamingThem()
    {
        var s = Snapshot(Now);
        Assert.Equal("earlier", Assert.Throws<ArgumentNullException>(() => SnapshotComparison.Between(null!, s)).ParamName);
        Assert.Equal("later", Assert.Throws<ArgumentNullException>(() => SnapshotComparison.Between(s, null!)).ParamName);
    }

    [Fact]
    public void Between_AnActionOnlyInTheLaterPlan_IsAddedWithItsOwnOverdueAndEscalation()
    {
        var comparison = SnapshotComparison.Between(Snapshot(Then), Snapshot(Now, Action("N", started: new LocalDate(2021, 1, 1))));
        var change = Assert.Single(comparison.Changes);
        Assert.Equal("N", change.Id);
        Assert.Null(change.Before);
        Assert.Equal("red", change.After);
        Assert.Equal(ChangeKind.Added, change.Kind);
        Assert.True(change.NewlyOverdue);
        Assert.Equal(EscalationLevel.None, change.EscalationBefore);
        Assert.Equal(EscalationLevel.LeadOfficer, change.EscalationAfter);
        Assert.Equal(new[] { "N" }, comparison.NewlyOverdue.Select(c => c.Id));
        Assert.Equal(new[] { "N" }, comparison.NewlyEscalated.Select(c => c.Id));
        Assert.Empty(comparison.Improved);
        Assert.Empty(comparison.Worsened);
        Assert.Equal("2021-01-04 -> 2021-02-01: 0 improved, 0 worsened, 1 newly overdue, 1 newly escalated", comparison.ToString());
    }

    [Fact]
    public void Between_AnActionOnlyInTheEarlierPlan_IsRemovedAfterTheLaterPlansActions()
    {
        var earlier = Snapshot(Now, Action("Old", started: new LocalDate(2021, 1, 1)), Action("Kept", completed: new LocalDate(2021, 1, 3)));
        var later = Snapshot(Now, Action("Kept", completed: new LocalDate(2021, 1, 3)));
        var changes = SnapshotComparison.Between(earlier, later).Changes;
        Assert.Equal(new[] { "Kept", "Old" }, changes.Select(c => c.Id));
        var removed = changes[1];
        Assert.Equal("red", removed.Before);
        Assert.Null(removed.After);
        Assert.Equal(ChangeKind.Removed, removed.Kind);
        Assert.False(removed.NewlyOverdue);
        Assert.Equal(EscalationLevel.LeadOfficer, removed.EscalationBefore);
        Assert.Equal(EscalationLevel.None, removed.EscalationAfter);
        Assert.Equal(ChangeKind.Unchanged, changes[0].Kind);
        Assert.Equal("green", changes[0].Before);
    }

    [Fact]
    public void Between_RepeatedIds_CompareTheFirstActionWithEachIdOnBothSides()
    {
        // Earlier: the first "X" is in progress (amber), the second completed (green). Later: the first "X" is amber, the second red.
        var earlier = Snapshot(Then, Action("X", started: new LocalDate(2021, 1, 1)), Action("X", completed: new LocalDate(2021, 1, 3)));
        var later = Snapshot(Then, Action("X", started: new LocalDate(2021, 1, 1)), Action("X"));
        var change = Assert.Single(SnapshotComparison.Between(earlier, later).Changes);
        Assert.Equal(ChangeKind.Unchanged, change.Kind);
        Assert.Equal("amber", change.Before);
        Assert.Equal("amber", change.After);
    }

    [Fact]
    public void Between_BothOverdue_IsNotNewlyOverdue_AndImprovementAndWorseningAreByTheLaterScheme()
    {
        var earlier = Snapshot(Now, Action("A"), Action("B", started: new LocalDate(2021, 1, 1), target: new LocalDate(2021, 6, 1)), Action("C", started: new LocalDate(2021, 1, 1)));
        var later = Snapshot(Now.PlusDays(1), Action("A"), Action("B", completed: new LocalDate(2021, 1, 20)), Action("C", started: new LocalDate(2021, 1, 1), target: new LocalDate(2021, 2, 2)));
        var comparison = SnapshotComparison.Between(earlier, later);
        Assert.Equal(new[] { ChangeKind.Unchanged, ChangeKind.Improved, ChangeKind.Improved }, comparison.Changes.Select(c => c.Kind));
        Assert.Empty(comparison.NewlyOverdue);
        Assert.Equal(new[] { "B", "C" }, comparison.Improved.Select(c => c.Id));

        var worse = SnapshotComparison.Between(later, earlier);
        Assert.Equal(new[] { "B", "C" }, worse.Worsened.Select(c => c.Id));
        Assert.Equal(new[] { "C" }, worse.NewlyOverdue.Select(c => c.Id));
        Assert.Empty(worse.Improved);
    }

    [Fact]
    public void Between_AnEarlierStatusTheLaterSchemeDoesNotHave_IsUnchanged()
    {
        var plan = new ActionPlan("Dee", Period.FromMonths(3), null, null, Array.Empty<Finding>(), Array.Empty<Recommendation>(),
            new[] { Action("A", completed: new LocalDate(2021, 1, 3)) });
        var earlier = PlanSnapshot.Take(plan, Then, ReportPlans.CouncilScheme(), EscalationPolicy.Default);
        var later = PlanSnapshot.Take(plan.WithActions(new[] { Action("A") }), Now);
        var change = Assert.Single(SnapshotComparison.Between(earlier, later).Changes);
        Assert.Equal("done", change.Before);
        Assert.Equal("red", change.After);
        Assert.Equal(ChangeKind.Unchanged, change.Kind);
    }
}
