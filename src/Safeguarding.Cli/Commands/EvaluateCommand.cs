using Safeguarding.Domain.Criteria;
using Safeguarding.Service.Documents;

namespace Safeguarding.Cli.Commands;

/// <summary>`safeguarding evaluate &lt;file|-&gt;`: which reviews and notifications the rules in force require, and why.</summary>
internal static class EvaluateCommand
{
    public static Command Create(CliIo io)
    {
        var input = new DocumentInput("The case facts document (JSON)");
        var format = OutputFormat.Create("text", "json");
        var batch = BatchOption.Create();
        var commencement = new Option<string[]>("--commencement")
        {
            Description = "Commence an enacted provision that is not in force, for planning: provision=YYYY-MM-DD (for example vpa-2024-s19=2027-04-01, domestic abuse related death reviews). May be repeated.",
        };
        var command = new Command("evaluate", "Decide which statutory reviews and notifications are required, discretionary or not required for a case, with reasons and citations.")
        {
            input.File, format, batch, commencement,
        };
        command.SetAction(parsed =>
        {
            bool json = OutputFormat.IsJson(parsed, format) || parsed.GetValue(batch);
            var commencementErrors = new System.Collections.Generic.List<Safeguarding.Domain.Issue>();
            var commencements = EvaluateDocument.ReadCommencements(parsed.GetValue(commencement), "--commencement", commencementErrors);
            if (commencementErrors.Count > 0)
            {
                return io.InputErrors(commencementErrors, json);
            }

            if (EvaluateDocument.HasRepeatedProvision(commencements))
            {
                return io.UsageError(new[] { "give each provision's --commencement once." }, json);
            }

            if (parsed.GetValue(batch))
            {
                return BatchOption.FormatAllowsBatch(parsed, format)
                    ? BatchOption.Run(io, input.PathOf(parsed), bytes => EvaluateDocument.Json(bytes, commencements), strict: false)
                    : BatchOption.UsageErrorForFormat(io);
            }

            byte[]? bytes = input.Read(io, parsed, json, out int exit);
            if (bytes is null)
            {
                return exit;
            }

            var evaluated = EvaluateDocument.Compute(bytes, commencements);
            if (!evaluated.Success)
            {
                return io.InputErrors(evaluated.Errors, json);
            }

            if (json)
            {
                io.Out.WriteLine(EvaluationJson.ToJson(evaluated.Value));
            }
            else
            {
                WriteText(io.Out, evaluated.Value);
            }

            return CliIo.Success;
        });
        return command;
    }

    /// <summary>The text report: regime and why, then each determination with its reasons tree and deadlines.</summary>
    public static void WriteText(TextWriter output, Evaluation evaluation)
    {
        output.WriteLine("Regime: " + evaluation.Regime.Id.Value + " (" + evaluation.Regime.Name + ")");
        output.WriteLine("  " + evaluation.SelectionReason);
        output.WriteLine("Law checked on: " + ContractDate.Format(evaluation.LawCheckedOn) + (evaluation.Provisional
            ? " (provisional: the decision date is after it, so the answer uses the last known law, which may have changed)"
            : string.Empty));
        foreach (var change in evaluation.PendingChanges)
        {
            output.WriteLine("Pending change: " + change.Provision + ", " + change.Status + " (" + change.Citation + "): " + change.Title);
        }
        foreach (var determination in evaluation.Determinations)
        {
            output.WriteLine();
            output.WriteLine(Kebab(determination.Kind.ToString()) + ": " + Kebab(determination.Outcome.ToString()));
            if (determination.MissingFacts.Length > 0)
            {
                output.WriteLine("  missing facts: " + string.Join(", ", determination.MissingFacts.Select(CaseFacts.WireName)));
            }

            foreach (var reason in determination.Reasons)
            {
                WriteReason(output, reason, 1);
            }

            foreach (var deadline in determination.Deadlines)
            {
                output.WriteLine("  deadline " + deadline.Clock + ": " + deadline.Due + " (" + deadline.Length + " from " + deadline.StartsFrom + " "
                    + ContractDate.Format(deadline.Start) + "; " + deadline.Citation
                    + (deadline.Citation.Verified ? string.Empty : ", unverified") + ")");
            }
        }
    }

    private static void WriteReason(TextWriter output, Reason reason, int depth)
    {
        string mark = reason.Result switch
        {
            CriterionResult.Met => "[met]",
            CriterionResult.NotMet => "[not met]",
            CriterionResult.NotInForce => "[not in force]",
            _ => "[unknown]",
        };
        output.WriteLine(new string(' ', depth * 2) + mark + " " + reason.Criterion + " (" + reason.Citation
            + (reason.Citation.Verified ? string.Empty : ", unverified") + ")");
        foreach (var child in reason.Reasons)
        {
            WriteReason(output, child, depth + 1);
        }
    }

    internal static string Kebab(string pascal)
    {
        var text = new System.Text.StringBuilder();
        foreach (char c in pascal)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}
