using Safeguarding.Domain.Serialization;

namespace Safeguarding.Domain.Calendars;

/// <summary>A day that is not a working day in a region because it is a bank or public holiday.</summary>
/// <remarks>
/// Immutable value. <see cref="IsSubstitute"/> marks a weekday given in place of a holiday that fell at a
/// weekend; <see cref="IsOneOff"/> marks a holiday appointed for one year only (a jubilee, a state funeral).
/// The default value has the date 1 January of year 1 and an empty name, and is not a real holiday.
/// </remarks>
public readonly struct BankHoliday : IEquatable<BankHoliday>
{
    /// <summary>Creates a holiday.</summary>
    /// <param name="date">The day that is not a working day.</param>
    /// <param name="name">The holiday's name, for example <c>Boxing Day</c>.</param>
    /// <param name="isSubstitute">Whether this day stands in for a holiday that fell at a weekend.</param>
    /// <param name="isOneOff">Whether this holiday was appointed for its year only.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    internal BankHoliday(LocalDate date, string name, bool isSubstitute, bool isOneOff)
    {
        Date = date;
        Name = name ?? throw new ArgumentNullException(nameof(name));
        IsSubstitute = isSubstitute;
        IsOneOff = isOneOff;
    }

    /// <summary>The day that is not a working day.</summary>
    public LocalDate Date { get; }

    /// <summary>The holiday's name.</summary>
    public string Name { get; }

    /// <summary>Whether this day stands in for a holiday that fell on a Saturday or Sunday.</summary>
    public bool IsSubstitute { get; }

    /// <summary>Whether the holiday was appointed for this year only (by royal proclamation).</summary>
    public bool IsOneOff { get; }

    /// <inheritdoc />
    public bool Equals(BankHoliday other) =>
        Date == other.Date && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && IsSubstitute == other.IsSubstitute && IsOneOff == other.IsOneOff;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is BankHoliday other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Date.GetHashCode() ^ (Name is null ? 0 : StringComparer.Ordinal.GetHashCode(Name));

    /// <summary>Returns the date (ISO) and the name, for example <c>2022-09-19 Bank holiday for the state funeral</c>.</summary>
    /// <returns>The holiday as text.</returns>
    public override string ToString() => ContractDate.Format(Date) + " " + Name;

    /// <summary>Equality.</summary>
    /// <param name="left">The first holiday.</param>
    /// <param name="right">The second holiday.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(BankHoliday left, BankHoliday right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first holiday.</param>
    /// <param name="right">The second holiday.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(BankHoliday left, BankHoliday right) => !left.Equals(right);
}
