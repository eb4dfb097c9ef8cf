using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Safeguarding.Domain.ActionPlans;

namespace Safeguarding.Domain.Reporting;

/// <content>The HTML renderer: one self-contained page with inline SVG charts.</content>
public sealed partial class ScrutinyReport
{
    /// <summary>
    /// Renders the report as one self-contained HTML page: the summary, a bar chart of statuses by owner
    /// agency and another over the last reporting cycles (both inline SVG, with the counts written on the
    /// bars and repeated in tables), the actions, the changes since the compared date, and validation.
    /// </summary>
    /// <returns>The HTML text. It has no scripts and no external resources; every text from the plan is HTML-encoded; it prints in colour or greyscale.</returns>
    public string ToHtml()
    {
        var s = Current;
        var h = new StringBuilder();
        h.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>Action plan: ").Append(E(s.Plan.Review)).Append(", as of ").Append(Iso(s.AsOf)).Append("</title>\n");
        h.Append("<style>\n")
            .Append("body{font-family:system-ui,-apple-system,'Segoe UI',Arial,sans-serif;margin:2em auto;max-width:60em;color:#111;line-height:1.4}\n")
            .Append("table{border-collapse:collapse;margin:1em 0;width:100%}th,td{border:1px solid #999;padding:.25em .5em;text-align:left;vertical-align:top}\n")
            .Append("th{background:#eee}.num{text-align:right}.status{font-weight:bold}figure{margin:1em 0}figcaption{font-style:italic}\n")
            .Append("@media print{body{margin:0;max-width:none}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}figure,table{break-inside:avoid}}\n")
            .Append("</style>\n</head>\n<body>\n");
        h.Append("<h1>Action plan: ").Append(E(s.Plan.Review)).Append("</h1>\n");
        h.Append("<p>As of <strong>").Append(Iso(s.AsOf)).Append("</strong>. Plan status: <strong class=\"status\">").Append(E(s.Status ?? "none"))
            .Append("</strong>. Valid: ").Append(s.IsValid ? "yes" : "<strong>no</strong>").Append(". Scheme ").Append(E(s.Scheme.Name))
            .Append(", reporting cycle ").Append(PlanText.Iso(s.Plan.ReportingCycle)).Append(".</p>\n");

        h.Append("<table>\n<tr>");
        foreach (var status in Statuses)
        {
            h.Append("<th>").Append(E(status)).Append("</th>");
        }

        h.Append("<th>overdue</th><th>update pending</th><th>escalated</th><th>discrepancies</th></tr>\n<tr>");
        foreach (var status in Statuses)
        {
            h.Append("<td class=\"num\">").Append(N(s.CountOf(status))).Append("</td>");
        }

        h.Append("<td class=\"num\">").Append(N(s.OverdueCount)).Append("</td><td class=\"num\">").Append(N(s.UpdatePendingCount))
            .Append("</td><td class=\"num\">").Append(N(s.EscalatedCount)).Append("</td><td class=\"num\">").Append(N(s.DiscrepancyCount)).Append("</td></tr>\n</table>\n");

        var agencies = s.Plan.Agencies;
        h.Append("<h2>Statuses by owner agency</h2>\n");
        AppendBars(h, "Actions by owner agency and status", agencies.Select(a => (a, Statuses.Select(x => s.CountOf(a, x)).ToArray())).ToList(), horizontal: true);
        h.Append("<h2>Statuses over the reporting cycles</h2>\n");
        AppendBars(h, "Actions by status at the end of each reporting cycle", Trend.Select(p => (Iso(p.AsOf), Statuses.Select(p.CountOf).ToArray())).ToList(), horizontal: false);

        h.Append("<h2>Actions</h2>\n<table>\n<tr><th>action</th><th>owner</th><th>status</th><th>reported</th><th>target</th><th>overdue</th><th>update pending</th><th>escalation</th><th>discrepancy</th></tr>\n");
        foreach (var a in s.Actions)
        {
            h.Append("<tr><td>").Append(E(a.Id)).Append("</td><td>").Append(E(a.Owner)).Append("</td><td class=\"status\">").Append(Swatch(a.Status)).Append(E(a.Status))
                .Append("</td><td>").Append(E(Reported(a) ?? "-")).Append("</td><td>").Append(a.TargetDate is { } d ? Iso(d) : "-")
                .Append("</td><td>").Append(a.Overdue ? Days(a.DaysOverdue) : "no").Append("</td><td>").Append(a.UpdatePending ? "yes" : "no")
                .Append("</td><td>").Append(E(Escalation(a.Escalation))).Append(a.EscalationReasons.IsEmpty ? string.Empty : "<br><small>" + E(FirstReason(a)) + "</small>")
                .Append("</td><td>").Append(a.Discrepancies.IsEmpty ? "-" : string.Join("<br>", a.Discrepancies.Select(x => "<code>" + E(x.Code) + "</code>: " + E(x.Message))))
                .Append("</td></tr>\n");
        }

        h.Append("</table>\n<h2>Recommendations and findings</h2>\n<table>\n<tr><th>recommendation</th><th>status</th><th>actions</th></tr>\n");
        foreach (var r in s.Recommendations)
        {
            h.Append("<tr><td>").Append(E(r.Id)).Append("</td><td class=\"status\">").Append(E(r.Status ?? "none")).Append("</td><td class=\"num\">").Append(N(r.Children)).Append("</td></tr>\n");
        }

        h.Append("</table>\n<table>\n<tr><th>finding</th><th>status</th><th>recommendations</th></tr>\n");
        foreach (var f in s.Findings)
        {
            h.Append("<tr><td>").Append(E(f.Id)).Append("</td><td class=\"status\">").Append(E(f.Status ?? "none")).Append("</td><td class=\"num\">").Append(N(f.Children)).Append("</td></tr>\n");
        }

        h.Append("</table>\n");
        if (Comparison is { } c)
        {
            h.Append("<h2>Since ").Append(Iso(c.From)).Append("</h2>\n<ul>\n");
            AppendChangeItem(h, "Improved", c.Improved);
            AppendChangeItem(h, "Worsened", c.Worsened);
            AppendChangeItem(h, "Newly overdue", c.NewlyOverdue);
            AppendChangeItem(h, "Newly escalated", c.NewlyEscalated);
            h.Append("</ul>\n");
        }

        if (!s.Validation.IsEmpty)
        {
            h.Append("<h2>Validation</h2>\n<ul>\n");
            foreach (var issue in s.Validation)
            {
                h.Append("<li>").Append(E(issue.SeverityName)).Append(" <code>").Append(E(issue.Path)).Append("</code> <code>").Append(E(issue.Code)).Append("</code>: ").Append(E(issue.Message)).Append("</li>\n");
            }

            h.Append("</ul>\n");
        }

        h.Append("</body>\n</html>\n");
        return h.ToString();
    }

    private void AppendBars(StringBuilder h, string caption, List<(string Label, int[] Counts)> rows, bool horizontal)
    {
        var statuses = Statuses.ToList();
        int max = Math.Max(1, rows.Count == 0 ? 1 : rows.Max(r => r.Counts.Sum()));
        const int LabelWidth = 140, BarSpace = 420, Row = 26, LegendHeight = 28;
        int width = horizontal ? LabelWidth + BarSpace + 40 : Math.Max(300, 60 + (rows.Count * 70));
        int plotHeight = horizontal ? rows.Count * Row : 200;
        int height = plotHeight + LegendHeight + (horizontal ? 10 : 40);
        h.Append("<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").Append(N(width)).Append("\" height=\"").Append(N(height))
            .Append("\" viewBox=\"0 0 ").Append(N(width)).Append(' ').Append(N(height)).Append("\" font-family=\"sans-serif\" font-size=\"12\">\n<title>")
            .Append(E(caption)).Append("</title>\n");
        for (int i = 0; i < rows.Count; i++)
        {
            var (label, counts) = rows[i];
            double offset = 0;
            if (horizontal)
            {
                int y = i * Row;
                h.Append("<text x=\"0\" y=\"").Append(N(y + 17)).Append("\">").Append(E(Shorten(label))).Append("</text>\n");
                for (int k = 0; k < counts.Length; k++)
                {
                    if (counts[k] == 0)
                    {
                        continue;
                    }

                    double w = BarSpace * counts[k] / (double)max;
                    h.Append("<rect x=\"").Append(F(LabelWidth + offset)).Append("\" y=\"").Append(N(y + 3)).Append("\" width=\"").Append(F(w)).Append("\" height=\"20\" fill=\"")
                        .Append(Colour(statuses[k], k, statuses.Count)).Append("\" stroke=\"#000\" stroke-width=\"0.5\"><title>").Append(E(label)).Append(": ")
                        .Append(E(statuses[k])).Append(' ').Append(N(counts[k])).Append("</title></rect>\n");
                    h.Append("<text x=\"").Append(F(LabelWidth + offset + (w / 2))).Append("\" y=\"").Append(N(y + 17)).Append("\" text-anchor=\"middle\" fill=\"")
                        .Append(TextColour(statuses[k], k, statuses.Count)).Append("\">").Append(N(counts[k])).Append("</text>\n");
                    offset += w;
                }
            }
            else
            {
                int x = 50 + (i * 70);
                for (int k = 0; k < counts.Length; k++)
                {
                    if (counts[k] == 0)
                    {
                        continue;
                    }

                    double bar = plotHeight * counts[k] / (double)max;
                    double y = plotHeight - offset - bar;
                    h.Append("<rect x=\"").Append(N(x)).Append("\" y=\"").Append(F(y)).Append("\" width=\"44\" height=\"").Append(F(bar)).Append("\" fill=\"")
                        .Append(Colour(statuses[k], k, statuses.Count)).Append("\" stroke=\"#000\" stroke-width=\"0.5\"><title>").Append(E(label)).Append(": ")
                        .Append(E(statuses[k])).Append(' ').Append(N(counts[k])).Append("</title></rect>\n");
                    h.Append("<text x=\"").Append(N(x + 22)).Append("\" y=\"").Append(F(y + (bar / 2) + 4)).Append("\" text-anchor=\"middle\" fill=\"")
                        .Append(TextColour(statuses[k], k, statuses.Count)).Append("\">").Append(N(counts[k])).Append("</text>\n");
                    offset += bar;
                }

                h.Append("<text x=\"").Append(N(x + 22)).Append("\" y=\"").Append(N(plotHeight + 16)).Append("\" text-anchor=\"middle\" font-size=\"10\">").Append(E(label)).Append("</text>\n");
            }
        }

        int legendY = height - 18;
        for (int k = 0; k < statuses.Count; k++)
        {
            int x = k * 90;
            h.Append("<rect x=\"").Append(N(x)).Append("\" y=\"").Append(N(legendY)).Append("\" width=\"14\" height=\"14\" fill=\"").Append(Colour(statuses[k], k, statuses.Count))
                .Append("\" stroke=\"#000\" stroke-width=\"0.5\"/><text x=\"").Append(N(x + 18)).Append("\" y=\"").Append(N(legendY + 12)).Append("\">").Append(E(statuses[k])).Append("</text>\n");
        }

        h.Append("</svg>\n<figcaption>").Append(E(caption)).Append(" (counts are written on the bars).</figcaption>\n</figure>\n");
    }

    private static void AppendChangeItem(StringBuilder h, string label, System.Collections.Immutable.ImmutableArray<ActionChange> changes) =>
        h.Append("<li>").Append(label).Append(": ").Append(changes.IsEmpty ? "none" : string.Join(", ", changes.Select(x =>
            E(x.Id) + " (" + E(x.Before ?? "none") + " &#8594; " + E(x.After ?? "none")
            + (x.NewlyEscalated ? ", escalation " + E(Escalation(x.EscalationBefore)) + " &#8594; " + E(Escalation(x.EscalationAfter)) : string.Empty) + ")"))).Append("</li>\n");

    private string Swatch(string status)
    {
        var list = Statuses.ToList();
        int k = list.IndexOf(status);
        return "<svg width=\"10\" height=\"10\" aria-hidden=\"true\"><rect width=\"10\" height=\"10\" fill=\"" + Colour(status, Math.Max(0, k), list.Count) + "\" stroke=\"#000\" stroke-width=\"0.5\"/></svg> ";
    }

    private static string Colour(string status, int rank, int count) => status switch
    {
        "red" => "#c62828",
        "amber" => "#f9a825",
        "green" => "#2e7d32",
        "blue" => "#1565c0",
        _ => Grey(rank, count),
    };

    private static int GreyLevel(int rank, int count) => count <= 1 ? 128 : 40 + (180 * rank / (count - 1));

    private static string Grey(int rank, int count)
    {
        string hex = GreyLevel(rank, count).ToString("x2", CultureInfo.InvariantCulture);
        return "#" + hex + hex + hex;
    }

    // Dark text on amber and on light greys (a council's own statuses), white elsewhere.
    private static string TextColour(string status, int rank, int count) => status switch
    {
        "amber" => "#000",
        "red" or "green" or "blue" => "#fff",
        _ => GreyLevel(rank, count) >= 144 ? "#000" : "#fff",
    };

    // A coordinate to one decimal; a value that rounds to zero from below prints as 0, not -0.
    private static string F(double value)
    {
        string text = value.ToString("0.#", CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }

    private static string Shorten(string label) => label.Length <= 20 ? label : label.Substring(0, 19) + "…";

    /// <summary>HTML-encodes text for element content and attribute values.</summary>
    private static string E(string text)
    {
        var b = new StringBuilder(text.Length + 8);
        foreach (char ch in text)
        {
            switch (ch)
            {
                case '&': b.Append("&amp;"); break;
                case '<': b.Append("&lt;"); break;
                case '>': b.Append("&gt;"); break;
                case '"': b.Append("&quot;"); break;
                case '\'': b.Append("&#39;"); break;
                default: b.Append(ch); break;
            }
        }

        return b.ToString();
    }
}
