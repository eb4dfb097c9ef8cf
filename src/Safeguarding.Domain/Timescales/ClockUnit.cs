namespace Safeguarding.Domain.Timescales;

/// <summary>The unit a statutory clock is counted in.</summary>
/// <remarks>The default value is <see cref="WorkingDays"/>.</remarks>
public enum ClockUnit
{
    /// <summary>Working days of the region's calendar: Monday to Friday, not a bank holiday.</summary>
    WorkingDays = 0,

    /// <summary>Calendar days.</summary>
    CalendarDays = 1,

    /// <summary>Calendar months; a day that does not exist in the target month becomes that month's last day.</summary>
    Months = 2,
}
