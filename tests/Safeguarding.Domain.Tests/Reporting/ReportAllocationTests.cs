using System;
using System.Linq;
using NodaTime;
using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Rating;
using Safeguarding.Domain.Reporting;
using Xunit;

using Safeguarding.Tests.Shared;

namespace Safeguarding.Domain.Tests.Reporting;

/// <summary>
/// What a report costs in memory for each action of a large plan (bytes are stable where times are not):
/// the report with comparison and trend stays within a fixed budget per action, and a trend point
/// allocates nothing per action.
/// </summary>
public sealed class ReportAllocationTests
{
    private static readonly LocalDate AsOf = new(2021, 6, 30);

    [Fact]
    public void ScrutinyReportWithTrend_NewPlan_AllocatesUnderOneKilobytePerAction()
    {
        var plan = Plan(400, 5);
        Warm();

        // A plan never reported on: the index (ids, validation, roll-up groups, timelines) is built inside.
        var fresh = plan.WithActions(plan.Actions);
        long before = GC.GetAllocatedBytesForCurrentThread();
        var report = ScrutinyReport.Create(fresh, AsOf, AsOf.PlusMonths(-3));
        long perAction = (GC.GetAllocatedBytesForCurrentThread() - before) / plan.Actions.Length;

        Assert.Equal(ScrutinyReport.DefaultTrendCycles, report.Trend.Length);
        Assert.True(perAction < 1024, $"{perAction} bytes per action");
    }

    [Fact]
    public void TrendPoint_AllocatesNothingPerAction()
    {
        var small = Plan(4, 5);
        var large = Plan(400, 5);
        Warm();
        _ = small.Index;
        _ = large.Index;

        long smallBytes = Allocated(() => PlanSnapshot.TrendPoint(small, AsOf.PlusMonths(-6), RatingScheme.BlueRedAmberGreen, EscalationPolicy.Default));
        long largeBytes = Allocated(() => PlanSnapshot.TrendPoint(large, AsOf.PlusMonths(-6), RatingScheme.BlueRedAmberGreen, EscalationPolicy.Default));

        // 100 times the actions, the same bytes: the counts per status and the snapshot object only.
        Assert.Equal(smallBytes, largeBytes);
    }

    private static long Allocated(Func<PlanSnapshot> take)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        var point = take();
        long bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.NotNull(point.Status);
        return bytes;
    }

    // Every code path compiled once, so that the measurement is the report's and not the JIT's.
    private static void Warm()
    {
        var plan = Plan(4, 5);
        var report = ScrutinyReport.Create(plan.WithActions(plan.Actions), AsOf, AsOf.PlusMonths(-3));
        _ = PlanSnapshot.TrendPoint(plan, AsOf.PlusMonths(-6), RatingScheme.BlueRedAmberGreen, EscalationPolicy.Default).Status;
        Assert.NotEmpty(report.Trend);
    }

    private static ActionPlan Plan(int recommendations, int actionsEach) => GeneratedPlan.Build("Allocation", recommendations, actionsEach);
}
