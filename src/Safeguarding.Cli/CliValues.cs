using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using Safeguarding.Domain.Calendars;
using Safeguarding.Domain.Serialization;

namespace Safeguarding.Cli;

/// <summary>
/// Reads option values into the model. A value that cannot be read is an input error (exit 1) whose path
/// is the option's name, for example <c>--from</c>.
/// </summary>
internal static class CliValues
{
    public static List<InputError> Collect(params InputError?[] errors)
    {
        var list = new List<InputError>();
        foreach (var error in errors)
        {
            if (error is not null)
            {
                list.Add(error);
            }
        }

        return list;
    }

    public static HolidayCalendar? Region(string text, string option, out InputError? error)
    {
        error = null;
        if (HolidayCalendar.TryParseRegion(text, out var region))
        {
            return HolidayCalendar.For(region);
        }

        error = new InputError(option, "invalid-enum", "Unknown region. Expected one of: " + HolidayCalendar.RegionIds + " (england and wales are accepted as names of england-and-wales).");
        return null;
    }

    public static int? Year(string text, string option, out InputError? error)
    {
        error = null;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int year))
        {
            error = new InputError(option, "invalid-number", "Expected a year as four digits.");
            return null;
        }

        if (year < HolidayCalendar.FirstYear || year > HolidayCalendar.LastYear)
        {
            error = new InputError(option, "year-out-of-range", $"The calendars cover {HolidayCalendar.FirstYear} to {HolidayCalendar.LastYear}.");
            return null;
        }

        return year;
    }

    // The documents' own date rule (ISO, a real day, 1900 to 2199), so an option and a JSON date are read alike.
    public static LocalDate? Date(string text, string option, out InputError? error) =>
        ContractDate.TryParse(text, option, out var date, out error) ? date : null;

    public static int? Integer(string text, string option, int min, int max, out InputError? error)
    {
        error = null;
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value))
        {
            error = new InputError(option, "invalid-number", "Expected a whole number.");
            return null;
        }

        if (value < min || value > max)
        {
            error = new InputError(option, "number-out-of-range", $"Expected a whole number from {min} to {max}.");
            return null;
        }

        return value;
    }
}
