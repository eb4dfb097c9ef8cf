using System.Globalization;
using Safeguarding.Domain.Rating;
using Safeguarding.Domain.Reporting;
using Safeguarding.Domain.Serialization;

namespace Safeguarding.Spreadsheets;

/// <summary>
/// Writes a scrutiny report as a workbook (<c>plan --format xlsx --output file.xlsx</c>): sheets <c>Summary</c>,
/// <c>Key</c>, <c>Actions</c>, <c>Recommendations</c>, <c>Findings</c> and <c>Validation</c>. Every status is a
/// coloured cell (red, amber, green and blue in their colours, a council's own statuses in greys) that also
/// carries the status's name, so the workbook reads in black and white too.
/// </summary>
public static class ScrutinyReportWorkbook
{
    /// <summary>Writes the report.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The workbook's bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static byte[] Write(ScrutinyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var s = report.Current;
        var statuses = s.Scheme.Statuses.ToList();
        var colours = statuses.Select((status, k) => Style(status, k, statuses.Count)).ToList();
        object? Status(string? status) => status is null ? "none" : new WorkbookWriter.Coloured(status, statuses.IndexOf(status));

        var summary = new List<object?[]>
        {
            new object?[] { "review", s.Plan.Review },
            new object?[] { "as of", ContractDate.Format(s.AsOf) },
            new object?[] { "scheme", s.Scheme.Name },
            new object?[] { "plan status", Status(s.Status) },
            new object?[] { "valid", s.IsValid ? "yes" : "no" },
        };
        summary.AddRange(statuses.Select(x => new object?[] { x, s.CountOf(x) }));
        summary.Add(new object?[] { "overdue", s.OverdueCount });
        summary.Add(new object?[] { "update pending", s.UpdatePendingCount });
        summary.Add(new object?[] { "escalated", s.EscalatedCount });
        summary.Add(new object?[] { "discrepancies", s.DiscrepancyCount });

        var key = StatusKey.Of(s.Scheme).Select(k => new object?[] { Status(k.Status), k.Meaning }).ToList();
        var actions = s.Actions.Select((a, i) =>
        {
            var words = s.Plan.Actions[i];
            return new object?[]
            {
                a.Id, words.Description, a.Owner, words.Lead, words.SuccessMeasure, Status(a.Status),
                a.ReportedStatus is { } r ? ActionAssessment.NameOf(r) : null, a.TargetDate is { } t ? ContractDate.Format(t) : null,
                a.Overdue ? a.DaysOverdue : null, a.UpdatePending ? "yes" : "no", EscalationPolicy.NameOf(a.Escalation),
                string.Join("; ", a.Discrepancies.Select(d => d.Code + ": " + d.Message)),
            };
        }).ToList();
        var recommendations = s.Recommendations.Select((r, i) => new object?[] { r.Id, s.Plan.Recommendations[i].Text, Status(r.Status), r.Children }).ToList();
        var findings = s.Findings.Select((f, i) => new object?[] { f.Id, s.Plan.Findings[i].Title, Status(f.Status), f.Children }).ToList();
        var validation = s.Validation.Select(v => new object?[] { v.SeverityName, v.Path, v.Code, v.Message }).ToList();

        return WorkbookWriter.Write(
            new List<(string, List<string>, List<object?[]>)>
            {
                ("Summary", new List<string> { "item", "value" }, summary),
                ("Key", new List<string> { "status", "what it means" }, key),
                ("Actions", new List<string> { "id", "description", "owner", "lead", "successMeasure", "status", "reportedStatus", "targetDate", "daysOverdue", "updatePending", "escalation", "discrepancy" }, actions),
                ("Recommendations", new List<string> { "id", "text", "status", "actions" }, recommendations),
                ("Findings", new List<string> { "id", "title", "status", "recommendations" }, findings),
                ("Validation", new List<string> { "severity", "path", "code", "message" }, validation),
            },
            colours);
    }

    // The same colours as the HTML report, without the leading '#'; white text where the HTML report has it.
    private static CellStyle Style(string status, int rank, int count) =>
        new(ReportHtml.Colour(status, rank, count).TrimStart('#').ToUpperInvariant() is { Length: 6 } rgb ? rgb : "808080", ReportHtml.TextColour(status, rank, count) == "#fff");
}
