using System;
using System.Collections.Generic;
using System.Linq;
using System.Collections.Immutable;
using NodaTime;
using Safeguarding.Domain.Citations;
using Safeguarding.Domain.Criteria;

namespace Safeguarding.Domain.Tests.Criteria;

/// <summary>
/// The decision tables and the exact evaluator against a brute-force reading of the contract's definitions,
/// written here independently: a determination is undetermined when the completions of its unknown facts
/// disagree, and a fact is missing when changing it alone changes the outcome of some completion. Every
/// combination of known and unknown values is checked on every boundary date, on regimes built inside the test.
/// </summary>
public sealed class DecisionOracleTests
{
    [Fact]
    public void TablesAndEvaluator_OnEveryCombinationAndBoundaryDate_AgreeWithTheContractDefinition()
    {
        var (checkedCases, undetermined) = CheckAgainstTheOracle(RuleSetSnapshotTests.Exhaustive());

        // Every combination on every boundary date of every group (the dates are RuleSet.BoundaryDates'); the offensive
        // weapons homicide reviews and the Welsh adults' SUSR (of which that review is a constituent), with too many
        // combinations for this, are sampled in their own tests.
        Assert.Equal(13092, checkedCases);
        Assert.Equal(3888, undetermined);
    }

    [Fact]
    public void TablesAndEvaluator_OnTheWelshSusr_WithEachDomesticConstituent_AgreeWithTheContractDefinition_Sampled()
    {
        // The Welsh regime as selected (the s9 domestic homicide review a constituent) and as applied once a domestic
        // abuse related death review has commenced (it replaces the s9 constituent, and the offensive weapons
        // constituent's s26 exclusion reads it), on a fixed sample of the adults' combinations.
        var selected = RuleSet.BuildRegimes().Single(r => r.Id == RegimeId.WalesSusr2024);
        var afterDardr = RuleSet.WalesSusrAfterDardr(new LocalDate(2026, 4, 1));
        int checkedCases = CheckSampleAgainstTheOracle(new[] { selected, afterDardr }, oneIn: 300, perDate: 200, seed: 20241001);
        Assert.True(checkedCases >= 400, "checked " + checkedCases);
    }

    [Fact]
    public void TablesAndEvaluator_OnALaboratoryRegime_AgreeWithTheContractDefinition()
    {
        // A regime the catalogue does not have, shaped to reach what the real rules never do: no criterion starts
        // on the regime's first day, one ends inside it, and a five-valued fact is read but never decides
        // (it is absorbed by a yes-or-no fact of a lower index).
        var regime = Laboratory();
        var group = regime.Groups.Single();
        Assert.Equal(
            new[] { new LocalDate(2020, 1, 1), new LocalDate(2020, 12, 31), new LocalDate(2021, 1, 1), new LocalDate(2021, 12, 31),
                new LocalDate(2022, 1, 1), new LocalDate(2024, 12, 31), new LocalDate(2025, 1, 1), new LocalDate(2029, 12, 31) },
            RuleSet.BoundaryDates(regime, group).ToArray());

        var (checkedCases, undetermined) = CheckAgainstTheOracle(new[] { regime });
        Assert.Equal(176, checkedCases);
        Assert.Equal(58, undetermined);

        // The answers themselves, on either side of each change.
        var facts = new CaseFacts(Jurisdiction.Scotland, Subject.Child, new LocalDate(2020, 6, 1), diedInCustody: TriState.Yes,
            concernAboutJointWorking: TriState.Unknown, perpetratorRelationship: PerpetratorRelationship.Unknown);
        var table = regime.Tables[0];
        Assert.Equal(ReviewOutcome.NotRequired, table.Decide(in facts, out _));
        Assert.Equal(ReviewOutcome.Required, table.Decide(facts.WithDecisionDate(new LocalDate(2021, 1, 1)), out _));
        Assert.Equal(ReviewOutcome.Required, table.Decide(facts.WithDecisionDate(new LocalDate(2024, 12, 31)), out _));
        Assert.Equal(ReviewOutcome.Undetermined, table.Decide(facts.WithDecisionDate(new LocalDate(2025, 1, 1)), out var missing));
        Assert.Equal(FactSet.Of(FactName.ConcernAboutJointWorking), missing);
        Assert.Equal(ReviewOutcome.Undetermined, Evaluator.Decide(group, facts.WithDecisionDate(new LocalDate(2025, 1, 1)), out missing));
        Assert.Equal(FactSet.Of(FactName.ConcernAboutJointWorking), missing);
    }

    [Fact]
    public void Evaluator_DoesNotEnumerateFactsThatAreKnownOrNotRead()
    {
        // Known facts and facts no rule reads never become missing, even when every other fact is unknown.
        var regime = RuleSet.BuildRegimes().Single(r => r.Id.Value == "scotland-learning-review-2021");
        var group = regime.Groups.Single();
        var facts = new CaseFacts(Jurisdiction.Scotland, Subject.Child, new LocalDate(2022, 3, 1), harm: Harm.NotSeriouslyHarmed);
        Assert.Equal(ReviewOutcome.Undetermined, Evaluator.Decide(group, in facts, out var missing));
        Assert.Equal(FactSet.Of(FactName.OutstandingPositiveLearning, FactName.AtRiskOfHarm), missing);
        Assert.Equal(ReviewOutcome.Discretionary, Evaluator.Decide(group, CaseFactsValues.Set(facts, FactName.OutstandingPositiveLearning, "yes"), out missing));
        Assert.True(missing.IsEmpty);
        Assert.Equal(ReviewOutcome.Discretionary, Evaluator.Decide(group, CaseFactsValues.Set(facts, FactName.Harm, "died"), out missing));
        Assert.True(missing.IsEmpty);
    }

    [Fact]
    public void Table_ForADateBeforeEveryChange_UsesTheFirstSpan()
    {
        // The custody limb starts on 15 April 2013: a death in custody without known abuse is decided by the
        // first span the day before and by the second span from that day, in the table built here.
        var regime = RuleSet.BuildRegimes().Single(r => r.Id.Value == "england-lscb-2006");
        int g = regime.Groups.IndexOf(regime.Groups.Single(x => x.Kind == DeterminationKind.SeriousCaseReview));
        var facts = new CaseFacts(Jurisdiction.England, Subject.Child, new LocalDate(2013, 4, 14), AbuseOrNeglect.NotSuspected, Harm.Died,
            TriState.No, TriState.Yes);
        Assert.Equal(ReviewOutcome.NotRequired, regime.Tables[g].Decide(in facts, out _));
        Assert.Equal(ReviewOutcome.Required, regime.Tables[g].Decide(facts.WithDecisionDate(new LocalDate(2013, 4, 15)), out _));
        Assert.Equal(ReviewOutcome.Required, regime.Tables[g].Decide(facts.WithDecisionDate(new LocalDate(2019, 9, 29)), out _));
        Assert.Equal(ReviewOutcome.NotRequired, regime.Tables[g].Decide(facts.WithDecisionDate(new LocalDate(2006, 4, 1)), out _));
    }

    [Fact]
    public void Decide_WhenNoRuleFires_Throws()
    {
        var regime = RuleSet.BuildRegimes().Single(r => r.Id.Value == "scotland-learning-review-2021");
        var gap = new KindGroup(DeterminationKind.LearningReview, Subject.Child);
        gap.Add(regime.Rules[0]);
        var facts = new CaseFacts(Jurisdiction.Scotland, Subject.Child, new LocalDate(2022, 1, 1), harm: Harm.NotSeriouslyHarmed, outstandingPositiveLearning: TriState.No);
        var error = Assert.Throws<InvalidOperationException>(() => Evaluator.Decide(gap, in facts, out _));
        Assert.Equal("No rule decides the determination: LearningReview", error.Message);
    }

    [Fact]
    public void Decide_WhenTwoRulesDisagree_Throws()
    {
        var regime = RuleSet.BuildRegimes().Single(r => r.Id.Value == "scotland-learning-review-2021");
        var clash = new KindGroup(DeterminationKind.LearningReview, Subject.Child);
        clash.Add(regime.Rules[0]);
        clash.Add(new DeterminationRule { Kind = DeterminationKind.LearningReview, Subject = Subject.Child, Outcome = ReviewOutcome.Required, Condition = regime.Rules[0].Condition });
        var facts = new CaseFacts(Jurisdiction.Scotland, Subject.Child, new LocalDate(2022, 1, 1), harm: Harm.Died, outstandingPositiveLearning: TriState.No);
        var error = Assert.Throws<InvalidOperationException>(() => Evaluator.Decide(clash, in facts, out _));
        Assert.Equal("Two rules decide the same determination differently: scotland-learning-review", error.Message);

        // Two rules with the same outcome both firing is not a disagreement.
        var agree = new KindGroup(DeterminationKind.LearningReview, Subject.Child);
        agree.Add(regime.Rules[0]);
        agree.Add(regime.Rules[0]);
        Assert.Equal(ReviewOutcome.Discretionary, Evaluator.Decide(agree, in facts, out _));
    }

    [Fact]
    public void Decide_WhenARuleReadsAnUndeclaredFact_Throws()
    {
        var validity = CriterionFactory.From(2021, 9, 1);
        var sneaky = Criterion.Test("sneaky", "Reads harm without saying so", new Safeguarding.Domain.Citations.Citation("Test", "reg 1", Safeguarding.Domain.Citations.SourceKind.Regulation, true),
            validity, FactSet.Empty, (in CaseFacts f) => f.Harm == Harm.Unknown ? CriterionResult.Unknown : CriterionResult.Met);
        var group = new KindGroup(DeterminationKind.LearningReview, Subject.Child);
        group.Add(new DeterminationRule { Kind = DeterminationKind.LearningReview, Subject = Subject.Child, Outcome = ReviewOutcome.Discretionary, Condition = sneaky });
        var facts = new CaseFacts(Jurisdiction.Scotland, Subject.Child, new LocalDate(2022, 1, 1));
        var error = Assert.Throws<InvalidOperationException>(() => Evaluator.Decide(group, in facts, out _));
        Assert.Equal("A rule reads a fact it does not declare: sneaky", error.Message);
    }

    [Fact]
    public void Decide_WhenTooManyFactsAreUnknown_Throws()
    {
        var validity = CriterionFactory.From(2021, 9, 1);
        var everything = Criterion.Test("everything", "Reads every fact", new Safeguarding.Domain.Citations.Citation("Test", "reg 1", Safeguarding.Domain.Citations.SourceKind.Regulation, true),
            validity, FactSet.All, (in CaseFacts f) => CriterionResult.Met);
        var group = new KindGroup(DeterminationKind.LearningReview, Subject.Child);
        group.Add(new DeterminationRule { Kind = DeterminationKind.LearningReview, Subject = Subject.Child, Outcome = ReviewOutcome.Discretionary, Condition = everything });
        var facts = new CaseFacts(Jurisdiction.Scotland, Subject.Child, new LocalDate(2022, 1, 1));
        var error = Assert.Throws<InvalidOperationException>(() => Evaluator.Decide(group, in facts, out _));
        Assert.Equal("A determination reads too many unknown facts to enumerate.", error.Message);

        // With the many-valued facts and ten of the yes-or-no facts known, the 512 completions of the other nine are enumerated.
        var known = new CaseFacts(Jurisdiction.Scotland, Subject.Child, new LocalDate(2022, 1, 1), AbuseOrNeglect.Known, Harm.Died,
            ageAtDeath: 10, perpetratorRelationship: PerpetratorRelationship.Other, atRiskOfHarm: TriState.Yes, careAndRiskManagementHarm: TriState.No,
            subjectToAdultProtectionProcesses: TriState.No, lookedAfter: TriState.Yes, careLeaver: TriState.No, homicide: TriState.Yes,
            offensiveWeapon: TriState.No, offensiveWeaponsPilot: TriState.No, perpetratorKnownToMentalHealthServices: TriState.No,
            perpetratorAgedSixteenOrOver: TriState.Yes);
        Assert.Equal(ReviewOutcome.Discretionary, Evaluator.Decide(group, in known, out var missing));
        Assert.True(missing.IsEmpty);
    }

    private static (int Checked, int Undetermined) CheckAgainstTheOracle(IEnumerable<Regime> regimes)
    {
        int checkedCases = 0;
        int undetermined = 0;
        foreach (var regime in regimes)
        {
            for (int g = 0; g < regime.Groups.Length; g++)
            {
                var group = regime.Groups[g];
                if (Sampled(regime, group))
                {
                    continue;
                }

                foreach (var date in RuleSet.BoundaryDates(regime, group))
                {
                    var read = group.FactsOn(date);
                    foreach (var facts in CaseFactsValues.Combinations(new CaseFacts(regime.Jurisdiction, group.Subject, date), read))
                    {
                        var outcome = CheckOne(regime, g, date, read, facts);
                        checkedCases++;
                        undetermined += outcome == ReviewOutcome.Undetermined ? 1 : 0;
                    }
                }
            }
        }

        return (checkedCases, undetermined);
    }

    /// <summary>
    /// The groups with too many combinations to walk through, sampled in their own tests: the offensive weapons homicide
    /// reviews, and the Welsh Single Unified Safeguarding Review for adults, of which that review is a constituent.
    /// </summary>
    internal static bool Sampled(Regime regime, KindGroup group) =>
        regime.Id == RegimeId.EnglandWalesOwhr2023
        || (regime.Id == RegimeId.WalesSusr2024 && group.Kind == DeterminationKind.SingleUnifiedSafeguardingReview && group.Subject == Subject.Adult);

    /// <summary>
    /// Checks a sample of the combinations of every sampled group of the regimes, and of every group of the Welsh SUSR
    /// regime given (its variant after a DARDR commences is walked nowhere else), about one in <paramref name="oneIn"/>,
    /// at most <paramref name="perDate"/> a boundary date, from a fixed seed; returns how many were checked.
    /// </summary>
    internal static int CheckSampleAgainstTheOracle(IEnumerable<Regime> regimes, int oneIn, int perDate, int seed)
    {
        var random = new Random(seed);
        int checkedCases = 0;
        foreach (var regime in regimes)
        {
            for (int g = 0; g < regime.Groups.Length; g++)
            {
                var group = regime.Groups[g];
                if (!Sampled(regime, group) && regime.Id != RegimeId.WalesSusr2024)
                {
                    continue;
                }

                foreach (var date in RuleSet.BoundaryDates(regime, group))
                {
                    var read = group.FactsOn(date);
                    var all = CaseFactsValues.Combinations(new CaseFacts(regime.Jurisdiction, group.Subject, date), read);
                    foreach (var facts in all.Where(_ => random.Next(oneIn) == 0).Take(perDate))
                    {
                        CheckOne(regime, g, date, read, facts);
                        checkedCases++;
                    }
                }
            }
        }

        return checkedCases;
    }

    /// <summary>Checks one combination of facts: table, exact evaluator and explanation against the brute-force oracle.</summary>
    internal static ReviewOutcome CheckOne(Regime regime, int g, LocalDate date, FactSet read, CaseFacts facts)
    {
        var group = regime.Groups[g];
        var table = regime.Tables[g];
        var (outcome, missing) = Oracle(group, facts, read);
        string where = regime.Id + " " + group.Kind + " " + date + " " + CaseFactsValues.Describe(facts, read);

        Assert.True(outcome == table.Decide(in facts, out var tableMissing), where);
        Assert.True(missing == tableMissing, where + ": table missing " + tableMissing + ", expected " + missing);
        Assert.True(outcome == Evaluator.Decide(group, in facts, out var exactMissing), where);
        Assert.True(missing == exactMissing, where + ": exact missing " + exactMissing + ", expected " + missing);

        var explained = table.Explain(group, in facts);
        Assert.Equal(missing.ToImmutableArray().ToArray(), explained.Missing.ToArray());
        Assert.Equal(read, explained.FactsRead);
        var reasoned = group.Rules.Where(r => r.Outcome != ReviewOutcome.NotRequired).ToList();

        // A rule's condition not in force on the date reads not-in-force in the reasons and counts as not met.
        Assert.Equal(reasoned.Select(r => r.Condition.Id + "=" + (r.Condition.Validity.Contains(date) ? r.Condition.Evaluate(in facts) : CriterionResult.NotInForce)),
            explained.Reasons.Select(r => r.CriterionId + "=" + r.Result));
        return outcome;
    }

    /// <summary>
    /// A learning-review regime in force 2020 to 2029: required when there was a death in custody (a limb in force
    /// 2021 to 2024) or a concern about joint working (from 2022, also read together with an intimate-partner
    /// relationship, which the concern alone already decides); otherwise not required. Its not-required rule
    /// starts before the regime, so nothing but the regime itself marks 1 January 2020.
    /// </summary>
    private static Regime Laboratory()
    {
        var cite = new Citation("Laboratory rules", "rule 1", SourceKind.Regulation, true);
        var custody = Criterion.Test("custody", "Died in custody", cite, CriterionFactory.Between(2021, 1, 1, 2024, 12, 31),
            FactSet.Of(FactName.DiedInCustody), static (in CaseFacts f) => Tri(f.DiedInCustody));
        var concern = Criterion.Test("concern", "Concern about joint working", cite, CriterionFactory.From(2022, 1, 1),
            FactSet.Of(FactName.ConcernAboutJointWorking), static (in CaseFacts f) => Tri(f.ConcernAboutJointWorking));
        var partner = Criterion.Test("partner", "An intimate partner", cite, CriterionFactory.From(2022, 1, 1),
            FactSet.Of(FactName.PerpetratorRelationship), static (in CaseFacts f) => f.PerpetratorRelationship == PerpetratorRelationship.Unknown
                ? CriterionResult.Unknown
                : f.PerpetratorRelationship == PerpetratorRelationship.IntimatePartner ? CriterionResult.Met : CriterionResult.NotMet);
        var absorbed = Criterion.AllOf("concern-and-partner", "Concern, with a partner", cite, CriterionFactory.From(2022, 1, 1), concern, partner);
        var any = Criterion.AnyOf("any", "Any limb", cite, CriterionFactory.From(2021, 1, 1), custody, concern, absorbed);
        var none = Criterion.NotOf("none", "No limb", cite, CriterionFactory.From(2019, 1, 1), any);
        var rules = ImmutableArray.Create(
            new DeterminationRule { Kind = DeterminationKind.LearningReview, Subject = Subject.Child, Outcome = ReviewOutcome.Required, Condition = any },
            new DeterminationRule { Kind = DeterminationKind.LearningReview, Subject = Subject.Child, Outcome = ReviewOutcome.NotRequired, Condition = none });
        return new Regime(new RegimeId("laboratory-2020"), "Laboratory rules", Jurisdiction.Scotland, ImmutableArray.Create(Subject.Child),
            CriterionFactory.Between(2020, 1, 1, 2029, 12, 31), cite, rules);
    }

    private static CriterionResult Tri(TriState value) =>
        value == TriState.Unknown ? CriterionResult.Unknown : value == TriState.Yes ? CriterionResult.Met : CriterionResult.NotMet;

    /// <summary>The contract's definitions, computed by brute force over the completions of the unknown facts read.</summary>
    private static (ReviewOutcome Outcome, FactSet Missing) Oracle(KindGroup group, CaseFacts facts, FactSet read)
    {
        var unknown = read.ToImmutableArray().Where(f => CaseFactsValues.Get(facts, f) == "unknown").ToList();
        var completions = CaseFactsValues.Completions(facts, FactSet.Of(unknown.ToArray())).ToList();
        var outcomes = completions.Select(c => Fire(group, c)).Distinct().ToList();
        if (outcomes.Count == 1)
        {
            return (outcomes[0], FactSet.Empty);
        }

        var missing = FactSet.Empty;
        foreach (var fact in unknown)
        {
            bool influences = completions.Any(c => CaseFactsValues.Known(fact).Any(v => Fire(group, CaseFactsValues.Set(c, fact, v)) != Fire(group, c)));
            if (influences)
            {
                missing = missing.Add(fact);
            }
        }

        return (ReviewOutcome.Undetermined, missing);
    }

    private static ReviewOutcome Fire(KindGroup group, CaseFacts facts) =>
        group.Rules.Where(r => r.Condition.Evaluate(in facts) == CriterionResult.Met).Select(r => r.Outcome).Distinct().Single();
}
