using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using Safeguarding.Domain.Citations;
using Safeguarding.Domain.Criteria;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Domain.Tests.Criteria;

/// <summary>
/// Regime selection on the first and last day of every regime, the regimes' own queries, the conflict
/// detector on rule sets made to fail, the companion domestic homicide review, and the deadlines' branches.
/// </summary>
public sealed class RuleSetSelectionTests
{
    private static readonly Citation Cite = new("Test instrument", "reg 1", SourceKind.Regulation, true);

    private static LocalDate D(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;

    [Theory]
    [InlineData(Jurisdiction.England, Subject.Child, "2006-03-31", EnglandTransition.SafeguardingPartners, null)]
    [InlineData(Jurisdiction.England, Subject.Child, "2006-04-01", EnglandTransition.SafeguardingPartners, "england-lscb-2006")]
    [InlineData(Jurisdiction.England, Subject.Child, "2018-06-28", EnglandTransition.SafeguardingPartners, "england-lscb-2006")]
    [InlineData(Jurisdiction.England, Subject.Child, "2018-06-29", EnglandTransition.SafeguardingPartners, "england-cspr-2018")]
    [InlineData(Jurisdiction.England, Subject.Child, "2018-06-29", EnglandTransition.LocalSafeguardingChildrenBoard, "england-lscb-2006")]
    [InlineData(Jurisdiction.England, Subject.Child, "2019-09-29", EnglandTransition.LocalSafeguardingChildrenBoard, "england-lscb-2006")]
    [InlineData(Jurisdiction.England, Subject.Child, "2019-09-29", EnglandTransition.SafeguardingPartners, "england-cspr-2018")]
    [InlineData(Jurisdiction.England, Subject.Child, "2019-09-30", EnglandTransition.LocalSafeguardingChildrenBoard, "england-cspr-2018")]
    [InlineData(Jurisdiction.England, Subject.Adult, "2015-03-31", EnglandTransition.SafeguardingPartners, null)]
    [InlineData(Jurisdiction.England, Subject.Adult, "2015-04-01", EnglandTransition.LocalSafeguardingChildrenBoard, "england-care-act-2014")]
    [InlineData(Jurisdiction.Wales, Subject.Child, "2006-09-30", EnglandTransition.SafeguardingPartners, null)]
    [InlineData(Jurisdiction.Wales, Subject.Child, "2006-10-01", EnglandTransition.SafeguardingPartners, "wales-lscb-2006")]
    [InlineData(Jurisdiction.Wales, Subject.Child, "2012-12-31", EnglandTransition.SafeguardingPartners, "wales-lscb-2006")]
    [InlineData(Jurisdiction.Wales, Subject.Child, "2013-01-01", EnglandTransition.SafeguardingPartners, "wales-cpr-2013")]
    [InlineData(Jurisdiction.Wales, Subject.Child, "2016-04-05", EnglandTransition.LocalSafeguardingChildrenBoard, "wales-cpr-2013")]
    [InlineData(Jurisdiction.Wales, Subject.Child, "2016-04-06", EnglandTransition.SafeguardingPartners, "wales-2016")]
    [InlineData(Jurisdiction.Wales, Subject.Adult, "2016-04-05", EnglandTransition.SafeguardingPartners, null)]
    [InlineData(Jurisdiction.Wales, Subject.Adult, "2016-04-06", EnglandTransition.SafeguardingPartners, "wales-2016")]
    [InlineData(Jurisdiction.NorthernIreland, Subject.Child, "2012-08-19", EnglandTransition.SafeguardingPartners, null)]
    [InlineData(Jurisdiction.NorthernIreland, Subject.Child, "2012-08-20", EnglandTransition.SafeguardingPartners, "northern-ireland-cmr-2012")]
    [InlineData(Jurisdiction.NorthernIreland, Subject.Child, "2012-09-17", EnglandTransition.SafeguardingPartners, "northern-ireland-cmr-2012")]
    [InlineData(Jurisdiction.NorthernIreland, Subject.Adult, "2020-01-01", EnglandTransition.SafeguardingPartners, null)]
    [InlineData(Jurisdiction.NorthernIreland, Subject.Adult, "2020-11-30", EnglandTransition.SafeguardingPartners, null)]
    [InlineData(Jurisdiction.NorthernIreland, Subject.Adult, "2020-12-01", EnglandTransition.SafeguardingPartners, "northern-ireland-dhr-2020")]
    [InlineData(Jurisdiction.NorthernIreland, Subject.Child, "2020-12-01", EnglandTransition.SafeguardingPartners, "northern-ireland-cmr-2012")]
    [InlineData(Jurisdiction.Scotland, Subject.Child, "2021-08-31", EnglandTransition.SafeguardingPartners, null)]
    [InlineData(Jurisdiction.Scotland, Subject.Child, "2021-09-01", EnglandTransition.SafeguardingPartners, "scotland-learning-review-2021")]
    [InlineData(Jurisdiction.Scotland, Subject.Adult, "2022-01-01", EnglandTransition.SafeguardingPartners, null)]
    [InlineData(Jurisdiction.Scotland, Subject.Adult, "2022-04-30", EnglandTransition.SafeguardingPartners, null)]
    [InlineData(Jurisdiction.Scotland, Subject.Adult, "2022-05-01", EnglandTransition.SafeguardingPartners, "scotland-adult-learning-review-2022")]
    [InlineData(Jurisdiction.Wales, Subject.Child, "2024-09-30", EnglandTransition.SafeguardingPartners, "wales-2016")]
    [InlineData(Jurisdiction.Wales, Subject.Child, "2024-10-01", EnglandTransition.SafeguardingPartners, "wales-susr-2024")]
    [InlineData(Jurisdiction.Wales, Subject.Adult, "2024-09-30", EnglandTransition.LocalSafeguardingChildrenBoard, "wales-2016")]
    [InlineData(Jurisdiction.Wales, Subject.Adult, "2024-10-01", EnglandTransition.LocalSafeguardingChildrenBoard, "wales-susr-2024")]
    public void Select_OnTheEdgesOfEveryRegime_PicksTheRegimeInForce(Jurisdiction jurisdiction, Subject subject, string date, EnglandTransition transition, string? expected)
    {
        Assert.Equal(expected, RuleSet.Select(jurisdiction, subject, D(date), transition)?.Id.Value);
        var facts = new CaseFacts(jurisdiction, subject, D(date));
        var buffer = new KindOutcome[CriteriaEvaluator.MaxDeterminations];
        var options = new CriteriaOptions(transition, TimescaleCatalogue.Default);
        CriteriaEvaluator.EvaluateOutcomes(in facts, options, buffer, out var fast);
        Assert.Equal(expected, fast?.Id.Value);
    }

    [Fact]
    public void Candidates_GroupTheRegimesByJurisdictionAndSubject()
    {
        var table = RuleSet.BuildCandidates(RuleSet.BuildRegimes());
        Assert.Equal(8, table.Length);
        Assert.Equal(
            "england/child: england-lscb-2006, england-cspr-2018 | england/adult: england-care-act-2014 | "
            + "wales/child: wales-lscb-2006, wales-cpr-2013, wales-2016, wales-susr-2024 | wales/adult: wales-2016, wales-susr-2024 | "
            + "scotland/child: scotland-learning-review-2021 | scotland/adult: scotland-adult-learning-review-2022 | "
            + "northern-ireland/child: northern-ireland-cmr-2012 | northern-ireland/adult: northern-ireland-dhr-2020",
            string.Join(" | ", Enumerable.Range(0, 8).Select(i =>
                new[] { "england", "wales", "scotland", "northern-ireland" }[i / 2] + "/" + (i % 2 == 0 ? "child" : "adult") + ": "
                + string.Join(", ", table[i].Select(r => r.Id)))));
    }

    [Theory]
    [InlineData(Jurisdiction.England, Subject.Child, "2006-04-01")]
    [InlineData(Jurisdiction.England, Subject.Adult, "2015-04-01")]
    [InlineData(Jurisdiction.Wales, Subject.Child, "2006-10-01")]
    [InlineData(Jurisdiction.Wales, Subject.Adult, "2016-04-06")]
    [InlineData(Jurisdiction.NorthernIreland, Subject.Child, "2012-08-20")]
    [InlineData(Jurisdiction.Scotland, Subject.Child, "2021-09-01")]
    [InlineData(Jurisdiction.NorthernIreland, Subject.Adult, "2020-12-01")]
    [InlineData(Jurisdiction.Scotland, Subject.Adult, "2022-05-01")]
    public void FirstInForce_IsTheEarliestRegimeStart(Jurisdiction jurisdiction, Subject subject, string? expected) =>
        Assert.Equal(expected is null ? null : D(expected), RuleSet.FirstInForce(jurisdiction, subject));

    [Fact]
    public void TransitionDates_AreThePublishedOnes()
    {
        Assert.Equal(new LocalDate(2018, 6, 29), RuleSet.EnglandSafeguardingPartnersStart);
        Assert.Equal(new LocalDate(2019, 9, 29), RuleSet.EnglandLastSeriousCaseReviewDecision);
        Assert.Equal(8, CriteriaEvaluator.MaxDeterminations);
    }

    [Fact]
    public void Regime_Queries_AnswerForItsOwnSubjectsKindsAndDates()
    {
        var wales = RuleSet.BuildRegimes().Single(r => r.Id.Value == "wales-2016");
        Assert.True(wales.Covers(Jurisdiction.Wales, Subject.Adult, D("2016-04-06")));
        Assert.False(wales.Covers(Jurisdiction.Wales, Subject.Adult, D("2016-04-05")));
        Assert.False(wales.Covers(Jurisdiction.England, Subject.Adult, D("2017-01-01")));
        var lscb = RuleSet.BuildRegimes().Single(r => r.Id.Value == "england-lscb-2006");
        Assert.False(lscb.Covers(Jurisdiction.England, Subject.Adult, D("2010-01-01")));
        Assert.True(lscb.Covers(Jurisdiction.England, Subject.Child, D("2019-09-29")));
        Assert.False(lscb.Covers(Jurisdiction.England, Subject.Child, D("2019-09-30")));

        Assert.Equal(new[] { DeterminationKind.ChildPracticeReviewConcise, DeterminationKind.ChildPracticeReviewExtended }, wales.KindsFor(Subject.Child).ToArray());
        Assert.Equal(new[] { DeterminationKind.AdultPracticeReview }, wales.KindsFor(Subject.Adult).ToArray());
        Assert.Equal(FactSet.Empty, wales.FactsFor(Subject.Adult, DeterminationKind.ChildPracticeReviewConcise, D("2017-01-01")));
        Assert.Equal(FactSet.Empty, wales.FactsFor(Subject.Child, DeterminationKind.AdultPracticeReview, D("2017-01-01")));
        Assert.Equal(FactSet.Of(FactName.AbuseOrNeglect, FactName.Harm, FactName.ProtectionOrLookedAfterInPriorSixMonths),
            wales.FactsFor(Subject.Child, DeterminationKind.ChildPracticeReviewConcise, D("2017-01-01")));
        Assert.Equal(FactSet.Empty, wales.FactsFor(Subject.Child, DeterminationKind.ChildPracticeReviewConcise, D("2016-04-05")));

        Assert.True(lscb.InForce(DateKey.Of(D("2006-04-01"))));
        Assert.False(lscb.InForce(DateKey.Of(D("2006-03-31"))));
        Assert.True(lscb.InForce(DateKey.Of(D("2019-09-29"))));
        Assert.False(lscb.InForce(DateKey.Of(D("2019-09-30"))));
        Assert.Equal(DateKey.Never, DateKey.Of((LocalDate?)null));
        Assert.Equal(DateKey.Of(D("2024-09-30")), wales.UntilKey);
        Assert.False(wales.Covers(Jurisdiction.Wales, Subject.Adult, D("2024-10-01")));
        var susr = RuleSet.BuildRegimes().Single(r => r.Id.Value == "wales-susr-2024");
        Assert.Equal(DateKey.Never, susr.UntilKey);
        Assert.Equal(new[] { DeterminationKind.ChildPracticeReviewConcise, DeterminationKind.ChildPracticeReviewExtended, DeterminationKind.SingleUnifiedSafeguardingReview },
            susr.KindsFor(Subject.Child).ToArray());
        Assert.Equal(new[] { DeterminationKind.AdultPracticeReview, DeterminationKind.MentalHealthHomicideReview, DeterminationKind.SingleUnifiedSafeguardingReview },
            susr.KindsFor(Subject.Adult).ToArray());
        Assert.Equal(FactSet.Of(FactName.AbuseOrNeglect, FactName.Harm, FactName.AgeAtDeath, FactName.PerpetratorRelationship, FactName.ProtectionOrLookedAfterInPriorSixMonths,
                FactName.NeglectOnly, FactName.Homicide, FactName.OffensiveWeapon, FactName.OffensiveWeaponsPilot, FactName.PerpetratorKnownToMentalHealthServices),
            susr.FactsFor(Subject.Adult, DeterminationKind.SingleUnifiedSafeguardingReview, D("2025-01-01")));
        Assert.True(DateKey.Of(D("2019-12-31")) < DateKey.Of(D("2020-01-01")));
        Assert.True(DateKey.Of(D("2020-01-31")) < DateKey.Of(D("2020-02-01")));
        Assert.True(DateKey.Of(D("2020-02-01")) < DateKey.Of(D("2020-02-02")));
    }

    [Fact]
    public void BoundaryDates_AreEveryStartAndEndAndTheirNeighboursInsideTheRegime()
    {
        var lscb = RuleSet.BuildRegimes().Single(r => r.Id.Value == "england-lscb-2006");
        var scr = lscb.Groups.Single(g => g.Kind == DeterminationKind.SeriousCaseReview);
        Assert.Equal(new[] { "2006-04-01", "2013-04-14", "2013-04-15", "2019-09-29" },
            RuleSet.BoundaryDates(lscb, scr).Select(d => d.ToString("uuuu-MM-dd", null)));
        var notification = lscb.Groups.Single(g => g.Kind == DeterminationKind.SeriousIncidentNotification);
        Assert.Equal(new[] { "2006-04-01", "2018-06-28", "2018-06-29", "2019-09-29" },
            RuleSet.BoundaryDates(lscb, notification).Select(d => d.ToString("uuuu-MM-dd", null)));
        var scotland = RuleSet.BuildRegimes().Single(r => r.Id.Value == "scotland-learning-review-2021");
        Assert.Equal(new[] { "2021-09-01", "2023-12-31", "2024-01-01" }, RuleSet.BoundaryDates(scotland, scotland.Groups[0]).Select(d => d.ToString("uuuu-MM-dd", null)));
        var susr = RuleSet.BuildRegimes().Single(r => r.Id.Value == "wales-susr-2024");
        Assert.Equal(new[] { "2024-10-01" }, RuleSet.BoundaryDates(susr, susr.Groups.Last()).Select(d => d.ToString("uuuu-MM-dd", null)));
    }

    [Fact]
    public void FindConflicts_OnTheFreshRuleSet_FindsNone() =>
        Assert.Empty(RuleSet.FindConflictsIn(RuleSet.BuildRegimes().AddRange(RuleSet.BuildCompanions())));

    [Fact]
    public void FindConflicts_ReportsAGapAClashAndAnUndeclaredFact()
    {
        var validity = CriterionFactory.From(2021, 9, 1);
        var harmed = CriterionFactory.DiedOrSeriouslyHarmed("harmed", "Died or harmed", Cite, validity);
        var learning = CriterionFactory.Yes("learning", "Learning", Cite, validity, FactName.OutstandingPositiveLearning);
        var either = CriterionFactory.AnyOf("either", "Either", Cite, validity, harmed, learning);
        var sneaky = Criterion.Test("sneaky", "Reads harm without saying so", Cite, validity, FactSet.Empty,
            (in CaseFacts f) => f.Harm == Harm.Unknown ? CriterionResult.Unknown : CriterionResult.NotMet);
        var rules = ImmutableArray.Create(
            new DeterminationRule { Kind = DeterminationKind.LearningReview, Subject = Subject.Child, Outcome = ReviewOutcome.Discretionary, Condition = either },
            new DeterminationRule { Kind = DeterminationKind.LearningReview, Subject = Subject.Child, Outcome = ReviewOutcome.Required, Condition = harmed },
            new DeterminationRule { Kind = DeterminationKind.LearningReview, Subject = Subject.Child, Outcome = ReviewOutcome.Discretionary, Condition = learning },
            new DeterminationRule { Kind = DeterminationKind.CaseManagementReview, Subject = Subject.Child, Outcome = ReviewOutcome.NotRequired, Condition = sneaky });
        var regime = new Regime(new RegimeId("made-up"), "A rule set made to fail", Jurisdiction.Scotland, ImmutableArray.Create(Subject.Child), validity, Cite, rules);

        var conflicts = RuleSet.FindConflictsIn(ImmutableArray.Create(regime));
        Assert.Equal(
            new[]
            {
                "made-up LearningReview: Rules decide these facts differently (a conflict). | died/yes | either, harmed, learning",
                "made-up LearningReview: Rules decide these facts differently (a conflict). | seriously-harmed/yes | either, harmed, learning",
                "made-up LearningReview: Rules decide these facts differently (a conflict). | died/no | either, harmed",
                "made-up LearningReview: Rules decide these facts differently (a conflict). | seriously-harmed/no | either, harmed",
                "made-up LearningReview: No rule decides these facts (a gap). | not-seriously-harmed/no | ",
                "made-up CaseManagementReview: A rule stayed unknown on complete facts: it reads a fact it does not declare. | unknown/unknown | sneaky",
                "made-up CaseManagementReview: No rule decides these facts (a gap). | unknown/unknown | ",
            },
            conflicts.Select(c => c + " | " + CaseFactsValues.Get(c.Facts, FactName.Harm) + "/" + CaseFactsValues.Get(c.Facts, FactName.OutstandingPositiveLearning)
                + " | " + string.Join(", ", c.Rules.Select(r => r.Condition.Id))));
        Assert.All(conflicts, c => Assert.Equal("made-up", c.RegimeId.Value));
        Assert.Equal(new LocalDate(2021, 9, 1), conflicts[0].Facts.DecisionDate);
        Assert.Equal(DeterminationKind.LearningReview, conflicts[0].Kind);
        Assert.Equal("No rule decides these facts (a gap).", conflicts[4].Problem);
    }

    [Fact]
    public void Regime_GroupsRulesByKindAndSubjectInFirstSeenOrder()
    {
        var dhr = RuleSet.BuildCompanions()[1];
        Assert.Equal("wales-dhr-2011", dhr.Id.Value);
        Assert.Equal(Jurisdiction.Wales, dhr.Jurisdiction);
        Assert.Equal(new[] { Subject.Child, Subject.Adult }, dhr.Groups.Select(g => g.Subject).ToArray());
        Assert.All(dhr.Groups, g => Assert.Equal(2, g.Rules.Count));
        Assert.Equal(new[] { ReviewOutcome.Required, ReviewOutcome.NotRequired }, dhr.Groups[1].Rules.Select(r => r.Outcome).ToArray());
    }

    [Fact]
    public void Companion_DomesticHomicideReview_OnlyWhenTheDeathIsKnownOrUnknown()
    {
        string Kinds(CaseFacts facts)
        {
            var buffer = new KindOutcome[CriteriaEvaluator.MaxDeterminations];
            int n = CriteriaEvaluator.EvaluateOutcomes(in facts, CriteriaOptions.Default, buffer, out _);
            string fast = string.Join(", ", buffer.Take(n).Select(o => o.Kind));
            string full = string.Join(", ", CriteriaEvaluator.Evaluate(facts).Value.Determinations.Select(d => d.Kind));
            Assert.Equal(full, fast);
            return fast;
        }

        var wales = new CaseFacts(Jurisdiction.Wales, Subject.Adult, D("2017-01-01"));
        Assert.Equal("AdultPracticeReview, DomesticHomicideReview", Kinds(wales));
        Assert.Equal("AdultPracticeReview, DomesticHomicideReview", Kinds(CaseFactsValues.Set(wales, FactName.Harm, "died")));
        Assert.Equal("AdultPracticeReview", Kinds(CaseFactsValues.Set(wales, FactName.Harm, "seriously-harmed")));
        Assert.Equal("AdultPracticeReview", Kinds(CaseFactsValues.Set(wales, FactName.Harm, "not-seriously-harmed")));
        Assert.Equal("SafeguardingAdultsReview, DomesticHomicideReview", Kinds(new CaseFacts(Jurisdiction.England, Subject.Adult, D("2015-04-01"))));
        Assert.Equal("CaseManagementReview", Kinds(new CaseFacts(Jurisdiction.NorthernIreland, Subject.Child, D("2015-04-01"), harm: Harm.Died)));
        Assert.Equal("SeriousIncidentNotification, SeriousCaseReview", Kinds(new CaseFacts(Jurisdiction.England, Subject.Child, D("2011-04-12"), harm: Harm.Died)));
        Assert.Equal("SeriousIncidentNotification, SeriousCaseReview, DomesticHomicideReview", Kinds(new CaseFacts(Jurisdiction.England, Subject.Child, D("2011-04-13"), harm: Harm.Died)));
        Assert.Equal("SeriousCaseReview", Kinds(new CaseFacts(Jurisdiction.Wales, Subject.Child, D("2011-04-12"), harm: Harm.Died)));
        Assert.Equal("SeriousCaseReview, DomesticHomicideReview", Kinds(new CaseFacts(Jurisdiction.Wales, Subject.Child, D("2011-04-13"))));
    }

    [Fact]
    public void Deadlines_RapidReviewFromAwareness_AndNoneWithoutTheStartDateOrPastTheCalendars()
    {
        var facts = new CaseFacts(Jurisdiction.England, Subject.Child, D("2022-09-14"), AbuseOrNeglect.Known, Harm.SeriouslyHarmed,
            awareOn: D("2022-09-12"), notifiedOn: D("2022-09-14"));
        var awareness = CriteriaOptions.Default.WithRapidReviewClockStart(RapidReviewClockStart.IncidentAwareness);
        var rapid = CriteriaEvaluator.Evaluate(facts, awareness).Value.Determinations.Single(d => d.Kind == DeterminationKind.RapidReview);
        var deadline = Assert.Single(rapid.Deadlines);
        Assert.Equal("rapid-review", deadline.Clock);
        Assert.Equal("awareOn", deadline.StartsFrom);
        Assert.Equal(D("2022-09-12"), deadline.Start);
        // 15 working days from Monday 12 September 2022, skipping the state funeral on 19 September.
        Assert.Equal(D("2022-10-04"), deadline.Due.Date);

        var byDefault = CriteriaEvaluator.Evaluate(facts).Value.Determinations.Single(d => d.Kind == DeterminationKind.RapidReview);
        Assert.Equal("notifiedOn", Assert.Single(byDefault.Deadlines).StartsFrom);

        // Without the start date there is no deadline; the local review (no clock in the catalogue) never has one.
        var undated = new CaseFacts(Jurisdiction.England, Subject.Child, D("2022-09-14"), AbuseOrNeglect.Known, Harm.SeriouslyHarmed);
        Assert.All(CriteriaEvaluator.Evaluate(undated).Value.Determinations, d => Assert.Empty(d.Deadlines));
        Assert.Empty(CriteriaEvaluator.Evaluate(facts).Value.Determinations.Single(d => d.Kind == DeterminationKind.LocalChildSafeguardingPracticeReview).Deadlines);

        // Working days past the last year the calendars cover cannot be counted: no deadline rather than a wrong one.
        var late = new CaseFacts(Jurisdiction.England, Subject.Child, D("2099-12-30"), AbuseOrNeglect.Known, Harm.Died,
            awareOn: D("2099-12-28"), notifiedOn: D("2099-12-30"));
        var evaluation = CriteriaEvaluator.Evaluate(late).Value;
        Assert.Empty(evaluation.Determinations.Single(d => d.Kind == DeterminationKind.SeriousIncidentNotification).Deadlines);
        Assert.Empty(evaluation.Determinations.Single(d => d.Kind == DeterminationKind.RapidReview).Deadlines);
        var dhr = Assert.Single(evaluation.Determinations.Single(d => d.Kind == DeterminationKind.DomesticHomicideReview).Deadlines);
        Assert.Equal("decision", dhr.Clock);
        Assert.Equal("notifiedOn", dhr.StartsFrom);

        // A not-required determination has no deadline even when the dates are given.
        var notRequired = new CaseFacts(Jurisdiction.England, Subject.Child, D("2022-09-14"), AbuseOrNeglect.NotSuspected, Harm.SeriouslyHarmed,
            awareOn: D("2022-09-12"), notifiedOn: D("2022-09-14"));
        Assert.All(CriteriaEvaluator.Evaluate(notRequired).Value.Determinations, d => Assert.Empty(d.Deadlines));

        // An undetermined duty already has its clock running.
        var unknownHarm = new CaseFacts(Jurisdiction.England, Subject.Child, D("2022-09-14"), AbuseOrNeglect.Known, awareOn: D("2022-09-12"));
        var notification = CriteriaEvaluator.Evaluate(unknownHarm).Value.Determinations.Single(d => d.Kind == DeterminationKind.SeriousIncidentNotification);
        Assert.Equal(ReviewOutcome.Undetermined, notification.Outcome);
        Assert.Equal(D("2022-09-20"), Assert.Single(notification.Deadlines).Due.Date);
    }
}
