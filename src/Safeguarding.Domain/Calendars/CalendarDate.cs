using Safeguarding.Domain.Serialization;

namespace Safeguarding.Domain.Calendars;

/// <summary>
/// A date computed from a holiday calendar, and whether it depends on a year whose bank holidays were
/// not yet officially announced (computed from the standing rules, so a later proclamation could move it).
/// </summary>
/// <remarks>Immutable value. The default value is 1 January of year 1, not provisional.</remarks>
public readonly struct CalendarDate : IEquatable<CalendarDate>
{
    /// <summary>Creates an answer.</summary>
    /// <param name="date">The date.</param>
    /// <param name="isProvisional">Whether it depends on unannounced years.</param>
    internal CalendarDate(LocalDate date, bool isProvisional)
    {
        Date = date;
        IsProvisional = isProvisional;
    }

    /// <summary>The date.</summary>
    public LocalDate Date { get; }

    /// <summary>
    /// Whether the answer depends on a year after the calendar's <see cref="HolidayCalendar.LastAnnouncedYear"/>:
    /// it is computed from the standing rules and a proclamation could still change it.
    /// </summary>
    public bool IsProvisional { get; }

    /// <inheritdoc />
    public bool Equals(CalendarDate other) => Date == other.Date && IsProvisional == other.IsProvisional;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CalendarDate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Date.GetHashCode() ^ (IsProvisional ? 1 : 0);

    /// <summary>The ISO date, with <c> (provisional)</c> when it is.</summary>
    /// <returns>The answer as text.</returns>
    public override string ToString() =>
        ContractDate.Format(Date) + (IsProvisional ? " (provisional)" : string.Empty);

    /// <summary>Equality.</summary>
    /// <param name="left">The first answer.</param>
    /// <param name="right">The second answer.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(CalendarDate left, CalendarDate right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first answer.</param>
    /// <param name="right">The second answer.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(CalendarDate left, CalendarDate right) => !left.Equals(right);
}
