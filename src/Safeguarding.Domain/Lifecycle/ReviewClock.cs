using System.Globalization;
using NodaTime;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Domain.Lifecycle;

/// <summary>
/// One statutory, guidance or local clock of a review on an as-of date: when it started, when it is due,
/// when (if) it was done, its status, and how late in calendar days and in the region's working days.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ReviewClock
{
    internal ReviewClock(Timescale timescale, LocalDate start, LocalDate due, bool isProvisional, LocalDate? done, ClockStatus status, int? daysLate, int? workingDaysLate)
    {
        Timescale = timescale;
        Start = start;
        Due = due;
        IsProvisional = isProvisional;
        Done = done;
        Status = status;
        DaysLate = daysLate;
        WorkingDaysLate = workingDaysLate;
    }

    /// <summary>The clock's name, for example <c>notification</c> or <c>members-informed</c>.</summary>
    public string Id => Timescale.Id;

    /// <summary>The timescale the clock comes from, with its citation.</summary>
    public Timescale Timescale { get; }

    /// <summary>The date of the event that started the clock.</summary>
    public LocalDate Start { get; }

    /// <summary>The due date (for a "no sooner than" clock, the earliest allowed date).</summary>
    public LocalDate Due { get; }

    /// <summary>Whether <see cref="Due"/> depends on bank holidays not yet announced.</summary>
    public bool IsProvisional { get; }

    /// <summary>The date of the event that satisfied the clock; null when it has not happened by the as-of date.</summary>
    public LocalDate? Done { get; }

    /// <summary>The status on the as-of date.</summary>
    public ClockStatus Status { get; }

    /// <summary>Calendar days after the due date (of the done date, or of the as-of date when overdue); null unless late or overdue.</summary>
    public int? DaysLate { get; }

    /// <summary>Working days of the review's region after the due date, counted as <see cref="Calendars.HolidayCalendar.CountWorkingDays"/> does; null unless late or overdue.</summary>
    public int? WorkingDaysLate { get; }

    /// <summary>Returns the clock in one line, for example <c>decision: due 2013-02-10, done 2013-03-20, late by 38 days (27 working days)</c>.</summary>
    /// <returns>The clock as text.</returns>
    public override string ToString()
    {
        string text = Id + ": due " + Iso(Due) + (IsProvisional ? " (provisional)" : string.Empty)
            + (Done is LocalDate done ? ", done " + Iso(done) : string.Empty) + ", " + LifecycleNames.Name(Status);
        if (DaysLate is int days)
        {
            text += " by " + ActionPlans.PlanText.Count(days, "day");
            if (WorkingDaysLate is int working)
            {
                text += " (" + ActionPlans.PlanText.Count(working, "working day") + ")";
            }
        }

        return text;
    }

    internal static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
