using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using Safeguarding.Domain.Calendars;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Cli.Commands;

/// <summary>`safeguarding deadline --from d (--working-days n | --months n | --days n)`: one statutory clock's due date.</summary>
internal static class DeadlineCommand
{
    public static Command Create(CliIo io)
    {
        var from = new Option<string>("--from") { Description = "The start date (YYYY-MM-DD); it is never counted itself.", Required = true };
        var workingDays = new Option<string>("--working-days") { Description = "Count n working days of the region after the start." };
        var months = new Option<string>("--months") { Description = "Add n calendar months (end of month clamps)." };
        var days = new Option<string>("--days") { Description = "Add n calendar days." };
        var region = new Option<string>("--region") { Description = "Region for working days: " + HolidayCalendar.RegionIds + " (england and wales name england-and-wales).", DefaultValueFactory = _ => "england-and-wales" };
        var format = OutputFormat.Create("text", "json");
        var command = new Command("deadline", "Compute a statutory clock's due date in working days, months or calendar days.")
        {
            from, workingDays, months, days, region, format,
        };
        command.SetAction(parsed =>
        {
            bool json = OutputFormat.IsJson(parsed, format);
            string? wd = parsed.GetValue(workingDays);
            string? mo = parsed.GetValue(months);
            string? dy = parsed.GetValue(days);
            int given = (wd is null ? 0 : 1) + (mo is null ? 0 : 1) + (dy is null ? 0 : 1);
            if (given != 1)
            {
                return io.UsageError(new[] { "give exactly one of --working-days, --months or --days." }, json);
            }

            var start = CliValues.Date(parsed.GetValue(from)!, "--from", out var fromError);
            var calendar = CliValues.Region(parsed.GetValue(region)!, "--region", out var regionError);
            string option = wd is not null ? "--working-days" : mo is not null ? "--months" : "--days";
            int? n = CliValues.Integer(wd ?? mo ?? dy!, option, -10_000, 10_000, out var countError);
            var errors = CliValues.Collect(fromError, regionError, countError);
            if (errors.Count > 0)
            {
                return io.InputErrors(errors, json);
            }

            var length = wd is not null ? ClockLength.WorkingDays(n!.Value) : mo is not null ? ClockLength.Months(n!.Value) : ClockLength.CalendarDays(n!.Value);
            if (length.Unit == ClockUnit.WorkingDays && !calendar!.TryAddWorkingDays(start!.Value, n!.Value, out _))
            {
                return io.InputErrors(new Safeguarding.Domain.Serialization.InputError(
                    "--from", "date-out-of-range", $"Working days can be counted from {HolidayCalendar.FirstYear}-01-01 to {HolidayCalendar.LastYear}-12-31."), json);
            }

            var due = length.DueFrom(start!.Value, calendar!);
            string rule = length.ToString() + (length.Unit == ClockUnit.WorkingDays ? " (" + calendar!.Id + ")" : string.Empty) + ": " + length.DescribeRule();
            string fromText = start.Value.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
            string dueText = due.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
            if (json)
            {
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

                io.Out.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
            }
            else
            {
                io.Out.WriteLine($"{dueText}{(due.IsProvisional ? " (provisional: depends on bank holidays not yet announced)" : string.Empty)}");
                io.Out.WriteLine($"  from {fromText}, {rule}");
            }

            return CliIo.Success;
        });
        return command;
    }
}
