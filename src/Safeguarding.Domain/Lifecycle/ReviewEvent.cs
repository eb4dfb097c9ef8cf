using System.Globalization;
using Safeguarding.Domain.Internal;
using Safeguarding.Domain.Serialization;

namespace Safeguarding.Domain.Lifecycle;

/// <summary>
/// One dated event of a review's record, with the facts that its guards look at: the decision of a
/// <c>decided</c> event; the reviewer's independence, methodology and scope period of a <c>commissioned</c>
/// event; the incident's own date on <c>incident-known</c>; the count of open actions on <c>action-plan-closed</c>.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; equality is over every field. A fact that is null is unknown. Facts are
/// only accepted on the event type they belong to.
/// </remarks>
public sealed class ReviewEvent : IEquatable<ReviewEvent>
{
    /// <summary>
    /// Makes a <c>decided</c> event, or says why it cannot be one. As every factory of an event with facts, it gives the
    /// issues the review record reader gives for the same event, with paths relative to the event: here
    /// <c>date-out-of-range</c> at <c>$.date</c> (review dates are 2000-01-01 to 2099-12-31, the years the calendars cover)
    /// and <c>string-too-long</c> or <c>empty-string</c> at <c>$.reasons</c>. A bare event (no facts) is made by <see cref="For"/>.
    /// </summary>
    /// <param name="date">The day the decision was made.</param>
    /// <param name="decision">The decision.</param>
    /// <param name="reasons">The reasons, as free text; null when not recorded.</param>
    /// <returns>The event, or every issue found.</returns>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="decision"/> is not defined.</exception>
    public static Result<ReviewEvent> Decided(LocalDate date, ReviewDecision decision, string? reasons = null)
    {
        Guard.Against.EnumOutOfRange(decision);
        var issues = Facts(date);
        CheckText(issues, "$.reasons", reasons, TextLimits.MaxTextLength);
        return Made(issues, () => new ReviewEvent(ReviewEventType.Decided, date, decision, reasons: reasons));
    }

    /// <summary>
    /// Makes a <c>commissioned</c> event, or says why it cannot be one (see <see cref="Decided"/>): <c>date-out-of-range</c>
    /// at <c>$.date</c>, <c>$.scopeStart</c> or <c>$.scopeEnd</c>; <c>string-too-long</c> (over 64 characters) or
    /// <c>empty-string</c> at <c>$.methodology</c>; <c>invalid-scope</c> at <c>$.scopeEnd</c> when the scope ends before it starts.
    /// </summary>
    /// <param name="date">The day the review was commissioned.</param>
    /// <param name="reviewerIndependent">Whether the reviewer is independent of the case and of the agencies reviewed; null when unknown.</param>
    /// <param name="methodology">The methodology's id, for example <c>scie-learning-together</c>; null when not given.</param>
    /// <param name="scopeStart">The first day of the period the review looks at; null when not given.</param>
    /// <param name="scopeEnd">The last day of the period the review looks at; null when not given.</param>
    /// <returns>The event, or every issue found.</returns>
    /// <remarks>Swapping the scope's two dates is refused (<c>invalid-scope</c>) unless they are equal, when it changes nothing.</remarks>
    public static Result<ReviewEvent> Commissioned(
        LocalDate date, bool? reviewerIndependent = null, string? methodology = null, LocalDate? scopeStart = null, LocalDate? scopeEnd = null)
    {
        var issues = Facts(date);
        CheckText(issues, "$.methodology", methodology, TextLimits.MaxIdLength);
        bool datesOk = CheckDate(issues, "$.scopeStart", scopeStart) & CheckDate(issues, "$.scopeEnd", scopeEnd);
        if (datesOk && scopeStart is LocalDate start && scopeEnd is LocalDate end && end < start)
        {
            issues.Add(new Issue("$.scopeEnd", "invalid-scope", "The scope period ends before it starts."));
        }

        return Made(issues, () => new ReviewEvent(
            ReviewEventType.Commissioned, date, reviewerIndependent: reviewerIndependent, methodology: methodology, scopeStart: scopeStart, scopeEnd: scopeEnd));
    }

    /// <summary>
    /// Makes an <c>incident-known</c> event, or says why it cannot be one (see <see cref="Decided"/>): <c>date-out-of-range</c>
    /// at <c>$.date</c> or <c>$.incidentDate</c>; <c>string-too-long</c> (over 64 characters) or <c>empty-string</c> at
    /// <c>$.referralSource</c>; <c>incident-after-event</c> at <c>$.incidentDate</c> when the incident is after the day it became known.
    /// </summary>
    /// <param name="date">The day the incident became known.</param>
    /// <param name="incidentDate">The day of the incident itself, when earlier; null when not given (the event's date stands for it).</param>
    /// <param name="referralSource">Who referred the case, as an id (for example <c>police</c>); null when not recorded.</param>
    /// <returns>The event, or every issue found.</returns>
    /// <remarks>Swapping the two dates is refused (<c>incident-after-event</c>) unless they are equal, when it changes nothing.</remarks>
    public static Result<ReviewEvent> IncidentKnown(LocalDate date, LocalDate? incidentDate = null, string? referralSource = null)
    {
        var issues = Facts(date);
        bool datesOk = issues.Count == 0 & CheckDate(issues, "$.incidentDate", incidentDate);
        CheckText(issues, "$.referralSource", referralSource, TextLimits.MaxIdLength);
        if (datesOk && incidentDate is LocalDate incident && incident > date)
        {
            issues.Add(new Issue("$.incidentDate", "incident-after-event", "The incident date is after the day it became known."));
        }

        return Made(issues, () => new ReviewEvent(ReviewEventType.IncidentKnown, date, incidentDate: incidentDate, referralSource: referralSource));
    }

    /// <summary>
    /// Makes an <c>action-plan-closed</c> event, or says why it cannot be one (see <see cref="Decided"/>): <c>date-out-of-range</c>
    /// at <c>$.date</c>; <c>number-out-of-range</c> at <c>$.openActions</c> outside 0 to 100,000.
    /// </summary>
    /// <param name="date">The day the action plan was closed.</param>
    /// <param name="openActions">How many actions were still open; null when unknown.</param>
    /// <returns>The event, or every issue found.</returns>
    public static Result<ReviewEvent> ActionPlanClosed(LocalDate date, int? openActions)
    {
        var issues = Facts(date);
        if (openActions is int open && (open < 0 || open > MaxOpenActions))
        {
            issues.Add(new Issue("$.openActions", "number-out-of-range", "Expected a whole number from 0 to " + MaxOpenActions + "."));
        }

        return Made(issues, () => new ReviewEvent(ReviewEventType.ActionPlanClosed, date, openActions: openActions));
    }

    /// <summary>
    /// Makes a <c>delayed</c> event, or says why it cannot be one (see <see cref="Decided"/>): <c>date-out-of-range</c> at
    /// <c>$.date</c>; <c>string-too-long</c> or <c>empty-string</c> at <c>$.note</c>.
    /// </summary>
    /// <param name="date">The day the delay was recorded.</param>
    /// <param name="reason">Why the review is delayed.</param>
    /// <param name="note">A note on the delay, as free text; null when not given.</param>
    /// <returns>The event, or every issue found.</returns>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="reason"/> is not defined.</exception>
    public static Result<ReviewEvent> Delayed(LocalDate date, DelayReason reason, string? note = null)
    {
        Guard.Against.EnumOutOfRange(reason);
        var issues = Facts(date);
        CheckText(issues, "$.note", note, TextLimits.MaxTextLength);
        return Made(issues, () => new ReviewEvent(ReviewEventType.Delayed, date, delayReason: reason, note: note));
    }

    /// <summary>
    /// Makes a <c>not-published</c> event, or says why it cannot be one (see <see cref="Decided"/>): <c>date-out-of-range</c>
    /// at <c>$.date</c>; <c>string-too-long</c> or <c>empty-string</c> at <c>$.reasons</c>.
    /// </summary>
    /// <param name="date">The day of the decision not to publish.</param>
    /// <param name="reasons">The reasons, as free text; null when not recorded.</param>
    /// <returns>The event, or every issue found.</returns>
    public static Result<ReviewEvent> NotPublished(LocalDate date, string? reasons) => WithReasons(ReviewEventType.NotPublished, date, reasons);

    /// <summary>
    /// Makes a <c>withdrawn</c> event, or says why it cannot be one (see <see cref="Decided"/>): <c>date-out-of-range</c>
    /// at <c>$.date</c>; <c>string-too-long</c> or <c>empty-string</c> at <c>$.reasons</c>.
    /// </summary>
    /// <param name="date">The day the review was withdrawn.</param>
    /// <param name="reasons">The reasons, as free text; null when not recorded.</param>
    /// <returns>The event, or every issue found.</returns>
    public static Result<ReviewEvent> Withdrawn(LocalDate date, string? reasons) => WithReasons(ReviewEventType.Withdrawn, date, reasons);

    /// <summary>The most open actions a closed plan may count, as the record reader accepts.</summary>
    internal const int MaxOpenActions = 100_000;

    private static Result<ReviewEvent> WithReasons(ReviewEventType type, LocalDate date, string? reasons)
    {
        var issues = Facts(date);
        CheckText(issues, "$.reasons", reasons, TextLimits.MaxTextLength);
        return Made(issues, () => new ReviewEvent(type, date, reasons: reasons));
    }

    // The record reader's rules, in its order of properties: the event's date, then each fact, then the rules across facts.
    private static ImmutableArray<Issue>.Builder Facts(LocalDate date)
    {
        var issues = ImmutableArray.CreateBuilder<Issue>();
        CheckDate(issues, "$.date", date);
        return issues;
    }

    private static bool CheckDate(ImmutableArray<Issue>.Builder issues, string path, LocalDate? date)
    {
        if (date is LocalDate d && ReviewRecord.ReviewDateIssue(path, d) is Issue outside)
        {
            issues.Add(outside);
            return false;
        }

        return true;
    }

    private static void CheckText(ImmutableArray<Issue>.Builder issues, string path, string? text, int maxLength)
    {
        if (text is not null && Issue.ForText(path, text, maxLength) is Issue refused)
        {
            issues.Add(refused);
        }
    }

    private static Result<ReviewEvent> Made(ImmutableArray<Issue>.Builder issues, Func<ReviewEvent> make) =>
        issues.Count > 0 ? Result<ReviewEvent>.Fail(issues.ToImmutable()) : Result<ReviewEvent>.Ok(make());

    // Made by the factories above, by For and by the record reader (which have made the factories' checks); the guards
    // repeat them, so a programming error inside the library still fails loudly.
    /// <summary>Creates an event.</summary>
    /// <param name="type">The event type.</param>
    /// <param name="date">The day it happened.</param>
    /// <param name="decision">For <see cref="ReviewEventType.Decided"/> only, and required there: the decision.</param>
    /// <param name="reviewerIndependent">For <see cref="ReviewEventType.Commissioned"/>: whether the reviewer is independent of the case and of the agencies reviewed; null when unknown.</param>
    /// <param name="methodology">For <see cref="ReviewEventType.Commissioned"/>: the methodology's id, for example <c>scie-learning-together</c>, <c>silp</c>, <c>welsh-child-practice-review</c>; at most 64 characters.</param>
    /// <param name="scopeStart">For <see cref="ReviewEventType.Commissioned"/>: the first day of the period the review looks at.</param>
    /// <param name="scopeEnd">For <see cref="ReviewEventType.Commissioned"/>: the last day of the period the review looks at.</param>
    /// <param name="incidentDate">For <see cref="ReviewEventType.IncidentKnown"/>: the day of the incident itself, when earlier than the day it became known.</param>
    /// <param name="openActions">For <see cref="ReviewEventType.ActionPlanClosed"/>: how many actions were still open (0 or more).</param>
    /// <param name="reasons">For <see cref="ReviewEventType.Decided"/>, <see cref="ReviewEventType.NotPublished"/> and <see cref="ReviewEventType.Withdrawn"/>: the reasons, as free text (never repeated in messages or <see cref="ToString"/>).</param>
    /// <param name="delayReason">For <see cref="ReviewEventType.Delayed"/> only, and required there: why the review is delayed.</param>
    /// <param name="note">For <see cref="ReviewEventType.Delayed"/>: a note on the delay, as free text (never repeated in messages or <see cref="ToString"/>).</param>
    /// <param name="homeOfficeOutcome">For <see cref="ReviewEventType.HomeOfficeAssessed"/> only, and required there: the Home Office panel's outcome.</param>
    /// <param name="referralSource">For <see cref="ReviewEventType.IncidentKnown"/>: who referred the case to the partnership, as an id (for example <c>police</c>); at most 64 characters.</param>
    /// <exception cref="ArgumentException">A fact is given on an event type it does not belong to, a decision, delay reason or outcome is missing, the scope ends before it starts, or the incident date is after the event.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="type"/> is not defined.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="openActions"/> is negative.</exception>
    internal ReviewEvent(
        ReviewEventType type,
        LocalDate date,
        ReviewDecision? decision = null,
        bool? reviewerIndependent = null,
        string? methodology = null,
        LocalDate? scopeStart = null,
        LocalDate? scopeEnd = null,
        LocalDate? incidentDate = null,
        int? openActions = null,
        string? reasons = null,
        DelayReason? delayReason = null,
        string? note = null,
        HomeOfficeOutcome? homeOfficeOutcome = null,
        string? referralSource = null)
    {
        Type = Guard.Against.EnumOutOfRange(type);
        Date = date;
        if ((type == ReviewEventType.Decided) != decision.HasValue)
        {
            throw new ArgumentException("A decision is required on a decided event and only there.", nameof(decision));
        }

        if (decision.HasValue)
        {
            Guard.Against.EnumOutOfRange(decision.Value);
        }

        bool commissioned = type == ReviewEventType.Commissioned;
        if (!commissioned && (reviewerIndependent.HasValue || methodology is not null || scopeStart.HasValue || scopeEnd.HasValue))
        {
            throw new ArgumentException("Reviewer, methodology and scope facts belong to a commissioned event.", nameof(type));
        }

        if (methodology is not null)
        {
            Guard.Against.NullOrWhiteSpace(methodology);
            Guard.Against.OutOfRange(methodology.Length, nameof(methodology), 1, 64);
        }

        if (scopeStart.HasValue && scopeEnd.HasValue && scopeEnd.Value < scopeStart.Value)
        {
            throw new ArgumentException("The scope period ends before it starts.", nameof(scopeEnd));
        }

        if (incidentDate.HasValue && (type != ReviewEventType.IncidentKnown || incidentDate.Value > date))
        {
            throw new ArgumentException("An incident date belongs to an incident-known event and is on or before it.", nameof(incidentDate));
        }

        if (openActions.HasValue)
        {
            if (type != ReviewEventType.ActionPlanClosed)
            {
                throw new ArgumentException("A count of open actions belongs to an action-plan-closed event.", nameof(openActions));
            }

            Guard.Against.Negative(openActions.Value, nameof(openActions));
        }

        if (reasons is not null)
        {
            Guard.Against.NullOrWhiteSpace(reasons, nameof(reasons));
            if (type is not (ReviewEventType.Decided or ReviewEventType.NotPublished or ReviewEventType.Withdrawn))
            {
                throw new ArgumentException("Reasons belong to a decided, not-published or withdrawn event.", nameof(reasons));
            }
        }

        if ((type == ReviewEventType.Delayed) != delayReason.HasValue)
        {
            throw new ArgumentException("A delay reason is required on a delayed event and only there.", nameof(delayReason));
        }

        if (delayReason.HasValue)
        {
            Guard.Against.EnumOutOfRange(delayReason.Value);
        }

        if (note is not null)
        {
            Guard.Against.NullOrWhiteSpace(note, nameof(note));
            if (type != ReviewEventType.Delayed)
            {
                throw new ArgumentException("A note belongs to a delayed event.", nameof(note));
            }
        }

        if ((type == ReviewEventType.HomeOfficeAssessed) != homeOfficeOutcome.HasValue)
        {
            throw new ArgumentException("An outcome is required on a home-office-assessed event and only there.", nameof(homeOfficeOutcome));
        }

        if (homeOfficeOutcome.HasValue)
        {
            Guard.Against.EnumOutOfRange(homeOfficeOutcome.Value);
        }

        if (referralSource is not null)
        {
            Guard.Against.NullOrWhiteSpace(referralSource, nameof(referralSource));
            Guard.Against.OutOfRange(referralSource.Length, nameof(referralSource), 1, 64);
            if (type != ReviewEventType.IncidentKnown)
            {
                throw new ArgumentException("A referral source belongs to an incident-known event.", nameof(referralSource));
            }
        }

        DelayReason = delayReason;
        Note = note;
        HomeOfficeOutcome = homeOfficeOutcome;
        ReferralSource = referralSource;
        Decision = decision;
        Reasons = reasons;
        ReviewerIndependent = reviewerIndependent;
        Methodology = methodology;
        ScopeStart = scopeStart;
        ScopeEnd = scopeEnd;
        IncidentDate = incidentDate;
        OpenActions = openActions;
    }

    /// <summary>The event type.</summary>
    public ReviewEventType Type { get; }

    /// <summary>The day it happened.</summary>
    public LocalDate Date { get; }

    /// <summary>The decision of a <c>decided</c> event; null for every other type.</summary>
    public ReviewDecision? Decision { get; }

    /// <summary>The reasons given for a decision, a decision not to publish or a withdrawal; null when not recorded.</summary>
    public string? Reasons { get; }

    /// <summary>Whether the commissioned reviewer is independent of the case; null when unknown or not a <c>commissioned</c> event.</summary>
    public bool? ReviewerIndependent { get; }

    /// <summary>The methodology id of a <c>commissioned</c> event; null when not given.</summary>
    public string? Methodology { get; }

    /// <summary>The first day of the review's scope period; null when not given.</summary>
    public LocalDate? ScopeStart { get; }

    /// <summary>The last day of the review's scope period; null when not given.</summary>
    public LocalDate? ScopeEnd { get; }

    /// <summary>The day of the incident itself, on an <c>incident-known</c> event; null when not given (then the event's date stands for it).</summary>
    public LocalDate? IncidentDate { get; }

    /// <summary>How many actions were open when the action plan was closed; null when unknown.</summary>
    public int? OpenActions { get; }

    /// <summary>Why the review is delayed, on a <c>delayed</c> event; null for every other type.</summary>
    public DelayReason? DelayReason { get; }

    /// <summary>The note on a <c>delayed</c> event, as free text; null when not given.</summary>
    public string? Note { get; }

    /// <summary>The Home Office panel's outcome on a <c>home-office-assessed</c> event; null for every other type.</summary>
    public HomeOfficeOutcome? HomeOfficeOutcome { get; }

    /// <summary>Who referred the case, on an <c>incident-known</c> event; null when not recorded.</summary>
    public string? ReferralSource { get; }

    /// <summary>The trigger that records this event: its type, with <c>decided</c> split by its decision.</summary>
    public ReviewTrigger Trigger => Type switch
    {
        ReviewEventType.IncidentKnown => ReviewTrigger.RecordIncident,
        ReviewEventType.Notified => ReviewTrigger.Notify,
        ReviewEventType.RapidReviewCompleted => ReviewTrigger.CompleteRapidReview,
        ReviewEventType.Decided => Decision == ReviewDecision.NotInitiate ? ReviewTrigger.DecideNotToInitiate : ReviewTrigger.DecideToInitiate,
        ReviewEventType.Commissioned => ReviewTrigger.Commission,
        ReviewEventType.ReviewStarted => ReviewTrigger.StartReview,
        ReviewEventType.ReportCompleted => ReviewTrigger.CompleteReport,
        ReviewEventType.SignedOff => ReviewTrigger.SignOff,
        ReviewEventType.Anonymised => ReviewTrigger.Anonymise,
        ReviewEventType.SentToPanel => ReviewTrigger.SendToPanel,
        ReviewEventType.Published => ReviewTrigger.Publish,
        ReviewEventType.NotPublished => ReviewTrigger.DecideNotToPublish,
        ReviewEventType.PublicationEnded => ReviewTrigger.EndPublication,
        ReviewEventType.MembersInformed => ReviewTrigger.InformMembers,
        ReviewEventType.ActionPlanAgreed => ReviewTrigger.AgreeActionPlan,
        ReviewEventType.ActionPlanClosed => ReviewTrigger.CloseActionPlan,
        ReviewEventType.WelshGovernmentNotified => ReviewTrigger.NotifyWelshGovernment,
        ReviewEventType.CareInspectorateNotified => ReviewTrigger.NotifyCareInspectorate,
        ReviewEventType.CareInspectorateReportSent => ReviewTrigger.SendReportToCareInspectorate,
        ReviewEventType.SecretaryOfStateNotified => ReviewTrigger.NotifySecretaryOfState,
        ReviewEventType.DomesticAbuseCommissionerSent => ReviewTrigger.SendToDomesticAbuseCommissioner,
        ReviewEventType.Delayed => ReviewTrigger.RecordDelay,
        ReviewEventType.RepositoryDeposited => ReviewTrigger.DepositInRepository,
        ReviewEventType.HomeOfficeSubmitted => ReviewTrigger.SubmitToHomeOffice,
        ReviewEventType.HomeOfficeAssessed => HomeOfficeOutcome == Lifecycle.HomeOfficeOutcome.Resubmit
            ? ReviewTrigger.HomeOfficeAsksForResubmission : ReviewTrigger.HomeOfficeClearsForPublication,
        _ => ReviewTrigger.Withdraw,
    };

    /// <summary>
    /// A bare event that a trigger records on a date (no facts; a <c>decided</c> or <c>home-office-assessed</c> event
    /// carries the trigger's decision or outcome, and a <c>delayed</c> event the reason <see cref="Lifecycle.DelayReason.Other"/>).
    /// </summary>
    /// <param name="trigger">The trigger.</param>
    /// <param name="date">The day.</param>
    /// <returns>The event.</returns>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="trigger"/> is not defined.</exception>
    public static ReviewEvent For(ReviewTrigger trigger, LocalDate date) => Guard.Against.EnumOutOfRange(trigger) switch
    {
        ReviewTrigger.DecideToInitiate => new ReviewEvent(ReviewEventType.Decided, date, ReviewDecision.Initiate),
        ReviewTrigger.DecideNotToInitiate => new ReviewEvent(ReviewEventType.Decided, date, ReviewDecision.NotInitiate),
        ReviewTrigger.RecordDelay => new ReviewEvent(ReviewEventType.Delayed, date, delayReason: Lifecycle.DelayReason.Other),
        ReviewTrigger.HomeOfficeClearsForPublication => new ReviewEvent(ReviewEventType.HomeOfficeAssessed, date, homeOfficeOutcome: Lifecycle.HomeOfficeOutcome.Publish),
        ReviewTrigger.HomeOfficeAsksForResubmission => new ReviewEvent(ReviewEventType.HomeOfficeAssessed, date, homeOfficeOutcome: Lifecycle.HomeOfficeOutcome.Resubmit),
        _ => new ReviewEvent(EventTypeOf(trigger), date),
    };

    /// <summary>The event type a trigger records.</summary>
    /// <param name="trigger">The trigger.</param>
    /// <returns>The event type.</returns>
    internal static ReviewEventType EventTypeOf(ReviewTrigger trigger) => trigger switch
    {
        ReviewTrigger.RecordIncident => ReviewEventType.IncidentKnown,
        ReviewTrigger.Notify => ReviewEventType.Notified,
        ReviewTrigger.CompleteRapidReview => ReviewEventType.RapidReviewCompleted,
        ReviewTrigger.DecideToInitiate or ReviewTrigger.DecideNotToInitiate => ReviewEventType.Decided,
        ReviewTrigger.Commission => ReviewEventType.Commissioned,
        ReviewTrigger.StartReview => ReviewEventType.ReviewStarted,
        ReviewTrigger.CompleteReport => ReviewEventType.ReportCompleted,
        ReviewTrigger.SignOff => ReviewEventType.SignedOff,
        ReviewTrigger.Anonymise => ReviewEventType.Anonymised,
        ReviewTrigger.SendToPanel => ReviewEventType.SentToPanel,
        ReviewTrigger.Publish => ReviewEventType.Published,
        ReviewTrigger.DecideNotToPublish => ReviewEventType.NotPublished,
        ReviewTrigger.EndPublication => ReviewEventType.PublicationEnded,
        ReviewTrigger.InformMembers => ReviewEventType.MembersInformed,
        ReviewTrigger.AgreeActionPlan => ReviewEventType.ActionPlanAgreed,
        ReviewTrigger.CloseActionPlan => ReviewEventType.ActionPlanClosed,
        ReviewTrigger.NotifyWelshGovernment => ReviewEventType.WelshGovernmentNotified,
        ReviewTrigger.NotifyCareInspectorate => ReviewEventType.CareInspectorateNotified,
        ReviewTrigger.SendReportToCareInspectorate => ReviewEventType.CareInspectorateReportSent,
        ReviewTrigger.NotifySecretaryOfState => ReviewEventType.SecretaryOfStateNotified,
        ReviewTrigger.SendToDomesticAbuseCommissioner => ReviewEventType.DomesticAbuseCommissionerSent,
        ReviewTrigger.RecordDelay => ReviewEventType.Delayed,
        ReviewTrigger.DepositInRepository => ReviewEventType.RepositoryDeposited,
        ReviewTrigger.SubmitToHomeOffice => ReviewEventType.HomeOfficeSubmitted,
        ReviewTrigger.HomeOfficeClearsForPublication or ReviewTrigger.HomeOfficeAsksForResubmission => ReviewEventType.HomeOfficeAssessed,
        _ => ReviewEventType.Withdrawn,
    };

    /// <summary>Returns the event's type and date, for example <c>published 2014-12-15</c> or <c>delayed 2024-03-01 (parallel-proceedings)</c> (never the methodology, the reasons, the note or the referral source).</summary>
    /// <returns>The event as text.</returns>
    public override string ToString() =>
        LifecycleNames.Name(Type) + " " + ContractDate.Format(Date)
        + (Decision.HasValue ? " (" + LifecycleWire.Decisions.Name(Decision.Value) + ")" : string.Empty)
        + (DelayReason.HasValue ? " (" + LifecycleWire.DelayReasons.Name(DelayReason.Value) + ")" : string.Empty)
        + (HomeOfficeOutcome.HasValue ? " (" + LifecycleWire.HomeOfficeOutcomes.Name(HomeOfficeOutcome.Value) + ")" : string.Empty);

    /// <inheritdoc />
    public bool Equals(ReviewEvent? other) =>
        other is not null
        && Type == other.Type
        && Date == other.Date
        && Decision == other.Decision
        && ReviewerIndependent == other.ReviewerIndependent
        && string.Equals(Methodology, other.Methodology, StringComparison.Ordinal)
        && ScopeStart == other.ScopeStart
        && ScopeEnd == other.ScopeEnd
        && IncidentDate == other.IncidentDate
        && OpenActions == other.OpenActions
        && string.Equals(Reasons, other.Reasons, StringComparison.Ordinal)
        && DelayReason == other.DelayReason
        && string.Equals(Note, other.Note, StringComparison.Ordinal)
        && HomeOfficeOutcome == other.HomeOfficeOutcome
        && string.Equals(ReferralSource, other.ReferralSource, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ReviewEvent);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        unchecked
        {
            int hash = ((int)Type * 397) ^ Date.GetHashCode();
            hash = (hash * 397) ^ (Decision.HasValue ? (int)Decision.Value + 1 : 0);
            hash = (hash * 397) ^ (DelayReason.HasValue ? (int)DelayReason.Value + 1 : 0);
            return (hash * 397) ^ (OpenActions ?? -1);
        }
    }
}
