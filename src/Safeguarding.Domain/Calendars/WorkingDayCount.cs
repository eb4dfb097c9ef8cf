namespace Safeguarding.Domain.Calendars;

/// <summary>A count of working days, and whether it depends on a year whose bank holidays were not yet announced.</summary>
/// <remarks>Immutable value. The default value is zero days, not provisional.</remarks>
public readonly struct WorkingDayCount : IEquatable<WorkingDayCount>
{
    /// <summary>Creates a count.</summary>
    /// <param name="days">The signed number of working days.</param>
    /// <param name="isProvisional">Whether it depends on unannounced years.</param>
    internal WorkingDayCount(int days, bool isProvisional)
    {
        Days = days;
        IsProvisional = isProvisional;
    }

    /// <summary>The signed number of working days (negative when counting backwards).</summary>
    public int Days { get; }

    /// <summary>Whether the count depends on a year after the calendar's <see cref="HolidayCalendar.LastAnnouncedYear"/>.</summary>
    public bool IsProvisional { get; }

    /// <inheritdoc />
    public bool Equals(WorkingDayCount other) => Days == other.Days && IsProvisional == other.IsProvisional;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is WorkingDayCount other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Days ^ (IsProvisional ? 1 << 30 : 0);

    /// <summary>The count, with <c> (provisional)</c> when it is.</summary>
    /// <returns>The count as text.</returns>
    public override string ToString() =>
        Days.ToString(System.Globalization.CultureInfo.InvariantCulture) + (IsProvisional ? " (provisional)" : string.Empty);

    /// <summary>Equality.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(WorkingDayCount left, WorkingDayCount right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(WorkingDayCount left, WorkingDayCount right) => !left.Equals(right);
}
