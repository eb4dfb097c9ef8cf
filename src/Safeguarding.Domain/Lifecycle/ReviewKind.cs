namespace Safeguarding.Domain.Lifecycle;

/// <summary>
/// The kinds of statutory review whose lifecycles the package models. Wire names are the contract's
/// determination kinds (for example <c>serious-case-review</c>); see <see cref="LifecycleNames"/>.
/// </summary>
/// <remarks>The default value is <see cref="SeriousCaseReview"/>.</remarks>
public enum ReviewKind
{
    /// <summary>England (SI 2006/90 reg 5) or Wales (SI 2006/1705 reg 4) serious case review (<c>serious-case-review</c>).</summary>
    SeriousCaseReview = 0,

    /// <summary>England serious incident notification to the Child Safeguarding Practice Review Panel (<c>serious-incident-notification</c>).</summary>
    SeriousIncidentNotification = 1,

    /// <summary>England rapid review after a serious incident notification (<c>rapid-review</c>).</summary>
    RapidReview = 2,

    /// <summary>England local child safeguarding practice review (Children Act 2004 s16F, SI 2018/789) (<c>local-child-safeguarding-practice-review</c>).</summary>
    LocalChildSafeguardingPracticeReview = 3,

    /// <summary>England safeguarding adults review (Care Act 2014 s44) (<c>safeguarding-adults-review</c>).</summary>
    SafeguardingAdultsReview = 4,

    /// <summary>England and Wales domestic homicide review (Domestic Violence, Crime and Victims Act 2004 s9) (<c>domestic-homicide-review</c>).</summary>
    DomesticHomicideReview = 5,

    /// <summary>Wales concise child practice review (SI 2015/1466 reg 4(3)) (<c>child-practice-review-concise</c>).</summary>
    ChildPracticeReviewConcise = 6,

    /// <summary>Wales extended child practice review (SI 2015/1466 reg 4(4)) (<c>child-practice-review-extended</c>).</summary>
    ChildPracticeReviewExtended = 7,

    /// <summary>Northern Ireland case management review (SR 2012/324 reg 17) (<c>case-management-review</c>).</summary>
    CaseManagementReview = 8,

    /// <summary>Scotland child protection committee learning review (national guidance 2021) (<c>learning-review</c>).</summary>
    LearningReview = 9,

    /// <summary>Wales adult practice review (SI 2015/1466 reg 4) (<c>adult-practice-review</c>).</summary>
    AdultPracticeReview = 10,
}
