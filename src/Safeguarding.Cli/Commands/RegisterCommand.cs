using Safeguarding.Domain.Register;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Cli.Commands;

/// <summary>
/// `safeguarding register &lt;file|-&gt; --as-of d [--format text|json|markdown|html] [--publishable [--suppress-below n]] [--strict]`:
/// a partnership's figures across its reviews. An invalid register (refused events, unknown themes, plan
/// traceability errors) is still reported with exit 0 and <c>valid: false</c>; with --strict it exits 1 after the report.
/// </summary>
internal static class RegisterCommand
{
    public static Command Create(CliIo io)
    {
        var input = new DocumentInput("The register document (JSON)", "The date of the figures");
        var format = OutputFormat.Create("text", "json", "markdown", "html");
        var publishable = new Option<bool>("--publishable") { Description = "Suppress small counts (below 5 unless --suppress-below says otherwise) and withhold lists that name reviews, as in official statistics." };
        var suppressBelow = new Option<string>("--suppress-below") { Description = "With --publishable: counts from 1 to n-1 are suppressed (2 to 1000; default 5)." };
        var strict = DocumentInput.Strict("the register is not valid");
        var command = new Command("register", "A partnership's figures across its reviews: reviews by kind and state, clocks, delays, recurring themes, recommendations awaiting a response, action-plan statuses, completeness.")
        {
            input.File, input.AsOf!, format, publishable, suppressBelow, strict,
        };
        command.SetAction(parsed =>
        {
            bool json = OutputFormat.IsJson(parsed, format);
            string? thresholdText = parsed.GetValue(suppressBelow);
            if (thresholdText is not null && !parsed.GetValue(publishable))
            {
                return io.UsageError(new[] { "--suppress-below needs --publishable." }, json);
            }

            var date = input.DateOf(parsed, out var dateError);
            Domain.Issue? thresholdError = null;
            int? threshold = thresholdText is null ? null : CliValues.Integer(thresholdText, "--suppress-below", 2, 1000, out thresholdError);
            var errors = CliValues.Collect(dateError, thresholdError);
            if (errors.Count > 0)
            {
                return io.InputErrors(errors, json);
            }

            var bytes = input.Read(io, parsed, json, out int readExit);
            if (bytes is null)
            {
                return readExit;
            }

            var read = RegisterJson.Read(bytes);
            if (!read.Success)
            {
                return io.InputErrors(read.Errors, json);
            }

            var disclosure = parsed.GetValue(publishable) ? (threshold is int n ? DisclosureControl.Create(n).Value : DisclosureControl.Default) : null;
            var report = RegisterReport.Create(read.Value, date!.Value, TimescaleCatalogue.Default, disclosure);
            string output = parsed.GetValue(format) switch
            {
                "json" => report.ToJson(),
                "markdown" => report.ToMarkdown(),
                "html" => report.ToHtml(),
                _ => report.ToText(),
            };
            io.Out.Write(output);
            if (!output.EndsWith('\n'))
            {
                io.Out.WriteLine();
            }

            if (parsed.GetValue(strict) && !report.IsValid)
            {
                io.Err.WriteLine("error: $: invalid-register: the register has validation errors (see 'validation'); exit 1 because of --strict.");
                return CliIo.Issue;
            }

            return CliIo.Success;
        });
        return command;
    }
}
