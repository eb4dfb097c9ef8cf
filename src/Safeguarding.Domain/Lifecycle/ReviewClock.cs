using System.Globalization;
using Safeguarding.Domain.Serialization;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Domain.Lifecycle;

/// <summary>
/// One statutory, guidance or local clock of a review on an as-of date: when it started, when it is due,
/// when (if) it was done, its status, how late in calendar days and in the region's working days, and, while
/// it is open, how much time is left.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe.</para>
/// <para>Two types of clock: a deadline (the end event must come on or before <see cref="Due"/>) and an
/// earliest date (<see cref="IsEarliestDate"/>: the end event may come no sooner than <see cref="Due"/>, as
/// the Panel notice before publication, SI 2018/789 reg 16). An earliest date is never overdue; its text
/// says "not before" and how long until the end event is allowed.</para>
/// </remarks>
public sealed class ReviewClock
{
    internal ReviewClock(Timescale timescale, LocalDate start, LocalDate due, bool isProvisional, LocalDate? done, ClockStatus status, int? daysLate, int? workingDaysLate)
        : this(timescale, start, due, isProvisional, done, status, daysLate, workingDaysLate, null, null)
    {
    }

    internal ReviewClock(
        Timescale timescale, LocalDate start, LocalDate due, bool isProvisional, LocalDate? done, ClockStatus status, int? daysLate, int? workingDaysLate,
        int? daysRemaining, int? workingDaysRemaining)
    {
        Timescale = timescale;
        Start = start;
        Due = due;
        IsProvisional = isProvisional;
        Done = done;
        Status = status;
        DaysLate = daysLate;
        WorkingDaysLate = workingDaysLate;
        DaysRemaining = daysRemaining;
        WorkingDaysRemaining = workingDaysRemaining;
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

    /// <summary>Whether the clock is an earliest date ("not before"), not a deadline.</summary>
    public bool IsEarliestDate => Timescale.Rule == TimescaleRule.NotBefore;

    /// <summary>The earliest date the end event may happen, for an earliest-date clock; null for a deadline.</summary>
    public LocalDate? EarliestDate => IsEarliestDate ? Due : null;

    /// <summary>
    /// While the clock is open (not done) and not overdue: calendar days from the as-of date to <see cref="Due"/>
    /// (0 on the due date itself). For an earliest-date clock, the days until the end event is allowed (0 once it is).
    /// Null when the clock is done or overdue (then <see cref="DaysLate"/> says by how much).
    /// </summary>
    public int? DaysRemaining { get; }

    /// <summary>
    /// Beside <see cref="DaysRemaining"/>: the region's working days after the as-of date up to and including
    /// <see cref="Due"/>, counted as <see cref="Calendars.HolidayCalendar.CountWorkingDays"/> does; null when
    /// <see cref="DaysRemaining"/> is, or when the dates are outside the calendars' years.
    /// </summary>
    public int? WorkingDaysRemaining { get; }

    /// <summary>
    /// Returns the clock in one line, for example <c>decision: due 2013-02-10, done 2013-03-20, late by 38 days (27 working days)</c>,
    /// <c>completion: due 2026-04-27, 12 days left (8 working days)</c> or, for an earliest date,
    /// <c>panel-notice: not before 2026-05-04 (earliest date), 5 days to go (3 working days)</c>.
    /// </summary>
    /// <returns>The clock as text.</returns>
    public override string ToString()
    {
        string provisional = IsProvisional ? " (provisional)" : string.Empty;
        string done = Done is LocalDate d ? ", done " + ContractDate.Format(d) : string.Empty;
        if (IsEarliestDate)
        {
            string head = Id + ": not before " + ContractDate.Format(Due) + provisional + " (earliest date)" + done;
            return Status switch
            {
                ClockStatus.Met => head + ", met",
                ClockStatus.Late => head + ", too early" + Amount(" by ", DaysLate, string.Empty, WorkingDaysLate),
                _ => DaysRemaining is int wait && wait > 0 ? head + Amount(", ", DaysRemaining, " to go", WorkingDaysRemaining) : head + ", allowed now",
            };
        }

        string text = Id + ": due " + ContractDate.Format(Due) + provisional + done;
        return Status switch
        {
            ClockStatus.Met => text + ", met",
            ClockStatus.Due => DaysRemaining == 0 ? text + ", due today" : text + Amount(", ", DaysRemaining, " left", WorkingDaysRemaining),
            _ => text + ", " + LifecycleNames.Name(Status) + Amount(" by ", DaysLate, string.Empty, WorkingDaysLate),
        };
    }

    // " by 38 days (27 working days)", ", 9 days left (5 working days)"; empty when the days are not known.
    private static string Amount(string lead, int? days, string tail, int? working) =>
        days is int n
            ? lead + ActionPlans.PlanText.Count(n, "day") + tail + (working is int w ? " (" + ActionPlans.PlanText.Count(w, "working day") + ")" : string.Empty)
            : string.Empty;
}
