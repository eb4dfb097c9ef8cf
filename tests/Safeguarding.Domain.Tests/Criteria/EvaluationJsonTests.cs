using System.Linq;
using NodaTime;
using Safeguarding.Domain.Criteria;
using Safeguarding.Domain.Tests.Support;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Domain.Tests.Criteria;

/// <summary>
/// The exact <c>evaluate</c> output for representative cases (whole text against reviewed snapshots), the
/// exact reasons trees, and the exact explanation of which regime applies.
/// </summary>
public sealed class EvaluationJsonTests
{
    private static readonly CriteriaOptions Board = new(EnglandTransition.LocalSafeguardingChildrenBoard, TimescaleCatalogue.Default);

    private static string Json(CaseFacts facts, CriteriaOptions? options = null) =>
        EvaluationJson.ToJson(CriteriaEvaluator.Evaluate(facts, options).Value);

    [Fact]
    public void ToJson_DeathInCustodyOnTheLastDayOfNotificationsToOfsted_MatchesTheSnapshot() =>
        // Serious case review and notification to Ofsted required, the Panel limb not yet in force (inForce false),
        // a domestic homicide review undetermined, and deadlines from both clock dates.
        Snapshot.Matches("evaluation-england-2018-06-28", Json(new CaseFacts(Jurisdiction.England, Subject.Child, new LocalDate(2018, 6, 28),
            AbuseOrNeglect.Suspected, Harm.Died, TriState.No, TriState.Yes, awareOn: new LocalDate(2018, 6, 25), notifiedOn: new LocalDate(2018, 6, 27))));

    [Fact]
    public void ToJson_BoardChosenInTheTransition_MatchesTheSnapshot() =>
        Snapshot.Matches("evaluation-england-board-2019", Json(new CaseFacts(Jurisdiction.England, Subject.Child, new LocalDate(2019, 9, 29),
            AbuseOrNeglect.Known, Harm.SeriouslyHarmed, TriState.Unknown, notifiedOn: new LocalDate(2019, 9, 20)), Board));

    [Fact]
    public void ToJson_WelshAdultUnderTheSusr_MatchesTheSnapshot() =>
        Snapshot.Matches("evaluation-wales-susr-adult", Json(new CaseFacts(Jurisdiction.Wales, Subject.Adult, new LocalDate(2025, 3, 3),
            AbuseOrNeglect.Suspected, Harm.Died, ageAtDeath: 47, perpetratorRelationship: PerpetratorRelationship.Unknown,
            protectionOrLookedAfterInPriorSixMonths: TriState.No, homicide: TriState.Yes, perpetratorKnownToMentalHealthServices: TriState.Unknown)));

    [Fact]
    public void ToJson_WelshAdultWithUnknownFacts_MatchesTheSnapshot() =>
        Snapshot.Matches("evaluation-wales-adult-unknown", Json(new CaseFacts(Jurisdiction.Wales, Subject.Adult, new LocalDate(2017, 1, 1),
            harm: Harm.Died, ageAtDeath: 70)));

    [Fact]
    public void ToJson_NorthernIrelandPositiveLearning_MatchesTheSnapshot() =>
        Snapshot.Matches("evaluation-northern-ireland", Json(new CaseFacts(Jurisdiction.NorthernIreland, Subject.Child, new LocalDate(2020, 5, 5),
            AbuseOrNeglect.NotSuspected, Harm.NotSeriouslyHarmed, childOrSiblingOnRegisterOrLookedAfter: TriState.No,
            boardConcernAboutEffectiveness: TriState.No, outstandingPositiveLearning: TriState.Yes, awareOn: new LocalDate(2020, 5, 1))));

    [Fact]
    public void ToJson_PartnersWithDeadlinesAcrossAnnouncedHolidays_MatchesTheSnapshot() =>
        Snapshot.Matches("evaluation-england-partners-2028", Json(new CaseFacts(Jurisdiction.England, Subject.Child, new LocalDate(2028, 12, 20),
            AbuseOrNeglect.Known, Harm.SeriouslyHarmed, awareOn: new LocalDate(2028, 12, 20), notifiedOn: new LocalDate(2028, 12, 22))));

    [Fact]
    public void Explain_ReasonsTree_GivesEveryResultAndInForceFlag()
    {
        var regime = RuleSet.BuildRegimes().Single(r => r.Id.Value == "england-lscb-2006");
        var facts = new CaseFacts(Jurisdiction.England, Subject.Child, new LocalDate(2013, 4, 14), AbuseOrNeglect.Known, Harm.SeriouslyHarmed,
            TriState.Unknown, TriState.Yes);
        var scr = regime.Rules.Single(r => r.Kind == DeterminationKind.SeriousCaseReview && r.Outcome == ReviewOutcome.Required).Condition;
        Assert.Equal(
            "scr-criteria Unknown\n"
            + " si-2006-90-reg-5-2 Unknown\n"
            + "  si-2006-90-reg-5-2-a Met\n"
            + "  si-2006-90-reg-5-2-b Unknown\n"
            + "   si-2006-90-reg-5-2-b-i NotMet\n"
            + "   si-2006-90-reg-5-2-b-ii Unknown\n"
            + "    si-2006-90-reg-5-2-b-ii-harm Met\n"
            + "    si-2006-90-reg-5-2-b-ii-concern Unknown\n"
            + " wt-2013-custody-death NotInForce (not in force)\n"
            + "  wt-2013-custody-death-died NotInForce (not in force)\n"
            + "  wt-2013-custody-death-custody NotInForce (not in force)\n",
            Tree(CriteriaEvaluator.Explain(scr, in facts), ""));

        var reason = CriteriaEvaluator.Explain(scr, in facts);
        Assert.Equal("The case meets the serious case review criteria", reason.Criterion);
        Assert.Equal("SI 2006/90 reg 5(2)", reason.Citation.ToString());
    }

    [Fact]
    public void ExplainSelection_GivesTheExactTextForEachVariant()
    {
        var regimes = RuleSet.BuildRegimes();
        var cspr = regimes.Single(r => r.Id.Value == "england-cspr-2018");
        var lscb = regimes.Single(r => r.Id.Value == "england-lscb-2006");
        var child = new CaseFacts(Jurisdiction.England, Subject.Child, new LocalDate(2018, 6, 29));
        Assert.Equal(
            "england-cspr-2018 (Children Act 2004 Part 2 and SI 2018/789 s16C-s16F; regs 11-17) is in force on the decision date for this jurisdiction and subject: 2018-06-29 onwards."
            + " The date falls in the English 2018-2019 transition; the transition setting is safeguarding-partners (the default), so the duties in force from 29 June 2018 apply.",
            RuleSet.ExplainSelection(cspr, in child, CriteriaOptions.Default));
        var last = child.WithDecisionDate(new LocalDate(2019, 9, 29));
        Assert.Equal(
            "england-lscb-2006 (Local Safeguarding Children Boards Regulations 2006 (SI 2006/90) reg 5) is in force on the decision date for this jurisdiction and subject: 2006-04-01 to 2019-09-29."
            + " The date falls in the English 2018-2019 transition; the transition setting is local-safeguarding-children-board, so the Board's serious case review rules apply until 29 September 2019.",
            RuleSet.ExplainSelection(lscb, in last, Board));

        // Outside the transition (the day before, the day after, an adult, another jurisdiction) there is no second sentence.
        const string Before = "england-lscb-2006 (Local Safeguarding Children Boards Regulations 2006 (SI 2006/90) reg 5) is in force on the decision date for this jurisdiction and subject: 2006-04-01 to 2019-09-29.";
        Assert.Equal(Before, RuleSet.ExplainSelection(lscb, child.WithDecisionDate(new LocalDate(2018, 6, 28)), Board));
        Assert.Equal(Before, RuleSet.ExplainSelection(lscb, child.WithDecisionDate(new LocalDate(2018, 6, 28)), CriteriaOptions.Default));
        Assert.Equal(
            "england-cspr-2018 (Children Act 2004 Part 2 and SI 2018/789 s16C-s16F; regs 11-17) is in force on the decision date for this jurisdiction and subject: 2018-06-29 onwards.",
            RuleSet.ExplainSelection(cspr, child.WithDecisionDate(new LocalDate(2019, 9, 30)), Board));
        var adult = new CaseFacts(Jurisdiction.England, Subject.Adult, new LocalDate(2019, 1, 1));
        var sar = regimes.Single(r => r.Id.Value == "england-care-act-2014");
        Assert.Equal(
            "england-care-act-2014 (Care Act 2014 s44) is in force on the decision date for this jurisdiction and subject: 2015-04-01 onwards.",
            RuleSet.ExplainSelection(sar, in adult, Board));
        var wales = new CaseFacts(Jurisdiction.Wales, Subject.Child, new LocalDate(2019, 1, 1));
        var wales2016 = regimes.Single(r => r.Id.Value == "wales-2016");
        Assert.Equal(
            "wales-2016 (Safeguarding Boards (Functions and Procedures) (Wales) Regulations 2015 (SI 2015/1466) reg 4) is in force on the decision date for this jurisdiction and subject: 2016-04-06 to 2024-09-30.",
            RuleSet.ExplainSelection(wales2016, in wales, CriteriaOptions.Default));

        // The text is kept per regime and variant: asking again gives the same text.
        Assert.Same(RuleSet.ExplainSelection(sar, in adult, Board), RuleSet.ExplainSelection(sar, in adult, CriteriaOptions.Default));
    }

    [Fact]
    public void Evaluate_NoRegime_SaysWhenTheFirstBegins()
    {
        var error = Assert.Single(CriteriaEvaluator.Evaluate(new CaseFacts(Jurisdiction.Wales, Subject.Adult, new LocalDate(2016, 4, 5))).Errors);
        Assert.Equal("$.decisionDate", error.Path);
        Assert.Equal(CriteriaEvaluator.NoRegimeInForce, error.Code);
        Assert.Equal("no-regime-in-force", CriteriaEvaluator.NoRegimeInForce);
        Assert.Equal("No regime for this jurisdiction and subject is in force on the decision date; the first begins on 2016-04-06.", error.Message);
        var scottishAdult = Assert.Single(CriteriaEvaluator.Evaluate(new CaseFacts(Jurisdiction.Scotland, Subject.Adult, new LocalDate(2022, 4, 30))).Errors);
        Assert.Equal("No regime for this jurisdiction and subject is in force on the decision date; the first begins on 2022-05-01.", scottishAdult.Message);
    }

    [Fact]
    public void Explain_SeriousCaseReviewIn2013_MarksThePanelLimbAndItsChildrenNotInForce()
    {
        // The example: in 2013 the s16C(1) limb (from 29 June 2018) says nothing about the case; the same
        // abuse limb under the guidance then in force is met.
        var facts = new CaseFacts(Jurisdiction.England, Subject.Child, new LocalDate(2013, 5, 1), AbuseOrNeglect.Suspected, Harm.SeriouslyHarmed, TriState.Yes);
        var evaluation = CriteriaEvaluator.Evaluate(facts).Value;
        var notification = evaluation.Determinations.Single(d => d.Kind == DeterminationKind.SeriousIncidentNotification);
        Assert.Equal(ReviewOutcome.Required, notification.Outcome);
        Assert.Equal(
            "lscb-notification Met\n"
            + " wt-notifiable Met\n"
            + "  wt-notifiable-abuse Met\n"
            + "  wt-notifiable-harm Met\n"
            + " ca-2004-s16c-1-transition NotInForce (not in force)\n"
            + "  ca-2004-s16c-1-transition-abuse NotInForce (not in force)\n"
            + "  ca-2004-s16c-1-transition-harm NotInForce (not in force)\n",
            Tree(Assert.Single(notification.Reasons), ""));
        string json = EvaluationJson.ToJson(evaluation);
        Assert.Contains("\"criterionId\": \"ca-2004-s16c-1-transition-abuse\",\n", json, System.StringComparison.Ordinal);
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var limb = document.RootElement.GetProperty("determinations")[0].GetProperty("reasons")[0].GetProperty("reasons")[1];
        Assert.Equal("not-in-force", limb.GetProperty("result").GetString());
        Assert.Equal("not-in-force", limb.GetProperty("reasons")[0].GetProperty("result").GetString());
    }

    [Fact]
    public void Evaluate_LawCheckedOn_IsTheCataloguesDateAndMarksLaterDecisionsProvisional()
    {
        Assert.Equal(new LocalDate(2026, 12, 1), RuleSet.LawCheckedOn);
        var onTheDay = CriteriaEvaluator.Evaluate(new CaseFacts(Jurisdiction.England, Subject.Child, new LocalDate(2026, 12, 1))).Value;
        Assert.Equal(RuleSet.LawCheckedOn, onTheDay.LawCheckedOn);
        Assert.False(onTheDay.Provisional);
        Assert.False(RuleSet.IsProvisional(new LocalDate(2026, 12, 1)));
        var dayAfter = CriteriaEvaluator.Evaluate(new CaseFacts(Jurisdiction.England, Subject.Child, new LocalDate(2026, 12, 2))).Value;
        Assert.True(dayAfter.Provisional);
        Assert.True(RuleSet.IsProvisional(new LocalDate(2026, 12, 2)));

        using var document = System.Text.Json.JsonDocument.Parse(EvaluationJson.ToJson(dayAfter));
        Assert.Equal("2026-12-01", document.RootElement.GetProperty("lawCheckedOn").GetString());
        Assert.True(document.RootElement.GetProperty("provisional").GetBoolean());
    }

    [Theory]
    [InlineData(Jurisdiction.England, Subject.Child, "2024-01-10", Harm.Died, true)]
    [InlineData(Jurisdiction.England, Subject.Adult, "2024-01-10", Harm.Unknown, true)]
    [InlineData(Jurisdiction.Wales, Subject.Adult, "2020-01-10", Harm.Died, true)]
    [InlineData(Jurisdiction.England, Subject.Child, "2011-04-13", Harm.Died, true)]
    [InlineData(Jurisdiction.England, Subject.Child, "2011-04-12", Harm.Died, false)]
    [InlineData(Jurisdiction.England, Subject.Child, "2024-01-10", Harm.SeriouslyHarmed, false)]
    [InlineData(Jurisdiction.England, Subject.Adult, "2024-01-10", Harm.NotSeriouslyHarmed, false)]
    [InlineData(Jurisdiction.Scotland, Subject.Child, "2024-01-10", Harm.Died, false)]
    [InlineData(Jurisdiction.NorthernIreland, Subject.Child, "2020-11-30", Harm.Died, false)]
    public void Evaluate_PendingChanges_ListTheDomesticAbuseRelatedDeathReviewsForEnglishAndWelshDeaths(
        Jurisdiction jurisdiction, Subject subject, string date, Harm harm, bool listed)
    {
        var day = NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value;
        var evaluation = CriteriaEvaluator.Evaluate(new CaseFacts(jurisdiction, subject, day, harm: harm)).Value;
        Assert.Equal(listed, evaluation.Determinations.Any(d => d.Kind == DeterminationKind.DomesticHomicideReview));
        if (!listed)
        {
            Assert.Empty(evaluation.PendingChanges);
            return;
        }

        var change = Assert.Single(evaluation.PendingChanges);
        Assert.Equal("vpa-2024-s19", change.Provision);
        Assert.Equal("enacted-not-in-force", change.Status);
        Assert.Equal("Victims and Prisoners Act 2024 s19", change.Citation.ToString());
        Assert.Equal("vpa-2024-s19 (enacted-not-in-force)", change.ToString());
        using var document = System.Text.Json.JsonDocument.Parse(EvaluationJson.ToJson(evaluation));
        var written = Assert.Single(document.RootElement.GetProperty("pendingChanges").EnumerateArray());
        Assert.Equal("vpa-2024-s19", written.GetProperty("provision").GetString());
        Assert.Equal(change.Title, written.GetProperty("title").GetString());
        Assert.Equal("enacted-not-in-force", written.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("relative", ReviewOutcome.Required)]
    [InlineData("household-member", ReviewOutcome.Required)]
    [InlineData("shared-parent", ReviewOutcome.NotRequired)]
    [InlineData("other", ReviewOutcome.NotRequired)]
    public void Evaluate_SharedParent_IsNotADomesticHomicideReviewRelationship(string relationship, ReviewOutcome expected)
    {
        // s9(1): a relative, an intimate partner or a household member; a parent of the same child is none of them.
        var facts = CaseFactsValues.Set(new CaseFacts(Jurisdiction.England, Subject.Adult, new LocalDate(2024, 3, 1), AbuseOrNeglect.Known, Harm.Died,
            ageAtDeath: 30), FactName.PerpetratorRelationship, relationship);
        var dhr = CriteriaEvaluator.Evaluate(facts).Value.Determinations.Single(d => d.Kind == DeterminationKind.DomesticHomicideReview);
        Assert.Equal(expected, dhr.Outcome);
    }

    private static string Tree(Reason reason, string indent) =>
        indent + reason.CriterionId + " " + reason.Result + (reason.InForce ? string.Empty : " (not in force)") + "\n"
        + string.Concat(reason.Reasons.Select(r => Tree(r, indent + " ")));
}
