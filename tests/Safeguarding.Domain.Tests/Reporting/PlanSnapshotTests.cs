using System;
using System.Linq;
using NodaTime;
using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Rating;
using Safeguarding.Domain.Reporting;

namespace Safeguarding.Domain.Tests.Reporting;

public sealed class PlanSnapshotTests
{
    private static ActionPlan Empty() =>
        new("Eli", Period.FromMonths(3), null, null, Array.Empty<Finding>(), Array.Empty<Recommendation>(), Array.Empty<PlanAction>());

    [Fact]
    public void Take_NullArguments_ThrowNamingThem()
    {
        var date = new LocalDate(2021, 1, 1);
        Assert.Equal("plan", Assert.Throws<ArgumentNullException>(() => PlanSnapshot.Take(null!, date)).ParamName);
        Assert.Equal("scheme", Assert.Throws<ArgumentNullException>(() => PlanSnapshot.Take(Empty(), date, null!, EscalationPolicy.Default)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => PlanSnapshot.Take(Empty(), date, RatingScheme.BlueRedAmberGreen, null!)).ParamName);
    }

    [Fact]
    public void Take_EmptyPlan_HasNoStatusAndSaysNone()
    {
        var snapshot = PlanSnapshot.Take(Empty(), new LocalDate(2021, 1, 15));
        Assert.Null(snapshot.Status);
        Assert.True(snapshot.IsValid);
        Assert.Equal("2021-01-15 none: 0 actions, 0 overdue", snapshot.ToString());
        Assert.Same(RatingScheme.BlueRedAmberGreen, snapshot.Scheme);
        Assert.Same(EscalationPolicy.Default, snapshot.Policy);
    }

    [Fact]
    public void CountOf_ByStatusAndByAgency_CountsExactMatchesOnly()
    {
        var snapshot = PlanSnapshot.Take(ReportPlans.AshAndBo(), ReportPlans.AshAndBoDate);
        Assert.Equal(3, snapshot.CountOf("red"));
        Assert.Equal(3, snapshot.CountOf("amber"));
        Assert.Equal(0, snapshot.CountOf("green"));
        Assert.Equal(1, snapshot.CountOf("blue"));
        Assert.Equal(0, snapshot.CountOf("Red"));
        Assert.Equal(0, snapshot.CountOf("purple"));
        Assert.Equal(2, snapshot.CountOf("health", "amber"));
        Assert.Equal(1, snapshot.CountOf("health", "red"));
        Assert.Equal(1, snapshot.CountOf(ReportPlans.AwkwardOwner, "red"));
        Assert.Equal(0, snapshot.CountOf("Health", "amber"));
        Assert.Equal(0, snapshot.CountOf(ReportPlans.LongOwner, "amber"));
        Assert.Equal(ReportPlans.AshAndBoDate, snapshot.AsOf);
    }

    [Fact]
    public void Take_RecommendationWithoutActions_CountsTowardsThePlanAtTheWorstStatus()
    {
        // The only action is blue; the recommendation with no action pulls the plan down to red.
        var plan = new ActionPlan("Eli", Period.FromMonths(3), null, null,
            new[] { new Finding("F1", null, null) },
            new[] { new Recommendation("R1", new[] { "F1" }, null), new Recommendation("R2", new[] { "F1" }, null) },
            new[]
            {
                new PlanAction("1", new[] { "R1" }, "police", null, null, null, null, new LocalDate(2020, 1, 1),
                    new[] { new Evidence(EvidenceKind.Impact, new LocalDate(2020, 2, 1), null) }, Array.Empty<StatusUpdate>(), Array.Empty<string>()),
            });
        var snapshot = PlanSnapshot.Take(plan, new LocalDate(2020, 3, 1));
        Assert.Equal("blue", snapshot.Recommendations[0].Status);
        Assert.Equal(1, snapshot.Recommendations[0].Children);
        Assert.Equal("red", snapshot.Recommendations[1].Status);
        Assert.Equal(0, snapshot.Recommendations[1].Children);
        Assert.Equal("red", snapshot.Findings[0].Status);
        Assert.Equal(2, snapshot.Findings[0].Children);
        Assert.Equal("red", snapshot.Status);

        var answered = PlanSnapshot.Take(plan.WithActions(new[] { plan.Actions[0], new PlanAction("2", new[] { "R2" }, "police", null, null, null, null, new LocalDate(2020, 1, 1),
            new[] { new Evidence(EvidenceKind.Impact, new LocalDate(2020, 2, 1), null) }, Array.Empty<StatusUpdate>(), Array.Empty<string>()) }), new LocalDate(2020, 3, 1));
        Assert.Equal("blue", answered.Status);
        Assert.Equal("blue", answered.Findings[0].Status);
    }

    [Fact]
    public void Take_DueYesterdayTodayAndTomorrow_OnlyYesterdayIsOverdue()
    {
        var snapshot = PlanSnapshot.Take(ReportPlans.AshAndBo(), ReportPlans.AshAndBoDate);
        var byId = snapshot.Actions.ToDictionary(a => a.Id);
        Assert.Equal((true, 1, "red"), (byId["3.2"].Overdue, byId["3.2"].DaysOverdue, byId["3.2"].Status));
        Assert.Equal((false, 0, "amber"), (byId["3.1"].Overdue, byId["3.1"].DaysOverdue, byId["3.1"].Status));
        Assert.Equal((false, 0, "amber"), (byId["3.3"].Overdue, byId["3.3"].DaysOverdue, byId["3.3"].Status));
        Assert.Equal(2, snapshot.OverdueCount);
        Assert.Equal(3, snapshot.UpdatePendingCount);
        Assert.Equal(3, snapshot.EscalatedCount);
        Assert.Equal(3, snapshot.DiscrepancyCount);
    }
}
