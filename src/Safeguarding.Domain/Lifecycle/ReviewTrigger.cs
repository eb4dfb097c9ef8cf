namespace Safeguarding.Domain.Lifecycle;

/// <summary>
/// What moves a review through its lifecycle. Each trigger records one <see cref="ReviewEventType"/>;
/// the <c>decided</c> event is two triggers, one per decision. Wire names are kebab-case, see <see cref="LifecycleNames"/>.
/// </summary>
/// <remarks>The default value is <see cref="RecordIncident"/>.</remarks>
public enum ReviewTrigger
{
    /// <summary>Record that the incident became known (<c>incident-known</c>).</summary>
    RecordIncident = 0,

    /// <summary>Notify the incident (<c>notified</c>).</summary>
    Notify = 1,

    /// <summary>Complete the rapid review (<c>rapid-review-completed</c>).</summary>
    CompleteRapidReview = 2,

    /// <summary>Decide to hold the review (<c>decided-initiate</c>).</summary>
    DecideToInitiate = 3,

    /// <summary>Decide not to hold the review (<c>decided-not-initiate</c>).</summary>
    DecideNotToInitiate = 4,

    /// <summary>Commission the review (<c>commissioned</c>).</summary>
    Commission = 5,

    /// <summary>Start the review (<c>review-started</c>).</summary>
    StartReview = 6,

    /// <summary>Complete the final report (<c>report-completed</c>).</summary>
    CompleteReport = 7,

    /// <summary>Sign the report off (<c>signed-off</c>).</summary>
    SignOff = 8,

    /// <summary>Anonymise the report (<c>anonymised</c>).</summary>
    Anonymise = 9,

    /// <summary>Send the report to the national Panel and the Secretary of State (<c>sent-to-panel</c>).</summary>
    SendToPanel = 10,

    /// <summary>Publish the report (<c>published</c>).</summary>
    Publish = 11,

    /// <summary>Decide not to publish the report (<c>not-published</c>).</summary>
    DecideNotToPublish = 12,

    /// <summary>Take the report down at the end of its publication window (<c>publication-ended</c>).</summary>
    EndPublication = 13,

    /// <summary>Inform elected members (<c>members-informed</c>).</summary>
    InformMembers = 14,

    /// <summary>Agree the action plan (<c>action-plan-agreed</c>).</summary>
    AgreeActionPlan = 15,

    /// <summary>Close the action plan (<c>action-plan-closed</c>).</summary>
    CloseActionPlan = 16,

    /// <summary>Withdraw the review (<c>withdrawn</c>).</summary>
    Withdraw = 17,

    /// <summary>Notify Welsh Government that a Single Unified Safeguarding Review is held (<c>welsh-government-notified</c>).</summary>
    NotifyWelshGovernment = 18,

    /// <summary>Notify the Care Inspectorate of the decision to proceed or not (<c>care-inspectorate-notified</c>).</summary>
    NotifyCareInspectorate = 19,

    /// <summary>Send the learning review's report to the Care Inspectorate (<c>care-inspectorate-report-sent</c>).</summary>
    SendReportToCareInspectorate = 20,

    /// <summary>Record a delay and its reason (<c>delayed</c>).</summary>
    RecordDelay = 21,

    /// <summary>Deposit the published report in the national case review repository (<c>repository-deposited</c>).</summary>
    DepositInRepository = 22,

    /// <summary>Submit, or resubmit, the report to the Home Office Quality Assurance Panel (<c>home-office-submitted</c>).</summary>
    SubmitToHomeOffice = 23,

    /// <summary>The Home Office panel clears the report for publication (<c>home-office-assessed-publish</c>).</summary>
    HomeOfficeClearsForPublication = 24,

    /// <summary>The Home Office panel asks for the report to be resubmitted (<c>home-office-assessed-resubmit</c>).</summary>
    HomeOfficeAsksForResubmission = 25,

    /// <summary>Notify the Secretary of State of an offensive weapons homicide review (<c>secretary-of-state-notified</c>).</summary>
    NotifySecretaryOfState = 26,

    /// <summary>Send the domestic abuse related death review's report to the Domestic Abuse Commissioner (<c>domestic-abuse-commissioner-sent</c>).</summary>
    SendToDomesticAbuseCommissioner = 27,
}
