using Safeguarding.Domain.Internal;

namespace Safeguarding.Domain.Lifecycle;

/// <summary>The wire names (kebab-case) of the lifecycle's enums, fixed by the contract.</summary>
internal static class LifecycleWire
{
    // The determination kinds that have a lifecycle, with the criteria's own wire names (declared once, in VocabularyNames),
    // in the order of DeterminationKind. A notification of a death has none.
    public static readonly KebabNames<DeterminationKind> Kinds = new(
        VocabularyNames.Kinds.Names
            .Select(name => (Value: VocabularyNames.Kinds.TryParse(name, out var kind) ? kind : default, Name: name))
            .Where(p => p.Value is not (DeterminationKind.LookedAfterChildDeathNotification or DeterminationKind.CareLeaverDeathNotification))
            .ToArray());

    /// <summary>Whether a kind has a lifecycle.</summary>
    public static bool HasLifecycle(DeterminationKind kind) => Kinds.Has(kind);

    public static readonly KebabNames<ReviewState> States = new(
        (ReviewState.NotStarted, "not-started"),
        (ReviewState.IncidentKnown, "incident-known"),
        (ReviewState.Notified, "notified"),
        (ReviewState.RapidReviewCompleted, "rapid-review-completed"),
        (ReviewState.NotInitiated, "not-initiated"),
        (ReviewState.Initiated, "initiated"),
        (ReviewState.Commissioned, "commissioned"),
        (ReviewState.UnderReview, "under-review"),
        (ReviewState.ReportCompleted, "report-completed"),
        (ReviewState.SignedOff, "signed-off"),
        (ReviewState.Anonymised, "anonymised"),
        (ReviewState.SentToPanel, "sent-to-panel"),
        (ReviewState.Published, "published"),
        (ReviewState.NotPublished, "not-published"),
        (ReviewState.PublicationEnded, "publication-ended"),
        (ReviewState.Withdrawn, "withdrawn"));

    public static readonly KebabNames<ReviewTrigger> Triggers = new(
        (ReviewTrigger.RecordIncident, "incident-known"),
        (ReviewTrigger.Notify, "notified"),
        (ReviewTrigger.CompleteRapidReview, "rapid-review-completed"),
        (ReviewTrigger.DecideToInitiate, "decided-initiate"),
        (ReviewTrigger.DecideNotToInitiate, "decided-not-initiate"),
        (ReviewTrigger.Commission, "commissioned"),
        (ReviewTrigger.StartReview, "review-started"),
        (ReviewTrigger.CompleteReport, "report-completed"),
        (ReviewTrigger.SignOff, "signed-off"),
        (ReviewTrigger.Anonymise, "anonymised"),
        (ReviewTrigger.SendToPanel, "sent-to-panel"),
        (ReviewTrigger.Publish, "published"),
        (ReviewTrigger.DecideNotToPublish, "not-published"),
        (ReviewTrigger.EndPublication, "publication-ended"),
        (ReviewTrigger.InformMembers, "members-informed"),
        (ReviewTrigger.AgreeActionPlan, "action-plan-agreed"),
        (ReviewTrigger.CloseActionPlan, "action-plan-closed"),
        (ReviewTrigger.Withdraw, "withdrawn"),
        (ReviewTrigger.NotifyWelshGovernment, "welsh-government-notified"),
        (ReviewTrigger.NotifyCareInspectorate, "care-inspectorate-notified"),
        (ReviewTrigger.SendReportToCareInspectorate, "care-inspectorate-report-sent"),
        (ReviewTrigger.RecordDelay, "delayed"),
        (ReviewTrigger.DepositInRepository, "repository-deposited"),
        (ReviewTrigger.SubmitToHomeOffice, "home-office-submitted"),
        (ReviewTrigger.HomeOfficeClearsForPublication, "home-office-assessed-publish"),
        (ReviewTrigger.HomeOfficeAsksForResubmission, "home-office-assessed-resubmit"),
        (ReviewTrigger.NotifySecretaryOfState, "secretary-of-state-notified"),
        (ReviewTrigger.SendToDomesticAbuseCommissioner, "domestic-abuse-commissioner-sent"));

    public static readonly KebabNames<ReviewEventType> EventTypes = new(
        (ReviewEventType.IncidentKnown, "incident-known"),
        (ReviewEventType.Notified, "notified"),
        (ReviewEventType.RapidReviewCompleted, "rapid-review-completed"),
        (ReviewEventType.Decided, "decided"),
        (ReviewEventType.Commissioned, "commissioned"),
        (ReviewEventType.ReviewStarted, "review-started"),
        (ReviewEventType.ReportCompleted, "report-completed"),
        (ReviewEventType.SignedOff, "signed-off"),
        (ReviewEventType.Anonymised, "anonymised"),
        (ReviewEventType.SentToPanel, "sent-to-panel"),
        (ReviewEventType.Published, "published"),
        (ReviewEventType.NotPublished, "not-published"),
        (ReviewEventType.PublicationEnded, "publication-ended"),
        (ReviewEventType.MembersInformed, "members-informed"),
        (ReviewEventType.ActionPlanAgreed, "action-plan-agreed"),
        (ReviewEventType.ActionPlanClosed, "action-plan-closed"),
        (ReviewEventType.Withdrawn, "withdrawn"),
        (ReviewEventType.WelshGovernmentNotified, "welsh-government-notified"),
        (ReviewEventType.CareInspectorateNotified, "care-inspectorate-notified"),
        (ReviewEventType.CareInspectorateReportSent, "care-inspectorate-report-sent"),
        (ReviewEventType.Delayed, "delayed"),
        (ReviewEventType.RepositoryDeposited, "repository-deposited"),
        (ReviewEventType.HomeOfficeSubmitted, "home-office-submitted"),
        (ReviewEventType.HomeOfficeAssessed, "home-office-assessed"),
        (ReviewEventType.SecretaryOfStateNotified, "secretary-of-state-notified"),
        (ReviewEventType.DomesticAbuseCommissionerSent, "domestic-abuse-commissioner-sent"));

    public static readonly KebabNames<ActionPlanState> ActionPlans = new(
        (ActionPlanState.None, "none"),
        (ActionPlanState.Agreed, "agreed"),
        (ActionPlanState.Closed, "closed"));

    public static readonly KebabNames<ReviewDecision> Decisions = new(
        (ReviewDecision.Initiate, "initiate"),
        (ReviewDecision.NotInitiate, "not-initiate"));

    public static readonly KebabNames<DelayReason> DelayReasons = new(
        (DelayReason.FamilyEngagement, "family-engagement"),
        (DelayReason.ParallelProceedings, "parallel-proceedings"),
        (DelayReason.AgencyInformation, "agency-information"),
        (DelayReason.ReviewerCapacity, "reviewer-capacity"),
        (DelayReason.Other, "other"));

    public static readonly KebabNames<HomeOfficeOutcome> HomeOfficeOutcomes = new(
        (HomeOfficeOutcome.Publish, "publish"),
        (HomeOfficeOutcome.Resubmit, "resubmit"));

    public static KebabNames<Jurisdiction> Jurisdictions => VocabularyNames.Jurisdictions;

    public static readonly KebabNames<ClockStatus> Statuses = new(
        (ClockStatus.Met, "met"),
        (ClockStatus.Late, "late"),
        (ClockStatus.Due, "due"),
        (ClockStatus.Overdue, "overdue"));
}
