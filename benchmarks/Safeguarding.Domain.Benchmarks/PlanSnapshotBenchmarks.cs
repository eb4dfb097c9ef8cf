using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Rating;
using Safeguarding.Domain.Reporting;

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

    private static ActionPlan Build(int recommendations, int actionsEach)
    {
        var start = new LocalDate(2020, 1, 1);
        var findings = Enumerable.Range(1, recommendations / 2).Select(i => new Finding("F" + i, null, null)).ToList();
        var recs = Enumerable.Range(1, recommendations).Select(i => new Recommendation("R" + i, new[] { "F" + (((i - 1) % findings.Count) + 1) }, null)).ToList();
        var actions = (from r in Enumerable.Range(1, recommendations)
                       from a in Enumerable.Range(1, actionsEach)
                       select new PlanAction(
                           r + "." + a, new[] { "R" + r }, "agency-" + (a % 4), start.PlusDays(((r * 17) + (a * 31)) % 1500), start.PlusDays(a * 10), a % 3 == 0 ? start.PlusDays(300) : null,
                           new[] { new Evidence(EvidenceKind.Output, start.PlusDays(a * 20), null), new Evidence(a % 2 == 0 ? EvidenceKind.Impact : EvidenceKind.Output, start.PlusDays(400), null) },
                           Enumerable.Range(0, 6).Select(q => new StatusUpdate(start.PlusMonths(q * 3), (ReportedStatus)(q % 5), null)).ToArray())).ToList();
        return new ActionPlan("Benchmark", Period.FromMonths(3), start, null, findings, recs, actions);
    }
}
