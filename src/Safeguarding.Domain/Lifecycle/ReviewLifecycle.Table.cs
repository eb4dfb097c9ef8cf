using Safeguarding.Domain.Citations;
using Safeguarding.Domain.Timescales;
using static Safeguarding.Domain.Lifecycle.LifecycleGuardName;
using static Safeguarding.Domain.Lifecycle.ReviewState;
using static Safeguarding.Domain.Lifecycle.ReviewTrigger;

namespace Safeguarding.Domain.Lifecycle;

/// <content>
/// The transition tables, declared: one literal table per review kind, row by row (from, trigger, to, guards by
/// name), in the manner of Stateless's <c>Configure(state).PermitIf(trigger, to, guard)</c>. Rows every kind shares
/// are named blocks. Every row also needs its event in date order (<c>in-date-order</c>, its first guard); the
/// guards' words and citations are in <c>ReviewLifecycle.Guards.cs</c>.
/// </content>
public sealed partial class ReviewLifecycle
{
    // Field initialisers run in the order written: the state sets, then the blocks, then the tables.

    // ---- Sets of states a row is permitted from ----

    /// <summary>The report stage: completed, then signed off, anonymised and sent to the Panel, in any order.</summary>
    private static readonly ImmutableArray<ReviewState> Reporting = From(ReportCompleted, SignedOff, Anonymised, SentToPanel);

    /// <summary>The report stage and the decision on publication.</summary>
    private static readonly ImmutableArray<ReviewState> AfterReport = Reporting.AddRange(From(Published, NotPublished, PublicationEnded));

    /// <summary>Every state of a review held under a decision without a rapid review, once the incident is known.</summary>
    private static readonly ImmutableArray<ReviewState> ReviewStages =
        From(IncidentKnown, Notified, NotInitiated, Initiated, Commissioned, UnderReview, Withdrawn).AddRange(AfterReport);

    /// <summary>Every state of a local child safeguarding practice review, once the incident is known.</summary>
    private static readonly ImmutableArray<ReviewState> PracticeReviewStages =
        From(IncidentKnown, Notified, RapidReviewCompleted, NotInitiated, Initiated, Commissioned, UnderReview, Withdrawn).AddRange(AfterReport);

    /// <summary>Every state of a notification and rapid review, which ends with the decision.</summary>
    private static readonly ImmutableArray<ReviewState> DecisionStages = From(IncidentKnown, Notified, RapidReviewCompleted, NotInitiated, Initiated);

    /// <summary>The states of <see cref="ReviewStages"/> in which the review is still open (a delay may be recorded).</summary>
    private static readonly ImmutableArray<ReviewState> OpenReviewStages =
        From(IncidentKnown, Notified, Initiated, Commissioned, UnderReview).AddRange(Reporting);

    /// <summary>The states of <see cref="PracticeReviewStages"/> in which the review is still open.</summary>
    private static readonly ImmutableArray<ReviewState> OpenPracticeReviewStages =
        From(IncidentKnown, Notified, RapidReviewCompleted, Initiated, Commissioned, UnderReview).AddRange(Reporting);

    /// <summary>The states of <see cref="DecisionStages"/> before the decision.</summary>
    private static readonly ImmutableArray<ReviewState> OpenDecisionStages = From(IncidentKnown, Notified, RapidReviewCompleted);

    /// <summary>A review decided on and held: from the decision to initiate, through the report, or withdrawn.</summary>
    private static readonly ImmutableArray<ReviewState> Held =
        From(Initiated, Commissioned, UnderReview).AddRange(AfterReport).Add(Withdrawn);

    /// <summary>A review decided on either way: <see cref="Held"/>, or not initiated.</summary>
    private static readonly ImmutableArray<ReviewState> Decided = Held.Add(NotInitiated);

    /// <summary>Every state once the incident is known, except withdrawn (the circumstances are known and the review not abandoned).</summary>
    private static readonly ImmutableArray<ReviewState> Aware = ReviewStages.Remove(Withdrawn);

    /// <summary>A review that may still be withdrawn: initiated, under way, or at the report stage.</summary>
    private static readonly ImmutableArray<ReviewState> Withdrawable = From(Initiated, Commissioned, UnderReview).AddRange(Reporting);

    // ---- Blocks of rows that kinds share ----

    /// <summary>The incident becomes known, and is notified.</summary>
    private static readonly ImmutableArray<DeclaredRow> Notification = Rows(
        Row(From(NotStarted), RecordIncident, IncidentKnown),
        Row(From(IncidentKnown), Notify, Notified));

    /// <summary>The decision whether to hold a review, taken on the notification.</summary>
    private static readonly ImmutableArray<DeclaredRow> Decision = Rows(
        Row(From(Notified), DecideToInitiate, Initiated),
        Row(From(Notified), DecideNotToInitiate, NotInitiated));

    /// <summary>The decision whether to hold a review, taken on a rapid review of the notification (Children Act 2004 s16C).</summary>
    private static readonly ImmutableArray<DeclaredRow> RapidReviewDecision = Rows(
        Row(From(Notified), CompleteRapidReview, RapidReviewCompleted),
        Row(From(RapidReviewCompleted), DecideToInitiate, Initiated),
        Row(From(RapidReviewCompleted), DecideNotToInitiate, NotInitiated));

    /// <summary>The review is commissioned, carried out and reported; the report is signed off, anonymised and sent to the Panel, each once.</summary>
    private static readonly ImmutableArray<DeclaredRow> ReviewAndReport = Rows(
        Row(From(Initiated), Commission, Commissioned, ReviewerIndependent, ScopeEndsByIncident),
        Row(From(Commissioned), StartReview, UnderReview),
        Row(From(Commissioned, UnderReview), CompleteReport, ReportCompleted),
        Row(Reporting, SignOff, SignedOff, Once),
        Row(Reporting, Anonymise, Anonymised, Once),
        Row(Reporting, SendToPanel, SentToPanel, Once));

    /// <summary>The decision on publication, where no rule adds to the common guards.</summary>
    private static readonly ImmutableArray<DeclaredRow> Publication = Rows(
        Row(Reporting, Publish, Published, SignedOffBeforePublication, AnonymisedBeforePublication),
        Row(Reporting, DecideNotToPublish, NotPublished, SignedOffBeforeDecisionNotToPublish, ReasonsForNotPublishing));

    /// <summary>The report is taken down after its publication period, or the review is withdrawn; and the action plan, agreed once and closed.</summary>
    private static readonly ImmutableArray<DeclaredRow> EndingAndActionPlan = Rows(
        Row(From(Published), EndPublication, PublicationEnded, StatutoryMinimumServed, LocalPolicyServed),
        Row(Withdrawable, Withdraw, Withdrawn),
        Plan(AfterReport, AgreeActionPlan, ActionPlanState.Agreed, ActionPlanNotYetAgreed),
        Plan(AfterReport, CloseActionPlan, ActionPlanState.Closed, ActionPlanOpen, NoOpenActions));

    /// <summary>The deposit of a published report in the NSPCC national case review repository, once (no timescale stated).</summary>
    private static readonly ImmutableArray<DeclaredRow> RepositoryDeposit = Rows(
        Beside(From(Published, PublicationEnded), DepositInRepository, NotYetDeposited));

    /// <summary>
    /// The Home Office Quality Assurance Panel's loop for a domestic homicide review: submitted, assessed (publish
    /// or resubmit), submitted again (no timescale stated).
    /// </summary>
    private static readonly ImmutableArray<DeclaredRow> HomeOfficeQualityAssurance = Rows(
        Beside(Reporting, SubmitToHomeOffice, HomeOfficeNoSubmissionAwaiting, HomeOfficeNotYetCleared),
        Beside(Reporting, HomeOfficeClearsForPublication, HomeOfficeSubmissionAwaiting),
        Beside(Reporting, HomeOfficeAsksForResubmission, HomeOfficeSubmissionAwaiting));

    // ---- One table per kind ----

    private static readonly ImmutableArray<DeclaredRow> SeriousCaseReviewTable = Table(
        Notification, Decision, ReviewAndReport, Publication, EndingAndActionPlan,
        Rows(
            Beside(ReviewStages, InformMembers),
            Beside(OpenReviewStages, RecordDelay)),
        RepositoryDeposit);

    private static readonly ImmutableArray<DeclaredRow> SeriousIncidentNotificationTable = Table(
        Notification, RapidReviewDecision,
        Rows(
            Beside(DecisionStages, InformMembers),
            Beside(OpenDecisionStages, RecordDelay)));

    private static readonly ImmutableArray<DeclaredRow> RapidReviewTable = Table(
        Notification, RapidReviewDecision,
        Rows(
            Beside(DecisionStages, InformMembers),
            Beside(OpenDecisionStages, RecordDelay)));

    private static readonly ImmutableArray<DeclaredRow> LocalChildSafeguardingPracticeReviewTable = Table(
        Notification, RapidReviewDecision, ReviewAndReport,
        Rows(
            Row(Reporting, Publish, Published, SignedOffBeforePublication, AnonymisedBeforePublication, PanelNoticeBeforePublication),
            Row(Reporting, DecideNotToPublish, NotPublished, SignedOffBeforeDecisionNotToPublish, ReasonsForNotPublishing, ReportToPanelWhenNotPublished)),
        EndingAndActionPlan,
        Rows(
            Beside(PracticeReviewStages, InformMembers),
            Beside(OpenPracticeReviewStages, RecordDelay)),
        RepositoryDeposit);

    private static readonly ImmutableArray<DeclaredRow> SafeguardingAdultsReviewTable = Table(
        Notification, Decision, ReviewAndReport, Publication, EndingAndActionPlan,
        Rows(
            Beside(ReviewStages, InformMembers),
            Beside(OpenReviewStages, RecordDelay)));

    private static readonly ImmutableArray<DeclaredRow> DomesticHomicideReviewTable = Table(
        Notification, Decision, ReviewAndReport,
        Rows(
            Row(Reporting, Publish, Published, SignedOffBeforePublication, AnonymisedBeforePublication, HomeOfficeQualityAssuranceBeforePublication),
            Row(Reporting, DecideNotToPublish, NotPublished, SignedOffBeforeDecisionNotToPublish, ReasonsForNotPublishing)),
        EndingAndActionPlan,
        Rows(
            Beside(ReviewStages, InformMembers),
            Beside(OpenReviewStages, RecordDelay)),
        HomeOfficeQualityAssurance);

    private static readonly ImmutableArray<DeclaredRow> ChildPracticeReviewConciseTable = Table(
        Notification, Decision, ReviewAndReport, Publication, EndingAndActionPlan,
        Rows(
            Beside(ReviewStages, InformMembers),
            Beside(OpenReviewStages, RecordDelay)),
        RepositoryDeposit);

    private static readonly ImmutableArray<DeclaredRow> ChildPracticeReviewExtendedTable = Table(
        Notification, Decision, ReviewAndReport, Publication, EndingAndActionPlan,
        Rows(
            Beside(ReviewStages, InformMembers),
            Beside(OpenReviewStages, RecordDelay)),
        RepositoryDeposit);

    private static readonly ImmutableArray<DeclaredRow> CaseManagementReviewTable = Table(
        Notification, Decision, ReviewAndReport, Publication, EndingAndActionPlan,
        Rows(
            Beside(ReviewStages, InformMembers),
            Beside(OpenReviewStages, RecordDelay)),
        RepositoryDeposit);

    // The committee tells the Care Inspectorate of its decision either way, and sends it the report on completion.
    private static readonly ImmutableArray<DeclaredRow> LearningReviewTable = Table(
        Notification, Decision, ReviewAndReport, Publication, EndingAndActionPlan,
        Rows(
            Beside(ReviewStages, InformMembers),
            Beside(Decided, NotifyCareInspectorate, Once),
            Beside(AfterReport, SendReportToCareInspectorate, Once, CareInspectorateNotifiedOfDecision),
            Beside(OpenReviewStages, RecordDelay)),
        RepositoryDeposit);

    private static readonly ImmutableArray<DeclaredRow> AdultPracticeReviewTable = Table(
        Notification, Decision, ReviewAndReport, Publication, EndingAndActionPlan,
        Rows(
            Beside(ReviewStages, InformMembers),
            Beside(OpenReviewStages, RecordDelay)));

    // Welsh Government is notified whenever a SUSR takes place: once the chair has decided to hold one.
    private static readonly ImmutableArray<DeclaredRow> SingleUnifiedSafeguardingReviewTable = Table(
        Notification, Decision, ReviewAndReport,
        Rows(
            Row(Reporting, Publish, Published, SignedOffBeforePublication, AnonymisedBeforePublication, WelshGovernmentNotifiedBeforePublication),
            Row(Reporting, DecideNotToPublish, NotPublished, SignedOffBeforeDecisionNotToPublish, ReasonsForNotPublishing, WelshGovernmentNotifiedBeforePublication)),
        EndingAndActionPlan,
        Rows(
            Beside(ReviewStages, InformMembers),
            Beside(Held, NotifyWelshGovernment, Once),
            Beside(OpenReviewStages, RecordDelay)));

    private static readonly ImmutableArray<DeclaredRow> MentalHealthHomicideReviewTable = Table(
        Notification, Decision, ReviewAndReport, Publication, EndingAndActionPlan,
        Rows(
            Beside(ReviewStages, InformMembers),
            Beside(OpenReviewStages, RecordDelay)));

    // s27(8): the review partner notifies the Secretary of State once it is aware of qualifying circumstances.
    private static readonly ImmutableArray<DeclaredRow> OffensiveWeaponsHomicideReviewTable = Table(
        Notification, Decision, ReviewAndReport, Publication, EndingAndActionPlan,
        Rows(
            Beside(ReviewStages, InformMembers),
            Beside(Aware, NotifySecretaryOfState, Once),
            Beside(OpenReviewStages, RecordDelay)));

    // s8A: the report goes to the Domestic Abuse Commissioner (and the Secretary of State) once completed.
    private static readonly ImmutableArray<DeclaredRow> DomesticAbuseRelatedDeathReviewTable = Table(
        Notification, Decision, ReviewAndReport, Publication, EndingAndActionPlan,
        Rows(
            Beside(ReviewStages, InformMembers),
            Beside(AfterReport, SendToDomesticAbuseCommissioner, Once),
            Beside(OpenReviewStages, RecordDelay)));

    /// <summary>The declared table of every kind that has a lifecycle.</summary>
    private static readonly ImmutableDictionary<DeterminationKind, ImmutableArray<DeclaredRow>> Tables =
        new Dictionary<DeterminationKind, ImmutableArray<DeclaredRow>>
        {
            [DeterminationKind.SeriousCaseReview] = SeriousCaseReviewTable,
            [DeterminationKind.SeriousIncidentNotification] = SeriousIncidentNotificationTable,
            [DeterminationKind.RapidReview] = RapidReviewTable,
            [DeterminationKind.LocalChildSafeguardingPracticeReview] = LocalChildSafeguardingPracticeReviewTable,
            [DeterminationKind.SafeguardingAdultsReview] = SafeguardingAdultsReviewTable,
            [DeterminationKind.DomesticHomicideReview] = DomesticHomicideReviewTable,
            [DeterminationKind.ChildPracticeReviewConcise] = ChildPracticeReviewConciseTable,
            [DeterminationKind.ChildPracticeReviewExtended] = ChildPracticeReviewExtendedTable,
            [DeterminationKind.CaseManagementReview] = CaseManagementReviewTable,
            [DeterminationKind.LearningReview] = LearningReviewTable,
            [DeterminationKind.AdultPracticeReview] = AdultPracticeReviewTable,
            [DeterminationKind.SingleUnifiedSafeguardingReview] = SingleUnifiedSafeguardingReviewTable,
            [DeterminationKind.MentalHealthHomicideReview] = MentalHealthHomicideReviewTable,
            [DeterminationKind.OffensiveWeaponsHomicideReview] = OffensiveWeaponsHomicideReviewTable,
            [DeterminationKind.DomesticAbuseRelatedDeathReview] = DomesticAbuseRelatedDeathReviewTable,
        }.ToImmutableDictionary();

    /// <summary>The instrument the lifecycle of a kind as a whole comes from.</summary>
    private static Citation SourceOf(DeterminationKind kind) => kind switch
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

    /// <summary>
    /// A kind's table made concrete on a catalogue: each declared row with the in-date-order guard first and
    /// then its named guards, in the order named, with the kind's citations (a guard the catalogue cannot
    /// support, the Panel notice, left out).
    /// </summary>
    private static ImmutableArray<LifecycleTransition> BuildTable(DeterminationKind kind, TimescaleCatalogue catalogue, Citation source)
    {
        var declared = Tables[kind];
        var rows = ImmutableArray.CreateBuilder<LifecycleTransition>(declared.Length);
        foreach (var row in declared)
        {
            var guards = ImmutableArray.CreateBuilder<LifecycleGuard>();
            guards.Add(InDateOrder);
            foreach (var name in row.Guards)
            {
                if (GuardOf(name, ReviewEvent.EventTypeOf(row.Trigger), kind, catalogue, source) is LifecycleGuard guard)
                {
                    guards.Add(guard);
                }
            }

            rows.Add(new LifecycleTransition(row.Trigger, row.From, row.To, row.Plan, guards.ToImmutable()));
        }

        return rows.MoveToImmutable();
    }

    private static ImmutableArray<ReviewState> From(params ReviewState[] states) => ImmutableArray.Create(states);

    /// <summary>A row that moves the main track.</summary>
    private static DeclaredRow Row(ImmutableArray<ReviewState> from, ReviewTrigger trigger, ReviewState to, params LifecycleGuardName[] guards) =>
        new(from, trigger, to, null, guards);

    /// <summary>A row recorded beside the main track, which stays where it is.</summary>
    private static DeclaredRow Beside(ImmutableArray<ReviewState> from, ReviewTrigger trigger, params LifecycleGuardName[] guards) =>
        new(from, trigger, null, null, guards);

    /// <summary>A row that moves the action plan, which runs in parallel with the main track.</summary>
    private static DeclaredRow Plan(ImmutableArray<ReviewState> from, ReviewTrigger trigger, ActionPlanState plan, params LifecycleGuardName[] guards) =>
        new(from, trigger, null, plan, guards);

    private static ImmutableArray<DeclaredRow> Rows(params DeclaredRow[] rows) => ImmutableArray.Create(rows);

    private static ImmutableArray<DeclaredRow> Table(params ImmutableArray<DeclaredRow>[] blocks)
    {
        var rows = ImmutableArray.CreateBuilder<DeclaredRow>();
        foreach (var block in blocks)
        {
            rows.AddRange(block);
        }

        return rows.ToImmutable();
    }

    /// <summary>One declared row: the states it is permitted from, its trigger, where it goes, and its guards by name.</summary>
    private sealed class DeclaredRow
    {
        public DeclaredRow(ImmutableArray<ReviewState> from, ReviewTrigger trigger, ReviewState? to, ActionPlanState? plan, LifecycleGuardName[] guards)
        {
            From = from;
            Trigger = trigger;
            To = to;
            Plan = plan;
            Guards = ImmutableArray.Create(guards);
        }

        public ImmutableArray<ReviewState> From { get; }

        public ReviewTrigger Trigger { get; }

        public ReviewState? To { get; }

        public ActionPlanState? Plan { get; }

        public ImmutableArray<LifecycleGuardName> Guards { get; }
    }
}
