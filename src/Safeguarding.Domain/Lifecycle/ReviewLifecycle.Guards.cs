using Safeguarding.Domain.Citations;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Domain.Lifecycle;

/// <content>
/// The guards the declared tables name, each defined once: its id, words, citation (the kind's own where the
/// rule differs by kind), whether it is a requirement of the rules or the bookkeeping of the record, and its test.
/// </content>
public sealed partial class ReviewLifecycle
{
    private const string Wt2015 = "Working Together to Safeguard Children 2015";

    private static readonly Citation RecordRule =
        new("Integration contract v1", "safeguarding review: a record carries the events in the order they happened", SourceKind.Guidance, true);

    private static readonly Citation ActionPlanRule =
        new("Board action-plan protocol", "an action plan is closed only when none of its actions is open", SourceKind.LocalPolicy, true);

    private static readonly Citation ActionPlanAgreedRule =
        new("Board action-plan protocol", "an action plan is agreed once for each review, after its report is completed", SourceKind.LocalPolicy, true);

    private static readonly Citation CareInspectorateRule = new(
        "Care Inspectorate", "learning reviews: notify the decision to proceed or not to proceed, and send the report on completion", SourceKind.Guidance, true);

    private static readonly Citation RepositoryRule = new(
        "NSPCC national case review repository",
        "published reports stay on the partnership's website for at least the publication period and can thereafter be found in the national repository (no timescale stated)",
        SourceKind.Guidance,
        false);

    private static readonly Citation HomeOfficeRule = new(
        "Multi-agency Statutory Guidance for the Conduct of Domestic Homicide Reviews 2016",
        "the Home Office Quality Assurance Panel approves the report before publication (no timescale stated)",
        SourceKind.StatutoryGuidance,
        true);

    /// <summary>Every event is dated on or after the event recorded before it; every row's first guard.</summary>
    private static readonly LifecycleGuard InDateOrder = new(
        "in-date-order",
        "The event is dated on or after the event recorded before it.",
        RecordRule,
        LifecycleGuardKind.Bookkeeping,
        static (r, e) => r.LastDate is not LocalDate last || e.Date >= last);

    /// <summary>
    /// The guard a row's name stands for in a kind, with that kind's citations; null where the catalogue has no
    /// timescale the guard needs (the Panel notice).
    /// </summary>
    private static LifecycleGuard? GuardOf(LifecycleGuardName name, ReviewEventType recorded, DeterminationKind kind, TimescaleCatalogue catalogue, Citation source)
    {
        var publication = PublicationRule(kind, source);
        switch (name)
        {
            case LifecycleGuardName.Once:
                return new LifecycleGuard(
                    LifecycleNames.Name(recorded) + "-not-yet-recorded",
                    "The " + LifecycleNames.Name(recorded) + " event has not already been recorded.",
                    RecordRule,
                    LifecycleGuardKind.Bookkeeping,
                    (r, _) => !r.Has(recorded));
            case LifecycleGuardName.ReviewerIndependent:
                return new LifecycleGuard(
                    "reviewer-independent",
                    "The reviewer is independent of the case and of the agencies under review (the commissioned event does not record reviewerIndependent: false).",
                    IndependenceRule(kind, source),
                    static (_, e) => e.ReviewerIndependent != false);
            case LifecycleGuardName.ScopeEndsByIncident:
                return new LifecycleGuard(
                    "scope-ends-by-incident",
                    "The review's scope period ends no later than the incident (the incident date, or the day it became known).",
                    new Citation(source.Instrument, source.Provision + "; scope of the review", source.Kind, false),
                    static (r, e) =>
                    {
                        var known = r.First(ReviewEventType.IncidentKnown);
                        var incident = known?.IncidentDate ?? known?.Date;
                        return e.ScopeEnd is not LocalDate end || incident is not LocalDate i || end <= i;
                    });
            case LifecycleGuardName.SignedOffBeforePublication:
                return new LifecycleGuard(
                    "signed-off-before-publication",
                    "The report was signed off by the board or the safeguarding partners before publication.",
                    publication,
                    static (r, _) => r.Has(ReviewEventType.SignedOff));
            case LifecycleGuardName.AnonymisedBeforePublication:
                return new LifecycleGuard(
                    "anonymised-before-publication",
                    "The report was anonymised before publication.",
                    publication,
                    static (r, _) => r.Has(ReviewEventType.Anonymised));
            case LifecycleGuardName.PanelNoticeBeforePublication:
                return catalogue.TryGet(RegimeId.EnglandCspr2018, "panel-notice", out var notice) ? PanelNotice(notice) : null;
            case LifecycleGuardName.HomeOfficeQualityAssuranceBeforePublication:
                return new LifecycleGuard(
                    "home-office-quality-assurance-before-publication",
                    "In England and Wales, the Home Office Quality Assurance Panel cleared the report for publication (its last home-office-assessed outcome is publish; a record that uses no home-office events may record the submission as sent-to-panel).",
                    new Citation("Multi-agency Statutory Guidance for the Conduct of Domestic Homicide Reviews 2016", "Home Office Quality Assurance Panel approval before publication (England and Wales; the Northern Ireland guidance was not seen)", SourceKind.StatutoryGuidance, true),
                    static (r, _) => r.Jurisdiction == Jurisdiction.NorthernIreland || HomeOfficeStatus(r) switch
                    {
                        HomeOfficeStage.Cleared => true,
                        HomeOfficeStage.None => r.Has(ReviewEventType.SentToPanel),
                        _ => false,
                    });
            case LifecycleGuardName.WelshGovernmentNotifiedBeforePublication:
                return new LifecycleGuard(
                    "welsh-government-notified-before-publication",
                    "Welsh Government was notified that the Single Unified Safeguarding Review took place (welsh-government-notified) before the decision on publication.",
                    SusrGuidance("Welsh Government is notified whenever a SUSR takes place (timing not stated)"),
                    static (r, _) => r.Has(ReviewEventType.WelshGovernmentNotified));
            case LifecycleGuardName.SignedOffBeforeDecisionNotToPublish:
                return new LifecycleGuard(
                    "signed-off-before-decision-not-to-publish",
                    "The report was signed off before the decision not to publish it.",
                    publication,
                    static (r, _) => r.Has(ReviewEventType.SignedOff));
            case LifecycleGuardName.ReasonsForNotPublishing:
                return new LifecycleGuard(
                    "reasons-for-not-publishing",
                    "The decision not to publish records its reasons (the not-published event has reasons).",
                    kind == DeterminationKind.LocalChildSafeguardingPracticeReview
                        ? new Citation("Children Act 2004", "s16F(4)-(5): publish unless inappropriate, and then the improvements; reasons to the Panel: Working Together 2018 ch.4 (wording not seen)", SourceKind.Statute, false)
                        : new Citation(publication.Instrument, publication.Provision + "; reasons for not publishing (wording not seen)", publication.Kind, false),
                    static (_, e) => e.Reasons is not null);
            case LifecycleGuardName.ReportToPanelWhenNotPublished:
                return !catalogue.TryGet(RegimeId.EnglandCspr2018, "panel-notice", out _) ? null : new LifecycleGuard(
                    "report-to-panel-when-not-published",
                    "A report that is not published still goes to the Secretary of State and the Panel.",
                    new Citation("Children Act 2004", "s16F(3)(c)", SourceKind.Statute, true),
                    static (r, _) => r.Has(ReviewEventType.SentToPanel));
            case LifecycleGuardName.StatutoryMinimumServed:
                return new LifecycleGuard(
                    "statutory-minimum-served",
                    "The report stayed published for at least the regime's statutory minimum before it was taken down.",
                    catalogue.For(Review.RegimeOf(kind, Jurisdiction.England, null), kind)
                        .FirstOrDefault(t => t.Rule == TimescaleRule.MinimumPeriod)?.Citation ?? publication,
                    (r, e) =>
                    {
                        var published = r.First(ReviewEventType.Published);
                        var minimum = PublicationWindow.StatutoryMinimumOf(r.RegimeId, r.Kind, catalogue);
                        return published is null || minimum is null || e.Date >= published.Date.Plus(minimum);
                    });
            case LifecycleGuardName.LocalPolicyServed:
                return new LifecycleGuard(
                    "local-policy-served",
                    "The report stayed published for at least the local policy's publication period before it was taken down.",
                    new Citation("Local publication policy", "publication period", SourceKind.LocalPolicy, true),
                    static (r, e) =>
                    {
                        var published = r.First(ReviewEventType.Published);
                        var period = r.Policy.PublicationPeriod;
                        return published is null || period is null || e.Date >= published.Date.Plus(period);
                    });
            case LifecycleGuardName.ActionPlanNotYetAgreed:
                return new LifecycleGuard(
                    "action-plan-not-yet-agreed",
                    "No action plan has been agreed yet.",
                    ActionPlanAgreedRule,
                    static (r, _) => r.ActionPlan == ActionPlanState.None);
            case LifecycleGuardName.ActionPlanOpen:
                return new LifecycleGuard(
                    "action-plan-open",
                    "An action plan has been agreed and is not already closed.",
                    ActionPlanRule,
                    static (r, _) => r.ActionPlan == ActionPlanState.Agreed);
            case LifecycleGuardName.NoOpenActions:
                return new LifecycleGuard(
                    "no-open-actions",
                    "No action is still open: the event records openActions: 0 (an unknown count does not close a plan).",
                    ActionPlanRule,
                    static (_, e) => e.OpenActions == 0);
            case LifecycleGuardName.CareInspectorateNotifiedOfDecision:
                return new LifecycleGuard(
                    "care-inspectorate-notified-of-decision",
                    "The Care Inspectorate was told of the decision to proceed (care-inspectorate-notified) before the report is sent to it.",
                    CareInspectorateRule,
                    static (r, _) => r.Has(ReviewEventType.CareInspectorateNotified));
            case LifecycleGuardName.NotYetDeposited:
                return new LifecycleGuard(
                    "repository-deposited-not-yet-recorded",
                    "The report has not already been deposited in the national case review repository.",
                    RepositoryRule,
                    LifecycleGuardKind.Bookkeeping,
                    static (r, _) => !r.Has(ReviewEventType.RepositoryDeposited));
            case LifecycleGuardName.HomeOfficeNoSubmissionAwaiting:
                return new LifecycleGuard(
                    "home-office-no-submission-awaiting",
                    "No earlier submission to the Home Office Quality Assurance Panel is still awaiting its assessment.",
                    HomeOfficeRule,
                    static (r, _) => HomeOfficeStatus(r) != HomeOfficeStage.Awaiting);
            case LifecycleGuardName.HomeOfficeNotYetCleared:
                return new LifecycleGuard(
                    "home-office-not-yet-cleared",
                    "The Home Office Quality Assurance Panel has not already cleared the report for publication.",
                    HomeOfficeRule,
                    static (r, _) => HomeOfficeStatus(r) != HomeOfficeStage.Cleared);
            case LifecycleGuardName.HomeOfficeSubmissionAwaiting:
                return new LifecycleGuard(
                    "home-office-submission-awaiting",
                    "A submission to the Home Office Quality Assurance Panel is awaiting its assessment.",
                    HomeOfficeRule,
                    static (r, _) => HomeOfficeStatus(r) == HomeOfficeStage.Awaiting);
            default:
                throw new ArgumentOutOfRangeException(nameof(name));
        }
    }

    /// <summary>The Panel notice: the report goes to the Secretary of State and the Panel a set time before publication.</summary>
    private static LifecycleGuard PanelNotice(Timescale notice) => new(
        "panel-notice-before-publication",
        "The report was sent to the Secretary of State and the Child Safeguarding Practice Review Panel no later than " + notice.Length + " before publication.",
        notice.Citation,
        (r, e) =>
        {
            var sent = r.First(ReviewEventType.SentToPanel);
            if (sent is null)
            {
                return false;
            }

            return notice.Length.TryDueFrom(sent.Date, r.Calendar, out var due) && e.Date >= due.Date;
        });

    /// <summary>Where the publication rules of a kind come from.</summary>
    private static Citation PublicationRule(DeterminationKind kind, Citation source) => kind switch
    {
        DeterminationKind.SeriousCaseReview => new Citation(Wt2015, "ch.4, publication of serious case review reports", SourceKind.StatutoryGuidance, true),
        DeterminationKind.LocalChildSafeguardingPracticeReview => new Citation("Children Act 2004", "s16F(4)-(5): publication of the report", SourceKind.Statute, true),
        _ => source,
    };

    /// <summary>Where the independence of a kind's reviewer comes from.</summary>
    private static Citation IndependenceRule(DeterminationKind kind, Citation source) => kind switch
    {
        DeterminationKind.SeriousCaseReview => new Citation(Wt2015, "ch.4, lead reviewers independent of the case and of the organisations reviewed", SourceKind.StatutoryGuidance, true),
        DeterminationKind.ChildPracticeReviewConcise or DeterminationKind.ChildPracticeReviewExtended or DeterminationKind.AdultPracticeReview =>
            new Citation("SI 2015/1466", "reg 4(5): independent reviewers", SourceKind.Regulation, true),
        DeterminationKind.LocalChildSafeguardingPracticeReview => new Citation("SI 2018/789", "reg 12 (reviewer appointed); independence: Working Together 2018 ch.4 (wording not seen)", SourceKind.Regulation, false),
        _ => new Citation(source.Instrument, source.Provision + "; reviewer independence (wording not seen)", source.Kind, false),
    };

    /// <summary>Where a domestic homicide review stands with the Home Office panel: its last submission or assessment.</summary>
    internal static HomeOfficeStage HomeOfficeStatus(Review review)
    {
        var stage = HomeOfficeStage.None;
        foreach (var e in review.Events)
        {
            if (e.Type == ReviewEventType.HomeOfficeSubmitted)
            {
                stage = HomeOfficeStage.Awaiting;
            }
            else if (e.Type == ReviewEventType.HomeOfficeAssessed)
            {
                stage = e.HomeOfficeOutcome == HomeOfficeOutcome.Publish ? HomeOfficeStage.Cleared : HomeOfficeStage.Resubmit;
            }
        }

        return stage;
    }

    internal enum HomeOfficeStage
    {
        None,
        Awaiting,
        Resubmit,
        Cleared,
    }
}
