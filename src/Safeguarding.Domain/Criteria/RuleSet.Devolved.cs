using System.Collections.Immutable;
using Safeguarding.Domain.Citations;
using static Safeguarding.Domain.Criteria.CriterionFactory;

namespace Safeguarding.Domain.Criteria;

/// <content>Wales (2006, 2013, 2016), Northern Ireland (2012, 2020) and Scotland (2021).</content>
public static partial class RuleSet
{
    private const string WalesHarm = "The person died, sustained a potentially life-threatening injury, or sustained serious and permanent impairment of health or development";

    private static Regime WalesLscb2006()
    {
        var regime = Between(2006, 10, 1, 2012, 12, 31);
        var reg4 = new Citation("SI 2006/1705", "reg 4", SourceKind.Regulation, true);
        var required = AllOf("si-2006-1705-reg-4-required", "Abuse or neglect known or suspected, and the child died or was seriously harmed", reg4, regime,
            AbuseOrNeglect("si-2006-1705-reg-4-abuse", reg4, regime),
            DiedOrSeriouslyHarmed("si-2006-1705-reg-4-harm", WalesHarm, reg4, regime));
        var optional = AllOf("si-2006-1705-reg-4-optional", "Abuse or neglect known or suspected with other harm: the Board may review", reg4, regime,
            AbuseOrNeglect("si-2006-1705-reg-4-optional-abuse", reg4, regime),
            NotSeriouslyHarmed("si-2006-1705-reg-4-optional-harm", "The harm was less than serious", reg4, regime));
        var neither = NotOf("si-2006-1705-reg-4-none", "Abuse or neglect is neither known nor suspected", reg4, regime,
            AbuseOrNeglect("si-2006-1705-reg-4-none-abuse", reg4, regime));
        return new Regime("wales-lscb-2006", "Local Safeguarding Children Boards (Wales): serious case reviews", Jurisdiction.Wales,
            ImmutableArray.Create(Subject.Child), regime, new Citation("Local Safeguarding Children Boards (Wales) Regulations 2006 (SI 2006/1705)", "reg 4", SourceKind.Regulation, true),
            ImmutableArray.Create(
                new DeterminationRule(DeterminationKind.SeriousCaseReview, Subject.Child, ReviewOutcome.Required, required),
                new DeterminationRule(DeterminationKind.SeriousCaseReview, Subject.Child, ReviewOutcome.Discretionary, optional),
                new DeterminationRule(DeterminationKind.SeriousCaseReview, Subject.Child, ReviewOutcome.NotRequired, neither)));
    }

    private static Regime WalesCpr2013()
    {
        // In force date of SI 2012/1712 is unverified (1 January 2013 assumed).
        var regime = Between(2013, 1, 1, 2016, 4, 5);
        var concise = new Citation("SI 2012/1712", "reg 3 (new reg 4A), concise review", SourceKind.Regulation, true);
        var extended = new Citation("SI 2012/1712", "reg 3 (new reg 4A), extended review", SourceKind.Regulation, false);
        var (c, e) = PracticeReviews("si-2012-1712", concise, extended, regime, "The child was not on the child protection register nor looked after in the six months before", "The child was on the child protection register or looked after in the six months before");
        return new Regime("wales-cpr-2013", "Local Safeguarding Children Boards (Wales): child practice reviews", Jurisdiction.Wales,
            ImmutableArray.Create(Subject.Child), regime, new Citation("Local Safeguarding Children Boards (Wales) (Amendment) Regulations 2012 (SI 2012/1712)", "reg 3", SourceKind.Regulation, false),
            ImmutableArray.Create(
                Required(DeterminationKind.ChildPracticeReviewConcise, Subject.Child, c),
                NotRequired(DeterminationKind.ChildPracticeReviewConcise, Subject.Child, c, regime),
                Required(DeterminationKind.ChildPracticeReviewExtended, Subject.Child, e),
                NotRequired(DeterminationKind.ChildPracticeReviewExtended, Subject.Child, e, regime)));
    }

    private static Regime Wales2016()
    {
        var regime = From(2016, 4, 6);
        var concise = new Citation("SI 2015/1466", "reg 4(3)", SourceKind.Regulation, true);
        var extended = new Citation("SI 2015/1466", "reg 4(4)", SourceKind.Regulation, true);
        var adultCite = new Citation("SI 2015/1466", "reg 4(3)-(4)", SourceKind.Regulation, true);
        var (childConcise, childExtended) = PracticeReviews("si-2015-1466-child", concise, extended, regime,
            "The child was not on the child protection register nor looked after in the six months before (reg 4(3)(b))",
            "The child was on the child protection register or looked after in the six months before");
        var (adultConcise, adultExtended) = PracticeReviews("si-2015-1466-adult", concise, extended, regime,
            "The authority had not determined to take action to protect the adult in the six months before (reg 4(3)(c))",
            "The authority had determined to take action to protect the adult in the six months before");
        var adult = AnyOf("si-2015-1466-adult-practice-review", "An adult practice review: concise (reg 4(3)) or extended (reg 4(4))", adultCite, regime, adultConcise, adultExtended);
        return new Regime("wales-2016", "Safeguarding Boards (Wales): child and adult practice reviews", Jurisdiction.Wales,
            ImmutableArray.Create(Subject.Child, Subject.Adult), regime,
            new Citation("Safeguarding Boards (Functions and Procedures) (Wales) Regulations 2015 (SI 2015/1466)", "reg 4", SourceKind.Regulation, true),
            ImmutableArray.Create(
                Required(DeterminationKind.ChildPracticeReviewConcise, Subject.Child, childConcise),
                NotRequired(DeterminationKind.ChildPracticeReviewConcise, Subject.Child, childConcise, regime),
                Required(DeterminationKind.ChildPracticeReviewExtended, Subject.Child, childExtended),
                NotRequired(DeterminationKind.ChildPracticeReviewExtended, Subject.Child, childExtended, regime),
                Required(DeterminationKind.AdultPracticeReview, Subject.Adult, adult),
                NotRequired(DeterminationKind.AdultPracticeReview, Subject.Adult, adult, regime)));
    }

    private static (Criterion Concise, Criterion Extended) PracticeReviews(string prefix, Citation concise, Citation extended, Validity regime, string notProtected, string protectedBefore)
    {
        var c = AllOf(prefix + "-concise", "A concise practice review: abuse or neglect known or suspected, serious harm or death, no protection in the six months before", concise, regime,
            AbuseOrNeglect(prefix + "-concise-abuse", concise, regime),
            DiedOrSeriouslyHarmed(prefix + "-concise-harm", WalesHarm, concise, regime),
            No(prefix + "-concise-not-protected", notProtected, concise, regime, FactName.ProtectionOrLookedAfterInPriorSixMonths));
        var e = AllOf(prefix + "-extended", "An extended practice review: abuse (the text omits neglect) known or suspected, serious harm or death, protection in the six months before", extended, regime,
            AbuseNotNeglectAlone(prefix + "-extended-abuse", extended, regime),
            DiedOrSeriouslyHarmed(prefix + "-extended-harm", WalesHarm, extended, regime),
            Yes(prefix + "-extended-protected", protectedBefore, extended, regime, FactName.ProtectionOrLookedAfterInPriorSixMonths));
        return (c, e);
    }

    private static Regime NorthernIrelandCmr2012()
    {
        // SR 2012/324 contradicts itself on commencement: reg 1 says 20 August 2012, the header "Coming into operation:
        // 17th September 2012". The operative provision (reg 1) is followed: a documented assumption (README, Coverage).
        // SR 2014/111 (from 2 May 2014) added reg 17(2)(d), a Board determination that the review holds significant
        // learning; no case fact expresses it, so it is not modelled (README, Coverage).
        var regime = From(2012, 8, 20);
        var r17_1 = new Citation("SR 2012/324", "reg 17(1)", SourceKind.Regulation, true);
        var r17_2 = new Citation("SR 2012/324", "reg 17(2)", SourceKind.Regulation, true);
        var r17_2a = new Citation("SR 2012/324", "reg 17(2)(a)", SourceKind.Regulation, true);
        var r17_2b = new Citation("SR 2012/324", "reg 17(2)(b)", SourceKind.Regulation, true);
        var r17_2bi = new Citation("SR 2012/324", "reg 17(2)(b)(i)", SourceKind.Regulation, true);
        var r17_2bii = new Citation("SR 2012/324", "reg 17(2)(b)(ii)-(iii)", SourceKind.Regulation, true);
        var r17_2c = new Citation("SR 2012/324", "reg 17(2)(c)", SourceKind.Regulation, true);
        var r17_3 = new Citation("SR 2012/324", "reg 17(3)", SourceKind.Regulation, true);
        var limb2 = AllOf("sr-2012-324-reg-17-2", "Harm, abuse or protection history, and the Board's concern about effectiveness", r17_2, regime,
            DiedOrSeriouslyHarmed("sr-2012-324-reg-17-2-a", "The child died or was significantly harmed", r17_2a, regime),
            AnyOf("sr-2012-324-reg-17-2-b", "Abuse or neglect known or suspected, or the child or a sibling is or was on the register or looked after", r17_2b, regime,
                AbuseOrNeglect("sr-2012-324-reg-17-2-b-i", r17_2bi, regime),
                Yes("sr-2012-324-reg-17-2-b-ii-iii", "The child or a sibling is or has been on the child protection register, or looked after", r17_2bii, regime, FactName.ChildOrSiblingOnRegisterOrLookedAfter)),
            Yes("sr-2012-324-reg-17-2-c", "The Board has concerns about the effectiveness of a body represented on it", r17_2c, regime, FactName.BoardConcernAboutEffectiveness));
        var limb3 = Yes("sr-2012-324-reg-17-3", "The bodies worked effectively and there is outstanding positive learning for practice across Northern Ireland", r17_3, regime, FactName.OutstandingPositiveLearning);
        var cmr = AnyOf("sr-2012-324-reg-17-1", "The Board must undertake a case management review in the circumstances of reg 17(2) or 17(3)", r17_1, regime, limb2, limb3);
        return new Regime("northern-ireland-cmr-2012", "Safeguarding Board for Northern Ireland: case management reviews", Jurisdiction.NorthernIreland,
            ImmutableArray.Create(Subject.Child), regime, new Citation("Safeguarding Board for Northern Ireland Regulations 2012 (SR 2012/324)", "reg 17", SourceKind.Regulation, true),
            ImmutableArray.Create(
                Required(DeterminationKind.CaseManagementReview, Subject.Child, cmr),
                NotRequired(DeterminationKind.CaseManagementReview, Subject.Child, cmr, regime)));
    }

    /// <summary>The day domestic homicide reviews began in Northern Ireland: December 2020 is verified, the day (1 December) is assumed.</summary>
    private static readonly Validity NorthernIrelandDhrStart = From(2020, 12, 1);

    private static readonly Citation NorthernIrelandDhrCitation = new(
        "Domestic Violence, Crime and Victims Act 2004 (in Northern Ireland from December 2020; day and commencement order not seen)", "s9(1)", SourceKind.Statute, false);

    /// <summary>Northern Ireland's domestic homicide reviews for adults: the only Northern Irish adult regime, so always applied.</summary>
    private static Regime NorthernIrelandDhr2020Adults() =>
        DomesticHomicide(Jurisdiction.NorthernIreland, "northern-ireland-dhr-2020", NorthernIrelandDhrStart, ImmutableArray.Create(Subject.Adult), NorthernIrelandDhrCitation);

    /// <summary>Northern Ireland's domestic homicide reviews for children of 16 or 17, beside the case management review regime.</summary>
    private static Regime NorthernIrelandDhr2020Children() =>
        DomesticHomicide(Jurisdiction.NorthernIreland, "northern-ireland-dhr-2020", NorthernIrelandDhrStart, ImmutableArray.Create(Subject.Child), NorthernIrelandDhrCitation);

    private static Regime ScotlandLearningReview2021()
    {
        // The guidance's own start date is unverified (1 September 2021 assumed).
        var regime = From(2021, 9, 1);
        var guidance = new Citation("National guidance for child protection committees undertaking learning reviews (2021, updated 2024)", "criteria", SourceKind.Guidance, false); // VERIFICATION.md s9: headline confirmed, exact criteria unverified
        var review = AnyOf("scotland-learning-review", "The committee may hold a learning review: the child died or was significantly harmed, or there was effective practice to learn from", guidance, regime,
            DiedOrSeriouslyHarmed("scotland-learning-review-harm", "The child died or was significantly harmed", guidance, regime),
            Yes("scotland-learning-review-practice", "There was effective practice with learning to share", guidance, regime, FactName.OutstandingPositiveLearning));
        return new Regime("scotland-learning-review-2021", "Child protection committees: learning reviews", Jurisdiction.Scotland,
            ImmutableArray.Create(Subject.Child), regime, guidance,
            ImmutableArray.Create(
                Discretionary(DeterminationKind.LearningReview, Subject.Child, review),
                NotRequired(DeterminationKind.LearningReview, Subject.Child, review, regime)));
    }
}
