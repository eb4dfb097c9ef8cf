using System.Globalization;
using Safeguarding.Domain.Calendars;

namespace Safeguarding.Domain.Timescales;

/// <summary>
/// The length of a statutory clock: a count of working days, calendar days or calendar months, and the
/// rule that turns a start date into a due date.
/// </summary>
/// <remarks>
/// <para>Rules (the contract's <c>deadline</c>):</para>
/// <list type="bullet">
/// <item><description>working days: the n-th working day strictly after the start; the start itself is never counted;</description></item>
/// <item><description>calendar days: the start plus n days;</description></item>
/// <item><description>months: the start plus n calendar months; where that day does not exist in the target month,
/// the last day of that month (31 August + 6 months = 28 or 29 February).</description></item>
/// </list>
/// <para>Immutable value. The default value is zero working days, whose due date is the start itself.</para>
/// </remarks>
public readonly struct ClockLength : IEquatable<ClockLength>
{
    private ClockLength(ClockUnit unit, int count)
    {
        Unit = unit;
        Count = count;
    }

    /// <summary>The unit.</summary>
    public ClockUnit Unit { get; }

    /// <summary>How many units; may be negative (a date before the start, such as "7 days before publication").</summary>
    public int Count { get; }

    /// <summary>A length in working days.</summary>
    /// <param name="count">How many working days.</param>
    /// <returns>The length.</returns>
    public static ClockLength WorkingDays(int count) => new(ClockUnit.WorkingDays, count);

    /// <summary>A length in calendar days.</summary>
    /// <param name="count">How many days.</param>
    /// <returns>The length.</returns>
    public static ClockLength CalendarDays(int count) => new(ClockUnit.CalendarDays, count);

    /// <summary>A length in calendar months.</summary>
    /// <param name="count">How many months.</param>
    /// <returns>The length.</returns>
    public static ClockLength Months(int count) => new(ClockUnit.Months, count);

    /// <summary>The due date of a clock of this length that starts on <paramref name="start"/>.</summary>
    /// <param name="start">The day the clock starts (the event's date; not itself counted).</param>
    /// <param name="calendar">The region's calendar, used for working days.</param>
    /// <returns>The due date; provisional when a working-day count depends on an unannounced year.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A working-day count leaves the calendar's covered years.</exception>
    public CalendarDate DueFrom(LocalDate start, HolidayCalendar calendar)
    {
        if (calendar is null)
        {
            throw new ArgumentNullException(nameof(calendar));
        }

        return Unit switch
        {
            ClockUnit.WorkingDays => calendar.AddWorkingDays(start, Count),
            ClockUnit.CalendarDays => new CalendarDate(start.PlusDays(Count), false),
            _ => new CalendarDate(start.PlusMonths(Count), false),
        };
    }

    /// <summary>
    /// The due date of a clock of this length that starts on <paramref name="start"/>, or <see langword="false"/> when a
    /// working-day count starts or ends outside the calendar's covered years (<see cref="HolidayCalendar.FirstYear"/> to
    /// <see cref="HolidayCalendar.LastYear"/>): the one answer for a due date beyond the calendar, used by the criteria's
    /// deadlines, a review's clocks and the lifecycle's guards alike. Calendar days and months always have a due date.
    /// </summary>
    /// <param name="start">The day the clock starts (the event's date; not itself counted).</param>
    /// <param name="calendar">The region's calendar, used for working days.</param>
    /// <param name="due">The due date, as <see cref="DueFrom"/> gives it, when there is one; otherwise the default value.</param>
    /// <returns>Whether the clock has a due date in the calendar's years.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public bool TryDueFrom(LocalDate start, HolidayCalendar calendar, out CalendarDate due)
    {
        if (calendar is null)
        {
            throw new ArgumentNullException(nameof(calendar));
        }

        if (Unit == ClockUnit.WorkingDays)
        {
            return calendar.TryAddWorkingDays(start, Count, out due);
        }

        due = DueFrom(start, calendar);
        return true;
    }

    /// <summary>The length as an ISO-8601 period for calendar units (<c>P6M</c>, <c>P7D</c>), or <c>5 working days</c>.</summary>
    /// <returns>The length as text.</returns>
    public override string ToString()
    {
        string n = Count.ToString(CultureInfo.InvariantCulture);
        return Unit switch
        {
            ClockUnit.WorkingDays => n + (Math.Abs(Count) == 1 ? " working day" : " working days"),
            ClockUnit.CalendarDays => n + (Math.Abs(Count) == 1 ? " calendar day" : " calendar days"),
            _ => n + (Math.Abs(Count) == 1 ? " month" : " months"),
        };
    }

    /// <summary>The rule in words, for reports.</summary>
    /// <returns>A sentence that states how the due date is found.</returns>
    public string DescribeRule() => Unit switch
    {
        ClockUnit.WorkingDays => $"the {Ordinal(Count)} working day strictly after the start (the start is not counted; weekends and the region's bank holidays are skipped)",
        ClockUnit.CalendarDays => $"the start plus {ToString()}",
        _ => $"the start plus {ToString()}; where that day does not exist in the month, the month's last day",
    };

    /// <inheritdoc />
    public bool Equals(ClockLength other) => Unit == other.Unit && Count == other.Count;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ClockLength other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => ((int)Unit << 24) ^ Count;

    /// <summary>Equality.</summary>
    /// <param name="left">The first length.</param>
    /// <param name="right">The second length.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ClockLength left, ClockLength right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first length.</param>
    /// <param name="right">The second length.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ClockLength left, ClockLength right) => !left.Equals(right);

    private static string Ordinal(int n)
    {
        int abs = Math.Abs(n);
        string suffix = (abs % 100) is 11 or 12 or 13 ? "th" : (abs % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }
}
