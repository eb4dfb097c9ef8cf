using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using Safeguarding.Domain.Calendars;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Service.Documents;

/// <summary>
/// <c>deadline</c>: one clock's due date from a start, in working days, months or calendar days. The command line
/// and <c>GET /v1/deadline</c> both call this; each passes its own names for the parameters.
/// </summary>
internal static class DeadlineDocument
{
    /// <summary>The code of the error for a request that gives none or more than one of the lengths.</summary>
    public const string UsageCode = "usage";

    /// <summary>The parameters' names as the door spells them, for errors' paths.</summary>
    public sealed record Names(string From, string WorkingDays, string Months, string Days, string Region);

    public static Names CommandLine { get; } = new("--from", "--working-days", "--months", "--days", "--region");

    public static Names Http { get; } = new("from", "workingDays", "months", "days", "region");

    /// <summary>Computes the deadline and writes it as JSON (the contract's output) or text.</summary>
    /// <param name="region">The region, or null for england-and-wales.</param>
    public static DocumentAnswer Answer(string? from, string? workingDays, string? months, string? days, string? region, Names names, bool json)
    {
        int given = (workingDays is null ? 0 : 1) + (months is null ? 0 : 1) + (days is null ? 0 : 1);
        if (given != 1)
        {
            return DocumentAnswer.Failed(new[] { new Issue("$", UsageCode, $"give exactly one of {names.WorkingDays}, {names.Months} or {names.Days}.") });
        }

        var errors = new List<Issue>();
        var start = OptionValue.RequiredDate(from, names.From, errors);
        var calendar = OptionValue.Region(region ?? "england-and-wales", names.Region, out var regionError);
        string name = workingDays is not null ? names.WorkingDays : months is not null ? names.Months : names.Days;
        int? n = OptionValue.Integer(workingDays ?? months ?? days!, name, -10_000, 10_000, out var countError);
        if (regionError is not null)
        {
            errors.Add(regionError);
        }

        if (countError is not null)
        {
            errors.Add(countError);
        }

        if (errors.Count > 0)
        {
            return DocumentAnswer.Failed(errors);
        }

        var length = workingDays is not null ? ClockLength.WorkingDays(n!.Value) : months is not null ? ClockLength.Months(n!.Value) : ClockLength.CalendarDays(n!.Value);
        if (!length.TryDueFrom(start!.Value, calendar!, out var due))
        {
            return DocumentAnswer.Failed(new[] { new Issue(
                names.From, "date-out-of-range", $"Working days can be counted from {HolidayCalendar.FirstYear}-01-01 to {HolidayCalendar.LastYear}-12-31.") });
        }

        string rule = length.ToString() + (length.Unit == ClockUnit.WorkingDays ? " (" + calendar!.Id + ")" : string.Empty) + ": " + length.DescribeRule();
        string fromText = ContractDate.Format(start.Value);
        string dueText = ContractDate.Format(due.Date);
        if (!json)
        {
            return DocumentAnswer.Answered(
                $"{dueText}{(due.IsProvisional ? " (provisional: depends on bank holidays not yet announced)" : string.Empty)}\n  from {fromText}, {rule}\n",
                valid: true);
        }

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("from", fromText);
            writer.WriteString("deadline", dueText);
            writer.WriteString("rule", rule);
            writer.WriteBoolean("provisional", due.IsProvisional);
            writer.WriteEndObject();
        }

        return DocumentAnswer.Answered(Encoding.UTF8.GetString(stream.ToArray()), valid: true);
    }
}
