using Safeguarding.Domain.Internal;

namespace Safeguarding.Domain;

/// <summary>The contract's wire names of the shared vocabulary: jurisdictions and review kinds.</summary>
internal static class VocabularyNames
{
    public static readonly KebabNames<Jurisdiction> Jurisdictions = new(
        (Jurisdiction.England, "england"), (Jurisdiction.Wales, "wales"), (Jurisdiction.Scotland, "scotland"), (Jurisdiction.NorthernIreland, "northern-ireland"));

    public static readonly KebabNames<DeterminationKind> Kinds = new(
        (DeterminationKind.SeriousCaseReview, "serious-case-review"),
        (DeterminationKind.SeriousIncidentNotification, "serious-incident-notification"),
        (DeterminationKind.RapidReview, "rapid-review"),
        (DeterminationKind.LocalChildSafeguardingPracticeReview, "local-child-safeguarding-practice-review"),
        (DeterminationKind.SafeguardingAdultsReview, "safeguarding-adults-review"),
        (DeterminationKind.DomesticHomicideReview, "domestic-homicide-review"),
        (DeterminationKind.ChildPracticeReviewConcise, "child-practice-review-concise"),
        (DeterminationKind.ChildPracticeReviewExtended, "child-practice-review-extended"),
        (DeterminationKind.CaseManagementReview, "case-management-review"),
        (DeterminationKind.LearningReview, "learning-review"),
        (DeterminationKind.AdultPracticeReview, "adult-practice-review"),
        (DeterminationKind.SingleUnifiedSafeguardingReview, "single-unified-safeguarding-review"),
        (DeterminationKind.MentalHealthHomicideReview, "mental-health-homicide-review"),
        (DeterminationKind.OffensiveWeaponsHomicideReview, "offensive-weapons-homicide-review"),
        (DeterminationKind.LookedAfterChildDeathNotification, "looked-after-child-death-notification"),
        (DeterminationKind.CareLeaverDeathNotification, "care-leaver-death-notification"),
        (DeterminationKind.DomesticAbuseRelatedDeathReview, "domestic-abuse-related-death-review"));
}
