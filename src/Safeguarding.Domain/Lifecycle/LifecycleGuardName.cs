namespace Safeguarding.Domain.Lifecycle;

/// <summary>
/// The guards a row of a declared lifecycle table names. A name stands for the same requirement in every kind;
/// its citation is the kind's own (see <c>ReviewLifecycle.Guards.cs</c>, where each name is defined).
/// </summary>
internal enum LifecycleGuardName
{
    /// <summary>The event the row records has not already been recorded (bookkeeping).</summary>
    Once,

    /// <summary><c>reviewer-independent</c>.</summary>
    ReviewerIndependent,

    /// <summary><c>scope-ends-by-incident</c>.</summary>
    ScopeEndsByIncident,

    /// <summary><c>signed-off-before-publication</c>.</summary>
    SignedOffBeforePublication,

    /// <summary><c>anonymised-before-publication</c>.</summary>
    AnonymisedBeforePublication,

    /// <summary><c>panel-notice-before-publication</c>; only where the catalogue has the Panel notice.</summary>
    PanelNoticeBeforePublication,

    /// <summary><c>home-office-quality-assurance-before-publication</c>.</summary>
    HomeOfficeQualityAssuranceBeforePublication,

    /// <summary><c>welsh-government-notified-before-publication</c>.</summary>
    WelshGovernmentNotifiedBeforePublication,

    /// <summary><c>signed-off-before-decision-not-to-publish</c>.</summary>
    SignedOffBeforeDecisionNotToPublish,

    /// <summary><c>reasons-for-not-publishing</c>.</summary>
    ReasonsForNotPublishing,

    /// <summary><c>report-to-panel-when-not-published</c>; only where the catalogue has the Panel notice.</summary>
    ReportToPanelWhenNotPublished,

    /// <summary><c>statutory-minimum-served</c>.</summary>
    StatutoryMinimumServed,

    /// <summary><c>local-policy-served</c>.</summary>
    LocalPolicyServed,

    /// <summary><c>action-plan-not-yet-agreed</c>.</summary>
    ActionPlanNotYetAgreed,

    /// <summary><c>action-plan-open</c>.</summary>
    ActionPlanOpen,

    /// <summary><c>no-open-actions</c>.</summary>
    NoOpenActions,

    /// <summary><c>care-inspectorate-notified-of-decision</c>.</summary>
    CareInspectorateNotifiedOfDecision,

    /// <summary><c>repository-deposited-not-yet-recorded</c> (bookkeeping).</summary>
    NotYetDeposited,

    /// <summary><c>home-office-no-submission-awaiting</c>.</summary>
    HomeOfficeNoSubmissionAwaiting,

    /// <summary><c>home-office-not-yet-cleared</c>.</summary>
    HomeOfficeNotYetCleared,

    /// <summary><c>home-office-submission-awaiting</c>.</summary>
    HomeOfficeSubmissionAwaiting,
}
