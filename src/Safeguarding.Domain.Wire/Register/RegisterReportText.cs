using System.Globalization;
using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Lifecycle;

namespace Safeguarding.Domain.Register;

/// <summary>The text and Markdown renderings, built from the same tables as the HTML one.</summary>
public static class RegisterReportText
{
    /// <summary>The report as text for people: the same tables as the other formats, columns aligned.</summary>
    /// <returns>The text; lines end with <c>\n</c>.</returns>
    public static string ToText(this RegisterReport self)
    {
        var b = new StringBuilder();
        b.Append("Partnership register: ").Append(self.Register.Partnership).Append(", as of ").Append(ContractDate.Format(self.AsOf)).Append('\n');
        foreach (var line in self.Preamble())
        {
            b.Append(line).Append('\n');
        }

        foreach (var section in self.Sections())
        {
            b.Append('\n').Append(section.Title).Append('\n').Append(new string('-', section.Title.Length)).Append('\n');
            if (section.Rows.Count == 0)
            {
                b.Append("(none)\n");
            }
            else
            {
                var all = new List<string[]> { section.Headers };
                all.AddRange(section.Rows);
                var widths = Enumerable.Range(0, section.Headers.Length).Select(i => all.Max(r => r[i].Length)).ToArray();
                foreach (var row in all)
                {
                    b.Append(string.Join("  ", row.Select((cell, i) => i == row.Length - 1 ? cell : cell.PadRight(widths[i]))).TrimEnd()).Append('\n');
                }
            }

            foreach (var note in section.Notes)
            {
                b.Append(note).Append('\n');
            }
        }

        return b.ToString();
    }

    /// <summary>The report as Markdown: a heading, the preamble, and one table per figure (text from the documents escaped).</summary>
    /// <returns>The Markdown text; lines end with <c>\n</c>.</returns>
    public static string ToMarkdown(this RegisterReport self)
    {
        var b = new StringBuilder();
        b.Append("# Partnership register: ").Append(Md(self.Register.Partnership)).Append("\n\n");
        b.Append("As of ").Append(ContractDate.Format(self.AsOf)).Append(".\n\n");
        foreach (var line in self.Preamble())
        {
            b.Append(Md(line)).Append("\n\n");
        }

        foreach (var section in self.Sections())
        {
            b.Append("## ").Append(Md(section.Title)).Append("\n\n");
            if (section.Rows.Count == 0)
            {
                b.Append("None.\n\n");
            }
            else
            {
                b.Append("| ").Append(string.Join(" | ", section.Headers.Select(Md))).Append(" |\n");
                b.Append('|').Append(string.Concat(section.Headers.Select(_ => "---|"))).Append('\n');
                foreach (var row in section.Rows)
                {
                    b.Append("| ").Append(string.Join(" | ", row.Select(Md))).Append(" |\n");
                }

                b.Append('\n');
            }

            foreach (var note in section.Notes)
            {
                b.Append(Md(note)).Append("\n\n");
            }
        }

        return b.ToString();
    }

    /// <summary>The lines before the tables: validity, the rules in use, and the disclosure statement.</summary>
    internal static IEnumerable<string> Preamble(this RegisterReport self)
    {
        yield return "Reviews: " + self.C(self.Reviews.Length) + "; open: " + self.C(self.Open.Length) + ". Recurring themes: " + self.Register.RecurringThemes
            + ". Theme list: " + (self.Register.Themes is ThemeList list ? list.Id + " (" + list.Source + ")" : "none chosen (theme ids not checked)") + ".";
        yield return self.IsValid ? "Valid: every event is allowed and every plan traces." : "NOT VALID: " + self.Validation.Count(v => v.Severity == IssueSeverity.Error) + " errors (see Validation).";
        if (self.Disclosure is DisclosureControl control)
        {
            yield return control.Statement;
        }
    }

    /// <summary>A count as shown: the number, or <c>[c]</c> when withheld.</summary>
    internal static string C(this RegisterReport self, int count) => self.Withheld(count) ? "[c]" : count.ToString(CultureInfo.InvariantCulture);

    internal static string Ids(this RegisterReport self, IEnumerable<string> ids)
    {
        var list = ids.ToList();
        return self.Publishable() ? "(withheld)" : list.Count == 0 ? "-" : string.Join(", ", list);
    }

    internal static List<Section> Sections(this RegisterReport self)
    {
        var sections = new List<Section>();
        var kinds = new Section("Reviews by kind", "kind", "reviews");
        foreach (var pair in self.ByKind)
        {
            kinds.Add(LifecycleNames.Name(pair.Key), self.C(pair.Value));
        }

        sections.Add(kinds);
        var states = new Section("Reviews by state", "state", "reviews");
        foreach (var pair in self.ByState)
        {
            states.Add(LifecycleNames.Name(pair.Key), self.C(pair.Value));
        }

        sections.Add(states);
        var open = new Section("Open reviews", "review", "kind", "state", "age (days)");
        if (self.Publishable())
        {
            open.Notes.Add("Open reviews: " + self.C(self.Open.Length) + " (the list is withheld).");
        }
        else
        {
            foreach (var r in self.Open)
            {
                open.Add(r.Id, LifecycleNames.Name(r.Kind), LifecycleNames.Name(r.State), r.AgeDays?.ToString(CultureInfo.InvariantCulture) ?? "-");
            }
        }

        sections.Add(open);
        var clocks = new Section("Timeliness of statutory clocks", "clock", "met", "late", "due", "overdue", "median days late", "longest days late");
        foreach (var c in self.Clocks)
        {
            bool hide = self.Publishable() && self.Withheld(c.Late + c.Overdue);
            clocks.Add(c.Clock, self.C(c.Met), self.C(c.Late), self.C(c.Due), self.C(c.Overdue),
                hide ? "[c]" : c.MedianDaysLate is double m ? RegisterReportJson.Number(m) : "-", hide ? "[c]" : c.MaxDaysLate?.ToString(CultureInfo.InvariantCulture) ?? "-");
        }

        sections.Add(clocks);
        var delays = new Section("Delays by reason", "reason", "delayed events");
        foreach (var pair in self.Delays)
        {
            delays.Add(LifecycleNames.Name(pair.Key), self.C(pair.Value));
        }

        delays.Notes.Add("Open reviews with an overdue clock and no delay reason recorded since it started: " + self.C(self.UnexplainedDelays.Length)
            + (self.Publishable() || self.UnexplainedDelays.IsEmpty ? "." : " (" + string.Join("; ", self.UnexplainedDelays.Select(d => d.ToString())) + ")."));
        sections.Add(delays);
        var themes = new Section("Themes across reviews", "theme", "reviews", "published in window", "recurring", "which reviews");
        foreach (var t in self.Themes)
        {
            themes.Add(t.Theme + (t.Title is string title ? " (" + title + ")" : string.Empty), self.C(t.Reviews.Length), self.C(t.ReviewsInWindow.Length), t.Recurring ? "yes" : "no", self.Ids(t.Reviews));
        }

        sections.Add(themes);
        var recommendations = new Section("Recommendations by addressee level", "level", "recommendations");
        foreach (var pair in self.RecommendationsByLevel)
        {
            recommendations.Add(Addressee.NameOf(pair.Key), self.C(pair.Value));
        }

        recommendations.Add("not recorded", self.C(self.UnaddressedRecommendations));
        recommendations.Notes.Add("Sent to a national or regional body and awaiting a response: " + self.C(self.AwaitingResponse.Length)
            + (self.Publishable() || self.AwaitingResponse.IsEmpty ? "." : " (" + string.Join(", ", self.AwaitingResponse) + ")."));
        sections.Add(recommendations);
        var actions = new Section("Action plans: derived status of every action", "status", "actions");
        foreach (var status in RegisterReport.ActionStatuses)
        {
            actions.Add(status, self.C(self.ActionCounts[status]));
        }

        actions.Add("overdue", self.C(self.OverdueActions.Length));
        foreach (var pair in self.EscalationCounts)
        {
            actions.Add("escalated to " + RegisterReportJson.EscalationName(pair.Key), self.C(pair.Value));
        }

        if (!self.Publishable() && !self.EscalatedActions.IsEmpty)
        {
            actions.Notes.Add("Escalated: " + string.Join(", ", self.EscalatedActions) + ".");
        }

        sections.Add(actions);
        var completeness = new Section("Completeness of records", "item", "reviews missing it");
        foreach (var pair in self.MissingCounts)
        {
            completeness.Add(RegisterReport.NameOf(pair.Key), self.C(pair.Value));
        }

        if (!self.Publishable())
        {
            foreach (var r in self.Reviews.Where(r => !r.Missing.IsEmpty))
            {
                completeness.Notes.Add(r.Id + " lacks: " + string.Join(", ", r.Missing.Select(RegisterReport.NameOf)) + ".");
            }
        }

        sections.Add(completeness);
        if (!self.Validation.IsEmpty)
        {
            var validation = new Section("Validation", "severity", "path", "code", "message");
            foreach (var v in self.Validation)
            {
                validation.Add(v.SeverityName, v.Path, v.Code, v.Message);
            }

            sections.Add(validation);
        }

        return sections;
    }

    private static string Md(string text)
    {
        var b = new StringBuilder(text.Length + 8);
        foreach (char ch in text)
        {
            if (ch is '\\' or '|' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#')
            {
                b.Append('\\');
            }

            b.Append(ch is '\n' or '\r' ? ' ' : ch);
        }

        return b.ToString();
    }

    internal sealed class Section
    {
        public Section(string title, params string[] headers)
        {
            Title = title;
            Headers = headers;
        }

        public string Title { get; }

        public string[] Headers { get; }

        public List<string[]> Rows { get; } = new();

        public List<string> Notes { get; } = new();

        public void Add(params string[] cells) => Rows.Add(cells);
    }
}
