using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Safeguarding.Domain.Criteria;

namespace Safeguarding.Domain.Tests.Criteria;

/// <summary>The rule set as data: contract ids, citations and validity everywhere, and no two rules deciding the same determination differently.</summary>
public sealed class RuleSetTests
{
    [Fact]
    public void FindConflicts_OverTheWholeRuleSet_FindsNone()
    {
        Assert.Empty(RuleSet.FindConflicts().Select(c => c.ToString()));
    }

    [Fact]
    public void Regimes_HaveTheContractIds()
    {
        Assert.Equal(
            new[] { "england-lscb-2006", "england-cspr-2018", "england-care-act-2014", "wales-lscb-2006", "wales-cpr-2013", "wales-2016", "northern-ireland-cmr-2012", "scotland-learning-review-2021", "northern-ireland-dhr-2020", "wales-susr-2024", "scotland-adult-learning-review-2022" },
            RuleSet.Regimes.Select(r => r.Id.Value));
    }

    [Fact]
    public void EveryRegimeAndCriterion_HasACitationAndAValidityInsideItsRegime()
    {
        foreach (var regime in RuleSet.Regimes.Concat(RuleSet.Companions))
        {
            Assert.False(string.IsNullOrWhiteSpace(regime.Citation.Instrument), regime.Id.Value);
            Assert.NotEqual(default, regime.Validity.From);
            Assert.NotEmpty(regime.Rules);
            foreach (var criterion in regime.Rules.SelectMany(r => Walk(r.Condition)))
            {
                Assert.False(string.IsNullOrWhiteSpace(criterion.Citation.Instrument), criterion.Id);
                Assert.False(string.IsNullOrWhiteSpace(criterion.Description), criterion.Id);
                Assert.True(criterion.Validity.From >= regime.Validity.From, criterion.Id);
                Assert.True(regime.Validity.Until is null || (criterion.Validity.Until is LocalDate end && end <= regime.Validity.Until), criterion.Id);
                Assert.Equal(criterion.Kind == CriterionKind.Fact, criterion.Children.IsEmpty);
            }
        }
    }

    [Fact]
    public void EveryRule_DecidesAnOutcome_AndEveryKindCanBeRequiredOrDiscretionary()
    {
        foreach (var regime in RuleSet.Regimes.Concat(RuleSet.Companions))
        {
            Assert.DoesNotContain(regime.Rules, r => r.Outcome == ReviewOutcome.Undetermined);
            foreach (var group in regime.Rules.GroupBy(r => (r.Kind, r.Subject)))
            {
                Assert.Contains(group, r => r.Outcome is ReviewOutcome.Required or ReviewOutcome.Discretionary);
                Assert.Contains(group, r => r.Outcome == ReviewOutcome.NotRequired);
            }
        }
    }

    [Fact]
    public void Select_EnglandTransition_FollowsTheSetting()
    {
        var day = new LocalDate(2019, 1, 1);
        Assert.Equal("england-cspr-2018", RuleSet.Select(Jurisdiction.England, Subject.Child, day, EnglandTransition.SafeguardingPartners)!.Id.Value);
        Assert.Equal("england-lscb-2006", RuleSet.Select(Jurisdiction.England, Subject.Child, day, EnglandTransition.LocalSafeguardingChildrenBoard)!.Id.Value);
        Assert.Equal("england-lscb-2006", RuleSet.Select(Jurisdiction.England, Subject.Child, new LocalDate(2018, 6, 28), EnglandTransition.SafeguardingPartners)!.Id.Value);
        Assert.Equal("england-cspr-2018", RuleSet.Select(Jurisdiction.England, Subject.Child, new LocalDate(2019, 9, 30), EnglandTransition.LocalSafeguardingChildrenBoard)!.Id.Value);
    }

    [Fact]
    public void RuleConflict_IsReportedForAGap()
    {
        // The detector can fail: a made-up group with a required rule and no not-required rule leaves a gap.
        var regime = RuleSet.Regimes.Single(r => r.Id.Value == "scotland-learning-review-2021");
        var group = new KindGroup(DeterminationKind.LearningReview, Subject.Child);
        group.Add(regime.Rules[0]);
        var gaps = 0;
        foreach (var date in RuleSet.BoundaryDates(regime, group))
        {
            Evaluator.ForEachCompletion(new CaseFacts(Jurisdiction.Scotland, Subject.Child, date), group.FactsOn(date), facts =>
            {
                if (regime.Rules[0].Condition.Evaluate(in facts) != CriterionResult.Met)
                {
                    gaps++;
                }
            });
        }

        Assert.True(gaps > 0);
        Assert.Throws<InvalidOperationException>(() => Evaluator.Decide(group, new CaseFacts(Jurisdiction.Scotland, Subject.Child, new LocalDate(2022, 1, 1), harm: Harm.NotSeriouslyHarmed, outstandingPositiveLearning: TriState.No), out _));
    }

    [Fact]
    public void EvaluateOutcomes_DoesNotAllocate()
    {
        var facts = new CaseFacts(Jurisdiction.England, Subject.Adult, new LocalDate(2020, 1, 1), harm: Harm.Died);
        Span<KindOutcome> buffer = stackalloc KindOutcome[CriteriaEvaluator.MaxDeterminations];
        var options = CriteriaOptions.Default;
        CriteriaEvaluator.EvaluateOutcomes(in facts, options, buffer, out _);
        long before = GC.GetAllocatedBytesForCurrentThread();
        int written = 0;
        for (int i = 0; i < 100; i++)
        {
            written = CriteriaEvaluator.EvaluateOutcomes(in facts, options, buffer, out _);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(2, written);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void EvaluateOutcomes_WithAShortBuffer_Throws()
    {
        var facts = new CaseFacts(Jurisdiction.England, Subject.Adult, new LocalDate(2020, 1, 1));
        Assert.Throws<ArgumentException>(() => CriteriaEvaluator.EvaluateOutcomes(in facts, CriteriaOptions.Default, new KindOutcome[1], out _));
    }

    private static IEnumerable<Criterion> Walk(Criterion criterion)
    {
        yield return criterion;
        foreach (var child in criterion.Children.SelectMany(Walk))
        {
            yield return child;
        }
    }
}
