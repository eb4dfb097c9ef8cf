using System.Globalization;
using Safeguarding.Domain.Calendars;

namespace Safeguarding.Cli.Commands;

/// <summary>`safeguarding holidays --region r --year y`: a region's bank holidays for a year.</summary>
internal static class HolidaysCommand
{
    public static Command Create(CliIo io)
    {
        var region = new Option<string>("--region") { Description = "Region: " + HolidayCalendar.RegionIds + " (england and wales name england-and-wales).", Required = true };
        var year = new Option<string>("--year") { Description = $"Year, {HolidayCalendar.FirstYear} to {HolidayCalendar.LastYear}.", Required = true };
        var format = OutputFormat.Create("text", "json");
        var command = new Command("holidays", "List a region's bank and public holidays for a year (substitute days included).") { region, year, format };
        command.SetAction(parsed =>
        {
            bool json = OutputFormat.IsJson(parsed, format);
            var calendar = CliValues.Region(parsed.GetValue(region)!, "--region", out var regionError);
            int? y = CliValues.Year(parsed.GetValue(year)!, "--year", out var yearError);
            var errors = CliValues.Collect(regionError, yearError);
            if (errors.Count > 0)
            {
                return io.InputErrors(errors, json);
            }

            var holidays = calendar!.HolidaysIn(y!.Value);
            if (json)
            {
                io.Out.WriteLine(holidays.ToJson());
            }
            else
            {
                io.Out.WriteLine($"Bank holidays, {calendar.Id}, {holidays.Year}{(holidays.IsProvisional ? " (provisional: computed from the standing rules; not yet officially announced)" : string.Empty)}:");
                foreach (var holiday in holidays.Holidays)
                {
                    io.Out.WriteLine("  " + holiday.Date.ToString("ddd uuuu-MM-dd", CultureInfo.InvariantCulture) + "  " + holiday.Name
                        + (holiday.IsSubstitute ? " (substitute day)" : string.Empty) + (holiday.IsOneOff ? " (one-off)" : string.Empty));
                }
            }

            return CliIo.Success;
        });
        return command;
    }
}
