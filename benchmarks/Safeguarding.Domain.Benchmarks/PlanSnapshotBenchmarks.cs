using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Reporting;

namespace Safeguarding.Domain.Benchmarks;

/// <summary>
/// Deriving every action's status, flags and escalation and rolling them up (a snapshot) for plans of
/// 1,000, 10,000 and 100,000 actions, against validation alone (one pass over the references) as the baseline.
/// </summary>
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
    public int ScrutinyReportWithTrend() => ScrutinyReport.Create(Plan, AsOf, AsOf.PlusMonths(-3)).Trend.Length;

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
