using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Rating;
using Safeguarding.Domain.Reporting;
using Safeguarding.Service.Documents;

namespace Safeguarding.Cli.Commands;

/// <summary>
/// `safeguarding plan &lt;file|-&gt; --as-of d`: an action plan's evidence-based RAG report, in text, JSON,
/// Markdown or HTML. An invalid plan (traceability errors) is still reported with exit 0 and
/// <c>valid: false</c>; with <c>--strict</c> it exits 1 after printing the same report.
/// </summary>
internal static class PlanCommand
{
    public static Command Create(CliIo io)
    {
        var input = new DocumentInput("The action plan document (JSON, or an .xlsx workbook)", optional: true);
        var file = input.File;
        var asOf = new Option<string>("--as-of") { Description = "The report's date (YYYY-MM-DD); only facts dated on or before it count. Required, except with --template." };
        var format = OutputFormat.Create("text", "json", "markdown", "html", "xlsx");
        var inputFormat = PlanWorkbooks.InputFormat();
        var output = PlanWorkbooks.Output();
        var template = PlanWorkbooks.Template();
        var compareTo = new Option<string>("--compare-to") { Description = "An earlier date (YYYY-MM-DD): also report what improved, worsened, became overdue or was escalated since." };
        var strict = DocumentInput.Strict("the plan is not valid");
        var agency = new Option<string>("--agency") { Description = "Report only the extract of the plan one owner agency owns." };
        var scheme = new Option<string>("--scheme")
        {
            Description = "Built-in rating scheme: blue-red-amber-green (default, the contract's) or red-amber-green (no blue).",
        };
        var policy = new Option<string>("--policy")
        {
            Description = "A local policy document (JSON): the council's own rating scheme and escalation thresholds. Not with --scheme.",
        };
        scheme.AcceptOnlyFromAmong(RatingScheme.BlueRedAmberGreen.Name, RatingScheme.RedAmberGreen.Name);
        var batch = BatchOption.Create();
        var command = new Command("plan", "Report an action plan's evidence-based status: RAG derived from the facts, overdue and update-pending flags, escalation, discrepancies, roll-up.")
        {
            file, asOf, format, compareTo, strict, agency, scheme, policy, batch,
            inputFormat, output, template,
        };
        command.SetAction(parsed =>
        {
            bool json = OutputFormat.IsJson(parsed, format) || parsed.GetValue(batch);
            if (PlanWorkbooks.Early(io, json, parsed.GetValue(file), parsed.GetValue(asOf), parsed.GetValue(format)!, parsed.GetValue(template), parsed.GetValue(output)) is int done)
            {
                return done;
            }

            var date = CliValues.Date(parsed.GetValue(asOf)!, "--as-of", out var asOfError);
            string? compareText = parsed.GetValue(compareTo);
            Issue? compareError = null;
            var compareDate = compareText is null ? null : CliValues.Date(compareText, "--compare-to", out compareError);
            var errors = CliValues.Collect(asOfError, compareError);
            if (errors.Count > 0)
            {
                return io.InputErrors(errors, json);
            }

            string? policyFile = parsed.GetValue(policy);
            string? schemeName = parsed.GetValue(scheme);
            if (policyFile is not null && schemeName is not null)
            {
                return io.UsageError(new[] { "give either --scheme or --policy, not both." }, json);
            }

            var local = schemeName == RatingScheme.RedAmberGreen.Name
                ? new LocalPolicy(RatingScheme.RedAmberGreen, EscalationPolicy.Default)
                : LocalPolicy.Default;
            if (policyFile is not null)
            {
                byte[]? policyBytes = io.ReadInput(policyFile, json, out int policyExit);
                if (policyBytes is null)
                {
                    return policyExit;
                }

                var readPolicy = LocalPolicyJson.Read(policyBytes);
                if (!readPolicy.Success)
                {
                    // The path says which document the error is in: --policy:$.scheme.statuses.
                    return io.InputErrors(readPolicy.Errors.Select(e => new Issue("--policy:" + e.Path, e.Code, e.Message)).ToList(), json);
                }

                local = readPolicy.Value;
            }

            var settings = new PlanSettings(date!.Value, compareDate, local, parsed.GetValue(agency));
            if (parsed.GetValue(batch))
            {
                return BatchOption.FormatAllowsBatch(parsed, format)
                    ? BatchOption.Run(io, parsed.GetValue(file)!, bytes => PlanDocument.Answer(bytes, settings, "json"), parsed.GetValue(strict))
                    : BatchOption.UsageErrorForFormat(io);
            }

            byte[]? bytes = io.ReadInput(parsed.GetValue(file)!, json, out int readExit);
            if (bytes is null)
            {
                return readExit;
            }

            // A workbook becomes the equivalent JSON document (errors at their cells); the rest is the JSON flow.
            bytes = PlanWorkbooks.AsDocument(bytes, parsed.GetValue(file)!, parsed.GetValue(inputFormat), out var workbookErrors);
            if (workbookErrors is not null)
            {
                return io.InputErrors(workbookErrors, json);
            }

            if (parsed.GetValue(format) == "xlsx")
            {
                return PlanWorkbooks.WriteReport(io, PlanDocument.Compute(bytes, settings), parsed.GetValue(output)!, parsed.GetValue(strict), json);
            }

            var answer = PlanDocument.Answer(bytes, settings, parsed.GetValue(format)!);
            if (!answer.Succeeded)
            {
                return io.InputErrors(answer.Errors, json);
            }

            string text = answer.Output!.EndsWith('\n') ? answer.Output : answer.Output + "\n";
            if (parsed.GetValue(output) is { } outputFile)
            {
                if (PlanWorkbooks.WriteText(io, outputFile, text, json) is int failed and not CliIo.Success)
                {
                    return failed;
                }
            }
            else
            {
                io.Out.Write(text);
            }

            if (parsed.GetValue(strict) && !answer.Valid)
            {
                io.Err.WriteLine("error: $: invalid-plan: the plan has traceability errors (see 'validation'); exit 1 because of --strict.");
                return CliIo.Issue;
            }

            return CliIo.Success;
        });
        return command;
    }
}
