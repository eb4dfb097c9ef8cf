using System;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Xunit;
using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Rating;
using Safeguarding.Domain.Reporting;
using Safeguarding.Domain.Tests.Arbitraries;

namespace Safeguarding.Domain.Tests.ActionPlans;

/// <summary>The laws of the action-plan model, over generated plans and actions.</summary>
[Properties(Arbitrary = new[] { typeof(ActionPlanArbitraries) }, MaxTest = 200)]
public sealed class ActionPlanProperties
{
    private static readonly RatingScheme Scheme = RatingScheme.BlueRedAmberGreen;

    [Property]
    public void RollUp_IsNeverBetterThanTheWorstChild(ActionPlan plan, int days)
    {
        var snapshot = PlanSnapshot.Take(plan, ActionPlanArbitraries.Epoch.PlusDays(Math.Abs(days % 2000)));
        for (int i = 0; i < plan.Recommendations.Length; i++)
        {
            var children = snapshot.Actions.Where((a, k) => plan.Actions[k].Recommendations.Contains(plan.Recommendations[i].Id)).ToList();
            Assert.NotEmpty(children);
            Assert.True(Scheme.Rank(snapshot.Recommendations[i].Status!) <= children.Min(c => Scheme.Rank(c.Status)));
        }

        for (int i = 0; i < plan.Findings.Length; i++)
        {
            var children = snapshot.Recommendations.Where((r, k) => plan.Recommendations[k].Findings.Contains(plan.Findings[i].Id)).ToList();
            Assert.True(Scheme.Rank(snapshot.Findings[i].Status!) <= children.Min(c => Scheme.Rank(c.Status!)));
        }

        Assert.True(Scheme.Rank(snapshot.Status!) <= snapshot.Actions.Min(a => Scheme.Rank(a.Status)));
    }

    [Property]
    public void RollUp_AnyMethod_StaysBetweenTheWorstAndTheBestChild(ActionPlan plan, int days, bool median)
    {
        var scheme = new RatingScheme("council", new[] { "red", "amber", "green", "blue" }, "red", "amber", "red", "green", "blue",
            median ? RollUpMethod.LowerMedian : RollUpMethod.MostCommon);
        var snapshot = PlanSnapshot.Take(plan, ActionPlanArbitraries.Epoch.PlusDays(Math.Abs(days % 2000)), scheme, EscalationPolicy.Default);
        for (int i = 0; i < plan.Recommendations.Length; i++)
        {
            var ranks = snapshot.Actions.Where((a, k) => plan.Actions[k].Recommendations.Contains(plan.Recommendations[i].Id)).Select(c => scheme.Rank(c.Status)).ToList();
            int rank = scheme.Rank(snapshot.Recommendations[i].Status!);
            Assert.InRange(rank, ranks.Min(), ranks.Max());
        }
    }

    [Property]
    public void DerivedStatus_DependsOnlyOnTheFacts_NotOnTheirOrder(ActionCase c, int seed)
    {
        var random = new Random(seed);
        var a = c.Action;
        var shuffled = new PlanAction(a.Id, a.Recommendations, a.Owner, a.Lead, a.TargetDate, a.SuccessMeasure, a.StartedOn, a.CompletedOn,
            a.Evidence.OrderBy(_ => random.Next()), a.Updates.OrderBy(_ => random.Next()), a.DependsOn);
        var before = ActionAssessment.Assess(a, c.AsOf, c.Cycle, c.AgreedOn, Scheme, EscalationPolicy.Default);
        var after = ActionAssessment.Assess(shuffled, c.AsOf, c.Cycle, c.AgreedOn, Scheme, EscalationPolicy.Default);
        Assert.Equal(before, after);
    }

    [Property]
    public void DerivedStatus_IgnoresTheReportedStatus(ActionCase c, int pick)
    {
        var statuses = new[] { ReportedStatus.Red, ReportedStatus.Amber, ReportedStatus.Green, ReportedStatus.Blue };
        var claimed = c.Action.WithUpdate(new StatusUpdate(c.AsOf, statuses[Math.Abs(pick % 4)], null));
        var plain = ActionAssessment.Assess(c.Action, c.AsOf, c.Cycle, c.AgreedOn, Scheme, EscalationPolicy.Default);
        var reported = ActionAssessment.Assess(claimed, c.AsOf, c.Cycle, c.AgreedOn, Scheme, EscalationPolicy.Default);
        Assert.Equal(plain.Status, reported.Status);
        Assert.Equal(plain.Stage, reported.Stage);
    }

    [Property]
    public void ImpactEvidence_NeverLowersACompletedAction(ActionCase c, int offset)
    {
        var before = ActionAssessment.Assess(c.Action, c.AsOf, c.Cycle, c.AgreedOn, Scheme, EscalationPolicy.Default);
        if (before.Stage is not (ActionStage.Completed or ActionStage.Embedded))
        {
            return;
        }

        var withImpact = c.Action.WithEvidence(new Evidence(EvidenceKind.Impact, c.AsOf.PlusDays(-Math.Abs(offset % 400)), "audit"));
        var after = ActionAssessment.Assess(withImpact, c.AsOf, c.Cycle, c.AgreedOn, Scheme, EscalationPolicy.Default);
        Assert.True(Scheme.Rank(after.Status) >= Scheme.Rank(before.Status));
        Assert.True(after.Escalation <= before.Escalation);
    }

    [Property]
    public void LaterAsOf_NeverImprovesAnIncompleteAction_NorLowersItsEscalation(ActionCase c, int gap1, int gap2)
    {
        // All else equal: the same facts, all recorded by the earlier date.
        var early = c.LastFact.PlusDays(Math.Abs(gap1 % 400));
        var late = early.PlusDays(Math.Abs(gap2 % 900));
        var first = ActionAssessment.Assess(c.Action, early, c.Cycle, c.AgreedOn, Scheme, EscalationPolicy.Default);
        var second = ActionAssessment.Assess(c.Action, late, c.Cycle, c.AgreedOn, Scheme, EscalationPolicy.Default);
        if (second.Stage is not (ActionStage.Completed or ActionStage.Embedded))
        {
            Assert.True(Scheme.Rank(second.Status) <= Scheme.Rank(first.Status), $"{first} then {second}");
        }

        Assert.True(second.Escalation >= first.Escalation, $"{first} then {second}");
        Assert.True(second.DaysOverdue >= first.DaysOverdue);
        Assert.True(second.CyclesWithoutUpdate >= first.CyclesWithoutUpdate);
        Assert.True(second.CyclesAtRed >= first.CyclesAtRed);
    }

    [Property]
    public void Escalation_IsMonotoneInEveryMeasure(int days, int silent, int red, int moreDays, int moreSilent, int moreRed)
    {
        var policy = EscalationPolicy.Default;
        var low = policy.LevelFor(Math.Abs(days % 200), Math.Abs(silent % 6), Math.Abs(red % 6), out _);
        var high = policy.LevelFor(Math.Abs(days % 200) + Math.Abs(moreDays % 200), Math.Abs(silent % 6) + Math.Abs(moreSilent % 6), Math.Abs(red % 6) + Math.Abs(moreRed % 6), out _);
        Assert.True(high >= low);
    }

    [Property]
    public void Validation_FindsEveryPlantedDanglingReference(PlantedPlan planted)
    {
        var issues = PlanValidation.Validate(planted.Plan);
        foreach (var (path, code) in planted.Planted)
        {
            Assert.Contains(issues, i => i.Path == path && i.Code == code && i.Severity == IssueSeverity.Error);
        }

        Assert.Equal(planted.Planted.Count == 0, PlanValidation.IsValid(issues));
    }

    [Property]
    public void Validation_OfAGeneratedValidPlan_FindsNoError(ActionPlan plan)
    {
        Assert.True(PlanValidation.IsValid(PlanValidation.Validate(plan)));
    }

    [Property]
    public void Json_RoundTripOfAnyValidPlan_IsLossless(ActionPlan plan)
    {
        string json = ActionPlanDocument.Write(plan);
        var read = ActionPlanDocument.Read(Encoding.UTF8.GetBytes(json));
        Assert.True(read.Success, string.Join("; ", read.Errors));
        Assert.Equal(plan, read.Value);
        Assert.Equal(json, ActionPlanDocument.Write(read.Value));
    }

    [Property]
    public void Snapshot_NeverThrows_AndKeepsEveryActionInOrder(PlantedPlan planted, int days)
    {
        var snapshot = PlanSnapshot.Take(planted.Plan, ActionPlanArbitraries.Epoch.PlusDays(Math.Abs(days % 2000)));
        Assert.Equal(planted.Plan.Actions.Select(a => a.Id), snapshot.Actions.Select(a => a.Id));
        Assert.Equal(planted.Planted.Count == 0, snapshot.IsValid);
    }
}
