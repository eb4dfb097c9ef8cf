namespace Safeguarding.Domain;

/// <summary>
/// The recorded events of a statutory review's history, from the incident becoming known to the action
/// plan being closed. Wire names are the contract's event <c>type</c>s (for example <c>incident-known</c>).
/// </summary>
/// <remarks>The default value is <see cref="IncidentKnown"/>.</remarks>
public enum ReviewEventType
{
    /// <summary>The responsible body became aware of the incident (<c>incident-known</c>).</summary>
    IncidentKnown = 0,

    /// <summary>The incident was notified (to the national Panel, Ofsted or the board) (<c>notified</c>).</summary>
    Notified = 1,

    /// <summary>The rapid review was completed and sent to the Panel (<c>rapid-review-completed</c>).</summary>
    RapidReviewCompleted = 2,

    /// <summary>The decision whether to hold a review was made (<c>decided</c>, with <c>initiate</c> or <c>not-initiate</c>).</summary>
    Decided = 3,

    /// <summary>The review was commissioned: reviewer, methodology and scope period (<c>commissioned</c>).</summary>
    Commissioned = 4,

    /// <summary>The reviewer delivered the final report (<c>report-completed</c>).</summary>
    ReportCompleted = 5,

    /// <summary>The board or the safeguarding partners signed the report off (<c>signed-off</c>).</summary>
    SignedOff = 6,

    /// <summary>The report was anonymised for publication (<c>anonymised</c>).</summary>
    Anonymised = 7,

    /// <summary>The report was sent to the national Panel and the Secretary of State (<c>sent-to-panel</c>).</summary>
    SentToPanel = 8,

    /// <summary>The report was published (<c>published</c>).</summary>
    Published = 9,

    /// <summary>The partners decided not to publish, with reasons (<c>not-published</c>).</summary>
    NotPublished = 10,

    /// <summary>Elected members were informed (<c>members-informed</c>).</summary>
    MembersInformed = 11,

    /// <summary>The multi-agency action plan was agreed (<c>action-plan-agreed</c>).</summary>
    ActionPlanAgreed = 12,

    /// <summary>The action plan was closed (<c>action-plan-closed</c>).</summary>
    ActionPlanClosed = 13,

    /// <summary>The review was withdrawn (<c>withdrawn</c>).</summary>
    Withdrawn = 14,

    /// <summary>The report was taken down at the end of its publication window (<c>publication-ended</c>).</summary>
    PublicationEnded = 15,

    /// <summary>The review itself started (<c>review-started</c>).</summary>
    ReviewStarted = 16,

    /// <summary>Welsh Government was notified that a Single Unified Safeguarding Review is held (<c>welsh-government-notified</c>).</summary>
    WelshGovernmentNotified = 17,

    /// <summary>The Care Inspectorate was notified of the decision to proceed or not to proceed with a learning review (<c>care-inspectorate-notified</c>).</summary>
    CareInspectorateNotified = 18,

    /// <summary>The learning review's report was sent to the Care Inspectorate (<c>care-inspectorate-report-sent</c>).</summary>
    CareInspectorateReportSent = 19,

    /// <summary>The review is delayed, with a reason from <see cref="Lifecycle.DelayReason"/> and an optional note (<c>delayed</c>).</summary>
    Delayed = 20,

    /// <summary>The published report was deposited in the NSPCC national case review repository (<c>repository-deposited</c>).</summary>
    RepositoryDeposited = 21,

    /// <summary>The domestic homicide review report was submitted, or resubmitted, to the Home Office Quality Assurance Panel (<c>home-office-submitted</c>).</summary>
    HomeOfficeSubmitted = 22,

    /// <summary>The Home Office Quality Assurance Panel assessed the report, with an outcome (<c>home-office-assessed</c>).</summary>
    HomeOfficeAssessed = 23,

    /// <summary>The Secretary of State was notified of an offensive weapons homicide review's qualifying circumstances (<c>secretary-of-state-notified</c>; Police, Crime, Sentencing and Courts Act 2022 s27(8)).</summary>
    SecretaryOfStateNotified = 24,

    /// <summary>The domestic abuse related death review's report was sent to the Domestic Abuse Commissioner (<c>domestic-abuse-commissioner-sent</c>; Domestic Violence, Crime and Victims Act 2004 s8A, inserted by the Victims and Prisoners Act 2024 s19, not yet in force).</summary>
    DomesticAbuseCommissionerSent = 25,
}
