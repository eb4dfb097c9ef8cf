using System.Globalization;
using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Reporting;

namespace Safeguarding.Domain.Register;

/// <summary>The HTML rendering: one self-contained page with inline SVG pictures.</summary>
public static class RegisterReportHtml
{
    // Each clock status has a fill and a pattern, so the chart reads in black and white as well as in colour.
    private static readonly (string Name, string Fill, string Pattern)[] ClockStyles =
    {
        ("met", "#1a7f37", "none"),
        ("late", "#b35900", "url(#p-late)"),
        ("due", "#0b5cad", "url(#p-due)"),
        ("overdue", "#b00020", "url(#p-overdue)"),
    };

    /// <summary>
    /// Renders the report as one self-contained HTML page: the tables of the other formats, the timeliness of
    /// each clock as a stacked bar chart, and the themes across reviews as a grid (review by theme), both inline
    /// SVG with their numbers written out, patterns as well as colours (so they read in black and white), and a
    /// text alternative. With a disclosure control the grid, which names reviews, is withheld.
    /// </summary>
    /// <returns>The HTML text. It has no scripts and no external resources; every text from the documents is HTML-encoded.</returns>
    public static string ToHtml(this RegisterReport self)
    {
        var h = new StringBuilder();
        string title = "Partnership register: " + self.Register.Partnership + ", as of " + ContractDate.Format(self.AsOf);
        h.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(E(title)).Append("</title>\n");
        h.Append("<style>\n")
            .Append("body{font-family:system-ui,-apple-system,'Segoe UI',Arial,sans-serif;margin:2em auto;max-width:60em;color:#111;line-height:1.4}\n")
            .Append("table{border-collapse:collapse;margin:1em 0;width:100%}th,td{border:1px solid #999;padding:.25em .5em;text-align:left;vertical-align:top}\n")
            .Append("th{background:#eee}figure{margin:1em 0}figcaption{font-style:italic}.note{font-size:.95em}\n")
            .Append("@media print{body{margin:0;max-width:none}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}figure,table{break-inside:avoid}}\n")
            .Append("</style>\n</head>\n<body>\n");
        h.Append("<h1>").Append(E(title)).Append("</h1>\n");
        foreach (var line in self.Preamble())
        {
            h.Append("<p>").Append(E(line)).Append("</p>\n");
        }

        h.Append("<h2>Timeliness of statutory clocks</h2>\n");
        self.AppendClockChart(h);
        h.Append("<h2>Themes across reviews</h2>\n");
        self.AppendThemeGrid(h);
        foreach (var section in self.Sections())
        {
            h.Append("<h2>").Append(E(section.Title)).Append("</h2>\n");
            if (section.Rows.Count == 0)
            {
                h.Append("<p>None.</p>\n");
            }
            else
            {
                h.Append("<table>\n<tr>");
                foreach (var header in section.Headers)
                {
                    h.Append("<th scope=\"col\">").Append(E(header)).Append("</th>");
                }

                h.Append("</tr>\n");
                foreach (var row in section.Rows)
                {
                    h.Append("<tr>");
                    foreach (var cell in row)
                    {
                        h.Append("<td>").Append(E(cell)).Append("</td>");
                    }

                    h.Append("</tr>\n");
                }

                h.Append("</table>\n");
            }

            foreach (var note in section.Notes)
            {
                h.Append("<p class=\"note\">").Append(E(note)).Append("</p>\n");
            }
        }

        h.Append("</body>\n</html>\n");
        return h.ToString();
    }

    internal static void AppendClockChart(this RegisterReport self, StringBuilder h)
    {
        if (self.Clocks.IsEmpty)
        {
            h.Append("<p>No clock has started.</p>\n");
            return;
        }

        const int Label = 170, Space = 400, Row = 30, Top = 34;
        int max = Math.Max(1, self.Clocks.Max(c => c.Total));
        int height = Top + (self.Clocks.Length * Row) + 10;
        var alt = new StringBuilder("Stacked bars, one per clock: ");
        alt.Append(string.Join("; ", self.Clocks.Select(c => c.Clock + " " + self.C(c.Met) + " met, " + self.C(c.Late) + " late, " + self.C(c.Due) + " due, " + self.C(c.Overdue) + " overdue")));
        h.Append("<figure>\n<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").Append(N(Label + Space + 20)).Append("\" height=\"").Append(N(height))
            .Append("\" viewBox=\"0 0 ").Append(N(Label + Space + 20)).Append(' ').Append(N(height)).Append("\" aria-labelledby=\"clocks-title\">\n");
        h.Append("<title id=\"clocks-title\">").Append(E(alt.ToString())).Append("</title>\n");
        h.Append("<defs>\n")
            .Append("<pattern id=\"p-late\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"><rect width=\"6\" height=\"6\" fill=\"#b35900\"/><path d=\"M0 6L6 0\" stroke=\"#fff\" stroke-width=\"1.5\"/></pattern>\n")
            .Append("<pattern id=\"p-due\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"><rect width=\"6\" height=\"6\" fill=\"#0b5cad\"/><circle cx=\"3\" cy=\"3\" r=\"1.2\" fill=\"#fff\"/></pattern>\n")
            .Append("<pattern id=\"p-overdue\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"><rect width=\"6\" height=\"6\" fill=\"#b00020\"/><path d=\"M0 0L6 6M6 0L0 6\" stroke=\"#fff\" stroke-width=\"1.2\"/></pattern>\n")
            .Append("</defs>\n");
        int x = 0;
        foreach (var (name, fill, pattern) in ClockStyles)
        {
            h.Append("<rect x=\"").Append(N(Label + x)).Append("\" y=\"6\" width=\"14\" height=\"14\" fill=\"").Append(pattern == "none" ? fill : pattern)
                .Append("\" stroke=\"#000\" stroke-width=\"0.5\"/><text x=\"").Append(N(Label + x + 18)).Append("\" y=\"18\" font-size=\"12\" text-anchor=\"start\">").Append(name).Append("</text>\n");
            x += 90;
        }

        for (int i = 0; i < self.Clocks.Length; i++)
        {
            var c = self.Clocks[i];
            int y = Top + (i * Row);
            h.Append("<text x=\"").Append(N(Label - 6)).Append("\" y=\"").Append(N(y + 16)).Append("\" font-size=\"12\" text-anchor=\"end\">").Append(E(c.Clock)).Append("</text>\n");
            double at = Label;
            int[] counts = { c.Met, c.Late, c.Due, c.Overdue };
            for (int s = 0; s < counts.Length; s++)
            {
                if (counts[s] == 0 || self.Withheld(counts[s]))
                {
                    continue;
                }

                double width = (double)counts[s] / max * Space;
                var (name, fill, pattern) = ClockStyles[s];
                h.Append("<rect x=\"").Append(D(at)).Append("\" y=\"").Append(N(y)).Append("\" width=\"").Append(D(width)).Append("\" height=\"22\" fill=\"")
                    .Append(pattern == "none" ? fill : pattern).Append("\" stroke=\"#000\" stroke-width=\"0.5\"><title>").Append(E(c.Clock + ": " + counts[s] + " " + name)).Append("</title></rect>\n");
                if (width >= 16)
                {
                    h.Append("<text x=\"").Append(D(at + (width / 2))).Append("\" y=\"").Append(N(y + 15)).Append("\" font-size=\"11\" text-anchor=\"middle\" fill=\"#000\" stroke=\"#fff\" stroke-width=\"2.5\" paint-order=\"stroke\">")
                        .Append(N(counts[s])).Append("</text>\n");
                }

                at += width;
            }
        }

        h.Append("</svg>\n<figcaption>Clocks by status on ").Append(ContractDate.Format(self.AsOf)).Append(" (met solid, late hatched, due dotted, overdue crossed)")
            .Append(self.Publishable() ? "; withheld counts are not drawn" : string.Empty).Append(". The numbers are in the table below.</figcaption>\n</figure>\n");
    }

    internal static void AppendThemeGrid(this RegisterReport self, StringBuilder h)
    {
        if (self.Themes.IsEmpty)
        {
            h.Append("<p>No finding carries a theme.</p>\n");
            return;
        }

        if (self.Publishable())
        {
            h.Append("<p>The grid of themes by review names reviews, so it is withheld from publishable figures; the themes table below gives the counts.</p>\n");
            return;
        }

        var reviews = self.Reviews.Where(r => self.Themes.Any(t => t.Reviews.Contains(r.Id))).ToList();
        const int Label = 230, Cell = 26, Top = 90;
        int width = Label + (reviews.Count * Cell) + 20;
        int height = Top + (self.Themes.Length * Cell) + 10;
        var alt = "Grid of themes (rows) by review (columns); a filled square marks a review whose findings carry the theme, a bold label a recurring theme. "
            + string.Join("; ", self.Themes.Select(t => t.Theme + ": " + string.Join(", ", t.Reviews)));
        h.Append("<figure>\n<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").Append(N(width)).Append("\" height=\"").Append(N(height))
            .Append("\" viewBox=\"0 0 ").Append(N(width)).Append(' ').Append(N(height)).Append("\" aria-labelledby=\"themes-title\">\n");
        h.Append("<title id=\"themes-title\">").Append(E(alt)).Append("</title>\n");
        for (int j = 0; j < reviews.Count; j++)
        {
            int cx = Label + (j * Cell) + (Cell / 2);
            h.Append("<text x=\"").Append(N(cx)).Append("\" y=\"").Append(N(Top - 6)).Append("\" font-size=\"11\" text-anchor=\"start\" transform=\"rotate(-60 ").Append(N(cx)).Append(' ').Append(N(Top - 6))
                .Append(")\">").Append(E(Short(reviews[j].Id))).Append("</text>\n");
        }

        for (int i = 0; i < self.Themes.Length; i++)
        {
            var t = self.Themes[i];
            int y = Top + (i * Cell);
            h.Append("<text x=\"").Append(N(Label - 6)).Append("\" y=\"").Append(N(y + 17)).Append("\" font-size=\"12\" text-anchor=\"end\"")
                .Append(t.Recurring ? " font-weight=\"bold\"" : string.Empty).Append('>').Append(E(Short(t.Theme))).Append(t.Recurring ? " (recurring)" : string.Empty).Append("</text>\n");
            for (int j = 0; j < reviews.Count; j++)
            {
                bool carried = t.Reviews.Contains(reviews[j].Id);
                h.Append("<rect x=\"").Append(N(Label + (j * Cell) + 2)).Append("\" y=\"").Append(N(y + 2)).Append("\" width=\"").Append(N(Cell - 4)).Append("\" height=\"").Append(N(Cell - 4))
                    .Append("\" fill=\"").Append(carried ? (t.Recurring ? "#222" : "#777") : "#fff").Append("\" stroke=\"#000\" stroke-width=\"0.5\"><title>")
                    .Append(E(t.Theme + " / " + reviews[j].Id + ": " + (carried ? "found" : "not found"))).Append("</title></rect>\n");
            }
        }

        h.Append("</svg>\n<figcaption>Themes (rows) found in each review's findings (columns): filled where found, darker and bold where the theme recurs (")
            .Append(E(self.Register.RecurringThemes.ToString())).Append(").</figcaption>\n</figure>\n");
    }

    private static string Short(string label) => label.Length <= 32 ? label : label.Substring(0, 31) + "…";

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string D(double value)
    {
        string text = value.ToString("0.#", CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }

    private static string E(string text) => ReportHtml.Encode(text);
}
