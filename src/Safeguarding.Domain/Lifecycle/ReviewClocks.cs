using Safeguarding.Domain.Calendars;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Domain.Lifecycle;

/// <summary>
/// Every clock that applies to a review on an as-of date: the timescale catalogue's clocks for the
/// review's regime and kind, plus the local members' protocol when the policy has one.
/// </summary>
/// <remarks>
/// <para>Thread-safe: the members are pure.</para>
/// <para>Rules: a clock starts on the first event of its start type dated on or before the as-of date (a
/// clock that starts on <c>decided</c> only runs when the decision was <c>initiate</c>); it is done by the
/// first event of its end type dated on or before the as-of date. A clock that has not started is not
/// listed; nor is an unfinished clock of a review that was withdrawn or not initiated. Minimum periods
/// (how long a report stays published) are not clocks but the <see cref="PublicationWindow"/>.
/// Working-day clocks count in the review's region; a working-day count outside the calendars' years is left out.</para>
/// </remarks>
public static class ReviewClocks
{
    /// <summary>The clocks of a review on a date, in catalogue order (the members' clock last).</summary>
    /// <param name="review">The review.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="catalogue">The timescale catalogue.</param>
    /// <returns>The clocks.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static ImmutableArray<ReviewClock> Of(Review review, LocalDate asOf, TimescaleCatalogue catalogue)
    {
        Guard.Against.Null(review);
        Guard.Against.Null(catalogue);
        var timescales = catalogue.For(review.RegimeId, review.Kind)
            .Where(t => t.Rule != TimescaleRule.MinimumPeriod)
            .ToList();
        if (review.Policy.MembersInformed is MembersInformedRule rule)
        {
            timescales.Add(rule.ToTimescale(review.RegimeId, review.Kind));
        }

        bool ended = review.State is ReviewState.Withdrawn or ReviewState.NotInitiated;
        var calendar = review.Calendar;
        var clocks = ImmutableArray.CreateBuilder<ReviewClock>();
        foreach (var t in timescales)
        {
            var start = review.Events.FirstOrDefault(e => e.Type == t.StartsOn && e.Date <= asOf
                && (e.Type != ReviewEventType.Decided || e.Decision == ReviewDecision.Initiate));
            if (start is null)
            {
                continue;
            }

            if (!t.Length.TryDueFrom(start.Date, calendar, out var due))
            {
                continue;
            }

            var end = review.Events.FirstOrDefault(e => e.Type == t.EndsOn && e.Date <= asOf);
            if (end is null && ended)
            {
                continue;
            }

            clocks.Add(Build(t, start.Date, due, end?.Date, asOf, calendar));
        }

        return clocks.ToImmutable();
    }

    private static ReviewClock Build(Timescale t, LocalDate start, CalendarDate due, LocalDate? done, LocalDate asOf, HolidayCalendar calendar)
    {
        if (t.Rule == TimescaleRule.NotBefore)
        {
            // A "no sooner than" clock: met when the end event came on or after the earliest date.
            if (done is not LocalDate d)
            {
                // Open: how long until the end event is allowed (nothing once the earliest date has come).
                var (wait, workingWait) = asOf < due.Date ? Remaining(asOf, due.Date, calendar) : (0, 0);
                return new ReviewClock(t, start, due.Date, due.IsProvisional, null, ClockStatus.Due, null, null, wait, workingWait);
            }

            return d >= due.Date
                ? new ReviewClock(t, start, due.Date, due.IsProvisional, d, ClockStatus.Met, null, null)
                : Late(t, start, due, d, ClockStatus.Late, calendar, early: true);
        }

        if (done is LocalDate finished)
        {
            return finished <= due.Date
                ? new ReviewClock(t, start, due.Date, due.IsProvisional, finished, ClockStatus.Met, null, null)
                : Late(t, start, due, finished, ClockStatus.Late, calendar, early: false);
        }

        if (asOf <= due.Date)
        {
            var (left, workingLeft) = Remaining(asOf, due.Date, calendar);
            return new ReviewClock(t, start, due.Date, due.IsProvisional, null, ClockStatus.Due, null, null, left, workingLeft);
        }

        return Late(t, start, due, asOf, ClockStatus.Overdue, calendar, early: false);
    }

    // Calendar days and working days from the as-of date (excluded) to the due date (included).
    private static (int Days, int? WorkingDays) Remaining(LocalDate asOf, LocalDate due, HolidayCalendar calendar) =>
        (Period.DaysBetween(asOf, due), HolidayCalendar.Covers(asOf) && HolidayCalendar.Covers(due) ? calendar.CountWorkingDays(asOf, due).Days : null);

    private static ReviewClock Late(Timescale t, LocalDate start, CalendarDate due, LocalDate when, ClockStatus status, HolidayCalendar calendar, bool early)
    {
        var (from, to) = early ? (when, due.Date) : (due.Date, when);
        int days = Period.DaysBetween(from, to);
        int? working = HolidayCalendar.Covers(from) && HolidayCalendar.Covers(to) ? calendar.CountWorkingDays(from, to).Days : null;
        return new ReviewClock(t, start, due.Date, due.IsProvisional, status == ClockStatus.Overdue ? null : when, status, days, working);
    }
}
