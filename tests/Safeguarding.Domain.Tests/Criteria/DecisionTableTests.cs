using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Safeguarding.Domain.Criteria;
using Safeguarding.Domain.Tests.Arbitraries;

namespace Safeguarding.Domain.Tests.Criteria;

/// <summary>
/// The precomputed decision tables (the fast path) must give exactly the exact evaluator's outcome and
/// missing facts: on random cases, and on every date where some criterion starts or ends.
/// </summary>
public sealed class DecisionTableTests
{
    private static bool AgreeWithExactEvaluator(CaseFacts facts, Regime regime)
    {
        for (int g = 0; g < regime.Groups.Length; g++)
        {
            var group = regime.Groups[g];
            if (group.Subject != facts.Subject)
            {
                continue;
            }

            var fast = regime.Tables[g].Decide(in facts, out var fastMissing);
            var exact = Evaluator.Decide(group, in facts, out var exactMissing);
            if (fast != exact || fastMissing != exactMissing)
            {
                return false;
            }
        }

        return true;
    }

    [Property(MaxTest = 500)]
    public Property Table_EqualsTheExactEvaluator_OnRandomCases() =>
        Prop.ForAll(CriteriaArbitraries.CaseFacts(), facts =>
        {
            foreach (var regime in RuleSet.Regimes.AddRange(RuleSet.Companions))
            {
                if (regime.Covers(facts.Jurisdiction, facts.Subject, facts.DecisionDate) && !AgreeWithExactEvaluator(facts, regime))
                {
                    return false;
                }
            }

            return true;
        });

    [Property(MaxTest = 300)]
    public Property SharedReasons_EqualReasonsBuiltAfresh() =>
        Prop.ForAll(CriteriaArbitraries.CaseFacts(), facts =>
        {
            foreach (var regime in RuleSet.Regimes.AddRange(RuleSet.Companions))
            {
                if (!regime.Covers(facts.Jurisdiction, facts.Subject, facts.DecisionDate))
                {
                    continue;
                }

                for (int g = 0; g < regime.Groups.Length; g++)
                {
                    var group = regime.Groups[g];
                    if (group.Subject != facts.Subject)
                    {
                        continue;
                    }

                    // Twice: the first call may build the shared entry, the second must reuse an equal one.
                    for (int pass = 0; pass < 2; pass++)
                    {
                        var shared = regime.Tables[g].Explain(group, in facts);
                        var fresh = new System.Collections.Generic.List<string>();
                        foreach (var rule in group.Rules)
                        {
                            if (rule.Outcome != ReviewOutcome.NotRequired)
                            {
                                fresh.Add(Flatten(CriteriaEvaluator.Explain(rule.Condition, in facts)));
                            }
                        }

                        var sharedText = System.Linq.Enumerable.ToList(System.Linq.Enumerable.Select(shared.Reasons, Flatten));
                        Evaluator.Decide(group, in facts, out var missing);
                        if (!sharedText.SequenceEqual(fresh) || !shared.Missing.SequenceEqual(missing.ToImmutableArray())
                            || shared.FactsRead != group.FactsOn(facts.DecisionDate))
                        {
                            return false;
                        }
                    }
                }
            }

            return true;
        });

    private static string Flatten(Reason reason) =>
        reason.CriterionId + ":" + reason.Result + ":" + reason.InForce + ":" + reason.Citation + "["
        + string.Join(",", System.Linq.Enumerable.Select(reason.Reasons, Flatten)) + "]";

    [Fact]
    public void Table_EqualsTheExactEvaluator_OnEveryBoundaryDate()
    {
        var random = new Random(20261122);
        int checkedCases = 0;
        foreach (var regime in RuleSet.Regimes.AddRange(RuleSet.Companions))
        {
            foreach (var group in regime.Groups)
            {
                foreach (var date in RuleSet.BoundaryDates(regime, group))
                {
                    for (int i = 0; i < 40; i++)
                    {
                        var sample = CriteriaArbitraries.Build(random);
                        var facts = new CaseFacts(regime.Jurisdiction, group.Subject, date, sample.AbuseOrNeglect, sample.Harm,
                            sample.ConcernAboutJointWorking, sample.DiedInCustody, sample.CareAndSupportNeeds,
                            group.Subject == Subject.Adult && sample.AgeAtDeath is < 18 ? 30 : sample.AgeAtDeath,
                            sample.PerpetratorRelationship, sample.ProtectionOrLookedAfterInPriorSixMonths,
                            sample.HarmedOutsideEnglandWhileNormallyResident, sample.ChildOrSiblingOnRegisterOrLookedAfter,
                            sample.BoardConcernAboutEffectiveness, sample.OutstandingPositiveLearning, sample.NeglectOnly);
                        Assert.True(AgreeWithExactEvaluator(facts, regime), regime.Id + " " + group.Kind + " " + date);
                        checkedCases++;
                    }
                }
            }
        }

        Assert.True(checkedCases > 1000);
    }

    [Fact]
    public void CustodyCase_AnswersDifferOnEitherSideOfTheWorkingTogether2013Boundary()
    {
        // The table must split its spans where a criterion starts: a death in custody without known abuse.
        var before = new CaseFacts(Jurisdiction.England, Subject.Child, new LocalDate(2013, 4, 14), AbuseOrNeglect.NotSuspected, Harm.Died, diedInCustody: TriState.Yes);
        var after = before.WithDecisionDate(new LocalDate(2013, 4, 15));
        Assert.Equal(ReviewOutcome.NotRequired, SeriousCaseReview(before));
        Assert.Equal(ReviewOutcome.Required, SeriousCaseReview(after));
    }

    private static ReviewOutcome SeriousCaseReview(CaseFacts facts)
    {
        var outcomes = new KindOutcome[CriteriaEvaluator.MaxDeterminations];
        int n = CriteriaEvaluator.EvaluateOutcomes(in facts, new CriteriaOptions(EnglandTransition.SafeguardingPartners, Safeguarding.Domain.Timescales.TimescaleCatalogue.Default), outcomes, out _);
        return Array.Find(outcomes[..n], o => o.Kind == DeterminationKind.SeriousCaseReview).Outcome;
    }
}
