using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.Text;

namespace Safeguarding.Domain.Serialization;

/// <summary>
/// The dates the contract's documents and the CLI's date options accept: ISO <c>YYYY-MM-DD</c>, a day that exists in
/// the calendar, from <see cref="Earliest"/> to <see cref="Latest"/>. An integrator that takes a date from a query
/// string or a form can check it with <see cref="TryParse"/> and get the same codes and messages as the document readers.
/// </summary>
/// <remarks>
/// Thread-safe. Dates inside a review record are narrower still (2000 to 2099, the years the bank-holiday calendars
/// cover); that rule belongs to <see cref="Lifecycle.ReviewRecord"/>. An as-of date for a review report is not narrowed:
/// outside the calendars' years a late clock is given in days, without working days.
/// </remarks>
public static class ContractDate
{
    /// <summary>The earliest date a document may carry: 1 January 1900.</summary>
    public static LocalDate Earliest { get; } = new(1900, 1, 1);

    /// <summary>The latest date a document may carry: 31 December 2199.</summary>
    public static LocalDate Latest { get; } = new(2199, 12, 31);

    /// <summary>Whether a date lies from <see cref="Earliest"/> to <see cref="Latest"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether a document may carry it.</returns>
    public static bool IsInRange(LocalDate date) => date >= Earliest && date <= Latest;

    /// <summary>Reads a date written as <c>YYYY-MM-DD</c>.</summary>
    /// <param name="text">The text; null reads as not a date.</param>
    /// <param name="path">Where the text came from, for the error: a JSON path or an option name such as <c>--as-of</c>.</param>
    /// <param name="date">The date, when read.</param>
    /// <param name="error">
    /// Otherwise the one error: <c>invalid-date</c> (not ten characters in the ISO pattern, or a day that does not exist,
    /// such as <c>2019-02-30</c>) or <c>date-out-of-range</c>. Its message never repeats the text.
    /// </param>
    /// <returns>Whether the text is a date a document may carry.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="path"/> is empty or white space.</exception>
    /// <exception cref="System.ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static bool TryParse(string? text, string path, out LocalDate date, [NotNullWhen(false)] out InputError? error)
    {
        Guard.Against.NullOrWhiteSpace(path);
        error = Check(text, path, out date);
        return error is null;
    }

    /// <summary>The shared check behind <see cref="TryParse"/> and the document readers.</summary>
    internal static InputError? Check(string? text, string path, out LocalDate date)
    {
        date = default;
        if (text is null || text.Length != 10)
        {
            return new InputError(path, "invalid-date", "Expected a date as YYYY-MM-DD.");
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        if (!parsed.Success)
        {
            return new InputError(path, "invalid-date", "Expected a real calendar date as YYYY-MM-DD.");
        }

        if (!IsInRange(parsed.Value))
        {
            return new InputError(path, "date-out-of-range", "Dates must be between 1900-01-01 and 2199-12-31.");
        }

        date = parsed.Value;
        return null;
    }
}
