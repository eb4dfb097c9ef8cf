using Safeguarding.Service.Documents;

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
        var input = new DocumentInput("The review record (JSON)", "The date the clocks are computed on");
        var strict = DocumentInput.Strict("an event is refused");
        var format = OutputFormat.Create("text", "json");
        var batch = BatchOption.Create();
        var command = new Command("review", "Replay a review's recorded events through its lifecycle: state, refused event and unmet guards, clocks, publication window.")
        {
            input.File, input.AsOf!, strict, format, batch,
        };
        command.SetAction(parsed =>
        {
            bool json = OutputFormat.IsJson(parsed, format) || parsed.GetValue(batch);
            var date = input.DateOf(parsed, out var dateError);
            if (dateError is not null)
            {
                return io.InputErrors(dateError, json);
            }

            if (parsed.GetValue(batch))
            {
                return BatchOption.FormatAllowsBatch(parsed, format)
                    ? BatchOption.Run(io, input.PathOf(parsed), bytes => ReviewDocument.Answer(bytes, date!.Value, json: true), parsed.GetValue(strict))
                    : BatchOption.UsageErrorForFormat(io);
            }

            var bytes = input.Read(io, parsed, json, out int readExit);
            if (bytes is null)
            {
                return readExit;
            }

            var answer = ReviewDocument.Answer(bytes, date!.Value, json);
            if (!answer.Succeeded)
            {
                return io.InputErrors(answer.Errors, json);
            }

            io.Out.Write(json ? answer.Output + "\n" : answer.Output);
            return !answer.Valid && parsed.GetValue(strict) ? CliIo.Issue : CliIo.Success;
        });
        return command;
    }
}
