using Safeguarding.Domain.Calendars;
using Safeguarding.Service.Documents;

namespace Safeguarding.Cli;

/// <summary>
/// Reads option values into the model. A value that cannot be read is an input error (exit 1) whose path
/// is the option's name, for example <c>--from</c>. The readers are the HTTP service's too (<see cref="OptionValue"/>).
/// </summary>
internal static class CliValues
{
    public static List<Issue> Collect(params Issue?[] errors)
    {
        var list = new List<Issue>();
        foreach (var error in errors)
        {
            if (error is not null)
            {
                list.Add(error);
            }
        }

        return list;
    }

    public static HolidayCalendar? Region(string text, string option, out Issue? error) => OptionValue.Region(text, option, out error);

    public static int? Year(string text, string option, out Issue? error) => OptionValue.Year(text, option, out error);

    // The documents' own date rule (ISO, a real day, 1900 to 2199), so an option and a JSON date are read alike.
    public static LocalDate? Date(string text, string option, out Issue? error) =>
        ContractDate.TryParse(text, option, out var date, out error) ? date : null;

    public static int? Integer(string text, string option, int min, int max, out Issue? error) =>
        OptionValue.Integer(text, option, min, max, out error);
}
