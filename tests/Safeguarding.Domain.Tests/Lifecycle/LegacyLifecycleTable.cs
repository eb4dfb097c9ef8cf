using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using Safeguarding.Domain.Citations;
using Safeguarding.Domain.Criteria;
using Safeguarding.Domain.Lifecycle;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Domain.Tests.Lifecycle;

/// <summary>
/// The oracle for the declared tables: the imperative builder the library used before its tables were declared
/// (BuildTable and AddReviewRows, with their csprRegime and decisionOnly flags), kept verbatim apart from its
/// class and namespace. DeclaredLifecycleTableTests checks that every kind's declared table has the same rows,
/// guards, words and citations as this one, and that every guard decides the same on random walks.
/// </summary>
internal static class LegacyLifecycleTable
{
    private const string Wt2015 = "Working Together to Safeguard Children 2015";

    private static readonly ImmutableArray<ReviewState> Reporting = ImmutableArray.Create(
        ReviewState.ReportCompleted, ReviewState.SignedOff, ReviewState.Anonymised, ReviewState.SentToPanel);

    private static readonly ImmutableArray<ReviewState> AfterReport = Reporting.AddRange(new[]
    {
        ReviewState.Published, ReviewState.NotPublished, ReviewState.PublicationEnded,
    });

    private static readonly Citation RecordRule =
        new("Integration contract v1", "safeguarding review: a record carries the events in the order they happened", SourceKind.Guidance, true);

    private static readonly Citation ActionPlanRule =
        new("Board action-plan protocol", "an action plan is closed only when none of its actions is open", SourceKind.LocalPolicy, true);

    private static readonly Citation ActionPlanAgreedRule =
        new("Board action-plan protocol", "an action plan is agreed once for each review, after its report is completed", SourceKind.LocalPolicy, true);

    /// <summary>Every event is dated on or after the event recorded before it.</summary>
    private static readonly LifecycleGuard InDateOrder = new(
        "in-date-order",
        "The event is dated on or after the event recorded before it.",
        RecordRule,
        static (r, e) => r.LastDate is not LocalDate last || e.Date >= last);

    internal static Citation SourceOf(DeterminationKind kind) => kind switch
    {
        DeterminationKind.SeriousCaseReview => new Citation("SI 2006/90", "reg 5; Working Together to Safeguard Children 2013/2015 ch.4", SourceKind.Regulation, true),
        DeterminationKind.SeriousIncidentNotification or DeterminationKind.RapidReview =>
            new Citation("Children Act 2004", "s16C; rapid reviews: Working Together to Safeguard Children 2018 ch.4", SourceKind.Statute, true),
        DeterminationKind.LocalChildSafeguardingPracticeReview => new Citation("Children Act 2004", "s16F; SI 2018/789 regs 12-17", SourceKind.Statute, true),
        DeterminationKind.SafeguardingAdultsReview => new Citation("Care Act 2014", "s44; Care and Support Statutory Guidance ch.14", SourceKind.Statute, true),
        DeterminationKind.DomesticHomicideReview => new Citation("Domestic Violence, Crime and Victims Act 2004", "s9; Multi-agency Statutory Guidance for the Conduct of Domestic Homicide Reviews 2016", SourceKind.Statute, true),
        DeterminationKind.ChildPracticeReviewConcise or DeterminationKind.ChildPracticeReviewExtended or DeterminationKind.AdultPracticeReview =>
            new Citation("SI 2015/1466", "reg 4", SourceKind.Regulation, true),
        DeterminationKind.CaseManagementReview => new Citation("SR 2012/324", "reg 17", SourceKind.Regulation, true),
        DeterminationKind.SingleUnifiedSafeguardingReview => SusrGuidance("the process: referral, case review group, the chair's decision, review, action plan"),
        DeterminationKind.MentalHealthHomicideReview => new Citation("Healthcare Inspectorate Wales", "homicide reviews; from 1 October 2024 held as Single Unified Safeguarding Reviews", SourceKind.Guidance, true),
        DeterminationKind.OffensiveWeaponsHomicideReview => OffensiveWeaponsRule,
        DeterminationKind.DomesticAbuseRelatedDeathReview => DomesticAbuseDeathRule,
        _ => new Citation("National guidance for child protection committees undertaking learning reviews", "2021, updated 2024", SourceKind.Guidance, true),
    };

    private static Citation SusrGuidance(string provision) =>
        new("Single Unified Safeguarding Review statutory guidance (Welsh Government, in effect from 1 October 2024)", provision, SourceKind.StatutoryGuidance, true);

    private static readonly Citation OffensiveWeaponsRule = new(
        "Police, Crime, Sentencing and Courts Act 2022", "ss24-36 (pilot under SI 2023/227); s27(8): notify the Secretary of State within one month of becoming aware", SourceKind.Statute, true);

    private static readonly Citation DomesticAbuseDeathRule = new(
        "Domestic Violence, Crime and Victims Act 2004", "s8A (inserted by the Victims and Prisoners Act 2024 s19, not yet in force): reports go to the Secretary of State and the Domestic Abuse Commissioner", SourceKind.Statute, true);

    private static readonly Citation CareInspectorateRule = new(
        "Care Inspectorate", "learning reviews: notify the decision to proceed or not to proceed, and send the report on completion", SourceKind.Guidance, true);

    private static LifecycleGuard NotYetRecorded(ReviewEventType type) => new(
        LifecycleNames.Name(type) + "-not-yet-recorded",
        "The " + LifecycleNames.Name(type) + " event has not already been recorded.",
        RecordRule,
        (r, _) => !r.Has(type));

    internal static ImmutableArray<LifecycleTransition> BuildTable(DeterminationKind kind, TimescaleCatalogue catalogue, Citation source)
    {
        bool csprRegime = kind is DeterminationKind.SeriousIncidentNotification or DeterminationKind.RapidReview or DeterminationKind.LocalChildSafeguardingPracticeReview;
        bool decisionOnly = kind is DeterminationKind.SeriousIncidentNotification or DeterminationKind.RapidReview;
        var rows = ImmutableArray.CreateBuilder<LifecycleTransition>();

        LifecycleTransition Row(ReviewTrigger trigger, ImmutableArray<ReviewState> from, ReviewState? to, ActionPlanState? plan, params LifecycleGuard[] guards) =>
            new(trigger, from, to, plan, ImmutableArray.Create(InDateOrder).AddRange(guards));

        ImmutableArray<ReviewState> One(ReviewState s) => ImmutableArray.Create(s);

        rows.Add(Row(ReviewTrigger.RecordIncident, One(ReviewState.NotStarted), ReviewState.IncidentKnown, null));
        rows.Add(Row(ReviewTrigger.Notify, One(ReviewState.IncidentKnown), ReviewState.Notified, null));
        var decideFrom = ReviewState.Notified;
        if (csprRegime)
        {
            rows.Add(Row(ReviewTrigger.CompleteRapidReview, One(ReviewState.Notified), ReviewState.RapidReviewCompleted, null));
            decideFrom = ReviewState.RapidReviewCompleted;
        }

        rows.Add(Row(ReviewTrigger.DecideToInitiate, One(decideFrom), ReviewState.Initiated, null));
        rows.Add(Row(ReviewTrigger.DecideNotToInitiate, One(decideFrom), ReviewState.NotInitiated, null));

        var membersFrom = ImmutableArray.CreateRange(new[]
        {
            ReviewState.IncidentKnown, ReviewState.Notified, ReviewState.RapidReviewCompleted, ReviewState.NotInitiated, ReviewState.Initiated,
            ReviewState.Commissioned, ReviewState.UnderReview, ReviewState.Withdrawn,
        }.Where(s => csprRegime || s != ReviewState.RapidReviewCompleted)
         .Where(s => !decisionOnly || s is ReviewState.IncidentKnown or ReviewState.Notified or ReviewState.RapidReviewCompleted or ReviewState.NotInitiated or ReviewState.Initiated))
            .AddRange(decisionOnly ? ImmutableArray<ReviewState>.Empty : AfterReport);

        if (!decisionOnly)
        {
            AddReviewRows(kind, catalogue, source, rows, Row, One);
        }

        rows.Add(Row(ReviewTrigger.InformMembers, membersFrom, null, null));

        var held = ImmutableArray.Create(ReviewState.Initiated, ReviewState.Commissioned, ReviewState.UnderReview)
            .AddRange(AfterReport).Add(ReviewState.Withdrawn);
        if (kind == DeterminationKind.SingleUnifiedSafeguardingReview)
        {
            // Welsh Government is notified whenever a SUSR takes place: once the chair has decided to hold one.
            rows.Add(Row(ReviewTrigger.NotifyWelshGovernment, held, null, null, NotYetRecorded(ReviewEventType.WelshGovernmentNotified)));
        }

        if (kind == DeterminationKind.LearningReview)
        {
            // The committee tells the Care Inspectorate of its decision either way, and sends it the report on completion.
            rows.Add(Row(ReviewTrigger.NotifyCareInspectorate, held.Add(ReviewState.NotInitiated), null, null,
                NotYetRecorded(ReviewEventType.CareInspectorateNotified)));
            rows.Add(Row(ReviewTrigger.SendReportToCareInspectorate, AfterReport, null, null,
                NotYetRecorded(ReviewEventType.CareInspectorateReportSent),
                new LifecycleGuard(
                    "care-inspectorate-notified-of-decision",
                    "The Care Inspectorate was told of the decision to proceed (care-inspectorate-notified) before the report is sent to it.",
                    CareInspectorateRule,
                    static (r, _) => r.Has(ReviewEventType.CareInspectorateNotified))));
        }

        if (kind == DeterminationKind.OffensiveWeaponsHomicideReview)
        {
            // s27(8): the review partner notifies the Secretary of State once it is aware of qualifying circumstances.
            rows.Add(Row(ReviewTrigger.NotifySecretaryOfState, membersFrom.Remove(ReviewState.Withdrawn).AddRange(AfterReport).Distinct().ToImmutableArray(), null, null,
                NotYetRecorded(ReviewEventType.SecretaryOfStateNotified)));
        }

        if (kind == DeterminationKind.DomesticAbuseRelatedDeathReview)
        {
            // s8A: the report goes to the Domestic Abuse Commissioner (and the Secretary of State) once completed.
            rows.Add(Row(ReviewTrigger.SendToDomesticAbuseCommissioner, AfterReport, null, null,
                NotYetRecorded(ReviewEventType.DomesticAbuseCommissionerSent)));
        }

        // A delay may be recorded, with its reason, in every state in which the review is still open.
        var delayFrom = membersFrom.Where(s => s is not (ReviewState.NotInitiated or ReviewState.Withdrawn or ReviewState.Published
            or ReviewState.NotPublished or ReviewState.PublicationEnded)).ToImmutableArray();
        if (decisionOnly)
        {
            delayFrom = delayFrom.Remove(ReviewState.Initiated);
        }

        rows.Add(Row(ReviewTrigger.RecordDelay, delayFrom, null, null));
        if (!decisionOnly)
        {
            AddNationalSubmissionRows(kind, rows, Row);
        }

        return rows.ToImmutable();
    }

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

    /// <summary>
    /// The national submissions: deposit in the NSPCC national case review repository after publication (the
    /// child review kinds of the four nations), and the Home Office quality-assurance loop of domestic homicide
    /// reviews (submitted, assessed: publish or resubmit, submitted again). No rule states a timescale for either,
    /// so neither has a clock.
    /// </summary>
    private static void AddNationalSubmissionRows(DeterminationKind kind, ImmutableArray<LifecycleTransition>.Builder rows, RowFactory row)
    {
        if (kind is DeterminationKind.SeriousCaseReview or DeterminationKind.LocalChildSafeguardingPracticeReview
            or DeterminationKind.ChildPracticeReviewConcise or DeterminationKind.ChildPracticeReviewExtended
            or DeterminationKind.CaseManagementReview or DeterminationKind.LearningReview)
        {
            rows.Add(row(ReviewTrigger.DepositInRepository, ImmutableArray.Create(ReviewState.Published, ReviewState.PublicationEnded), null, null,
                new LifecycleGuard(
                    "repository-deposited-not-yet-recorded",
                    "The report has not already been deposited in the national case review repository.",
                    RepositoryRule,
                    static (r, _) => !r.Has(ReviewEventType.RepositoryDeposited))));
        }

        if (kind == DeterminationKind.DomesticHomicideReview)
        {
            rows.Add(row(ReviewTrigger.SubmitToHomeOffice, Reporting, null, null,
                new LifecycleGuard(
                    "home-office-no-submission-awaiting",
                    "No earlier submission to the Home Office Quality Assurance Panel is still awaiting its assessment.",
                    HomeOfficeRule,
                    static (r, _) => HomeOfficeStatus(r) != HomeOfficeStage.Awaiting),
                new LifecycleGuard(
                    "home-office-not-yet-cleared",
                    "The Home Office Quality Assurance Panel has not already cleared the report for publication.",
                    HomeOfficeRule,
                    static (r, _) => HomeOfficeStatus(r) != HomeOfficeStage.Cleared)));
            var awaiting = new LifecycleGuard(
                "home-office-submission-awaiting",
                "A submission to the Home Office Quality Assurance Panel is awaiting its assessment.",
                HomeOfficeRule,
                static (r, _) => HomeOfficeStatus(r) == HomeOfficeStage.Awaiting);
            rows.Add(row(ReviewTrigger.HomeOfficeClearsForPublication, Reporting, null, null, awaiting));
            rows.Add(row(ReviewTrigger.HomeOfficeAsksForResubmission, Reporting, null, null, awaiting));
        }
    }

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

    private delegate LifecycleTransition RowFactory(ReviewTrigger trigger, ImmutableArray<ReviewState> from, ReviewState? to, ActionPlanState? plan, params LifecycleGuard[] guards);

    private delegate ImmutableArray<ReviewState> OneState(ReviewState state);

    private static void AddReviewRows(DeterminationKind kind, TimescaleCatalogue catalogue, Citation source, ImmutableArray<LifecycleTransition>.Builder rows, RowFactory row, OneState one)
    {
        var publication = kind switch
        {
            DeterminationKind.SeriousCaseReview => new Citation(Wt2015, "ch.4, publication of serious case review reports", SourceKind.StatutoryGuidance, true),
            DeterminationKind.LocalChildSafeguardingPracticeReview => new Citation("Children Act 2004", "s16F(4)-(5): publication of the report", SourceKind.Statute, true),
            _ => source,
        };

        var independence = kind switch
        {
            DeterminationKind.SeriousCaseReview => new Citation(Wt2015, "ch.4, lead reviewers independent of the case and of the organisations reviewed", SourceKind.StatutoryGuidance, true),
            DeterminationKind.ChildPracticeReviewConcise or DeterminationKind.ChildPracticeReviewExtended or DeterminationKind.AdultPracticeReview =>
                new Citation("SI 2015/1466", "reg 4(5): independent reviewers", SourceKind.Regulation, true),
            DeterminationKind.LocalChildSafeguardingPracticeReview => new Citation("SI 2018/789", "reg 12 (reviewer appointed); independence: Working Together 2018 ch.4 (wording not seen)", SourceKind.Regulation, false),
            _ => new Citation(source.Instrument, source.Provision + "; reviewer independence (wording not seen)", source.Kind, false),
        };

        var reviewerIndependent = new LifecycleGuard(
            "reviewer-independent",
            "The reviewer is independent of the case and of the agencies under review (the commissioned event does not record reviewerIndependent: false).",
            independence,
            static (_, e) => e.ReviewerIndependent != false);

        var scopeByIncident = new LifecycleGuard(
            "scope-ends-by-incident",
            "The review's scope period ends no later than the incident (the incident date, or the day it became known).",
            new Citation(source.Instrument, source.Provision + "; scope of the review", source.Kind, false),
            static (r, e) =>
            {
                var known = r.First(ReviewEventType.IncidentKnown);
                var incident = known?.IncidentDate ?? known?.Date;
                return e.ScopeEnd is not LocalDate end || incident is not LocalDate i || end <= i;
            });

        var signedOff = new LifecycleGuard(
            "signed-off-before-publication",
            "The report was signed off by the board or the safeguarding partners before publication.",
            publication,
            static (r, _) => r.Has(ReviewEventType.SignedOff));

        var anonymised = new LifecycleGuard(
            "anonymised-before-publication",
            "The report was anonymised before publication.",
            publication,
            static (r, _) => r.Has(ReviewEventType.Anonymised));

        LifecycleGuard Once(ReviewEventType type) => new(
            LifecycleNames.Name(type) + "-not-yet-recorded",
            "The " + LifecycleNames.Name(type) + " event has not already been recorded.",
            RecordRule,
            (r, _) => !r.Has(type));

        var publishGuards = ImmutableArray.Create(signedOff, anonymised);
        var notPublishGuards = ImmutableArray.Create(
            new LifecycleGuard(
                "signed-off-before-decision-not-to-publish",
                "The report was signed off before the decision not to publish it.",
                publication,
                static (r, _) => r.Has(ReviewEventType.SignedOff)),
            new LifecycleGuard(
                "reasons-for-not-publishing",
                "The decision not to publish records its reasons (the not-published event has reasons).",
                kind == DeterminationKind.LocalChildSafeguardingPracticeReview
                    ? new Citation("Children Act 2004", "s16F(4)-(5): publish unless inappropriate, and then the improvements; reasons to the Panel: Working Together 2018 ch.4 (wording not seen)", SourceKind.Statute, false)
                    : new Citation(publication.Instrument, publication.Provision + "; reasons for not publishing (wording not seen)", publication.Kind, false),
                static (_, e) => e.Reasons is not null));

        if (kind == DeterminationKind.LocalChildSafeguardingPracticeReview
            && catalogue.TryGet(RegimeId.EnglandCspr2018, "panel-notice", out var notice))
        {
            publishGuards = publishGuards.Add(new LifecycleGuard(
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

                    if (notice.Length.Unit == ClockUnit.WorkingDays)
                    {
                        return r.Calendar.TryAddWorkingDays(sent.Date, notice.Length.Count, out var due) && e.Date >= due.Date;
                    }

                    return e.Date >= notice.Length.DueFrom(sent.Date, r.Calendar).Date;
                }));
            notPublishGuards = notPublishGuards.Add(new LifecycleGuard(
                "report-to-panel-when-not-published",
                "A report that is not published still goes to the Secretary of State and the Panel.",
                new Citation("Children Act 2004", "s16F(3)(c)", SourceKind.Statute, true),
                static (r, _) => r.Has(ReviewEventType.SentToPanel)));
        }

        if (kind == DeterminationKind.DomesticHomicideReview)
        {
            publishGuards = publishGuards.Add(new LifecycleGuard(
                "home-office-quality-assurance-before-publication",
                "In England and Wales, the Home Office Quality Assurance Panel cleared the report for publication (its last home-office-assessed outcome is publish; a record that uses no home-office events may record the submission as sent-to-panel).",
                new Citation("Multi-agency Statutory Guidance for the Conduct of Domestic Homicide Reviews 2016", "Home Office Quality Assurance Panel approval before publication (England and Wales; the Northern Ireland guidance was not seen)", SourceKind.StatutoryGuidance, true),
                static (r, _) => r.Jurisdiction == Jurisdiction.NorthernIreland || HomeOfficeStatus(r) switch
                {
                    HomeOfficeStage.Cleared => true,
                    HomeOfficeStage.None => r.Has(ReviewEventType.SentToPanel),
                    _ => false,
                }));
        }

        if (kind == DeterminationKind.SingleUnifiedSafeguardingReview)
        {
            var told = new LifecycleGuard(
                "welsh-government-notified-before-publication",
                "Welsh Government was notified that the Single Unified Safeguarding Review took place (welsh-government-notified) before the decision on publication.",
                SusrGuidance("Welsh Government is notified whenever a SUSR takes place (timing not stated)"),
                static (r, _) => r.Has(ReviewEventType.WelshGovernmentNotified));
            publishGuards = publishGuards.Add(told);
            notPublishGuards = notPublishGuards.Add(told);
        }

        var endGuards = ImmutableArray.CreateBuilder<LifecycleGuard>();
        endGuards.Add(new LifecycleGuard(
            "statutory-minimum-served",
            "The report stayed published for at least the regime's statutory minimum before it was taken down.",
            catalogue.For(Review.RegimeOf(kind, Jurisdiction.England, null), kind)
                .FirstOrDefault(t => t.Rule == TimescaleRule.MinimumPeriod)?.Citation ?? publication,
            (r, e) =>
            {
                var published = r.First(ReviewEventType.Published);
                var minimum = PublicationWindow.StatutoryMinimumOf(r.RegimeId, r.Kind, catalogue);
                return published is null || minimum is null || e.Date >= published.Date.Plus(minimum);
            }));
        endGuards.Add(new LifecycleGuard(
            "local-policy-served",
            "The report stayed published for at least the local policy's publication period before it was taken down.",
            new Citation("Local publication policy", "publication period", SourceKind.LocalPolicy, true),
            static (r, e) =>
            {
                var published = r.First(ReviewEventType.Published);
                var period = r.Policy.PublicationPeriod;
                return published is null || period is null || e.Date >= published.Date.Plus(period);
            }));

        rows.Add(row(ReviewTrigger.Commission, one(ReviewState.Initiated), ReviewState.Commissioned, null, reviewerIndependent, scopeByIncident));
        rows.Add(row(ReviewTrigger.StartReview, one(ReviewState.Commissioned), ReviewState.UnderReview, null));
        rows.Add(row(ReviewTrigger.CompleteReport, ImmutableArray.Create(ReviewState.Commissioned, ReviewState.UnderReview), ReviewState.ReportCompleted, null));
        rows.Add(row(ReviewTrigger.SignOff, Reporting, ReviewState.SignedOff, null, Once(ReviewEventType.SignedOff)));
        rows.Add(row(ReviewTrigger.Anonymise, Reporting, ReviewState.Anonymised, null, Once(ReviewEventType.Anonymised)));
        rows.Add(row(ReviewTrigger.SendToPanel, Reporting, ReviewState.SentToPanel, null, Once(ReviewEventType.SentToPanel)));
        rows.Add(row(ReviewTrigger.Publish, Reporting, ReviewState.Published, null, publishGuards.ToArray()));
        rows.Add(row(ReviewTrigger.DecideNotToPublish, Reporting, ReviewState.NotPublished, null, notPublishGuards.ToArray()));
        rows.Add(row(ReviewTrigger.EndPublication, one(ReviewState.Published), ReviewState.PublicationEnded, null, endGuards.ToArray()));
        rows.Add(row(ReviewTrigger.Withdraw, ImmutableArray.Create(ReviewState.Initiated, ReviewState.Commissioned, ReviewState.UnderReview).AddRange(Reporting), ReviewState.Withdrawn, null));
        rows.Add(row(ReviewTrigger.AgreeActionPlan, AfterReport, null, ActionPlanState.Agreed, new LifecycleGuard(
            "action-plan-not-yet-agreed",
            "No action plan has been agreed yet.",
            ActionPlanAgreedRule,
            static (r, _) => r.ActionPlan == ActionPlanState.None)));
        rows.Add(row(ReviewTrigger.CloseActionPlan, AfterReport, null, ActionPlanState.Closed,
            new LifecycleGuard(
                "action-plan-open",
                "An action plan has been agreed and is not already closed.",
                ActionPlanRule,
                static (r, _) => r.ActionPlan == ActionPlanState.Agreed),
            new LifecycleGuard(
                "no-open-actions",
                "No action is still open: the event records openActions: 0 (an unknown count does not close a plan).",
                ActionPlanRule,
                static (_, e) => e.OpenActions == 0)));
    }
}
