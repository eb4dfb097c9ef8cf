using Safeguarding.Domain.ActionPlans;

namespace Safeguarding.Domain.Reporting;

/// <summary>The HTML renderer: one self-contained page with inline SVG charts.</summary>
public static class ScrutinyReportHtml
{
    /// <summary>
    /// Renders the report as one self-contained HTML page: the summary, the key (what each status of the
    /// scheme means), a bar chart of statuses by owner agency and another over the last reporting cycles (both
    /// inline SVG, each with a legend and its counts in a table), the actions with their words (description,
    /// lead, success measure), the recommendations and findings with theirs, the changes since the compared date,
    /// and validation.
    /// </summary>
    /// <returns>
    /// The HTML text. It has no scripts and no external resources; every text from the plan is HTML-encoded;
    /// every status carries its name beside a colour and a hatching pattern, so it reads in greyscale; a print
    /// stylesheet keeps the colours and patterns on paper.
    /// </returns>
    public static string ToHtml(this ScrutinyReport self)
    {
        var s = self.Current;
        var statuses = self.Statuses().ToList();
        var h = new StringBuilder();
        ReportHtml.Head(h, "Action plan: " + s.Plan.Review + ", as of " + ContractDate.Format(s.AsOf));
        ReportHtml.PatternDefinitions(h, statuses);
        h.Append("<h1>Action plan: ").Append(E(s.Plan.Review)).Append("</h1>\n");
        h.Append("<p>As of <strong class=\"date\">").Append(ContractDate.Format(s.AsOf)).Append("</strong>. Plan status: <strong class=\"status\">").Append(self.StatusCell(s.Status))
            .Append("</strong>. Valid: ").Append(s.IsValid ? "yes" : "<strong>no</strong>").Append(". Scheme ").Append(E(s.Scheme.Name))
            .Append(", reporting cycle ").Append(PlanText.Iso(s.Plan.ReportingCycle)).Append(".</p>\n");

        h.Append("<table>\n<tr>");
        foreach (var status in statuses)
        {
            h.Append(HeadCell(status));
        }

        h.Append("<th>overdue</th><th>update pending</th><th>escalated</th><th>discrepancies</th></tr>\n<tr>");
        foreach (var status in statuses)
        {
            h.Append("<td class=\"num\">").Append(ReportFormat.N(s.CountOf(status))).Append("</td>");
        }

        h.Append("<td class=\"num\">").Append(ReportFormat.N(s.OverdueCount)).Append("</td><td class=\"num\">").Append(ReportFormat.N(s.UpdatePendingCount))
            .Append("</td><td class=\"num\">").Append(ReportFormat.N(s.EscalatedCount)).Append("</td><td class=\"num\">").Append(ReportFormat.N(s.DiscrepancyCount)).Append("</td></tr>\n</table>\n");

        h.Append("<h2>Key</h2>\n<table class=\"key\">\n<tr><th>status</th><th>what it means (scheme ").Append(E(s.Scheme.Name)).Append(")</th></tr>\n");
        foreach (var (status, meaning) in StatusKey.Of(s.Scheme))
        {
            h.Append("<tr><td class=\"status\">").Append(self.StatusCell(status)).Append("</td><td>").Append(E(meaning)).Append("</td></tr>\n");
        }

        h.Append("</table>\n");

        var agencies = s.Plan.Agencies;
        h.Append("<h2>Statuses by owner agency</h2>\n");
        self.AppendBars(h, "Actions by owner agency and status", "owner agency", agencies.Select(a => (a, self.Statuses().Select(x => s.CountOf(a, x)).ToArray())).ToList(), horizontal: true);
        h.Append("<h2>Statuses over the reporting cycles</h2>\n");
        self.AppendBars(h, "Actions by status at the end of each reporting cycle", "end of cycle", self.Trend.Select(p => (ContractDate.Format(p.AsOf), self.Statuses().Select(p.CountOf).ToArray())).ToList(), horizontal: false);

        h.Append("<h2>Actions</h2>\n<table class=\"cards\">\n<tr><th>action</th><th class=\"w-words\">what will be done</th><th class=\"w-id\">owner</th><th>status</th><th>reported</th><th>target</th><th>overdue</th><th>update pending</th><th>escalation</th><th class=\"w-text\">discrepancy</th></tr>\n");
        for (int i = 0; i < s.Actions.Length; i++)
        {
            var a = s.Actions[i];
            h.Append("<tr><td class=\"").Append(ReportHtml.Fit(a.Id)).Append("\" data-label=\"action\">").Append(E(a.Id))
                .Append("</td><td class=\"words\" data-label=\"what will be done\">").Append(Words(s.Plan.Actions[i]))
                .Append("</td><td class=\"id\" data-label=\"owner\">").Append(E(a.Owner))
                .Append("</td><td class=\"status\" data-label=\"status\">").Append(self.StatusCell(a.Status))
                .Append("</td><td class=\"nowrap\" data-label=\"reported\">").Append(E(ReportFormat.Reported(a) ?? "-"))
                .Append("</td><td class=\"date\" data-label=\"target\">").Append(a.TargetDate is { } d ? ContractDate.Format(d) : "-")
                .Append("</td><td class=\"nowrap\" data-label=\"overdue\">").Append(a.Overdue ? ReportFormat.Days(a.DaysOverdue) : "no")
                .Append("</td><td data-label=\"update pending\">").Append(a.UpdatePending ? "yes" : "no")
                .Append("</td><td data-label=\"escalation\">").Append(E(ReportFormat.Escalation(a.Escalation))).Append(a.EscalationReasons.IsEmpty ? string.Empty : "<br><small>" + E(ReportFormat.FirstReason(a)) + "</small>")
                .Append("</td><td data-label=\"discrepancy\">").Append(a.Discrepancies.IsEmpty ? "-" : string.Join("<br>", a.Discrepancies.Select(x => "<code>" + E(x.Code) + "</code>: " + E(x.Message))))
                .Append("</td></tr>\n");
        }

        h.Append("</table>\n<h2>Recommendations and findings</h2>\n<table>\n<tr><th>recommendation</th><th>text</th><th>status</th><th>actions</th></tr>\n");
        for (int i = 0; i < s.Recommendations.Length; i++)
        {
            var r = s.Recommendations[i];
            h.Append("<tr>").Append(IdCell(r.Id)).Append("<td class=\"words\">").Append(E(s.Plan.Recommendations[i].Text ?? "-")).Append("</td><td class=\"status\">")
                .Append(self.StatusCell(r.Status)).Append("</td><td class=\"num\">").Append(ReportFormat.N(r.Children)).Append("</td></tr>\n");
        }

        h.Append("</table>\n<table>\n<tr><th>finding</th><th>title</th><th>status</th><th>recommendations</th></tr>\n");
        for (int i = 0; i < s.Findings.Length; i++)
        {
            var f = s.Findings[i];
            h.Append("<tr>").Append(IdCell(f.Id)).Append("<td class=\"words\">").Append(E(s.Plan.Findings[i].Title ?? "-")).Append("</td><td class=\"status\">")
                .Append(self.StatusCell(f.Status)).Append("</td><td class=\"num\">").Append(ReportFormat.N(f.Children)).Append("</td></tr>\n");
        }

        h.Append("</table>\n");
        if (self.Comparison is { } c)
        {
            h.Append("<h2>Since <span class=\"date\">").Append(ContractDate.Format(c.From)).Append("</span></h2>\n<ul>\n");
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

    // A stacked bar chart sized to its labels (nothing is cut), then its legend and its counts as a table.
    private static void AppendBars(this ScrutinyReport self, StringBuilder h, string caption, string labelHeading, List<(string Label, int[] Counts)> rows, bool horizontal)
    {
        var statuses = self.Statuses().ToList();
        h.Append("<figure>\n");
        if (rows.Count == 0)
        {
            h.Append("<p>No actions to chart.</p>\n");
        }
        else
        {
            AppendSvg(h, caption, rows, horizontal, statuses);
            ReportHtml.Legend(h, statuses);
        }

        h.Append("<table class=\"data\">\n<tr><th>").Append(labelHeading).Append("</th>");
        foreach (var status in statuses)
        {
            h.Append(HeadCell(status));
        }

        h.Append("<th>total</th></tr>\n");
        foreach (var (label, counts) in rows)
        {
            h.Append("<tr><td class=\"").Append(horizontal ? "id" : "date").Append("\">").Append(E(label)).Append("</td>");
            foreach (int count in counts)
            {
                h.Append("<td class=\"num\">").Append(ReportFormat.N(count)).Append("</td>");
            }

            h.Append("<td class=\"num\">").Append(ReportFormat.N(counts.Sum())).Append("</td></tr>\n");
        }

        h.Append("</table>\n<figcaption>").Append(E(caption)).Append(" (counts are written on the bars where they fit, and in the table).</figcaption>\n</figure>\n");
    }

    private static void AppendSvg(StringBuilder h, string caption, List<(string Label, int[] Counts)> rows, bool horizontal, List<string> statuses)
    {
        const int BarSpace = 420, PlotHeight = 200, FontSize = 12, DateFontSize = 11, LineHeight = 15, MaxLabelWidth = 220;
        int max = Math.Max(1, rows.Max(r => r.Counts.Sum()));

        // Horizontal: each label wrapped to the label column (never shortened), each row as tall as its label.
        var labels = rows.Select(r => ReportHtml.Wrap(r.Label, MaxLabelWidth, FontSize)).ToList();
        int labelWidth = (int)Math.Ceiling(labels.SelectMany(l => l).Max(line => ReportHtml.TextWidth(line, FontSize))) + 12;
        var rowHeights = labels.Select(l => Math.Max(26, (l.Count * LineHeight) + 11)).ToList();

        // Vertical: each slot as wide as its label.
        int slot = Math.Max(70, (int)Math.Ceiling(rows.Max(r => ReportHtml.TextWidth(r.Label, DateFontSize))) + 16);
        int width = horizontal ? labelWidth + BarSpace + 10 : 20 + (rows.Count * slot);
        int height = horizontal ? rowHeights.Sum() + 6 : PlotHeight + 24;
        h.Append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").Append(ReportFormat.N(width)).Append("\" height=\"").Append(ReportFormat.N(height))
            .Append("\" viewBox=\"0 0 ").Append(ReportFormat.N(width)).Append(' ').Append(ReportFormat.N(height)).Append("\" font-family=\"sans-serif\" font-size=\"").Append(ReportFormat.N(FontSize)).Append("\">\n<title>")
            .Append(E(caption)).Append("</title>\n");
        int top = 0;
        for (int i = 0; i < rows.Count; i++)
        {
            var (label, counts) = rows[i];
            double offset = 0;
            if (horizontal)
            {
                int rowHeight = rowHeights[i];
                int barY = top + ((rowHeight - 20) / 2);
                int firstLine = top + ((rowHeight - (labels[i].Count * LineHeight)) / 2) + 12;
                // From x=2: a glyph such as W reaches a little left of its origin.
                h.Append("<text x=\"2\" y=\"").Append(ReportFormat.N(firstLine)).Append("\">");
                for (int line = 0; line < labels[i].Count; line++)
                {
                    h.Append("<tspan x=\"2\" dy=\"").Append(line == 0 ? "0" : ReportFormat.N(LineHeight)).Append("\">").Append(E(labels[i][line])).Append("</tspan>");
                }

                h.Append("</text>\n");
                for (int k = 0; k < counts.Length; k++)
                {
                    if (counts[k] == 0)
                    {
                        continue;
                    }

                    double w = BarSpace * counts[k] / (double)max;
                    AppendSegment(h, label, statuses, k, counts[k], labelWidth + offset, barY, w, 20);
                    offset += w;
                }

                top += rowHeight;
            }
            else
            {
                int x = 10 + (i * slot) + ((slot - 44) / 2);
                for (int k = 0; k < counts.Length; k++)
                {
                    if (counts[k] == 0)
                    {
                        continue;
                    }

                    double bar = PlotHeight * counts[k] / (double)max;
                    AppendSegment(h, label, statuses, k, counts[k], x, PlotHeight - offset - bar, 44, bar);
                    offset += bar;
                }

                h.Append("<text x=\"").Append(ReportFormat.N(x + 22)).Append("\" y=\"").Append(ReportFormat.N(PlotHeight + 16)).Append("\" text-anchor=\"middle\" font-size=\"").Append(ReportFormat.N(DateFontSize)).Append("\">")
                    .Append(E(label)).Append("</text>\n");
            }
        }

        h.Append("</svg>\n");
    }

    // One bar segment: the status's colour and pattern, its name and count as a tooltip, and the count on it when it fits.
    private static void AppendSegment(StringBuilder h, string label, List<string> statuses, int k, int count, double x, double y, double w, double height)
    {
        h.Append("<rect x=\"").Append(ReportHtml.F(x)).Append("\" y=\"").Append(ReportHtml.F(y)).Append("\" width=\"").Append(ReportHtml.F(w)).Append("\" height=\"").Append(ReportHtml.F(height))
            .Append("\" fill=\"").Append(ReportHtml.Fill(k)).Append("\" stroke=\"#000\" stroke-width=\"0.5\"><title>").Append(E(label)).Append(": ")
            .Append(E(statuses[k])).Append(' ').Append(ReportFormat.N(count)).Append("</title></rect>\n");
        string text = ReportFormat.N(count);
        if (ReportHtml.TextWidth(text, 12) + 4 <= w && height >= 16)
        {
            // Ink with a halo of the opposite colour, so that the count reads on the pattern, in colour or not.
            string ink = ReportHtml.TextColour(statuses[k], k, statuses.Count);
            h.Append("<text x=\"").Append(ReportHtml.F(x + (w / 2))).Append("\" y=\"").Append(ReportHtml.F(y + (height / 2) + 4)).Append("\" text-anchor=\"middle\" fill=\"").Append(ink)
                .Append("\" stroke=\"").Append(ink == "#fff" ? "#000" : "#fff").Append("\" stroke-width=\"3\" paint-order=\"stroke\">").Append(text).Append("</text>\n");
        }
    }

    private static void AppendChangeItem(StringBuilder h, string label, System.Collections.Immutable.ImmutableArray<ActionChange> changes) =>
        h.Append("<li>").Append(label).Append(": ").Append(changes.IsEmpty ? "none" : string.Join(", ", changes.Select(x =>
            E(x.Id) + " (" + E(x.Before ?? "none") + " &#8594; " + E(x.After ?? "none")
            + (x.NewlyEscalated ? ", escalation " + E(ReportFormat.Escalation(x.EscalationBefore)) + " &#8594; " + E(ReportFormat.Escalation(x.EscalationAfter)) : string.Empty) + ")"))).Append("</li>\n");

    // A status with its swatch (colour and pattern) and, always, its name; "none" without a swatch.
    private static string StatusCell(this ScrutinyReport self, string? status) => status is null ? "none" : ReportHtml.Status(self.Statuses().ToList().IndexOf(status), status);

    // A table cell for an id or a name: short ones never break, long ones wrap anywhere.
    private static string IdCell(string text) => "<td class=\"" + ReportHtml.Fit(text) + "\">" + E(text) + "</td>";

    private static string HeadCell(string text) => "<th class=\"" + ReportHtml.Fit(text) + "\">" + E(text) + "</th>";

    // An action's words: what will be done, then the lead and the success measure, each where given.
    private static string Words(PlanAction action)
    {
        var parts = new List<string>(3);
        if (action.Description is not null)
        {
            parts.Add("<div>" + E(action.Description) + "</div>");
        }

        if (action.Lead is not null)
        {
            parts.Add("<div><span class=\"label\">Lead:</span> " + E(action.Lead) + "</div>");
        }

        if (action.SuccessMeasure is not null)
        {
            parts.Add("<div><span class=\"label\">Success measure:</span> " + E(action.SuccessMeasure) + "</div>");
        }

        return parts.Count == 0 ? "-" : string.Concat(parts);
    }

    private static string E(string text) => ReportHtml.Encode(text);
}
