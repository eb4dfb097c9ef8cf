using System;
using System.CommandLine;
using System.IO;
using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Reporting;
using Safeguarding.Domain.Serialization;
using Safeguarding.Spreadsheets;

namespace Safeguarding.Cli.Commands;

/// <summary>
/// The workbook side of <c>safeguarding plan</c> (issue 18), kept apart from the command's JSON flow:
/// <c>--template --output file.xlsx</c>, reading a plan from <c>.xlsx</c> (by extension or
/// <c>--input-format xlsx</c>), and <c>--format xlsx --output file.xlsx</c>.
/// </summary>
internal static class PlanWorkbooks
{
    public static Option<string> InputFormat() => new Option<string>("--input-format")
    {
        Description = "The plan's format: json or xlsx (an Excel workbook in the contract's layout). Default: xlsx for a file ending .xlsx, else json.",
    }.AcceptOnlyFromAmong("json", "xlsx");

    public static Option<string> Output() => new("--output")
    {
        Description = "Write the report (or, with --template, the empty workbook) to this file instead of standard output; needed for --format xlsx.",
    };

    public static Option<bool> Template() => new("--template")
    {
        Description = "Write an empty action-plan workbook (sheets Plan, Findings, Recommendations, Actions, Evidence, Updates) to --output, and stop.",
    };

    /// <summary>
    /// Runs before the report: writes the template when asked, and checks what the template makes optional (the
    /// file and --as-of) and what a workbook report needs (--output). An exit code when the command is done, else null.
    /// </summary>
    public static int? Early(CliIo io, bool json, string? file, string? asOf, string format, bool template, string? output)
    {
        if (template)
        {
            if (output is null)
            {
                return io.UsageError(new[] { "--template writes a workbook: give --output <file.xlsx>." }, json);
            }

            return WriteFile(io, output, ActionPlanWorkbook.Template(), json);
        }

        if (file is null)
        {
            return io.UsageError(new[] { "the plan file (or - for standard input) is required." }, json);
        }

        if (asOf is null)
        {
            return io.UsageError(new[] { "option '--as-of' is required." }, json);
        }

        if (format == "xlsx" && output is null)
        {
            return io.UsageError(new[] { "--format xlsx writes a workbook: give --output <file.xlsx>." }, json);
        }

        return null;
    }

    /// <summary>Reads the plan as a workbook or as JSON: by --input-format, else by the file's extension.</summary>
    public static ReadResult<ActionPlan> Read(byte[] bytes, string file, string? inputFormat)
    {
        bool xlsx = inputFormat is null ? file.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) : inputFormat == "xlsx";
        return xlsx ? ActionPlanWorkbook.Read(bytes) : ActionPlanDocument.Read(bytes);
    }

    /// <summary>Writes the report as a workbook to the file. Exit 0, or 2 when the file cannot be written.</summary>
    public static int WriteReport(CliIo io, ScrutinyReport report, string output, bool json) =>
        WriteFile(io, output, ScrutinyReportWorkbook.Write(report), json);

    /// <summary>Writes a text report to the file. Exit 0, or 2 when the file cannot be written.</summary>
    public static int WriteText(CliIo io, string output, string text, bool json) =>
        WriteFile(io, output, new System.Text.UTF8Encoding(false).GetBytes(text), json);

    private static int WriteFile(CliIo io, string output, byte[] bytes, bool json)
    {
        try
        {
            File.WriteAllBytes(output, bytes);
            return CliIo.Success;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return io.UsageError(new[] { "cannot write the output file '" + output + "' (" + ex.GetType().Name + ")." }, json);
        }
    }
}
