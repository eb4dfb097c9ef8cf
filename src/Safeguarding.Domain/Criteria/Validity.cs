using System.Globalization;
using Safeguarding.Domain.Serialization;

namespace Safeguarding.Domain.Criteria;

/// <summary>The dates between which a regime or a criterion is in force: from <see cref="From"/> to <see cref="Until"/>, both inclusive.</summary>
/// <remarks>Immutable value. The default value runs from <see cref="LocalDate"/>'s default (1 January 1 CE) with no end; use the constructor.</remarks>
public readonly struct Validity : IEquatable<Validity>
{
    /// <summary>Creates a validity interval.</summary>
    /// <param name="from">The first day in force.</param>
    /// <param name="until">The last day in force, or <see langword="null"/> while still in force.</param>
    /// <exception cref="ArgumentException"><paramref name="until"/> is before <paramref name="from"/>.</exception>
    public Validity(LocalDate from, LocalDate? until)
    {
        if (until is LocalDate end && end < from)
        {
            throw new ArgumentException("The last day in force cannot be before the first.", nameof(until));
        }

        From = from;
        Until = until;
    }

    /// <summary>The first day in force.</summary>
    public LocalDate From { get; }

    /// <summary>The last day in force, inclusive; <see langword="null"/> while still in force.</summary>
    public LocalDate? Until { get; }

    /// <summary>Whether the date falls within the interval.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether it is in force on that date.</returns>
    public bool Contains(LocalDate date) => date >= From && (Until is not LocalDate end || date <= end);

    /// <summary>The interval as text, for example <c>2006-04-01 to 2019-09-29</c> or <c>2018-06-29 onwards</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        ContractDate.Format(From) + (Until is LocalDate end ? " to " + ContractDate.Format(end) : " onwards");

    /// <inheritdoc />
    public bool Equals(Validity other) => From == other.From && Until == other.Until;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Validity other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (From.GetHashCode() * 397) ^ Until.GetHashCode();

    /// <summary>Equality.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Validity left, Validity right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Validity left, Validity right) => !left.Equals(right);
}
