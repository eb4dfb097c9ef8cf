using System;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using Safeguarding.Domain.Criteria;
using Safeguarding.Domain.Lifecycle;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Domain.Tests.Lifecycle;

/// <summary>
/// The clocks on their boundaries: status on the due date and the day after, days late in calendar and working
/// days, the "no sooner than" Panel notice, and the clocks that are not listed.
/// </summary>
public sealed class ReviewClockTests
{
    private static readonly TimescaleCatalogue Catalogue = TimescaleCatalogue.Create(TimescaleOptions.Default);

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static Review Scr(ReviewState state, params ReviewEvent[] events)
    {
        var review = Review.Start(DeterminationKind.SeriousCaseReview, Jurisdiction.England, ReviewPolicy.None).Value;
        foreach (var e in events)
        {
            review = review.With(state, ActionPlanState.None, e);
        }

        return review;
    }

    private static ReviewEvent E(ReviewEventType type, LocalDate date) => new(type, date);

    private static ReviewClock Clock(Review review, LocalDate asOf, string id) => ReviewClocks.Of(review, asOf, Catalogue).Single(c => c.Id == id);

    // Notified on Thursday 10 January 2013: the decision is due a month later, on Sunday 10 February.
    private static readonly ReviewEvent Notified = E(ReviewEventType.Notified, D(2013, 1, 10));

    [Fact]
    public void Deadline_NotDone_IsDueOnTheDueDate_AndOverdueTheDayAfter()
    {
        var review = Scr(ReviewState.Notified, Notified);
        var due = Clock(review, D(2013, 2, 10), "decision");
        Assert.Equal((D(2013, 1, 10), D(2013, 2, 10), ClockStatus.Due, (LocalDate?)null, (int?)null, (int?)null),
            (due.Start, due.Due, due.Status, due.Done, due.DaysLate, due.WorkingDaysLate));
        Assert.False(due.IsProvisional);
        Assert.Equal("decision: due 2013-02-10, due today", due.ToString());
        Assert.Equal(((int?)0, (int?)0), (due.DaysRemaining, due.WorkingDaysRemaining));

        var overdue = Clock(review, D(2013, 2, 11), "decision");
        Assert.Equal((ClockStatus.Overdue, (LocalDate?)null, (int?)1, (int?)1), (overdue.Status, overdue.Done, overdue.DaysLate, overdue.WorkingDaysLate));
        Assert.Equal("decision: due 2013-02-10, overdue by 1 day (1 working day)", overdue.ToString());
        Assert.Equal(((int?)null, (int?)null), (overdue.DaysRemaining, overdue.WorkingDaysRemaining));
    }

    [Fact]
    public void Deadline_Open_SaysHowManyDaysAndWorkingDaysAreLeft()
    {
        // On Friday 1 February 2013 the decision (due Sunday 10 February) has 9 days left, of which 5 are working
        // days (Monday 4 to Friday 8 February): the as-of day itself is not counted, the due day is.
        var review = Scr(ReviewState.Notified, Notified);
        var open = Clock(review, D(2013, 2, 1), "decision");
        Assert.Equal((ClockStatus.Due, (int?)9, (int?)5), (open.Status, open.DaysRemaining, open.WorkingDaysRemaining));
        Assert.Equal("decision: due 2013-02-10, 9 days left (5 working days)", open.ToString());

        var lastDay = Clock(review, D(2013, 2, 9), "decision");
        Assert.Equal(((int?)1, (int?)0), (lastDay.DaysRemaining, lastDay.WorkingDaysRemaining));
        Assert.Equal("decision: due 2013-02-10, 1 day left (0 working days)", lastDay.ToString());
        Assert.False(open.IsEarliestDate);
        Assert.Null(open.EarliestDate);

        var done = Clock(Scr(ReviewState.Initiated, Notified, new ReviewEvent(ReviewEventType.Decided, D(2013, 2, 1), ReviewDecision.Initiate)), D(2013, 2, 1), "decision");
        Assert.Equal(((int?)null, (int?)null), (done.DaysRemaining, done.WorkingDaysRemaining));
    }

    [Fact]
    public void Deadline_Done_IsMetOnTheDueDate_AndLateTheDayAfter()
    {
        var met = Clock(Scr(ReviewState.Initiated, Notified, new ReviewEvent(ReviewEventType.Decided, D(2013, 2, 10), ReviewDecision.Initiate)), D(2013, 3, 1), "decision");
        Assert.Equal((ClockStatus.Met, (LocalDate?)D(2013, 2, 10), (int?)null, (int?)null), (met.Status, met.Done, met.DaysLate, met.WorkingDaysLate));
        Assert.Equal("decision: due 2013-02-10, done 2013-02-10, met", met.ToString());

        var late = Clock(Scr(ReviewState.Initiated, Notified, new ReviewEvent(ReviewEventType.Decided, D(2013, 2, 12), ReviewDecision.Initiate)), D(2013, 3, 1), "decision");
        Assert.Equal((ClockStatus.Late, (LocalDate?)D(2013, 2, 12), (int?)2, (int?)2), (late.Status, late.Done, late.DaysLate, late.WorkingDaysLate));
        Assert.Equal("decision: due 2013-02-10, done 2013-02-12, late by 2 days (2 working days)", late.ToString());
    }

    [Fact]
    public void Clocks_SeeOnlyEventsOnOrBeforeTheAsOfDate()
    {
        var review = Scr(ReviewState.Initiated, Notified, new ReviewEvent(ReviewEventType.Decided, D(2013, 3, 20), ReviewDecision.Initiate));
        Assert.DoesNotContain(ReviewClocks.Of(review, D(2013, 1, 9), Catalogue), c => c.Id == "decision");
        Assert.Equal(ClockStatus.Due, Clock(review, D(2013, 1, 10), "decision").Status);
        var before = Clock(review, D(2013, 3, 19), "decision");
        Assert.Equal((ClockStatus.Overdue, (LocalDate?)null, (int?)37), (before.Status, before.Done, before.DaysLate));
        Assert.Equal((ClockStatus.Late, (LocalDate?)D(2013, 3, 20)), (Clock(review, D(2013, 3, 20), "decision").Status, Clock(review, D(2013, 3, 20), "decision").Done));
        Assert.Equal(new[] { "decision", "completion" }, ReviewClocks.Of(review, D(2013, 3, 20), Catalogue).Select(c => c.Id));
    }

    [Fact]
    public void Completion_RunsOnlyFromADecisionToInitiate()
    {
        var notInitiated = Scr(ReviewState.Initiated, Notified, new ReviewEvent(ReviewEventType.Decided, D(2013, 2, 1), ReviewDecision.NotInitiate));
        Assert.Equal(new[] { "decision" }, ReviewClocks.Of(notInitiated, D(2013, 9, 1), Catalogue).Select(c => c.Id));
        var initiated = Scr(ReviewState.Initiated, Notified, new ReviewEvent(ReviewEventType.Decided, D(2013, 2, 1), ReviewDecision.Initiate));
        Assert.Equal(D(2013, 8, 1), Clock(initiated, D(2013, 9, 1), "completion").Due);
    }

    [Fact]
    public void EndedReviews_KeepTheirFinishedClocks_AndDropTheUnfinished()
    {
        var events = new[]
        {
            E(ReviewEventType.IncidentKnown, D(2013, 1, 7)), Notified, new ReviewEvent(ReviewEventType.Decided, D(2013, 2, 1), ReviewDecision.Initiate),
        };
        Assert.Equal(new[] { "notification", "decision", "completion" }, ReviewClocks.Of(Scr(ReviewState.Initiated, events), D(2013, 9, 1), Catalogue).Select(c => c.Id));
        Assert.Equal(new[] { "notification", "decision" }, ReviewClocks.Of(Scr(ReviewState.Withdrawn, events), D(2013, 9, 1), Catalogue).Select(c => c.Id));
        Assert.Equal(new[] { "notification", "decision" }, ReviewClocks.Of(Scr(ReviewState.NotInitiated, events), D(2013, 9, 1), Catalogue).Select(c => c.Id));
        var reported = Scr(ReviewState.Withdrawn, events.Append(E(ReviewEventType.ReportCompleted, D(2013, 7, 1))).ToArray());
        Assert.Equal(new[] { "notification", "decision", "completion" }, ReviewClocks.Of(reported, D(2013, 9, 1), Catalogue).Select(c => c.Id));
    }

    private static Review Lcspr(params ReviewEvent[] events)
    {
        var review = Review.Start(DeterminationKind.LocalChildSafeguardingPracticeReview, Jurisdiction.England, ReviewPolicy.None).Value;
        foreach (var e in events)
        {
            review = review.With(ReviewState.SentToPanel, ActionPlanState.None, e);
        }

        return review;
    }

    [Fact]
    public void PanelNotice_IsMetByPublicationOnOrAfterTheEarliestDay_AndLateBefore()
    {
        var sent = E(ReviewEventType.SentToPanel, D(2023, 6, 1));
        var waiting = Clock(Lcspr(sent), D(2023, 7, 1), "panel-notice");
        Assert.Equal((D(2023, 6, 8), ClockStatus.Due, (LocalDate?)null, (int?)null), (waiting.Due, waiting.Status, waiting.Done, waiting.DaysLate));
        Assert.Equal("panel-notice: not before 2023-06-08 (earliest date), allowed now", waiting.ToString());

        var onTheDay = Clock(Lcspr(sent, E(ReviewEventType.Published, D(2023, 6, 8))), D(2023, 7, 1), "panel-notice");
        Assert.Equal((ClockStatus.Met, (LocalDate?)D(2023, 6, 8), (int?)null), (onTheDay.Status, onTheDay.Done, onTheDay.DaysLate));
        Assert.Equal(ClockStatus.Met, Clock(Lcspr(sent, E(ReviewEventType.Published, D(2023, 6, 9))), D(2023, 7, 1), "panel-notice").Status);

        // Published on Monday 5 June, three days (three working days) too soon.
        var early = Clock(Lcspr(sent, E(ReviewEventType.Published, D(2023, 6, 5))), D(2023, 7, 1), "panel-notice");
        Assert.Equal((ClockStatus.Late, (LocalDate?)D(2023, 6, 5), (int?)3, (int?)3), (early.Status, early.Done, early.DaysLate, early.WorkingDaysLate));
        Assert.Equal("panel-notice: not before 2023-06-08 (earliest date), done 2023-06-05, too early by 3 days (3 working days)", early.ToString());
        Assert.Equal("panel-notice: not before 2023-06-08 (earliest date), done 2023-06-08, met", onTheDay.ToString());
    }

    [Fact]
    public void PanelNotice_IsAnEarliestDate_ThatSaysHowLongUntilPublicationIsAllowed()
    {
        // Sent to the Panel on Thursday 1 June 2023: publication is allowed from Thursday 8 June.
        var review = Lcspr(E(ReviewEventType.SentToPanel, D(2023, 6, 1)));
        var monday = Clock(review, D(2023, 6, 5), "panel-notice");
        Assert.True(monday.IsEarliestDate);
        Assert.Equal((LocalDate?)D(2023, 6, 8), monday.EarliestDate);
        Assert.Equal((ClockStatus.Due, (int?)3, (int?)3), (monday.Status, monday.DaysRemaining, monday.WorkingDaysRemaining));
        Assert.Equal("panel-notice: not before 2023-06-08 (earliest date), 3 days to go (3 working days)", monday.ToString());

        var onTheDay = Clock(review, D(2023, 6, 8), "panel-notice");
        Assert.Equal(((int?)0, (int?)0), (onTheDay.DaysRemaining, onTheDay.WorkingDaysRemaining));
        Assert.Equal("panel-notice: not before 2023-06-08 (earliest date), allowed now", onTheDay.ToString());

        // Weeks later the earliest date has long passed, and an earliest date is never overdue.
        var later = Clock(review, D(2023, 9, 1), "panel-notice");
        Assert.Equal((ClockStatus.Due, (int?)0, (int?)null), (later.Status, later.DaysRemaining, later.DaysLate));
    }

    [Fact]
    public void WorkingDayCounts_OutsideTheCalendarsYears_AreLeftOut()
    {
        // Notified after the calendars' last year: the month's deadline still runs, but working days cannot be counted.
        var late = Scr(ReviewState.Notified, E(ReviewEventType.IncidentKnown, D(2099, 12, 28)), E(ReviewEventType.Notified, D(2099, 12, 29)));
        var clocks = ReviewClocks.Of(late, D(2100, 2, 1), Catalogue);
        Assert.Equal(new[] { "decision" }, clocks.Select(c => c.Id));
        Assert.Equal((D(2100, 1, 29), ClockStatus.Overdue, (int?)3, (int?)null), (clocks[0].Due, clocks[0].Status, clocks[0].DaysLate, clocks[0].WorkingDaysLate));
        Assert.Equal("decision: due 2100-01-29, overdue by 3 days", clocks[0].ToString());

        // Due before the calendars' first year, done inside it.
        var early = Scr(ReviewState.Initiated, E(ReviewEventType.Notified, D(1999, 11, 1)), new ReviewEvent(ReviewEventType.Decided, D(2000, 1, 5), ReviewDecision.Initiate));
        var decision = Clock(early, D(2000, 2, 1), "decision");
        Assert.Equal((D(1999, 12, 1), ClockStatus.Late, (int?)35, (int?)null), (decision.Due, decision.Status, decision.DaysLate, decision.WorkingDaysLate));
    }

    [Fact]
    public void WorkingDayDeadline_AfterTheAnnouncedHolidays_IsProvisional()
    {
        var review = Scr(ReviewState.IncidentKnown, E(ReviewEventType.IncidentKnown, D(2030, 3, 1)));
        var notification = Clock(review, D(2030, 3, 4), "notification");
        Assert.True(notification.IsProvisional);
        Assert.Equal("notification: due 2030-03-08 (provisional), 4 days left (4 working days)", notification.ToString());
        Assert.Equal("notification", notification.Timescale.Id);
    }

    [Fact]
    public void MembersClock_ComesLast_FromItsOwnStartEvent()
    {
        var policy = new ReviewPolicy(null, new MembersInformedRule(ReviewEventType.Notified, ClockLength.CalendarDays(3)));
        var review = Review.Start(DeterminationKind.SeriousCaseReview, Jurisdiction.England, policy).Value
            .With(ReviewState.Notified, ActionPlanState.None, Notified);
        var clocks = ReviewClocks.Of(review, D(2013, 1, 14), Catalogue);
        Assert.Equal(new[] { "decision", "members-informed" }, clocks.Select(c => c.Id));
        Assert.Equal((D(2013, 1, 13), ClockStatus.Overdue, (int?)1), (clocks[1].Due, clocks[1].Status, clocks[1].DaysLate));
        Assert.Equal("review", Assert.Throws<ArgumentNullException>(() => ReviewClocks.Of(null!, D(2013, 1, 14), Catalogue)).ParamName);
        Assert.Equal("catalogue", Assert.Throws<ArgumentNullException>(() => ReviewClocks.Of(review, D(2013, 1, 14), null!)).ParamName);
    }

    [Fact]
    public void Report_OnAnotherCatalogue_UsesThatCataloguesTable()
    {
        var record = new ReviewRecord(DeterminationKind.LocalChildSafeguardingPracticeReview, Jurisdiction.England, ReviewPolicy.None, ImmutableArray.Create(
            E(ReviewEventType.IncidentKnown, D(2022, 9, 14)), E(ReviewEventType.Notified, D(2022, 9, 21)), E(ReviewEventType.RapidReviewCompleted, D(2022, 10, 12)),
            new ReviewEvent(ReviewEventType.Decided, D(2022, 10, 14), ReviewDecision.Initiate), E(ReviewEventType.Commissioned, D(2022, 11, 1)),
            E(ReviewEventType.ReportCompleted, D(2023, 5, 2)), E(ReviewEventType.SignedOff, D(2023, 5, 22)), E(ReviewEventType.Anonymised, D(2023, 5, 30)),
            E(ReviewEventType.SentToPanel, D(2023, 6, 1)), E(ReviewEventType.Published, D(2023, 6, 8))));
        var calendarDays = ReviewReport.Create(record, D(2023, 7, 1), TimescaleCatalogue.Default);
        Assert.True(calendarDays.IsValid);
        Assert.Equal(ReviewState.Published, calendarDays.State);
        Assert.Same(record, calendarDays.Record);
        Assert.Equal(D(2023, 7, 1), calendarDays.AsOf);
        Assert.Equal(D(2023, 6, 8), calendarDays.PublicationWindow!.Start);

        var workingDays = ReviewReport.Create(record, D(2023, 7, 1), TimescaleCatalogue.Create(TimescaleOptions.Default.WithPanelNoticeInWorkingDays(true)));
        Assert.False(workingDays.IsValid);
        Assert.Equal(9, workingDays.Replay.RejectedIndex);
        Assert.Equal(ReviewState.SentToPanel, workingDays.State);
        Assert.Null(workingDays.PublicationWindow);
        Assert.Equal(D(2023, 6, 12), workingDays.Clocks.Single(c => c.Id == "panel-notice").Due);

        Assert.Equal("record", Assert.Throws<ArgumentNullException>(() => ReviewReport.Create(null!, D(2023, 7, 1), TimescaleCatalogue.Default)).ParamName);
        Assert.Equal("catalogue", Assert.Throws<ArgumentNullException>(() => ReviewReport.Create(record, D(2023, 7, 1), null!)).ParamName);
    }
}
