using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Reporting;
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

    /// <summary>
    /// The plan as its JSON document: the bytes as they are for JSON input; for a workbook (by --input-format,
    /// else by the file's extension), the equivalent document (<c>ActionPlanDocument.Read(Write(plan))</c> is the
    /// plan), or null with the workbook's errors at their cells.
    /// </summary>
    public static byte[] AsDocument(byte[] bytes, string file, string? inputFormat, out System.Collections.Generic.IReadOnlyCollection<Issue>? errors)
    {
        errors = null;
        bool xlsx = inputFormat is null ? file.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) : inputFormat == "xlsx";
        if (!xlsx)
        {
            return bytes;
        }

        var read = ActionPlanWorkbook.Read(bytes);
        if (!read.Success)
        {
            errors = read.Errors;
            return bytes;
        }

        return System.Text.Encoding.UTF8.GetBytes(ActionPlanDocument.Write(read.Value));
    }

    /// <summary>Writes the report as a workbook to the file: exit 0 (1 for an invalid plan with --strict), 1 for input errors, 2 when the file cannot be written.</summary>
    public static int WriteReport(CliIo io, Result<ScrutinyReport> computed, string output, bool strict, bool json)
    {
        if (!computed.Success)
        {
            return io.InputErrors(computed.Errors, json);
        }

        int written = WriteFile(io, output, ScrutinyReportWorkbook.Write(computed.Value), json);
        if (written == CliIo.Success && strict && !computed.Value.Current.IsValid)
        {
            io.Err.WriteLine("error: $: invalid-plan: the plan has traceability errors (see 'validation'); exit 1 because of --strict.");
            return CliIo.Issue;
        }

        return written;
    }

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
