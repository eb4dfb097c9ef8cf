using Safeguarding.Domain.Citations;
using static Safeguarding.Domain.Criteria.CriterionFactory;

namespace Safeguarding.Domain.Criteria;

/// <content>Wales (2006, 2013, 2016, 2024), Northern Ireland (2012, 2020) and Scotland (2021 children, 2022 adults).</content>
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
        return new Regime(RegimeId.WalesLscb2006, "Local Safeguarding Children Boards (Wales): serious case reviews", Jurisdiction.Wales,
            ImmutableArray.Create(Subject.Child), regime, new Citation("Local Safeguarding Children Boards (Wales) Regulations 2006 (SI 2006/1705)", "reg 4", SourceKind.Regulation, true),
            ImmutableArray.Create(
                new DeterminationRule { Kind = DeterminationKind.SeriousCaseReview, Subject = Subject.Child, Outcome = ReviewOutcome.Required, Condition = required },
                new DeterminationRule { Kind = DeterminationKind.SeriousCaseReview, Subject = Subject.Child, Outcome = ReviewOutcome.Discretionary, Condition = optional },
                new DeterminationRule { Kind = DeterminationKind.SeriousCaseReview, Subject = Subject.Child, Outcome = ReviewOutcome.NotRequired, Condition = neither }));
    }

    private static Regime WalesCpr2013()
    {
        // In force date of SI 2012/1712 is unverified (1 January 2013 assumed).
        var regime = Between(2013, 1, 1, 2016, 4, 5);
        var concise = new Citation("SI 2012/1712", "reg 3 (new reg 4A), concise review", SourceKind.Regulation, true);
        var extended = new Citation("SI 2012/1712", "reg 3 (new reg 4A), extended review", SourceKind.Regulation, false);
        var (c, e) = PracticeReviews("si-2012-1712", concise, extended, regime, "The child was not on the child protection register nor looked after in the six months before", "The child was on the child protection register or looked after in the six months before");
        return new Regime(RegimeId.WalesCpr2013, "Local Safeguarding Children Boards (Wales): child practice reviews", Jurisdiction.Wales,
            ImmutableArray.Create(Subject.Child), regime, new Citation("Local Safeguarding Children Boards (Wales) (Amendment) Regulations 2012 (SI 2012/1712)", "reg 3", SourceKind.Regulation, false),
            ImmutableArray.Create(
                Required(DeterminationKind.ChildPracticeReviewConcise, Subject.Child, c),
                NotRequired(DeterminationKind.ChildPracticeReviewConcise, Subject.Child, c, regime),
                Required(DeterminationKind.ChildPracticeReviewExtended, Subject.Child, e),
                NotRequired(DeterminationKind.ChildPracticeReviewExtended, Subject.Child, e, regime)));
    }

    /// <summary>The day the Single Unified Safeguarding Review replaced separate Welsh reviews (1 October 2024).</summary>
    internal static LocalDate WalesSusrStart { get; } = new(2024, 10, 1);

    /// <summary>
    /// The practice-review criteria of SI 2015/1466 reg 4(3)-(4), declared once: wales-2016 applies them, and
    /// wales-susr-2024 keeps them unchanged as constituents of a Single Unified Safeguarding Review.
    /// </summary>
    private static (Criterion ChildConcise, Criterion ChildExtended, Criterion Adult) Regulation4PracticeReviews(Validity regime)
    {
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
        return (childConcise, childExtended, adult);
    }

    private static Regime Wales2016()
    {
        // Decisions from 1 October 2024 take wales-susr-2024, which keeps these practice-review rules.
        var regime = Between(2016, 4, 6, 2024, 9, 30);
        var (childConcise, childExtended, adult) = Regulation4PracticeReviews(regime);
        return new Regime(RegimeId.Wales2016, "Safeguarding Boards (Wales): child and adult practice reviews", Jurisdiction.Wales,
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
        return new Regime(RegimeId.NorthernIrelandCmr2012, "Safeguarding Board for Northern Ireland: case management reviews", Jurisdiction.NorthernIreland,
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
        DomesticHomicide(Jurisdiction.NorthernIreland, RegimeId.NorthernIrelandDhr2020, NorthernIrelandDhrStart, ImmutableArray.Create(Subject.Adult), NorthernIrelandDhrCitation, presentOnlyForDeaths: false);

    /// <summary>Northern Ireland's domestic homicide reviews for children of 16 or 17, beside the case management review regime.</summary>
    private static Regime NorthernIrelandDhr2020Children() =>
        DomesticHomicide(Jurisdiction.NorthernIreland, RegimeId.NorthernIrelandDhr2020, NorthernIrelandDhrStart, ImmutableArray.Create(Subject.Child), NorthernIrelandDhrCitation, presentOnlyForDeaths: true);

    private static Regime WalesSusr2024() => WalesSusr2024(null);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<LocalDate, Regime> WalesSusrWithDardr = new();

    /// <summary>
    /// The Welsh regime whose domestic constituent is the domestic abuse related death review commenced on the given
    /// day (it replaces the s9 domestic homicide review), and whose offensive weapons constituent's s26 exclusion
    /// reads it; built once per commencement day.
    /// </summary>
    internal static Regime WalesSusrAfterDardr(LocalDate dardrCommencement) =>
        WalesSusrWithDardr.GetOrAdd(dardrCommencement, static day => WalesSusr2024(day));

    private static Regime WalesSusr2024(LocalDate? dardrCommencement)
    {
        // Statutory guidance in effect from 1 October 2024 [S]; SI 2015/1466 reg 4 is unamended [V], so the practice
        // reviews keep their rules. A SUSR is held when the criteria of any one constituent review are met [V].
        var regime = From(2024, 10, 1);
        var susr = new Citation("Single Unified Safeguarding Review statutory guidance (Welsh Government, in effect from 1 October 2024)",
            "criteria: those of any one of the constituent reviews", SourceKind.StatutoryGuidance, true);
        var hiw = new Citation("Healthcare Inspectorate Wales", "homicide reviews: an adult known to mental health services in the previous 12 months commits the homicide of another adult", SourceKind.Guidance, true);
        var s9 = new Citation("Domestic Violence, Crime and Victims Act 2004", "s9(1)", SourceKind.Statute, true);
        var (childConcise, childExtended, adult) = Regulation4PracticeReviews(regime);
        var mentalHealth = AllOf("hiw-mental-health-homicide-review", "A mental health homicide review: the adult was killed by an adult known to mental health services in the 12 months before", hiw, regime,
            Died("hiw-mental-health-homicide-review-died", hiw, regime),
            Yes("hiw-mental-health-homicide-review-homicide", "The death was, or is likely to have been, caused by another person", hiw, regime, FactName.Homicide),
            Yes("hiw-mental-health-homicide-review-known", "The suspected perpetrator, an adult, was known to mental health services in the 12 months before", hiw, regime, FactName.PerpetratorKnownToMentalHealthServices));

        // The domestic homicide review stays a determination of its own (wales-dhr-2011, beside this regime); its s9(1)
        // criterion is also a constituent of the SUSR, until a domestic abuse related death review replaces it.
        Criterion Domestic(string subject) => dardrCommencement is LocalDate day
            ? DardrCriterion(new Validity(day > regime.From ? day : regime.From, null))
            : AllOf("susr-" + subject + "-dvcva-2004-s9-1", "A domestic homicide review (s9(1)): a death of a person aged 16 or over from violence, abuse or neglect by a relative, intimate partner or household member", s9, regime,
            Died("susr-" + subject + "-dvcva-2004-s9-1-died", s9, regime),
            AgedSixteenOrOver("susr-" + subject + "-dvcva-2004-s9-1-age", s9, regime),
            AbuseOrNeglect("susr-" + subject + "-dvcva-2004-s9-1-abuse", s9, regime),
            DomesticRelationship("susr-" + subject + "-dvcva-2004-s9-1-relationship", s9, regime));

        // The offensive weapons homicide review (PCSCA 2022 s24, adults) is a constituent too: the same criterion, with
        // its s26 exclusions, that decides the offensive-weapons-homicide-review determination beside this regime.
        var offensiveWeapons = OffensiveWeaponsHomicideCriterion(Jurisdiction.Wales, regime, dardrCommencement);
        string domesticName = dardrCommencement is null ? "a domestic homicide review" : "a domestic abuse related death review";
        var childSusr = AnyOf("susr-child", "A Single Unified Safeguarding Review: the criteria of a concise or extended child practice review, or of " + domesticName + ", are met", susr, regime,
            childConcise, childExtended, Domestic("child"));
        var adultSusr = AnyOf("susr-adult", "A Single Unified Safeguarding Review: the criteria of an adult practice review, " + domesticName + ", a mental health homicide review or an offensive weapons homicide review are met", susr, regime,
            adult, Domestic("adult"), mentalHealth, offensiveWeapons);
        return new Regime(RegimeId.WalesSusr2024, "Regional Safeguarding Boards (Wales): Single Unified Safeguarding Reviews", Jurisdiction.Wales,
            ImmutableArray.Create(Subject.Child, Subject.Adult), regime,
            new Citation("Single Unified Safeguarding Review statutory guidance (Welsh Government, 2024) with SI 2015/1466", "reg 4", SourceKind.StatutoryGuidance, true),
            ImmutableArray.Create(
                Required(DeterminationKind.ChildPracticeReviewConcise, Subject.Child, childConcise),
                NotRequired(DeterminationKind.ChildPracticeReviewConcise, Subject.Child, childConcise, regime),
                Required(DeterminationKind.ChildPracticeReviewExtended, Subject.Child, childExtended),
                NotRequired(DeterminationKind.ChildPracticeReviewExtended, Subject.Child, childExtended, regime),
                Required(DeterminationKind.SingleUnifiedSafeguardingReview, Subject.Child, childSusr),
                NotRequired(DeterminationKind.SingleUnifiedSafeguardingReview, Subject.Child, childSusr, regime),
                Required(DeterminationKind.AdultPracticeReview, Subject.Adult, adult),
                NotRequired(DeterminationKind.AdultPracticeReview, Subject.Adult, adult, regime),
                Required(DeterminationKind.MentalHealthHomicideReview, Subject.Adult, mentalHealth),
                NotRequired(DeterminationKind.MentalHealthHomicideReview, Subject.Adult, mentalHealth, regime),
                Required(DeterminationKind.SingleUnifiedSafeguardingReview, Subject.Adult, adultSusr),
                NotRequired(DeterminationKind.SingleUnifiedSafeguardingReview, Subject.Adult, adultSusr, regime)));
    }

    /// <summary>The default first day of the Scottish Care and Risk Management limb (the 2024 update; the day is assumed).</summary>
    internal static LocalDate ScotlandCareAndRiskManagementDefaultStart { get; } = new(2024, 1, 1);

    /// <summary>The first day of <c>scotland-learning-review-2021</c> (the guidance's own start is unverified: 1 September 2021 assumed).</summary>
    internal static LocalDate ScotlandLearningReviewStart { get; } = new(2021, 9, 1);

    private static Regime ScotlandLearningReview2021() => ScotlandLearningReview2021(ScotlandCareAndRiskManagementDefaultStart);

    /// <summary>The Scottish children's regime with the Care and Risk Management limb in force from the given day.</summary>
    internal static Regime ScotlandLearningReview2021(LocalDate careAndRiskManagementStart)
    {
        var regime = new Validity(ScotlandLearningReviewStart, null);
        var carm = new Validity(careAndRiskManagementStart, null);
        var guidance = new Citation("National guidance for child protection committees undertaking learning reviews (2021, updated 2024)", "criteria", SourceKind.Guidance, false); // VERIFICATION.md s9: headline confirmed, exact criteria unverified
        var scope = new Citation("National guidance for child protection committees undertaking learning reviews (2021, updated 2024)", "scope: death, significant harm, risk of death or significant harm, effective practice", SourceKind.Guidance, true);
        var update = new Citation("National guidance for child protection committees undertaking learning reviews (2024 update)", "Care and Risk Management: harm caused to another person or to themselves (start day assumed)", SourceKind.Guidance, false);
        var review = AnyOf("scotland-learning-review", "The committee may hold a learning review: the child died, was significantly harmed or at risk of death or significant harm, there was effective practice to learn from, or (2024 update) a child under Care and Risk Management caused harm", guidance, regime,
            DiedOrSeriouslyHarmed("scotland-learning-review-harm", "The child died or was significantly harmed", guidance, regime),
            Yes("scotland-learning-review-at-risk", "The child was at risk of death or significant harm", scope, regime, FactName.AtRiskOfHarm),
            Yes("scotland-learning-review-practice", "There was effective practice with learning to share", guidance, regime, FactName.OutstandingPositiveLearning),
            Yes("scotland-learning-review-carm", "The child, managed under Care and Risk Management processes, caused harm to another person or to themselves", update, carm, FactName.CareAndRiskManagementHarm));
        return new Regime(RegimeId.ScotlandLearningReview2021, "Child protection committees: learning reviews", Jurisdiction.Scotland,
            ImmutableArray.Create(Subject.Child), regime, guidance,
            ImmutableArray.Create(
                Discretionary(DeterminationKind.LearningReview, Subject.Child, review),
                NotRequired(DeterminationKind.LearningReview, Subject.Child, review, regime)));
    }

    private static Regime ScotlandAdultLearningReview2022()
    {
        // From May 2022 [V]; the day (1 May) is assumed.
        var regime = From(2022, 5, 1);
        var annex = new Citation("Adult Support and Protection: learning review guidance (Scottish Government, 2022)", "Annex 2", SourceKind.Guidance, true);
        var limb1 = new Citation("Adult Support and Protection: learning review guidance (Scottish Government, 2022)", "Annex 2, criteria (limb 1)", SourceKind.Guidance, true);
        var limb2 = new Citation("Adult Support and Protection: learning review guidance (Scottish Government, 2022)", "Annex 2, criteria (limb 2)", SourceKind.Guidance, true);
        Criterion Harmed(string prefix, Citation cite) => AnyOf(prefix + "-harm", "The adult died, abuse or neglect being a factor, or is alive and believed to have experienced serious abuse or neglect", cite, regime,
            AllOf(prefix + "-died", "The adult died and abuse or neglect is known or suspected to be a factor", cite, regime,
                Died(prefix + "-died-death", cite, regime),
                AbuseOrNeglect(prefix + "-died-abuse", cite, regime)),
            AllOf(prefix + "-serious", "The adult is alive and believed to have experienced serious abuse or neglect", cite, regime,
                SeriouslyHarmed(prefix + "-serious-harm", "The adult is alive and experienced serious harm", cite, regime),
                AbuseOrNeglect(prefix + "-serious-abuse", cite, regime)));
        var required = AllOf("asp-learning-review-limb-1", "Limb 1: the adult was subject to adult support and protection processes, there is reasonable cause for concern about how agencies worked together, and the adult died or experienced serious abuse or neglect", limb1, regime,
            Yes("asp-learning-review-limb-1-processes", "The adult was subject to adult support and protection processes", limb1, regime, FactName.SubjectToAdultProtectionProcesses),
            Yes("asp-learning-review-limb-1-concern", "There is reasonable cause for concern about how professionals and services worked together", limb1, regime, FactName.ConcernAboutJointWorking),
            Harmed("asp-learning-review-limb-1", limb1));
        var discretionary = AllOf("asp-learning-review-limb-2", "Limb 2: the adult was not subject to adult support and protection processes, but there is the same concern (raised by another review, a court or a referral) and the same harm", limb2, regime,
            No("asp-learning-review-limb-2-processes", "The adult was not subject to adult support and protection processes", limb2, regime, FactName.SubjectToAdultProtectionProcesses),
            Yes("asp-learning-review-limb-2-concern", "There is reasonable cause for concern about how professionals and services worked together", limb2, regime, FactName.ConcernAboutJointWorking),
            Harmed("asp-learning-review-limb-2", limb2));
        var either = AnyOf("asp-learning-review", "Limb 1 or limb 2 of the adult learning review criteria is met", annex, regime, required, discretionary);
        return new Regime(RegimeId.ScotlandAdultLearningReview2022, "Adult protection committees: learning reviews", Jurisdiction.Scotland,
            ImmutableArray.Create(Subject.Adult), regime, annex,
            ImmutableArray.Create(
                Required(DeterminationKind.LearningReview, Subject.Adult, required),
                Discretionary(DeterminationKind.LearningReview, Subject.Adult, discretionary),
                NotRequired(DeterminationKind.LearningReview, Subject.Adult, either, regime)));
    }
}
