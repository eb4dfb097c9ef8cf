using System.CommandLine;
using Safeguarding.Domain.Lifecycle;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Cli.Commands;

/// <summary>
/// `safeguarding review &lt;file|-&gt; --as-of d [--format text|json] [--strict]`: replays a review record through
/// its lifecycle and reports the state, the first refused event with every unmet guard, the clocks and the
/// publication window. An invalid record exits 0, or 1 with --strict (the report is printed either way).
/// </summary>
internal static class ReviewCommand
{
    public static Command Create(CliIo io)
    {
        var input = new Argument<string>("file") { Description = "The review record (JSON), or - for standard input." };
        var asOf = new Option<string>("--as-of") { Description = "The date the clocks are computed on (YYYY-MM-DD).", Required = true };
        var strict = new Option<bool>("--strict") { Description = "Exit 1 when an event is refused (the report is still printed)." };
        var format = OutputFormat.Create("text", "json");
        var command = new Command("review", "Replay a review's recorded events through its lifecycle: state, refused event and unmet guards, clocks, publication window.")
        {
            input, asOf, strict, format,
        };
        command.SetAction(parsed =>
        {
            bool json = OutputFormat.IsJson(parsed, format);
            var date = CliValues.Date(parsed.GetValue(asOf)!, "--as-of", out var dateError);
            if (dateError is not null)
            {
                return io.InputErrors(dateError, json);
            }

            var bytes = io.ReadInput(parsed.GetValue(input)!, json, out int readExit);
            if (bytes is null)
            {
                return readExit;
            }

            var read = ReviewRecord.Read(bytes);
            if (!read.Success)
            {
                return io.InputErrors(read.Errors, json);
            }

            var report = ReviewReport.Create(read.Value, date!.Value, TimescaleCatalogue.Default);
            io.Out.Write(json ? report.ToJson() + "\n" : report.ToText());
            return !report.IsValid && parsed.GetValue(strict) ? CliIo.InputError : CliIo.Success;
        });
        return command;
    }
}
