using Safeguarding.Domain.Timescales;
using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using Safeguarding.Domain.Criteria;
using static Safeguarding.Domain.DeterminationKind;
using static Safeguarding.Domain.Criteria.ReviewOutcome;

namespace Safeguarding.Domain.Tests.Criteria;

/// <summary>One expected determination: the case, the regime applied, the outcome, the missing facts and the provisions cited.</summary>
public sealed record CriteriaCase(string Name, CaseFacts Facts, CriteriaOptions Options, string Regime, DeterminationKind Kind,
    ReviewOutcome Outcome, string[] Missing, string[] Citations)
{
    public override string ToString() => Name;
}

/// <summary>
/// Golden cases from the published minutes (facts only as the minutes state them) and further cases across
/// every regime, each asserting the regime, the outcome, the missing facts and the provisions cited.
/// </summary>
public sealed class CriteriaCaseTests
{
    private static readonly CriteriaOptions Board = new(EnglandTransition.LocalSafeguardingChildrenBoard, TimescaleCatalogue.Default);

    public static TheoryData<CriteriaCase> Cases()
    {
        var data = new TheoryData<CriteriaCase>();
        foreach (var c in All())
        {
            data.Add(c);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluate_Case_GivesTheExpectedDetermination(CriteriaCase expected)
    {
        var result = CriteriaEvaluator.Evaluate(expected.Facts, expected.Options);
        Assert.True(result.Success, string.Join("; ", result.Errors));
        var evaluation = result.Value;
        Assert.Equal(expected.Regime, evaluation.Regime.Id.Value);
        var determination = Assert.Single(evaluation.Determinations, d => d.Kind == expected.Kind);
        Assert.Equal(expected.Outcome, determination.Outcome);
        Assert.Equal(expected.Missing, determination.MissingFacts.Select(CaseFacts.WireName).ToArray());
        var cited = Citations(determination.Reasons).ToHashSet(StringComparer.Ordinal);
        foreach (var citation in expected.Citations)
        {
            Assert.Contains(citation, cited);
        }

        // The fast path agrees with the full evaluation.
        var fast = CriteriaPropertyTests.Outcomes(expected.Facts, expected.Options)[expected.Kind];
        Assert.Equal(determination.Outcome, fast.Outcome);
        Assert.Equal(determination.MissingFacts.ToArray(), fast.MissingFacts.ToImmutableArray().ToArray());
    }

    [Fact]
    public void Cases_AreAtLeastFortyFourAndCoverEveryRegime()
    {
        var cases = All().ToList();
        Assert.True(cases.Count >= 44, "cases: " + cases.Count);
        foreach (var regime in RuleSet.Regimes.Concat(RuleSet.Companions))
        {
            // A companion regime is covered by a case of one of its kinds in its jurisdiction.
            bool covered = RuleSet.Companions.Contains(regime)
                ? cases.Any(c => regime.KindsFor(c.Facts.Subject).Contains(c.Kind) && c.Facts.Jurisdiction == regime.Jurisdiction)
                : cases.Any(c => c.Regime == regime.Id.Value);
            Assert.True(covered, regime.Id.Value);
        }
    }

    [Theory]
    [InlineData("england", "child", "2006-03-31", "2006-04-01")]
    [InlineData("england", "adult", "2015-03-31", "2015-04-01")]
    [InlineData("wales", "child", "2006-09-30", "2006-10-01")]
    [InlineData("wales", "adult", "2016-04-05", "2016-04-06")]
    [InlineData("northern-ireland", "child", "2012-08-19", "2012-08-20")]
    [InlineData("scotland", "child", "2021-08-31", "2021-09-01")]
    [InlineData("scotland", "adult", "2022-04-30", "2022-05-01")]
    [InlineData("northern-ireland", "adult", "2020-11-30", "2020-12-01")]
    public void Evaluate_BeforeEveryRegime_IsNoRegimeInForce(string jurisdiction, string subject, string before, string first)
    {
        var facts = new CaseFacts(Parse(jurisdiction), subject == "child" ? Subject.Child : Subject.Adult, D(before));
        var result = CriteriaEvaluator.Evaluate(facts);
        Assert.False(result.Success);
        var error = Assert.Single(result.Errors);
        Assert.Equal("$.decisionDate", error.Path);
        Assert.Equal("no-regime-in-force", error.Code);
        Assert.Contains(first, error.Message);
        Assert.True(CriteriaEvaluator.Evaluate(facts.WithDecisionDate(D(first))).Success);
    }

    [Theory]
    [InlineData("northern-ireland", "2020-11-30")]
    [InlineData("scotland", "2022-01-01")]
    public void Evaluate_AdultBeforeAnyAdultRegime_IsNoRegimeInForce(string jurisdiction, string date)
    {
        var result = CriteriaEvaluator.Evaluate(new CaseFacts(Parse(jurisdiction), Subject.Adult, D(date)));
        Assert.Equal("no-regime-in-force", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void DomesticHomicideReview_IsPresentFrom13April2011_OnlyWhenTheDeathIsKnownOrUnknown()
    {
        var died = new CaseFacts(Jurisdiction.England, Subject.Child, D("2011-04-12"), harm: Harm.Died);
        Assert.DoesNotContain(CriteriaEvaluator.Evaluate(died).Value.Determinations, d => d.Kind == DomesticHomicideReview);
        Assert.Contains(CriteriaEvaluator.Evaluate(died.WithDecisionDate(D("2011-04-13"))).Value.Determinations, d => d.Kind == DomesticHomicideReview);
        var harmed = new CaseFacts(Jurisdiction.England, Subject.Child, D("2014-01-01"), harm: Harm.SeriouslyHarmed);
        Assert.DoesNotContain(CriteriaEvaluator.Evaluate(harmed).Value.Determinations, d => d.Kind == DomesticHomicideReview);
        var scotland = new CaseFacts(Jurisdiction.Scotland, Subject.Child, D("2022-01-01"), harm: Harm.Died);
        Assert.DoesNotContain(CriteriaEvaluator.Evaluate(scotland).Value.Determinations, d => d.Kind == DomesticHomicideReview);
        var wales = new CaseFacts(Jurisdiction.Wales, Subject.Adult, D("2017-01-01"), harm: Harm.Died);
        Assert.Equal(new[] { AdultPracticeReview, DomesticHomicideReview }, CriteriaEvaluator.Evaluate(wales).Value.Determinations.Select(d => d.Kind));
    }

    [Fact]
    public void Deadlines_NotificationAndRapidReview_CountWorkingDaysPastTheStateFuneral()
    {
        var facts = new CaseFacts(Jurisdiction.England, Subject.Child, D("2022-10-01"), AbuseOrNeglect.Suspected, Harm.SeriouslyHarmed,
            awareOn: D("2022-09-14"), notifiedOn: D("2022-09-16"));
        var evaluation = CriteriaEvaluator.Evaluate(facts, CriteriaOptions.Default.WithRapidReviewClockStart(RapidReviewClockStart.IncidentAwareness)).Value;
        var notification = Assert.Single(evaluation.Determinations.Single(d => d.Kind == SeriousIncidentNotification).Deadlines);
        Assert.Equal(D("2022-09-22"), notification.Due.Date);
        Assert.Equal("awareOn", notification.StartsFrom);
        var rapid = Assert.Single(evaluation.Determinations.Single(d => d.Kind == RapidReview).Deadlines);
        Assert.Equal(D("2022-10-06"), rapid.Due.Date);
        Assert.Equal("awareOn", rapid.StartsFrom);

        // The default follows the Panel's current guidance: 15 working days from the notification.
        var fromNotification = CriteriaEvaluator.Evaluate(facts).Value;
        var rapid2 = Assert.Single(fromNotification.Determinations.Single(d => d.Kind == RapidReview).Deadlines);
        Assert.Equal(D("2022-10-10"), rapid2.Due.Date);
        Assert.Equal("notifiedOn", rapid2.StartsFrom);
    }

    [Theory]
    [InlineData(Jurisdiction.England, "england-dhr-2011")]
    [InlineData(Jurisdiction.Wales, "wales-dhr-2011")]
    public void Deadlines_DomesticHomicideReviewDecision_IsTheCataloguesMonthFromNotification(Jurisdiction jurisdiction, string regime)
    {
        var facts = new CaseFacts(jurisdiction, Subject.Adult, D("2019-02-01"), AbuseOrNeglect.Known, Harm.Died, ageAtDeath: 40,
            perpetratorRelationship: PerpetratorRelationship.IntimatePartner, notifiedOn: D("2019-01-31"));
        var dhr = CriteriaEvaluator.Evaluate(facts).Value.Determinations.Single(d => d.Kind == DomesticHomicideReview);
        Assert.Equal(ReviewOutcome.Required, dhr.Outcome);
        var decision = Assert.Single(dhr.Deadlines);
        Assert.Equal("decision", decision.Clock);
        Assert.Equal(D("2019-02-28"), decision.Due.Date); // one month, end of month clamps
        Assert.True(TimescaleCatalogue.Default.TryGet(RegimeId.All.Single(r => r.Value == regime), "decision", out var clock));
        Assert.Equal(clock.Citation, decision.Citation);

        var longer = new CriteriaOptions(EnglandTransition.SafeguardingPartners,
            TimescaleCatalogue.Create(TimescaleOptions.Default.WithDomesticHomicideDecisionMonths(2)));
        var later = CriteriaEvaluator.Evaluate(facts, longer).Value.Determinations.Single(d => d.Kind == DomesticHomicideReview);
        Assert.Equal(D("2019-03-31"), Assert.Single(later.Deadlines).Due.Date);
    }

    [Fact]
    public void Deadlines_SeriousCaseReviewDecision_IsOneMonthFromNotification_AndNoneWhenNotRequired()
    {
        var facts = new CaseFacts(Jurisdiction.England, Subject.Child, D("2014-02-01"), AbuseOrNeglect.Known, Harm.Died, notifiedOn: D("2014-01-31"));
        var scr = CriteriaEvaluator.Evaluate(facts).Value.Determinations.Single(d => d.Kind == SeriousCaseReview);
        Assert.Equal(D("2014-02-28"), Assert.Single(scr.Deadlines).Due.Date);
        var none = new CaseFacts(Jurisdiction.England, Subject.Child, D("2014-02-01"), AbuseOrNeglect.NotSuspected, Harm.NotSeriouslyHarmed, notifiedOn: D("2014-01-31"));
        Assert.All(CriteriaEvaluator.Evaluate(none).Value.Determinations, d => Assert.Empty(d.Deadlines));
    }

    [Fact]
    public void Evaluate_SaysWhichRegimeAppliedAndWhy_InTheTransition()
    {
        var facts = new CaseFacts(Jurisdiction.England, Subject.Child, D("2018-09-03"), AbuseOrNeglect.Known, Harm.Died);
        var byDefault = CriteriaEvaluator.Evaluate(facts).Value;
        Assert.Contains("safeguarding-partners (the default)", byDefault.SelectionReason);
        var board = CriteriaEvaluator.Evaluate(facts, Board).Value;
        Assert.Equal("england-lscb-2006", board.Regime.Id.Value);
        Assert.Contains("local-safeguarding-children-board", board.SelectionReason);
    }

    internal static IEnumerable<CriteriaCase> All()
    {
        var d = CriteriaOptions.Default;
        const string Lscb = "england-lscb-2006";
        const string Cspr = "england-cspr-2018";
        const string Sar = "england-care-act-2014";
        const string Reg5 = "SI 2006/90 reg 5(2)";
        const string Custody = "Working Together to Safeguard Children 2013 ch.4, cases where a serious case review should always be carried out";
        const string S16C = "Children Act 2004 s16C(1)";
        const string Reg11 = "SI 2018/789 reg 11";
        const string S9 = "Domestic Violence, Crime and Victims Act 2004 s9(1)";
        var none = Array.Empty<string>();
        string[] M(params string[] names) => names;
        string[] C(params string[] citations) => citations;
        CaseFacts E(string date, AbuseOrNeglect abuse = AbuseOrNeglect.Unknown, Harm harm = Harm.Unknown, TriState concern = TriState.Unknown,
            TriState custody = TriState.Unknown, TriState outside = TriState.Unknown) =>
            new(Jurisdiction.England, Subject.Child, D(date), abuse, harm, concern, custody, harmedOutsideEnglandWhileNormallyResident: outside);
        CaseFacts A(string date, AbuseOrNeglect abuse = AbuseOrNeglect.Unknown, Harm harm = Harm.Unknown, TriState concern = TriState.Unknown,
            TriState needs = TriState.Unknown, int? age = null, PerpetratorRelationship relationship = PerpetratorRelationship.Unknown) =>
            new(Jurisdiction.England, Subject.Adult, D(date), abuse, harm, concern, careAndSupportNeeds: needs, ageAtDeath: age, perpetratorRelationship: relationship);
        CaseFacts W(Subject subject, string date, AbuseOrNeglect abuse = AbuseOrNeglect.Unknown, Harm harm = Harm.Unknown,
            TriState prior = TriState.Unknown, TriState neglectOnly = TriState.Unknown) =>
            new(Jurisdiction.Wales, subject, D(date), abuse, harm, protectionOrLookedAfterInPriorSixMonths: prior, neglectOnly: neglectOnly);
        CaseFacts N(string date, AbuseOrNeglect abuse = AbuseOrNeglect.Unknown, Harm harm = Harm.Unknown, TriState register = TriState.Unknown,
            TriState board = TriState.Unknown, TriState learning = TriState.Unknown) =>
            new(Jurisdiction.NorthernIreland, Subject.Child, D(date), abuse, harm, childOrSiblingOnRegisterOrLookedAfter: register,
                boardConcernAboutEffectiveness: board, outstandingPositiveLearning: learning);
        CaseFacts S(string date, Harm harm = Harm.Unknown, TriState learning = TriState.Unknown, TriState atRisk = TriState.Unknown, TriState carm = TriState.Unknown) =>
            new(Jurisdiction.Scotland, Subject.Child, D(date), harm: harm, outstandingPositiveLearning: learning, atRiskOfHarm: atRisk, careAndRiskManagementHarm: carm);

        // Golden cases: the published minutes (pseudonyms), facts only as stated there.
        var julia = E("2013-05-01", AbuseOrNeglect.Suspected, Harm.SeriouslyHarmed, TriState.Yes);
        yield return new("Julia: reg 5 met by serious harm and concern about joint working", julia, d, Lscb, SeriousCaseReview, Required, none, C(Reg5, "SI 2006/90 reg 5(2)(a)", "SI 2006/90 reg 5(2)(b)(ii)"));
        yield return new("Julia: notifiable incident", julia, d, Lscb, SeriousIncidentNotification, Required, none, C("Working Together to Safeguard Children 2013 ch.4, notification of serious incidents to Ofsted"));
        var james = E("2015-06-01", concern: TriState.Yes);
        yield return new("James: harm and abuse not stated, so the review is undetermined", james, d, Lscb, SeriousCaseReview, Undetermined, M("abuseOrNeglect", "harm", "diedInCustody"), C(Reg5, Custody.Replace("2013 ch.4", "2015 ch.4", StringComparison.Ordinal)));
        yield return new("James: a domestic homicide review turns on the unstated facts", james, d, "england-lscb-2006", DomesticHomicideReview, Undetermined, M("abuseOrNeglect", "harm", "ageAtDeath", "perpetratorRelationship"), C(S9));
        var sam = E("2018-02-28", harm: Harm.Died);
        yield return new("Sam: died; abuse or neglect not stated", sam, d, Lscb, SeriousCaseReview, Undetermined, M("abuseOrNeglect", "diedInCustody"), C("SI 2006/90 reg 5(2)(b)(i)"));
        yield return new("Sam: notification turns on abuse or neglect", sam, d, Lscb, SeriousIncidentNotification, Undetermined, M("abuseOrNeglect"), none);
        yield return new("Sam: domestic homicide review turns on age, relationship and abuse", sam, d, Lscb, DomesticHomicideReview, Undetermined, M("abuseOrNeglect", "ageAtDeath", "perpetratorRelationship"), C(S9));
        yield return new("Child R: suspected abuse, serious harm, tension between agencies", E("2014-03-31", AbuseOrNeglect.Suspected, Harm.SeriouslyHarmed, TriState.Yes), d, Lscb, SeriousCaseReview, Required, none, C("SI 2006/90 reg 5(2)(b)(ii)"));

        // England, Local Safeguarding Children Boards.
        yield return new("LSCB: death with abuse known", E("2014-06-01", AbuseOrNeglect.Known, Harm.Died), d, Lscb, SeriousCaseReview, Required, none, C("SI 2006/90 reg 5(2)(b)(i)"));
        yield return new("LSCB: serious harm without concern about joint working", E("2014-06-01", AbuseOrNeglect.Suspected, Harm.SeriouslyHarmed, TriState.No), d, Lscb, SeriousCaseReview, NotRequired, none, C(Reg5));
        yield return new("LSCB: serious harm, concern not yet known", E("2014-06-01", AbuseOrNeglect.Suspected, Harm.SeriouslyHarmed), d, Lscb, SeriousCaseReview, Undetermined, M("concernAboutJointWorking"), C(Reg5));
        yield return new("LSCB: harm not serious", E("2014-06-01", AbuseOrNeglect.Known, Harm.NotSeriouslyHarmed), d, Lscb, SeriousCaseReview, NotRequired, none, C(Reg5));
        yield return new("LSCB: harm not serious is not notifiable", E("2014-06-01", AbuseOrNeglect.Known, Harm.NotSeriouslyHarmed), d, Lscb, SeriousIncidentNotification, NotRequired, none, none);
        yield return new("LSCB: death in custody without abuse (Working Together)", E("2014-06-01", AbuseOrNeglect.NotSuspected, Harm.Died, custody: TriState.Yes), d, Lscb, SeriousCaseReview, Required, none, C(Custody));
        yield return new("LSCB: death in custody before the 2013 guidance", E("2012-06-01", AbuseOrNeglect.NotSuspected, Harm.Died, custody: TriState.Yes), d, Lscb, SeriousCaseReview, NotRequired, none, C(Reg5));
        yield return new("LSCB: death without abuse, custody unknown", E("2014-06-01", AbuseOrNeglect.NotSuspected, Harm.Died), d, Lscb, SeriousCaseReview, Undetermined, M("diedInCustody"), C(Custody));
        yield return new("LSCB: death without abuse, not in custody", E("2014-06-01", AbuseOrNeglect.NotSuspected, Harm.Died, custody: TriState.No), d, Lscb, SeriousCaseReview, NotRequired, none, none);
        yield return new("Transition: Board setting keeps serious case reviews", E("2018-09-03", AbuseOrNeglect.Known, Harm.Died), Board, Lscb, SeriousCaseReview, Required, none, C(Reg5));
        yield return new("Transition: Board setting still notifies the Panel under s16C", E("2018-09-03", AbuseOrNeglect.Known, Harm.Died), Board, Lscb, SeriousIncidentNotification, Required, none, C(S16C));
        yield return new("Transition: default applies the new duties", E("2018-09-03", AbuseOrNeglect.Known, Harm.Died), d, Cspr, LocalChildSafeguardingPracticeReview, Discretionary, none, C(Reg11));
        yield return new("Transition: 29 September 2019 is the Board's last day", E("2019-09-29", AbuseOrNeglect.Known, Harm.Died), Board, Lscb, SeriousCaseReview, Required, none, none);
        yield return new("Transition: 30 September 2019 is the new duties under either setting", E("2019-09-30", AbuseOrNeglect.Known, Harm.Died), Board, Cspr, RapidReview, Required, none, C(S16C));

        // England, child safeguarding practice reviews.
        var harmed = E("2020-05-01", AbuseOrNeglect.Suspected, Harm.SeriouslyHarmed);
        yield return new("CSPR: serious harm with suspected abuse is notified", harmed, d, Cspr, SeriousIncidentNotification, Required, none, C(S16C));
        yield return new("CSPR: a rapid review follows every notification", harmed, d, Cspr, RapidReview, Required, none, C("Working Together to Safeguard Children 2018 ch.4, rapid reviews", S16C));
        yield return new("CSPR: a local review is for the partners to decide", harmed, d, Cspr, LocalChildSafeguardingPracticeReview, Discretionary, none, C(Reg11));
        yield return new("CSPR: no abuse or neglect, no notification", E("2020-05-01", AbuseOrNeglect.NotSuspected, Harm.Died), d, Cspr, SeriousIncidentNotification, NotRequired, none, none);
        yield return new("CSPR: no abuse or neglect, no domestic homicide review", E("2020-05-01", AbuseOrNeglect.NotSuspected, Harm.Died), d, Cspr, DomesticHomicideReview, NotRequired, none, C(S9));
        yield return new("CSPR: abuse unknown", E("2020-05-01", harm: Harm.SeriouslyHarmed), d, Cspr, RapidReview, Undetermined, M("abuseOrNeglect"), none);
        yield return new("CSPR: harm unknown", E("2020-05-01", AbuseOrNeglect.Known), d, Cspr, SeriousIncidentNotification, Undetermined, M("harm"), none);
        yield return new("CSPR: harm unknown leaves a domestic homicide review open", E("2020-05-01", AbuseOrNeglect.Known), d, Cspr, DomesticHomicideReview, Undetermined, M("harm", "ageAtDeath", "perpetratorRelationship"), none);
        yield return new("CSPR: harmed outside England while resident", E("2020-05-01", AbuseOrNeglect.Known, Harm.SeriouslyHarmed, outside: TriState.Yes), d, Cspr, SeriousIncidentNotification, Required, none, C("Children Act 2004 s16C(1)(a)-(b)"));
        yield return new("CSPR: concern about joint working does not change the notification", E("2020-05-01", AbuseOrNeglect.Known, Harm.SeriouslyHarmed, TriState.No), d, Cspr, SeriousIncidentNotification, Required, none, none);

        // England, safeguarding adults reviews.
        yield return new("SAR: death from suspected neglect with concern", A("2020-01-01", AbuseOrNeglect.Suspected, Harm.Died, TriState.Yes, TriState.Yes), d, Sar, SafeguardingAdultsReview, Required, none, C("Care Act 2014 s44(1)", "Care Act 2014 s44(2)"));
        yield return new("SAR: serious abuse of a living adult with concern", A("2020-01-01", AbuseOrNeglect.Known, Harm.SeriouslyHarmed, TriState.Yes, TriState.Yes), d, Sar, SafeguardingAdultsReview, Required, none, C("Care Act 2014 s44(3)"));
        yield return new("SAR: no concern about joint working is discretionary", A("2020-01-01", AbuseOrNeglect.Known, Harm.Died, TriState.No, TriState.Yes), d, Sar, SafeguardingAdultsReview, Discretionary, none, C("Care Act 2014 s44(4)"));
        yield return new("SAR: harm not serious is discretionary", A("2020-01-01", AbuseOrNeglect.Known, Harm.NotSeriouslyHarmed, TriState.Yes, TriState.Yes), d, Sar, SafeguardingAdultsReview, Discretionary, none, C("Care Act 2014 s44(4)"));
        yield return new("SAR: no care and support needs", A("2020-01-01", AbuseOrNeglect.Known, Harm.Died, TriState.Yes, TriState.No), d, Sar, SafeguardingAdultsReview, NotRequired, none, C("Care Act 2014 s44(1)"));
        yield return new("SAR: needs unknown", A("2020-01-01", AbuseOrNeglect.Known, Harm.Died, TriState.Yes), d, Sar, SafeguardingAdultsReview, Undetermined, M("careAndSupportNeeds"), none);
        yield return new("SAR: concern unknown decides required or discretionary", A("2020-01-01", AbuseOrNeglect.Known, Harm.Died, needs: TriState.Yes), d, Sar, SafeguardingAdultsReview, Undetermined, M("concernAboutJointWorking"), none);
        yield return new("SAR: harm unknown", A("2020-01-01", AbuseOrNeglect.Known, concern: TriState.Yes, needs: TriState.Yes), d, Sar, SafeguardingAdultsReview, Undetermined, M("harm"), none);
        yield return new("DHR: adult, harm unknown, age need not be asked", A("2020-01-01", AbuseOrNeglect.Known, concern: TriState.Yes, needs: TriState.Yes), d, Sar, DomesticHomicideReview, Undetermined, M("harm", "perpetratorRelationship"), C(S9));

        // Domestic homicide reviews.
        yield return new("DHR: killed by an intimate partner", A("2015-06-01", AbuseOrNeglect.Known, Harm.Died, age: 40, relationship: PerpetratorRelationship.IntimatePartner), d, Sar, DomesticHomicideReview, Required, none, C(S9));
        yield return new("DHR: the same death leaves the adults review open", A("2015-06-01", AbuseOrNeglect.Known, Harm.Died, age: 40, relationship: PerpetratorRelationship.IntimatePartner), d, Sar, SafeguardingAdultsReview, Undetermined, M("concernAboutJointWorking", "careAndSupportNeeds"), none);
        yield return new("DHR: under 16", new CaseFacts(Jurisdiction.England, Subject.Child, D("2016-01-01"), AbuseOrNeglect.Known, Harm.Died, ageAtDeath: 15, perpetratorRelationship: PerpetratorRelationship.Relative), d, Lscb, DomesticHomicideReview, NotRequired, none, C(S9));
        yield return new("DHR: aged 16, killed by a household member", new CaseFacts(Jurisdiction.England, Subject.Child, D("2020-01-01"), AbuseOrNeglect.Suspected, Harm.Died, ageAtDeath: 16, perpetratorRelationship: PerpetratorRelationship.HouseholdMember), d, Cspr, DomesticHomicideReview, Required, none, C(S9));
        yield return new("DHR: killed by a stranger", A("2020-01-01", AbuseOrNeglect.Known, Harm.Died, age: 30, relationship: PerpetratorRelationship.Other), d, Sar, DomesticHomicideReview, NotRequired, none, none);
        yield return new("DHR: Wales, former partner", new CaseFacts(Jurisdiction.Wales, Subject.Adult, D("2019-01-01"), AbuseOrNeglect.Known, Harm.Died, ageAtDeath: 52, perpetratorRelationship: PerpetratorRelationship.FormerIntimatePartner), d, "wales-2016", DomesticHomicideReview, Required, none, C(S9));

        // Wales, 2006 serious case reviews.
        yield return new("Wales 2006: serious harm with known abuse", W(Subject.Child, "2010-01-01", AbuseOrNeglect.Known, Harm.SeriouslyHarmed), d, "wales-lscb-2006", SeriousCaseReview, Required, none, C("SI 2006/1705 reg 4"));
        yield return new("Wales 2006: other harm is optional", W(Subject.Child, "2010-01-01", AbuseOrNeglect.Known, Harm.NotSeriouslyHarmed), d, "wales-lscb-2006", SeriousCaseReview, Discretionary, none, C("SI 2006/1705 reg 4"));
        yield return new("Wales 2006: no abuse or neglect", W(Subject.Child, "2010-01-01", AbuseOrNeglect.NotSuspected, Harm.Died), d, "wales-lscb-2006", SeriousCaseReview, NotRequired, none, none);
        yield return new("Wales 2006: nothing known", W(Subject.Child, "2010-01-01"), d, "wales-lscb-2006", SeriousCaseReview, Undetermined, M("abuseOrNeglect", "harm"), none);

        // Wales, 2013 child practice reviews.
        yield return new("Wales 2013: concise, not on the register", W(Subject.Child, "2014-01-01", AbuseOrNeglect.Suspected, Harm.SeriouslyHarmed, TriState.No), d, "wales-cpr-2013", ChildPracticeReviewConcise, Required, none, C("SI 2012/1712 reg 3 (new reg 4A), concise review"));
        yield return new("Wales 2013: not extended when not on the register", W(Subject.Child, "2014-01-01", AbuseOrNeglect.Suspected, Harm.SeriouslyHarmed, TriState.No), d, "wales-cpr-2013", ChildPracticeReviewExtended, NotRequired, none, none);
        yield return new("Wales 2013: extended, looked after in the six months", W(Subject.Child, "2014-01-01", AbuseOrNeglect.Known, Harm.Died, TriState.Yes, TriState.No), d, "wales-cpr-2013", ChildPracticeReviewExtended, Required, none, C("SI 2012/1712 reg 3 (new reg 4A), extended review"));
        yield return new("Wales 2013: extended says abuse, so neglect alone is asked", W(Subject.Child, "2014-01-01", AbuseOrNeglect.Known, Harm.Died, TriState.Yes), d, "wales-cpr-2013", ChildPracticeReviewExtended, Undetermined, M("neglectOnly"), none);
        yield return new("Wales 2013: register status unknown", W(Subject.Child, "2014-01-01", AbuseOrNeglect.Known, Harm.Died, neglectOnly: TriState.No), d, "wales-cpr-2013", ChildPracticeReviewConcise, Undetermined, M("protectionOrLookedAfterInPriorSixMonths"), none);

        // Wales, 2016 practice reviews.
        yield return new("Wales 2016: concise child practice review", W(Subject.Child, "2018-01-01", AbuseOrNeglect.Suspected, Harm.SeriouslyHarmed, TriState.No), d, "wales-2016", ChildPracticeReviewConcise, Required, none, C("SI 2015/1466 reg 4(3)"));
        yield return new("Wales 2016: neglect alone on the register meets neither", W(Subject.Child, "2018-01-01", AbuseOrNeglect.Known, Harm.Died, TriState.Yes, TriState.Yes), d, "wales-2016", ChildPracticeReviewExtended, NotRequired, none, C("SI 2015/1466 reg 4(4)"));
        yield return new("Wales 2016: extended adult practice review", W(Subject.Adult, "2018-01-01", AbuseOrNeglect.Known, Harm.SeriouslyHarmed, TriState.Yes, TriState.No), d, "wales-2016", AdultPracticeReview, Required, none, C("SI 2015/1466 reg 4(4)"));
        yield return new("Wales 2016: concise adult practice review", W(Subject.Adult, "2018-01-01", AbuseOrNeglect.Suspected, Harm.Died, TriState.No), d, "wales-2016", AdultPracticeReview, Required, none, C("SI 2015/1466 reg 4(3)"));
        yield return new("Wales 2016: adult, no abuse or neglect", W(Subject.Adult, "2018-01-01", AbuseOrNeglect.NotSuspected, Harm.SeriouslyHarmed), d, "wales-2016", AdultPracticeReview, NotRequired, none, none);

        // Northern Ireland.
        yield return new("NI: sibling on the register and Board concern", N("2015-01-01", AbuseOrNeglect.NotSuspected, Harm.SeriouslyHarmed, TriState.Yes, TriState.Yes), d, "northern-ireland-cmr-2012", CaseManagementReview, Required, none, C("SR 2012/324 reg 17(2)(b)(ii)-(iii)", "SR 2012/324 reg 17(2)(c)"));
        yield return new("NI: no Board concern and no positive learning", N("2015-01-01", AbuseOrNeglect.Known, Harm.Died, board: TriState.No, learning: TriState.No), d, "northern-ireland-cmr-2012", CaseManagementReview, NotRequired, none, C("SR 2012/324 reg 17(1)"));
        yield return new("NI: outstanding positive learning alone", N("2015-01-01", learning: TriState.Yes), d, "northern-ireland-cmr-2012", CaseManagementReview, Required, none, C("SR 2012/324 reg 17(3)"));
        yield return new("NI: Board concern and learning unknown", N("2015-01-01", AbuseOrNeglect.Known, Harm.Died), d, "northern-ireland-cmr-2012", CaseManagementReview, Undetermined, M("boardConcernAboutEffectiveness", "outstandingPositiveLearning"), none);
        yield return new("NI: harm not significant", N("2015-01-01", AbuseOrNeglect.Known, Harm.NotSeriouslyHarmed, TriState.Yes, TriState.Yes, TriState.No), d, "northern-ireland-cmr-2012", CaseManagementReview, NotRequired, none, C("SR 2012/324 reg 17(2)(a)"));

        // Northern Ireland domestic homicide reviews (s9, from December 2020): the only adult regime, beside the CMR for children.
        const string NiDhr = "northern-ireland-dhr-2020";
        CaseFacts Ni(Subject subject, string date, AbuseOrNeglect abuse = AbuseOrNeglect.Unknown, Harm harm = Harm.Unknown, int? age = null,
            PerpetratorRelationship relationship = PerpetratorRelationship.Unknown) =>
            new(Jurisdiction.NorthernIreland, subject, D(date), abuse, harm, ageAtDeath: age, perpetratorRelationship: relationship);
        yield return new("NI DHR: an adult killed by a former partner", Ni(Subject.Adult, "2021-03-01", AbuseOrNeglect.Known, Harm.Died, 34, PerpetratorRelationship.FormerIntimatePartner), d, NiDhr, DomesticHomicideReview, Required, none, C(S9));
        yield return new("NI DHR: an adult killed by a stranger", Ni(Subject.Adult, "2021-03-01", AbuseOrNeglect.Known, Harm.Died, 52, PerpetratorRelationship.Other), d, NiDhr, DomesticHomicideReview, NotRequired, none, none);
        yield return new("NI DHR: an adult seriously harmed, not a death", Ni(Subject.Adult, "2021-03-01", AbuseOrNeglect.Known, Harm.SeriouslyHarmed), d, NiDhr, DomesticHomicideReview, NotRequired, none, none);
        yield return new("NI DHR: relationship not yet known", Ni(Subject.Adult, "2020-12-01", AbuseOrNeglect.Suspected, Harm.Died, 70), d, NiDhr, DomesticHomicideReview, Undetermined, M("perpetratorRelationship"), none);
        yield return new("NI DHR: a 17-year-old killed by a household member, beside the CMR", Ni(Subject.Child, "2022-05-01", AbuseOrNeglect.Known, Harm.Died, 17, PerpetratorRelationship.HouseholdMember), d, "northern-ireland-cmr-2012", DomesticHomicideReview, Required, none, C(S9));
        yield return new("NI DHR: a 15-year-old is under the s9 age", Ni(Subject.Child, "2022-05-01", AbuseOrNeglect.Known, Harm.Died, 15, PerpetratorRelationship.Relative), d, "northern-ireland-cmr-2012", DomesticHomicideReview, NotRequired, none, none);

        // Scotland.
        yield return new("Scotland: a death may be reviewed", S("2022-01-01", Harm.Died), d, "scotland-learning-review-2021", LearningReview, Discretionary, none, C("National guidance for child protection committees undertaking learning reviews (2021, updated 2024) criteria"));
        yield return new("Scotland: harm not significant, no learning, not at risk", S("2022-01-01", Harm.NotSeriouslyHarmed, TriState.No, TriState.No), d, "scotland-learning-review-2021", LearningReview, NotRequired, none, none);
        yield return new("Scotland: harm not significant, learning and risk unknown", S("2022-01-01", Harm.NotSeriouslyHarmed), d, "scotland-learning-review-2021", LearningReview, Undetermined, M("outstandingPositiveLearning", "atRiskOfHarm"), none);

        // Scotland, children (2021 guidance, 2024 update): the at-risk limb from the start, the CARM limb from 2024-01-01 (assumed day).
        const string ScotLr = "scotland-learning-review-2021";
        const string Scope = "National guidance for child protection committees undertaking learning reviews (2021, updated 2024) scope: death, significant harm, risk of death or significant harm, effective practice";
        const string Carm = "National guidance for child protection committees undertaking learning reviews (2024 update) Care and Risk Management: harm caused to another person or to themselves (start day assumed)";
        yield return new("Scotland: at risk of significant harm but not harmed (2021 guidance)", S("2021-09-01", Harm.NotSeriouslyHarmed, TriState.No, TriState.Yes), d, ScotLr, LearningReview, Discretionary, none, C(Scope));
        yield return new("Scotland: neither harmed nor at risk, no effective practice, before the CARM limb", S("2023-12-31", Harm.NotSeriouslyHarmed, TriState.No, TriState.No), d, ScotLr, LearningReview, NotRequired, none, none);
        yield return new("Scotland: CARM harm on the day before the 2024 update is not yet a limb", S("2023-12-31", Harm.NotSeriouslyHarmed, TriState.No, TriState.No, TriState.Yes), d, ScotLr, LearningReview, NotRequired, none, none);
        yield return new("Scotland: a child under CARM who harmed another, from the 2024 update", S("2024-01-01", Harm.NotSeriouslyHarmed, TriState.No, TriState.No, TriState.Yes), d, ScotLr, LearningReview, Discretionary, none, C(Carm));
        yield return new("Scotland: after the update, the CARM fact is asked too", S("2025-06-02", Harm.NotSeriouslyHarmed, TriState.No, TriState.No), d, ScotLr, LearningReview, Undetermined, M("careAndRiskManagementHarm"), none);
        yield return new("Scotland: a death is enough whatever is unknown", S("2025-06-02", Harm.Died), d, ScotLr, LearningReview, Discretionary, none, none);

        // Scotland, adults (adult protection committee learning reviews, from May 2022; 1 May assumed).
        const string ScotAdult = "scotland-adult-learning-review-2022";
        const string Limb1 = "Adult Support and Protection: learning review guidance (Scottish Government, 2022) Annex 2, criteria (limb 1)";
        const string Limb2 = "Adult Support and Protection: learning review guidance (Scottish Government, 2022) Annex 2, criteria (limb 2)";
        CaseFacts Sa(string date, AbuseOrNeglect abuse = AbuseOrNeglect.Unknown, Harm harm = Harm.Unknown, TriState processes = TriState.Unknown, TriState concern = TriState.Unknown) =>
            new(Jurisdiction.Scotland, Subject.Adult, D(date), abuse, harm, concern, subjectToAdultProtectionProcesses: processes);
        yield return new("Scotland adult: died under ASP processes, abuse suspected, concern about joint working", Sa("2022-05-01", AbuseOrNeglect.Suspected, Harm.Died, TriState.Yes, TriState.Yes), d, ScotAdult, LearningReview, Required, none, C(Limb1));
        yield return new("Scotland adult: alive after serious neglect under ASP processes", Sa("2024-03-01", AbuseOrNeglect.Known, Harm.SeriouslyHarmed, TriState.Yes, TriState.Yes), d, ScotAdult, LearningReview, Required, none, C(Limb1));
        yield return new("Scotland adult: not under ASP processes, concern raised elsewhere (limb 2)", Sa("2024-03-01", AbuseOrNeglect.Known, Harm.Died, TriState.No, TriState.Yes), d, ScotAdult, LearningReview, Discretionary, none, C(Limb2));
        yield return new("Scotland adult: no concern about joint working", Sa("2024-03-01", AbuseOrNeglect.Known, Harm.Died, TriState.Yes, TriState.No), d, ScotAdult, LearningReview, NotRequired, none, none);
        yield return new("Scotland adult: harm not serious", Sa("2024-03-01", AbuseOrNeglect.Known, Harm.NotSeriouslyHarmed, TriState.Yes, TriState.Yes), d, ScotAdult, LearningReview, NotRequired, none, none);
        yield return new("Scotland adult: processes unknown decide required or discretionary", Sa("2024-03-01", AbuseOrNeglect.Known, Harm.Died, concern: TriState.Yes), d, ScotAdult, LearningReview, Undetermined, M("subjectToAdultProtectionProcesses"), none);
        yield return new("Scotland adult: no abuse or neglect", Sa("2024-03-01", AbuseOrNeglect.NotSuspected, Harm.Died), d, ScotAdult, LearningReview, NotRequired, none, none);

        // Wales from 1 October 2024: the Single Unified Safeguarding Review, required when any constituent review is.
        const string Susr = "wales-susr-2024";
        const string SusrCite = "Single Unified Safeguarding Review statutory guidance (Welsh Government, in effect from 1 October 2024) criteria: those of any one of the constituent reviews";
        const string Hiw = "Healthcare Inspectorate Wales homicide reviews: an adult known to mental health services in the previous 12 months commits the homicide of another adult";
        CaseFacts Wa(string date, AbuseOrNeglect abuse = AbuseOrNeglect.Unknown, Harm harm = Harm.Unknown, TriState prior = TriState.Unknown,
            int? age = null, PerpetratorRelationship relationship = PerpetratorRelationship.Unknown, TriState homicide = TriState.Unknown, TriState mentalHealth = TriState.Unknown) =>
            new(Jurisdiction.Wales, Subject.Adult, D(date), abuse, harm, protectionOrLookedAfterInPriorSixMonths: prior, ageAtDeath: age,
                perpetratorRelationship: relationship, homicide: homicide, perpetratorKnownToMentalHealthServices: mentalHealth);
        yield return new("Wales 2024: a concise child practice review's criteria make a SUSR", W(Subject.Child, "2024-10-01", AbuseOrNeglect.Suspected, Harm.SeriouslyHarmed, TriState.No), d, Susr, SingleUnifiedSafeguardingReview, Required, none, C(SusrCite, "SI 2015/1466 reg 4(3)"));
        yield return new("Wales 2024: the concise determination keeps the 2016 rule", W(Subject.Child, "2024-10-01", AbuseOrNeglect.Suspected, Harm.SeriouslyHarmed, TriState.No), d, Susr, ChildPracticeReviewConcise, Required, none, C("SI 2015/1466 reg 4(3)"));
        yield return new("Wales 2024: the day before, the 2016 regime decides", W(Subject.Child, "2024-09-30", AbuseOrNeglect.Suspected, Harm.SeriouslyHarmed, TriState.No), d, "wales-2016", ChildPracticeReviewConcise, Required, none, C("SI 2015/1466 reg 4(3)"));
        yield return new("Wales 2024: a child with no abuse or neglect: no SUSR", W(Subject.Child, "2025-02-03", AbuseOrNeglect.NotSuspected, Harm.SeriouslyHarmed), d, Susr, SingleUnifiedSafeguardingReview, NotRequired, none, none);
        yield return new("Wales 2024: a child's protection history unknown still makes a SUSR", W(Subject.Child, "2025-02-03", AbuseOrNeglect.Known, Harm.Died, neglectOnly: TriState.No), d, Susr, SingleUnifiedSafeguardingReview, Required, none, C(SusrCite));
        yield return new("Wales 2024: adult killed by a man known to mental health services", Wa("2025-03-03", AbuseOrNeglect.NotSuspected, Harm.Died, homicide: TriState.Yes, mentalHealth: TriState.Yes), d, Susr, MentalHealthHomicideReview, Required, none, C(Hiw));
        yield return new("Wales 2024: the mental health homicide review makes a SUSR", Wa("2025-03-03", AbuseOrNeglect.NotSuspected, Harm.Died, homicide: TriState.Yes, mentalHealth: TriState.Yes), d, Susr, SingleUnifiedSafeguardingReview, Required, none, C(SusrCite, Hiw));
        yield return new("Wales 2024: perpetrator not known to mental health services", Wa("2025-03-03", AbuseOrNeglect.NotSuspected, Harm.Died, homicide: TriState.Yes, mentalHealth: TriState.No), d, Susr, MentalHealthHomicideReview, NotRequired, none, none);
        yield return new("Wales 2024: a domestic homicide makes a SUSR", Wa("2025-03-03", AbuseOrNeglect.Known, Harm.Died, TriState.No, 41, PerpetratorRelationship.IntimatePartner, TriState.Yes, TriState.No), d, Susr, SingleUnifiedSafeguardingReview, Required, none, C(SusrCite, S9));
        yield return new("Wales 2024: the DHR stays its own determination", Wa("2025-03-03", AbuseOrNeglect.Known, Harm.Died, TriState.No, 41, PerpetratorRelationship.IntimatePartner, TriState.Yes, TriState.No), d, Susr, DomesticHomicideReview, Required, none, C(S9));
        yield return new("Wales 2024: every constituent not required", Wa("2025-03-03", AbuseOrNeglect.NotSuspected, Harm.Died, age: 70, relationship: PerpetratorRelationship.Other, homicide: TriState.No), d, Susr, SingleUnifiedSafeguardingReview, NotRequired, none, none);
        yield return new("Wales 2024: an adult death with abuse unknown", Wa("2025-03-03", harm: Harm.Died, prior: TriState.No, relationship: PerpetratorRelationship.Other, homicide: TriState.No), d, Susr, SingleUnifiedSafeguardingReview, Undetermined, M("abuseOrNeglect"), none);
        yield return new("Wales 2024: a death of unknown cause: the homicide facts are missing, the offensive weapons review's among them", Wa("2025-03-03", AbuseOrNeglect.NotSuspected, Harm.Died), d, Susr, SingleUnifiedSafeguardingReview, Undetermined, M("homicide", "offensiveWeapon", "offensiveWeaponsPilot", "perpetratorKnownToMentalHealthServices"), none);

        // The offensive weapons homicide review is a constituent too (invented cases): required when its s24 conditions
        // hold and no s26 exclusion applies, and then a SUSR (a stranger's attack, no abuse or neglect, so no adult
        // practice review); excluded by a domestic homicide review or an adult practice review, each a SUSR itself.
        const string S24 = "Police, Crime, Sentencing and Courts Act 2022 s24";
        CaseFacts Knife(string date, PerpetratorRelationship relationship, TriState pilot) =>
            new(Jurisdiction.Wales, Subject.Adult, D(date), relationship == PerpetratorRelationship.Other ? AbuseOrNeglect.NotSuspected : AbuseOrNeglect.Known, Harm.Died,
                protectionOrLookedAfterInPriorSixMonths: TriState.No, ageAtDeath: 19, perpetratorRelationship: relationship, homicide: TriState.Yes, offensiveWeapon: TriState.Yes,
                offensiveWeaponsPilot: pilot, perpetratorKnownToMentalHealthServices: TriState.No, neglectOnly: TriState.No);
        yield return new("Wales 2025: a stranger's knife homicide in a pilot area makes a SUSR through the offensive weapons review", Knife("2025-05-06", PerpetratorRelationship.Other, TriState.Yes),
            d, Susr, SingleUnifiedSafeguardingReview, Required, none, C(SusrCite, S24));
        yield return new("Wales 2025: the offensive weapons review stays its own determination", Knife("2025-05-06", PerpetratorRelationship.Other, TriState.Yes),
            d, Susr, OffensiveWeaponsHomicideReview, Required, none, C(S24));
        yield return new("Wales 2025: outside the pilot, the stranger's knife homicide makes no SUSR", Knife("2025-05-06", PerpetratorRelationship.Other, TriState.No),
            d, Susr, SingleUnifiedSafeguardingReview, NotRequired, none, none);
        yield return new("Wales 2025: the pilot unknown leaves the SUSR undetermined on the pilot alone", Knife("2025-05-06", PerpetratorRelationship.Other, TriState.Unknown),
            d, Susr, SingleUnifiedSafeguardingReview, Undetermined, M("offensiveWeaponsPilot"), none);
        yield return new("Wales 2025: a partner's knife homicide is a domestic homicide review (s26 excludes the other), still a SUSR", Knife("2025-05-06", PerpetratorRelationship.IntimatePartner, TriState.Yes),
            d, Susr, SingleUnifiedSafeguardingReview, Required, none, C(SusrCite, S9));

        // Once a domestic abuse related death review commences (the caller's day), it replaces the s9 constituent.
        var dardr = CriteriaOptions.Default.WithCommencement(new Commencement("vpa-2024-s19", D("2026-04-01")));
        const string S8A = "Domestic Violence, Crime and Victims Act 2004 s8A (inserted by the Victims and Prisoners Act 2024 s19; not commenced)";
        // (Neglect alone, with protection in the six months before: neither adult practice review's criteria are met.)
        var partnerDeath = new CaseFacts(Jurisdiction.Wales, Subject.Adult, D("2026-06-01"), AbuseOrNeglect.Known, Harm.Died, protectionOrLookedAfterInPriorSixMonths: TriState.Yes,
            ageAtDeath: 44, perpetratorRelationship: PerpetratorRelationship.FormerIntimatePartner, homicide: TriState.Yes, offensiveWeapon: TriState.No,
            perpetratorKnownToMentalHealthServices: TriState.No, neglectOnly: TriState.Yes, perpetratorAgedSixteenOrOver: TriState.Yes);
        yield return new("Wales 2026, DARDR commenced: the domestic abuse related death review makes a SUSR", partnerDeath,
            dardr, Susr, SingleUnifiedSafeguardingReview, Required, none, C(SusrCite, S8A));
        yield return new("Wales 2026, DARDR commenced: the perpetrator's age unknown leaves the SUSR undetermined on it", CaseFactsValues.Set(partnerDeath, FactName.PerpetratorAgedSixteenOrOver, "unknown"),
            dardr, Susr, SingleUnifiedSafeguardingReview, Undetermined, M("perpetratorAgedSixteenOrOver"), none);
        yield return new("Wales 2026, DARDR not commenced: the s9 constituent decides the same death", partnerDeath,
            d, Susr, SingleUnifiedSafeguardingReview, Required, none, C(SusrCite, S9));


        // England from 2018 and 2023: notifications of the deaths of looked-after children and care leavers.
        yield return new("England: a looked-after child's death is notified whatever the cause", new CaseFacts(Jurisdiction.England, Subject.Child, D("2024-03-04"), AbuseOrNeglect.NotSuspected, Harm.Died, lookedAfter: TriState.Yes),
            d, Cspr, DeterminationKind.LookedAfterChildDeathNotification, Required, none,
            C("Working Together to Safeguard Children 2023 ch.5, notifying the Secretary of State and Ofsted of the death of a looked-after child"));
        yield return new("England: a care leaver's death at 23", new CaseFacts(Jurisdiction.England, Subject.Adult, D("2024-03-04"), harm: Harm.Died, ageAtDeath: 23, careLeaver: TriState.Yes),
            d, Sar, DeterminationKind.CareLeaverDeathNotification, Required, none,
            C("Working Together to Safeguard Children 2023 ch.5, notifying the Secretary of State and Ofsted of the death of a care leaver up to and including age 24"));

        // England and Wales from 1 April 2023: offensive weapons homicide reviews in the pilot (invented cases).
        yield return new("England: a stranger's knife homicide in a pilot area", new CaseFacts(Jurisdiction.England, Subject.Adult, D("2023-07-03"), AbuseOrNeglect.NotSuspected, Harm.Died,
            careAndSupportNeeds: TriState.No, ageAtDeath: 19, perpetratorRelationship: PerpetratorRelationship.Other, homicide: TriState.Yes, offensiveWeapon: TriState.Yes, offensiveWeaponsPilot: TriState.Yes),
            d, Sar, DeterminationKind.OffensiveWeaponsHomicideReview, Required, none, C("Police, Crime, Sentencing and Courts Act 2022 s24", "SI 2023/227 the pilot partners and the 9 months beginning 1 April 2023"));
        yield return new("Wales: a knife homicide outside the pilot", new CaseFacts(Jurisdiction.Wales, Subject.Adult, D("2023-07-03"), AbuseOrNeglect.NotSuspected, Harm.Died,
            ageAtDeath: 40, perpetratorRelationship: PerpetratorRelationship.Other, homicide: TriState.Yes, offensiveWeapon: TriState.Yes, offensiveWeaponsPilot: TriState.No),
            d, "wales-2016", DeterminationKind.OffensiveWeaponsHomicideReview, NotRequired, none, none);
    }

    internal static LocalDate D(string text) => LocalDatePattern.Iso.Parse(text).Value;

    private static Jurisdiction Parse(string id) => id switch
    {
        "england" => Jurisdiction.England,
        "wales" => Jurisdiction.Wales,
        "scotland" => Jurisdiction.Scotland,
        _ => Jurisdiction.NorthernIreland,
    };

    private static IEnumerable<string> Citations(IEnumerable<Reason> reasons)
    {
        foreach (var reason in reasons)
        {
            yield return reason.Citation.ToString();
            foreach (var nested in Citations(reason.Reasons))
            {
                yield return nested;
            }
        }
    }
}
