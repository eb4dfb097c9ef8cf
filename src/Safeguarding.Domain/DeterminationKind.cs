namespace Safeguarding.Domain;

/// <summary>A kind of statutory review or notification that a regime decides about.</summary>
/// <remarks>The default value is <see cref="SeriousCaseReview"/>. Wire names are the contract's kebab-case ids.</remarks>
public enum DeterminationKind
{
    /// <summary>Serious case review (<c>serious-case-review</c>).</summary>
    SeriousCaseReview = 0,

    /// <summary>Serious incident notification (<c>serious-incident-notification</c>).</summary>
    SeriousIncidentNotification = 1,

    /// <summary>Rapid review (<c>rapid-review</c>).</summary>
    RapidReview = 2,

    /// <summary>Local child safeguarding practice review (<c>local-child-safeguarding-practice-review</c>).</summary>
    LocalChildSafeguardingPracticeReview = 3,

    /// <summary>Safeguarding adults review (<c>safeguarding-adults-review</c>).</summary>
    SafeguardingAdultsReview = 4,

    /// <summary>Domestic homicide review (<c>domestic-homicide-review</c>).</summary>
    DomesticHomicideReview = 5,

    /// <summary>Concise child practice review (<c>child-practice-review-concise</c>).</summary>
    ChildPracticeReviewConcise = 6,

    /// <summary>Extended child practice review (<c>child-practice-review-extended</c>).</summary>
    ChildPracticeReviewExtended = 7,

    /// <summary>Case management review (<c>case-management-review</c>).</summary>
    CaseManagementReview = 8,

    /// <summary>Learning review (<c>learning-review</c>).</summary>
    LearningReview = 9,

    /// <summary>Adult practice review, concise or extended (<c>adult-practice-review</c>).</summary>
    AdultPracticeReview = 10,

    /// <summary>Single unified safeguarding review, Wales from 1 October 2024 (<c>single-unified-safeguarding-review</c>).</summary>
    SingleUnifiedSafeguardingReview = 11,

    /// <summary>Mental health homicide review, Wales (<c>mental-health-homicide-review</c>).</summary>
    MentalHealthHomicideReview = 12,

    /// <summary>Offensive weapons homicide review, England and Wales (<c>offensive-weapons-homicide-review</c>).</summary>
    OffensiveWeaponsHomicideReview = 13,

    /// <summary>Notification of the death of a looked-after child, England (<c>looked-after-child-death-notification</c>).</summary>
    LookedAfterChildDeathNotification = 14,

    /// <summary>Notification of the death of a care leaver, England (<c>care-leaver-death-notification</c>).</summary>
    CareLeaverDeathNotification = 15,

    /// <summary>Domestic abuse related death review, England and Wales once commenced (<c>domestic-abuse-related-death-review</c>).</summary>
    DomesticAbuseRelatedDeathReview = 16,
}
