using Safeguarding.Domain.Calendars;
using Safeguarding.Service.Documents;

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
            var answer = DeadlineDocument.Answer(
                parsed.GetValue(from), parsed.GetValue(workingDays), parsed.GetValue(months), parsed.GetValue(days), parsed.GetValue(region),
                DeadlineDocument.CommandLine, json);
            if (!answer.Succeeded)
            {
                return answer.Errors[0].Code == DeadlineDocument.UsageCode
                    ? io.UsageError(new[] { answer.Errors[0].Message }, json)
                    : io.InputErrors(answer.Errors, json);
            }

            io.Out.Write(json ? answer.Output + "\n" : answer.Output);
            return CliIo.Success;
        });
        return command;
    }
}
