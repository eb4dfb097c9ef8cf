using Safeguarding.Domain.Citations;
using static Safeguarding.Domain.Criteria.CriterionFactory;

namespace Safeguarding.Domain.Criteria;

/// <content>England: serious case reviews (2006), child safeguarding practice reviews (2018), safeguarding adults reviews (2015), domestic homicide reviews (2011).</content>
public static partial class RuleSet
{
    private static Regime EnglandLscb2006()
    {
        var regime = Between(2006, 4, 1, 2019, 9, 29);
        var reg5 = new Citation("SI 2006/90", "reg 5(2)", SourceKind.Regulation, true);
        var reg5a = new Citation("SI 2006/90", "reg 5(2)(a)", SourceKind.Regulation, true);
        var reg5b = new Citation("SI 2006/90", "reg 5(2)(b)", SourceKind.Regulation, true);
        var reg5bi = new Citation("SI 2006/90", "reg 5(2)(b)(i)", SourceKind.Regulation, true);
        var reg5bii = new Citation("SI 2006/90", "reg 5(2)(b)(ii)", SourceKind.Regulation, true);
        // Working Together citations name the edition in force on the decision date (Citations.WorkingTogether).
        var custodyCite = new Citation("Working Together to Safeguard Children 2013", "ch.4, cases where a serious case review should always be carried out", SourceKind.StatutoryGuidance, false);
        var notifyCite = new Citation("Working Together to Safeguard Children 2006/2010", "ch.8, notification of serious incidents to Ofsted", SourceKind.StatutoryGuidance, false);
        var notifyAnyCite = new Citation("Working Together to Safeguard Children 2006/2010", "ch.8, notification of serious incidents (to Ofsted until 28 June 2018, then to the Panel under the Children Act 2004 s16C(1))", SourceKind.StatutoryGuidance, false);

        var seriousCase = AllOf("si-2006-90-reg-5-2", "A serious case: abuse or neglect known or suspected, and the child died, or was seriously harmed with cause for concern about joint working", reg5, regime,
            AbuseOrNeglect("si-2006-90-reg-5-2-a", reg5a, regime),
            AnyOf("si-2006-90-reg-5-2-b", "The child died, or was seriously harmed and there is cause for concern about how the bodies worked together", reg5b, regime,
                Died("si-2006-90-reg-5-2-b-i", reg5bi, regime),
                AllOf("si-2006-90-reg-5-2-b-ii", "The child was seriously harmed and there is cause for concern about joint working", reg5bii, regime,
                    SeriouslyHarmed("si-2006-90-reg-5-2-b-ii-harm", "The child was seriously harmed (Working Together: includes potentially life-threatening injury and serious or likely long-term impairment)", reg5bii, regime),
                    Yes("si-2006-90-reg-5-2-b-ii-concern", "There is cause for concern about how the authority, Board partners or others worked together to safeguard the child", reg5bii, regime, FactName.ConcernAboutJointWorking))));

        // Working Together 2013 and 2015: a death in custody or detention should always be reviewed. In force date unverified.
        var custodyValidity = Between(2013, 4, 15, 2019, 9, 29);
        var custody = AllOf("wt-2013-custody-death", "The child died in custody, a secure setting or detention under mental-health law: a review should always be carried out", custodyCite, custodyValidity,
            Died("wt-2013-custody-death-died", custodyCite, custodyValidity),
            Yes("wt-2013-custody-death-custody", "The death was in custody, on remand, in a secure setting or under mental-health detention", custodyCite, custodyValidity, FactName.DiedInCustody));

        var scr = AnyOf("scr-criteria", "The case meets the serious case review criteria", reg5, regime, seriousCase, custody);
        // Until 28 June 2018 serious incidents were notified to Ofsted under Working Together; from 29 June 2018 the
        // s16C(1) duty to notify the Panel applied in every area, including those whose Board still decided reviews.
        var toOfsted = Between(2006, 4, 1, 2018, 6, 28);
        var toPanel = Between(2018, 6, 29, 2019, 9, 29);
        var s16c = new Citation("Children Act 2004", "s16C(1)", SourceKind.Statute, true);
        var notifiable = AnyOf("lscb-notification", "A serious incident to notify: to Ofsted until 28 June 2018, to the Panel from 29 June 2018", notifyAnyCite, regime,
            AllOf("wt-notifiable", "A notifiable incident: abuse or neglect known or suspected, and the child died or was seriously harmed", notifyCite, toOfsted,
                AbuseOrNeglect("wt-notifiable-abuse", notifyCite, toOfsted),
                DiedOrSeriouslyHarmed("wt-notifiable-harm", "The child died (including suspected suicide) or was seriously harmed", notifyCite, toOfsted)),
            AllOf("ca-2004-s16c-1-transition", "The local authority must notify the Panel: abuse or neglect known or suspected, and the child died or was seriously harmed", s16c, toPanel,
                AbuseOrNeglect("ca-2004-s16c-1-transition-abuse", s16c, toPanel),
                DiedOrSeriouslyHarmed("ca-2004-s16c-1-transition-harm", "The child died or was seriously harmed", s16c, toPanel)));

        return new Regime(RegimeId.EnglandLscb2006, "Local Safeguarding Children Boards: serious case reviews", Jurisdiction.England,
            ImmutableArray.Create(Subject.Child), regime, new Citation("Local Safeguarding Children Boards Regulations 2006 (SI 2006/90)", "reg 5", SourceKind.Regulation, true),
            ImmutableArray.Create(
                Required(DeterminationKind.SeriousIncidentNotification, Subject.Child, notifiable),
                NotRequired(DeterminationKind.SeriousIncidentNotification, Subject.Child, notifiable, regime),
                Required(DeterminationKind.SeriousCaseReview, Subject.Child, scr),
                NotRequired(DeterminationKind.SeriousCaseReview, Subject.Child, scr, regime)));
    }

    private static Regime EnglandCspr2018()
    {
        var regime = From(2018, 6, 29);
        var s16c = new Citation("Children Act 2004", "s16C(1)", SourceKind.Statute, true);
        var s16cLimbs = new Citation("Children Act 2004", "s16C(1)(a)-(b)", SourceKind.Statute, true);
        var s16a = new Citation("Children Act 2004", "s16A(2), serious child safeguarding case", SourceKind.Statute, false);
        var rapidCite = new Citation("Working Together to Safeguard Children 2018", "ch.4, rapid reviews", SourceKind.StatutoryGuidance, true);
        var reg11 = new Citation("SI 2018/789", "reg 11", SourceKind.Regulation, true);

        var notification = AllOf("ca-2004-s16c-1", "The local authority must notify the Panel: abuse or neglect known or suspected, and the child died or was seriously harmed", s16c, regime,
            AbuseOrNeglect("ca-2004-s16c-1-abuse", s16c, regime),
            DiedOrSeriouslyHarmed("ca-2004-s16c-1-harm", "The child died or was seriously harmed", s16c, regime),
            Always("ca-2004-s16c-1-place", "In the area (s16C(1)(a)), or outside England while normally resident in it (s16C(1)(b)): the facts are read for the responsible area", s16cLimbs, regime));
        var rapid = AllOf("wt-2018-rapid-review", "A rapid review follows every notification to the Panel", rapidCite, regime, notification);
        var seriousCase = AllOf("ca-2004-serious-child-safeguarding-case", "A serious child safeguarding case, which the partners consider against the reg 11 criteria; meeting them makes a local review possible, not mandatory", reg11, regime,
            AbuseOrNeglect("ca-2004-s16a-abuse", s16a, regime),
            DiedOrSeriouslyHarmed("ca-2004-s16a-harm", "The child died or was seriously harmed", s16a, regime));

        return new Regime(RegimeId.EnglandCspr2018, "Safeguarding partners: child safeguarding practice reviews", Jurisdiction.England,
            ImmutableArray.Create(Subject.Child), regime, new Citation("Children Act 2004 Part 2 and SI 2018/789", "s16C-s16F; regs 11-17", SourceKind.Statute, true),
            ImmutableArray.Create(
                Required(DeterminationKind.SeriousIncidentNotification, Subject.Child, notification),
                NotRequired(DeterminationKind.SeriousIncidentNotification, Subject.Child, notification, regime),
                Required(DeterminationKind.RapidReview, Subject.Child, rapid),
                NotRequired(DeterminationKind.RapidReview, Subject.Child, rapid, regime),
                Discretionary(DeterminationKind.LocalChildSafeguardingPracticeReview, Subject.Child, seriousCase),
                NotRequired(DeterminationKind.LocalChildSafeguardingPracticeReview, Subject.Child, seriousCase, regime)));
    }

    private static Regime EnglandCareAct2014()
    {
        var regime = From(2015, 4, 1);
        var s44_1 = new Citation("Care Act 2014", "s44(1)", SourceKind.Statute, true);
        var s44_2 = new Citation("Care Act 2014", "s44(2)", SourceKind.Statute, true);
        var s44_3 = new Citation("Care Act 2014", "s44(3)", SourceKind.Statute, true);
        var s44_4 = new Citation("Care Act 2014", "s44(4)", SourceKind.Statute, true);

        var mandatory = AllOf("care-act-2014-s44-1", "The Board must review: an adult with care and support needs, concern about joint working, and condition 1 or 2", s44_1, regime,
            Yes("care-act-2014-s44-1-needs", "The adult has needs for care and support (whether or not the authority met them)", s44_1, regime, FactName.CareAndSupportNeeds),
            Yes("care-act-2014-s44-1-b", "There is reasonable cause for concern about how the Board, its members or others worked together", s44_1, regime, FactName.ConcernAboutJointWorking),
            AnyOf("care-act-2014-s44-1-c", "Condition 1 or condition 2 is met", s44_1, regime,
                AllOf("care-act-2014-s44-2", "Condition 1: the adult died and the death resulted from abuse or neglect, known or suspected", s44_2, regime,
                    Died("care-act-2014-s44-2-a", s44_2, regime),
                    AbuseOrNeglect("care-act-2014-s44-2-b", s44_2, regime)),
                AllOf("care-act-2014-s44-3", "Condition 2: the adult is alive and serious abuse or neglect is known or suspected", s44_3, regime,
                    SeriouslyHarmed("care-act-2014-s44-3-a", "The adult is alive and experienced serious abuse or neglect", s44_3, regime),
                    AbuseOrNeglect("care-act-2014-s44-3-b", s44_3, regime))));
        var needs = Yes("care-act-2014-s44-4-needs", "The adult has needs for care and support", s44_4, regime, FactName.CareAndSupportNeeds);
        var discretionary = AllOf("care-act-2014-s44-4", "The Board may review any other case of an adult with care and support needs", s44_4, regime,
            needs,
            NotOf("care-act-2014-s44-4-other", "The case does not meet s44(1)", s44_4, regime, mandatory));
        var noNeeds = No("care-act-2014-s44-no-needs", "The adult has no needs for care and support", s44_1, regime, FactName.CareAndSupportNeeds);

        return new Regime(RegimeId.EnglandCareAct2014, "Safeguarding Adults Boards: safeguarding adults reviews", Jurisdiction.England,
            ImmutableArray.Create(Subject.Adult), regime, new Citation("Care Act 2014", "s44", SourceKind.Statute, true),
            ImmutableArray.Create(
                new DeterminationRule { Kind = DeterminationKind.SafeguardingAdultsReview, Subject = Subject.Adult, Outcome = ReviewOutcome.Required, Condition = mandatory },
                new DeterminationRule { Kind = DeterminationKind.SafeguardingAdultsReview, Subject = Subject.Adult, Outcome = ReviewOutcome.Discretionary, Condition = discretionary },
                new DeterminationRule { Kind = DeterminationKind.SafeguardingAdultsReview, Subject = Subject.Adult, Outcome = ReviewOutcome.NotRequired, Condition = noNeeds }));
    }

    /// <summary>The s9(1) criterion, shared by the domestic homicide review regimes and the s26 exclusion of offensive weapons homicide reviews.</summary>
    internal static Criterion DomesticHomicideCriterion(Validity regime)
    {
        var s9 = new Citation("Domestic Violence, Crime and Victims Act 2004", "s9(1)", SourceKind.Statute, true);
        return AllOf("dvcva-2004-s9-1", "A death of a person aged 16 or over that has, or appears to have, resulted from violence, abuse or neglect by a relative, intimate partner or household member", s9, regime,
            Died("dvcva-2004-s9-1-died", s9, regime),
            AgedSixteenOrOver("dvcva-2004-s9-1-age", s9, regime),
            AbuseOrNeglect("dvcva-2004-s9-1-abuse", s9, regime),
            DomesticRelationship("dvcva-2004-s9-1-relationship", s9, regime));
    }

    private static Regime DomesticHomicide2011(Jurisdiction jurisdiction, RegimeId id)
    {
        var regime = From(2011, 4, 13);
        var review = DomesticHomicideCriterion(regime);
        var s9 = review.Citation;
        var subjects = ImmutableArray.Create(Subject.Child, Subject.Adult);
        return new Regime(id, "Community Safety Partnerships: domestic homicide reviews", jurisdiction, subjects, regime, s9,
            ImmutableArray.Create(
                Required(DeterminationKind.DomesticHomicideReview, Subject.Child, review),
                NotRequired(DeterminationKind.DomesticHomicideReview, Subject.Child, review, regime),
                Required(DeterminationKind.DomesticHomicideReview, Subject.Adult, review),
                NotRequired(DeterminationKind.DomesticHomicideReview, Subject.Adult, review, regime)),
            presentOnlyForDeaths: true);
    }

    /// <summary>The s9(1) rule for the given subjects, in force in a jurisdiction from a date, resting on the given citation.</summary>
    private static Regime DomesticHomicide(Jurisdiction jurisdiction, RegimeId id, Validity regime, ImmutableArray<Subject> subjects, Citation regimeCitation, bool presentOnlyForDeaths)
    {
        var review = DomesticHomicideCriterion(regime);
        var rules = ImmutableArray.CreateBuilder<DeterminationRule>();
        foreach (var subject in subjects)
        {
            rules.Add(Required(DeterminationKind.DomesticHomicideReview, subject, review));
            rules.Add(NotRequired(DeterminationKind.DomesticHomicideReview, subject, review, regime));
        }

        return new Regime(id, "Community Safety Partnerships: domestic homicide reviews", jurisdiction, subjects, regime, regimeCitation,
            rules.ToImmutable(), presentOnlyForDeaths: presentOnlyForDeaths);
    }
}
