using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Rating;
using Safeguarding.Domain.Reporting;
using Safeguarding.Domain.Tests.Arbitraries;
using Xunit;

namespace Safeguarding.Domain.Tests.Reporting;

/// <summary>
/// The indexed snapshot, the trend derived from action timelines and the report built on them give exactly
/// what the from-scratch computation (kept in the library as an internal oracle) gives: every action's
/// assessment, every roll-up, every count and every rendering, on valid plans and on plans with duplicate,
/// dangling and cyclic references, for every rating scheme shape and roll-up method.
/// </summary>
[Properties(Arbitrary = new[] { typeof(ActionPlanArbitraries) }, MaxTest = 150)]
public sealed class IndexedReportOracleProperties
{
    private static readonly Period[] Cycles =
    {
        Period.FromMonths(3), Period.FromWeeks(6), Period.FromYears(1),
        new PeriodBuilder { Years = 1, Months = 2 }.Build(), new PeriodBuilder { Months = 1, Days = 15 }.Build(),
    };

    private static readonly RatingScheme[] Schemes =
    {
        RatingScheme.BlueRedAmberGreen,
        RatingScheme.RedAmberGreen,
        new("median", new[] { "red", "amber", "green", "blue" }, "red", "amber", "red", "green", "blue", RollUpMethod.LowerMedian),
        new("common", new[] { "late", "waiting", "going", "done", "embedded" }, "waiting", "going", "late", "done", "embedded", RollUpMethod.MostCommon),
        new("flat", new[] { "open", "closed" }, "open", "open", "open", "closed", "closed", RollUpMethod.WorstOf),
    };

    private static readonly EscalationPolicy[] Policies =
    {
        EscalationPolicy.Default,
        new(new EscalationThreshold(null, 2, null), new EscalationThreshold(10, null, 1), EscalationThreshold.Never),
    };

    [Property]
    public void Report_EqualsTheFromScratchReport_OnValidPlans(ActionPlan plan, int seed) => AssertSameReport(Vary(plan, seed), seed);

    [Property]
    public void Report_EqualsTheFromScratchReport_OnPlansWithBadReferences(PlantedPlan planted, int seed) =>
        AssertSameReport(Vary(Mess(planted.Plan, seed), seed), seed);

    [Property]
    public void Snapshot_EqualsTheFromScratchSnapshot_OnAnyDate(PlantedPlan planted, int seed, int days)
    {
        var plan = Vary(Mess(planted.Plan, seed), seed);
        var random = new System.Random(seed);
        var scheme = Schemes[random.Next(Schemes.Length)];
        var policy = Policies[random.Next(Policies.Length)];
        var asOf = ActionPlanArbitraries.Epoch.PlusDays((days % 2200) - 100);
        AssertSameSnapshot(PlanSnapshot.TakeFromScratch(plan, asOf, scheme, policy), PlanSnapshot.Take(plan, asOf, scheme, policy));
    }

    [Property]
    public void TrendPoint_EqualsTheFromScratchSnapshot_BeforeAndAfterItsDetailsAreRead(PlantedPlan planted, int seed, int days)
    {
        var plan = Vary(Mess(planted.Plan, seed), seed);
        var random = new System.Random(seed);
        var scheme = Schemes[random.Next(Schemes.Length)];
        var asOf = ActionPlanArbitraries.Epoch.PlusDays((days % 2200) - 100);
        var expected = PlanSnapshot.TakeFromScratch(plan, asOf, scheme, EscalationPolicy.Default);
        var point = PlanSnapshot.TrendPoint(plan, asOf, scheme, EscalationPolicy.Default);

        // What a trend shows is known without assessing any action.
        Assert.Equal(expected.Status, point.Status);
        Assert.Equal(expected.OverdueCount, point.OverdueCount);
        foreach (var status in scheme.Statuses)
        {
            Assert.Equal(expected.CountOf(status), point.CountOf(status));
        }

        AssertSameSnapshot(expected, point);
    }

    [Property(MaxTest = 1000)]
    public void CyclesSince_EqualsTheFromScratchCount(int sinceDays, int asOfDays, int pick, bool strict)
    {
        // Dates around the end of February of a leap year, where adding years and months truncates differently.
        var cycle = Cycles[Math.Abs(pick % Cycles.Length)];
        var since = new LocalDate(2016, 2, 29).PlusDays(Math.Abs(sinceDays % 3000) - 400);
        var asOf = new LocalDate(2020, 2, 29).PlusDays(Math.Abs(asOfDays % 3000) - 400);
        Assert.Equal(
            ActionAssessment.CyclesSinceFromScratch(since, asOf, cycle, strict),
            ActionAssessment.CyclesSince(since, new CycleBoundaries(asOf, cycle), strict));
    }

    [Property(MaxTest = 1000)]
    public void Assess_EqualsTheFromScratchAssessment(ActionCase c, int pick)
    {
        var cycle = Cycles[Math.Abs(pick % Cycles.Length)];
        var scheme = Schemes[Math.Abs(pick % Schemes.Length)];
        var policy = Policies[Math.Abs(pick % Policies.Length)];
        var expected = ActionAssessment.AssessFromScratch(c.Action, c.AsOf, cycle, c.AgreedOn, scheme, policy);
        var actual = ActionAssessment.Assess(c.Action, c.AsOf, cycle, c.AgreedOn, scheme, policy);
        Assert.Equal(expected, actual);
        Assert.Equal(expected.EscalationReasons.ToArray(), actual.EscalationReasons.ToArray());
        Assert.Equal(expected.Discrepancies.ToArray(), actual.Discrepancies.ToArray());
        Assert.Equal(expected.Discrepancies.Select(d => d.Message), actual.Discrepancies.Select(d => d.Message));
        Assert.Equal(expected.ToString(), actual.ToString());
    }

    [Fact]
    public void Snapshot_OverdueActionNeverStarted_CountsCyclesAtRedFromTheAgreedDate()
    {
        // Overdue hides "not started" in the stage; the red cycles still run from the agreed date (2019-04-22),
        // not from the day after the target date: 2019-04-22 to 2020-05-15 holds four whole 3-month cycles.
        var action = new PlanAction("1", new[] { "R1" }, "police", null, new LocalDate(2020, 4, 17), null, null, null,
            new[] { new Evidence(EvidenceKind.Output, new LocalDate(2021, 7, 1), null) }, Array.Empty<StatusUpdate>(), Array.Empty<string>());
        var plan = new ActionPlan("Fay", Period.FromMonths(3), new LocalDate(2019, 4, 22), null,
            new[] { new Finding("F1", null, null) }, new[] { new Recommendation("R1", new[] { "F1" }, null) }, new[] { action });
        var asOf = new LocalDate(2020, 5, 15);
        var snapshot = PlanSnapshot.Take(plan, asOf);
        Assert.Equal(ActionStage.Overdue, snapshot.Actions[0].Stage);
        Assert.Equal(4, snapshot.Actions[0].CyclesAtRed);
        Assert.Equal(snapshot.Actions[0], PlanSnapshot.TakeFromScratch(plan, asOf, RatingScheme.BlueRedAmberGreen, EscalationPolicy.Default).Actions[0]);
    }

    private static void AssertSameReport(ActionPlan plan, int seed)
    {
        var random = new System.Random(seed);
        var scheme = Schemes[random.Next(Schemes.Length)];
        var policy = Policies[random.Next(Policies.Length)];
        var asOf = ActionPlanArbitraries.Epoch.PlusDays(random.Next(-60, 2000));
        LocalDate? compareTo = random.Next(3) == 0 ? null : asOf.PlusDays(-random.Next(0, 400));
        int cycles = random.Next(1, 13);

        var expected = ScrutinyReport.CreateFromScratch(plan, asOf, compareTo, scheme, policy, cycles);
        var actual = ScrutinyReport.Create(plan, asOf, compareTo, scheme, policy, cycles);
        Assert.Equal(expected.ToJson(), actual.ToJson());
        Assert.Equal(expected.ToText(), actual.ToText());
        Assert.Equal(expected.ToMarkdown(), actual.ToMarkdown());
        Assert.Equal(expected.ToHtml(), actual.ToHtml());
        Assert.Equal(expected.Trend.Length, actual.Trend.Length);
        for (int i = 0; i < expected.Trend.Length; i++)
        {
            AssertSameSnapshot(expected.Trend[i], actual.Trend[i]);
        }

        Assert.Equal(expected.Earlier is null, actual.Earlier is null);
        if (expected.Earlier is not null)
        {
            AssertSameSnapshot(expected.Earlier, actual.Earlier!);
            Assert.Equal(
                expected.Comparison!.Changes.Select(c => (c.Id, c.Before, c.After, c.Kind, c.NewlyOverdue, c.EscalationBefore, c.EscalationAfter)),
                actual.Comparison!.Changes.Select(c => (c.Id, c.Before, c.After, c.Kind, c.NewlyOverdue, c.EscalationBefore, c.EscalationAfter)));
        }
    }

    private static void AssertSameSnapshot(PlanSnapshot expected, PlanSnapshot actual)
    {
        Assert.Equal(expected.AsOf, actual.AsOf);
        Assert.Equal(expected.Status, actual.Status);
        Assert.Equal(expected.Validation.ToArray(), actual.Validation.ToArray());
        Assert.Equal(expected.IsValid, actual.IsValid);
        Assert.Equal(expected.Actions.ToArray(), actual.Actions.ToArray());
        Assert.Equal(expected.Actions.SelectMany(a => a.EscalationReasons), actual.Actions.SelectMany(a => a.EscalationReasons));
        Assert.Equal(expected.Actions.SelectMany(a => a.Discrepancies.Select(d => d.Message)), actual.Actions.SelectMany(a => a.Discrepancies.Select(d => d.Message)));
        Assert.Equal(expected.Recommendations.ToArray(), actual.Recommendations.ToArray());
        Assert.Equal(expected.Findings.ToArray(), actual.Findings.ToArray());
        Assert.Equal(expected.OverdueCount, actual.OverdueCount);
        Assert.Equal(expected.UpdatePendingCount, actual.UpdatePendingCount);
        Assert.Equal(expected.EscalatedCount, actual.EscalatedCount);
        Assert.Equal(expected.DiscrepancyCount, actual.DiscrepancyCount);
        Assert.Equal(expected.ToString(), actual.ToString());
        foreach (var status in expected.Scheme.Statuses.Append("no-such-status"))
        {
            Assert.Equal(expected.CountOf(status), actual.CountOf(status));
            foreach (var agency in expected.Plan.Agencies.Append("no-such-agency"))
            {
                Assert.Equal(expected.CountOf(agency, status), actual.CountOf(agency, status));
            }
        }
    }

    // The same plan with another of the cycles (years and months, months and days) and agreed date.
    private static ActionPlan Vary(ActionPlan plan, int seed)
    {
        var random = new System.Random(seed ^ 0x5bd1e995);
        var cycle = random.Next(3) == 0 ? plan.ReportingCycle : Cycles[random.Next(Cycles.Length)];
        LocalDate? agreed = random.Next(4) switch
        {
            0 => null,
            1 => plan.AgreedOn,
            _ => ActionPlanArbitraries.Epoch.PlusDays(random.Next(-30, 900)),
        };
        return new ActionPlan(plan.Review, cycle, agreed, plan.Horizon, plan.Findings, plan.Recommendations, plan.Actions);
    }

    // Duplicate ids (a finding, a recommendation tracing elsewhere, an action of another owner), an unknown
    // recommendation, a recommendation and a finding nothing answers, and a dependency cycle.
    private static ActionPlan Mess(ActionPlan plan, int seed)
    {
        var random = new System.Random(seed);
        var findings = plan.Findings.ToList();
        var recommendations = plan.Recommendations.ToList();
        var actions = plan.Actions.ToList();
        if (random.Next(2) == 0 && findings.Count > 0)
        {
            findings.Add(new Finding(findings[random.Next(findings.Count)].Id, null, null));
        }

        if (random.Next(2) == 0)
        {
            findings.Add(new Finding("F-lonely", null, null));
        }

        if (random.Next(2) == 0 && recommendations.Count > 0)
        {
            var copied = recommendations[random.Next(recommendations.Count)];
            recommendations.Add(new Recommendation(copied.Id, new[] { "F-lonely", "F-unknown", findings[0].Id }, null));
        }

        if (random.Next(2) == 0)
        {
            recommendations.Add(new Recommendation("R-idle", new[] { findings[0].Id }, null));
        }

        if (random.Next(2) == 0 && actions.Count > 0)
        {
            var a = actions[random.Next(actions.Count)];
            actions.Add(new PlanAction(a.Id, a.Recommendations.Add("R-unknown").Add(a.Recommendations[0]), "agency-" + random.Next(3), null,
                a.TargetDate, null, a.StartedOn, a.CompletedOn, a.Evidence, a.Updates, new List<string> { a.Id }));
        }

        return new ActionPlan(plan.Review, plan.ReportingCycle, plan.AgreedOn, plan.Horizon, findings, recommendations, actions);
    }
}
