using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Rating;
using Safeguarding.Domain.Reporting;

using Safeguarding.Tests.Shared;

namespace Safeguarding.Domain.Benchmarks;

/// <summary>
/// Deriving every action's status, flags and escalation and rolling them up (a snapshot) for plans of
/// 1,000, 10,000 and 100,000 actions, against validation alone (one pass over the references) as the baseline.
/// </summary>
/// <remarks>
/// A plan builds its index (ids, validation, roll-up groups, action timelines) on first use and keeps it, so
/// <c>Snapshot</c> and <c>ScrutinyReportWithTrend</c> measure a plan already indexed (as every report after
/// the first on the same plan), and the <c>NewPlan</c> methods a plan built afresh each time (as one CLI run:
/// index included, plus the copy of the plan's arrays). The <c>FromScratch</c> methods are the computation
/// before the index (kept in the library as the tests' oracle), measured in the same run.
/// </remarks>
[MemoryDiagnoser]
public class PlanSnapshotBenchmarks
{
    private static readonly LocalDate AsOf = new(2021, 6, 30);

    private ActionPlan Plan = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Actions { get; set; }

    [GlobalSetup]
    public void Setup() => Plan = Build(Actions / 5, 5);

    [Benchmark(Baseline = true)]
    public int Validate() => PlanValidation.Validate(Plan).Length;

    [Benchmark]
    public int Snapshot() => PlanSnapshot.Take(Plan, AsOf).OverdueCount;

    [Benchmark]
    public int SnapshotNewPlan() => PlanSnapshot.Take(Plan.WithActions(Plan.Actions), AsOf).OverdueCount;

    [Benchmark]
    public int SnapshotFromScratch() =>
        PlanSnapshot.TakeFromScratch(Plan, AsOf, RatingScheme.BlueRedAmberGreen, EscalationPolicy.Default).OverdueCount;

    [Benchmark]
    public int ScrutinyReportWithTrend() => ScrutinyReport.Create(Plan, AsOf, AsOf.PlusMonths(-3)).Trend.Length;

    [Benchmark]
    public int ScrutinyReportWithTrendNewPlan() => ScrutinyReport.Create(Plan.WithActions(Plan.Actions), AsOf, AsOf.PlusMonths(-3)).Trend.Length;

    [Benchmark]
    public int ScrutinyReportFromScratch() =>
        ScrutinyReport.CreateFromScratch(Plan, AsOf, AsOf.PlusMonths(-3), RatingScheme.BlueRedAmberGreen, EscalationPolicy.Default, ScrutinyReport.DefaultTrendCycles).Trend.Length;

    private static ActionPlan Build(int recommendations, int actionsEach) => GeneratedPlan.Build("Benchmark", recommendations, actionsEach);
}
