using Safeguarding.Domain;
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Criteria;
using Safeguarding.Domain.Lifecycle;
using Safeguarding.Domain.Serialization;

namespace Safeguarding.Tests.Shared;

/// <summary>
/// The hostile-input corpus (tests/Safeguarding.Cli.Tests/Hostile, copied to each test project's output as
/// Hostile/): its manifest and the library reader each row's command names. Compiled into both test projects.
/// </summary>
internal static class HostileCorpus
{
    public static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Hostile");

    /// <summary>The rows of expected.tsv: file, command, exit code, path and code.</summary>
    public static IEnumerable<(string File, string Command, int Exit, string Path, string Code)> Manifest()
    {
        foreach (var line in File.ReadAllLines(Path.Combine(Root, "expected.tsv")))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            yield return (cells[0], cells[1], int.Parse(cells[2], CultureInfo.InvariantCulture), cells[3], cells[4]);
        }
    }

    /// <summary>The rows of workbooks.tsv (the hostile workbooks, read by the CLI tests only): file, exit code, path and code.</summary>
    public static IEnumerable<(string File, int Exit, string Path, string Code)> WorkbookManifest()
    {
        string manifest = Path.Combine(Root, "workbooks.tsv");
        foreach (var line in File.ReadAllLines(manifest))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            yield return (cells[0], int.Parse(cells[1], CultureInfo.InvariantCulture), cells[2], cells[3]);
        }
    }

    /// <summary>Reads a document with the library reader of a corpus command (evaluate, plan, plan-strict, review).</summary>
    public static (bool Success, IReadOnlyList<Issue> Errors, ActionPlan? Plan) Read(string command, byte[] bytes)
    {
        switch (command)
        {
            case "evaluate":
                var facts = CaseFactsJson.Read(bytes);
                return (facts.Success, facts.Errors, null);
            case "plan":
            case "plan-strict":
                var plan = ActionPlanDocument.Read(bytes);
                return (plan.Success, plan.Errors, plan.Success ? plan.Value : null);
            case "review":
                var record = ReviewRecordJson.Read(bytes);
                return (record.Success, record.Errors, null);
            default:
                throw new ArgumentOutOfRangeException(nameof(command));
        }
    }
}
