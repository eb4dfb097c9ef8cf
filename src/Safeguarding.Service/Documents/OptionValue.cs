using System.Globalization;
using NodaTime;
using Safeguarding.Domain.Calendars;

namespace Safeguarding.Service.Documents;

/// <summary>
/// Reads a door's parameter (a CLI option or an HTTP query or path parameter) into the model. The error's path is
/// the parameter's name as the caller wrote it (<c>--as-of</c> on the command line, <c>asOf</c> over HTTP), and
/// its code is the one the documents use for the same fault.
/// </summary>
internal static class OptionValue
{
    /// <summary>A required date, read with the documents' own date rule (ISO, a real day, 1900 to 2199).</summary>
    public static LocalDate? RequiredDate(string? text, string name, List<Issue> errors)
    {
        if (text is null)
        {
            errors.Add(new Issue(name, "missing-parameter", "A date (YYYY-MM-DD) is required."));
            return null;
        }

        return OptionalDate(text, name, errors);
    }

    /// <summary>An optional date: null when not given.</summary>
    public static LocalDate? OptionalDate(string? text, string name, List<Issue> errors)
    {
        if (text is null)
        {
            return null;
        }

        if (ContractDate.TryParse(text, name, out var date, out var error))
        {
            return date;
        }

        errors.Add(error);
        return null;
    }

    public static HolidayCalendar? Region(string text, string name, out Issue? error)
    {
        error = null;
        if (HolidayCalendar.TryParseRegion(text, out var region))
        {
            return HolidayCalendar.For(region);
        }

        error = new Issue(name, "invalid-enum", "Unknown region. Expected one of: " + HolidayCalendar.RegionIds + " (england and wales are accepted as names of england-and-wales).");
        return null;
    }

    public static int? Year(string text, string name, out Issue? error)
    {
        error = null;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int year))
        {
            error = new Issue(name, "invalid-number", "Expected a year as four digits.");
            return null;
        }

        if (year < HolidayCalendar.FirstYear || year > HolidayCalendar.LastYear)
        {
            error = new Issue(name, "year-out-of-range", $"The calendars cover {HolidayCalendar.FirstYear} to {HolidayCalendar.LastYear}.");
            return null;
        }

        return year;
    }

    public static int? Integer(string text, string name, int min, int max, out Issue? error)
    {
        error = null;
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value))
        {
            error = new Issue(name, "invalid-number", "Expected a whole number.");
            return null;
        }

        if (value < min || value > max)
        {
            error = new Issue(name, "number-out-of-range", $"Expected a whole number from {min} to {max}.");
            return null;
        }

        return value;
    }
}
