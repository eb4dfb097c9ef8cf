using System.Diagnostics.CodeAnalysis;
using NodaTime.Text;

namespace Safeguarding.Domain.Serialization;

/// <summary>
/// The dates the contract's documents and the CLI's date options accept: ISO <c>YYYY-MM-DD</c>, a day that exists in
/// the calendar, from 1900-01-01 to 2199-12-31. An integrator that takes a date from a query
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
    internal static LocalDate Earliest { get; } = new(1900, 1, 1);

    /// <summary>The latest date a document may carry: 31 December 2199.</summary>
    internal static LocalDate Latest { get; } = new(2199, 12, 31);

    /// <summary>
    /// The one ISO date pattern, <c>uuuu-MM-dd</c> in the invariant culture (NodaTime's <see cref="LocalDatePattern.Iso"/>): every
    /// reader, writer and message of the package parses or writes a date with it.
    /// </summary>
    public static LocalDatePattern Pattern { get; } = LocalDatePattern.Iso;

    /// <summary>Writes a date with <see cref="Pattern"/>, for example <c>2018-06-29</c>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The date as <c>YYYY-MM-DD</c>.</returns>
    public static string Format(LocalDate date) => Pattern.Format(date);

    /// <summary>Whether a date lies from <see cref="Earliest"/> to <see cref="Latest"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether a document may carry it.</returns>
    internal static bool IsInRange(LocalDate date) => date >= Earliest && date <= Latest;

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
    public static bool TryParse(string? text, string path, out LocalDate date, [NotNullWhen(false)] out Issue? error)
    {
        Guard.Against.NullOrWhiteSpace(path);
        error = Check(text, path, out date);
        return error is null;
    }

    /// <summary>The shared check behind <see cref="TryParse"/> and the document readers.</summary>
    internal static Issue? Check(string? text, string path, out LocalDate date)
    {
        date = default;
        if (text is null || text.Length != 10)
        {
            return new Issue(path, "invalid-date", "Expected a date as YYYY-MM-DD.");
        }

        if (TryParseDigits(text[0], text[1], text[2], text[3], text[4], text[5], text[6], text[7], text[8], text[9], out date))
        {
            return null;
        }

        var parsed = Pattern.Parse(text);
        if (!parsed.Success)
        {
            return new Issue(path, "invalid-date", "Expected a real calendar date as YYYY-MM-DD.");
        }

        if (RangeIssue(path, parsed.Value) is Issue outside)
        {
            return outside;
        }

        date = parsed.Value;
        return null;
    }

    /// <summary>The <c>date-out-of-range</c> error for a date outside the documents' years, or null: one rule for every door.</summary>
    internal static Issue? RangeIssue(string path, LocalDate date) =>
        IsInRange(date) ? null : new Issue(path, "date-out-of-range", "Dates must be between 1900-01-01 and 2199-12-31.");

    /// <summary>
    /// Reads a date a document may carry from UTF-8 <c>YYYY-MM-DD</c> (ASCII digits, a day that exists, from
    /// <see cref="Earliest"/> to <see cref="Latest"/>) without making a string; false for anything else, including text
    /// that <see cref="Check"/> would refuse, so a forward reader falls back to it for the error.
    /// </summary>
    internal static bool TryRead(ReadOnlySpan<byte> utf8, out LocalDate date)
    {
        if (utf8.Length != 10)
        {
            date = default;
            return false;
        }

        return TryParseDigits((char)utf8[0], (char)utf8[1], (char)utf8[2], (char)utf8[3], (char)utf8[4], (char)utf8[5],
            (char)utf8[6], (char)utf8[7], (char)utf8[8], (char)utf8[9], out date);
    }

    // The one ISO pattern, by hand: it accepts only what LocalDatePattern.Iso accepts and the range allows, so both give
    // the same date, and anything else goes to the pattern for its error.
    private static bool TryParseDigits(char y1, char y2, char y3, char y4, char dash1, char m1, char m2, char dash2, char d1, char d2, out LocalDate date)
    {
        date = default;
        if (dash1 != '-' || dash2 != '-' || !IsDigit(y1) || !IsDigit(y2) || !IsDigit(y3) || !IsDigit(y4)
            || !IsDigit(m1) || !IsDigit(m2) || !IsDigit(d1) || !IsDigit(d2))
        {
            return false;
        }

        int year = ((y1 - '0') * 1000) + ((y2 - '0') * 100) + ((y3 - '0') * 10) + (y4 - '0');
        int month = ((m1 - '0') * 10) + (m2 - '0');
        int day = ((d1 - '0') * 10) + (d2 - '0');
        if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1 || day > DaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static int DaysInMonth(int year, int month) => month switch
    {
        2 => (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };
}
