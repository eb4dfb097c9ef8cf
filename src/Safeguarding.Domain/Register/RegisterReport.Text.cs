using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Lifecycle;

namespace Safeguarding.Domain.Register;

/// <content>The text and Markdown renderings, built from the same tables as the HTML one.</content>
public sealed partial class RegisterReport
{
    /// <summary>The report as text for people: the same tables as the other formats, columns aligned.</summary>
    /// <returns>The text; lines end with <c>\n</c>.</returns>
    public string ToText()
    {
        var b = new StringBuilder();
        b.Append("Partnership register: ").Append(Register.Partnership).Append(", as of ").Append(PlanText.Iso(AsOf)).Append('\n');
        foreach (var line in Preamble())
        {
            b.Append(line).Append('\n');
        }

        foreach (var section in Sections())
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
    public string ToMarkdown()
    {
        var b = new StringBuilder();
        b.Append("# Partnership register: ").Append(Md(Register.Partnership)).Append("\n\n");
        b.Append("As of ").Append(PlanText.Iso(AsOf)).Append(".\n\n");
        foreach (var line in Preamble())
        {
            b.Append(Md(line)).Append("\n\n");
        }

        foreach (var section in Sections())
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
    private IEnumerable<string> Preamble()
    {
        yield return "Reviews: " + C(Reviews.Length) + "; open: " + C(Open.Length) + ". Recurring themes: " + Register.RecurringThemes
            + ". Theme list: " + (Register.Themes is ThemeList list ? list.Id + " (" + list.Source + ")" : "none chosen (theme ids not checked)") + ".";
        yield return IsValid ? "Valid: every event is allowed and every plan traces." : "NOT VALID: " + Validation.Count(v => v.Severity == IssueSeverity.Error) + " errors (see Validation).";
        if (Disclosure is DisclosureControl control)
        {
            yield return control.Statement;
        }
    }

    /// <summary>A count as shown: the number, or <c>[c]</c> when withheld.</summary>
    private string C(int count) => Withheld(count) ? "[c]" : count.ToString(CultureInfo.InvariantCulture);

    private string Ids(IEnumerable<string> ids)
    {
        var list = ids.ToList();
        return Publishable ? "(withheld)" : list.Count == 0 ? "-" : string.Join(", ", list);
    }

    private List<Section> Sections()
    {
        var sections = new List<Section>();
        var kinds = new Section("Reviews by kind", "kind", "reviews");
        foreach (var pair in ByKind)
        {
            kinds.Add(LifecycleNames.Name(pair.Key), C(pair.Value));
        }

        sections.Add(kinds);
        var states = new Section("Reviews by state", "state", "reviews");
        foreach (var pair in ByState)
        {
            states.Add(LifecycleNames.Name(pair.Key), C(pair.Value));
        }

        sections.Add(states);
        var open = new Section("Open reviews", "review", "kind", "state", "age (days)");
        if (Publishable)
        {
            open.Notes.Add("Open reviews: " + C(Open.Length) + " (the list is withheld).");
        }
        else
        {
            foreach (var r in Open)
            {
                open.Add(r.Id, LifecycleNames.Name(r.Kind), LifecycleNames.Name(r.State), r.AgeDays?.ToString(CultureInfo.InvariantCulture) ?? "-");
            }
        }

        sections.Add(open);
        var clocks = new Section("Timeliness of statutory clocks", "clock", "met", "late", "due", "overdue", "median days late", "longest days late");
        foreach (var c in Clocks)
        {
            bool hide = Publishable && Withheld(c.Late + c.Overdue);
            clocks.Add(c.Clock, C(c.Met), C(c.Late), C(c.Due), C(c.Overdue),
                hide ? "[c]" : c.MedianDaysLate is double m ? Number(m) : "-", hide ? "[c]" : c.MaxDaysLate?.ToString(CultureInfo.InvariantCulture) ?? "-");
        }

        sections.Add(clocks);
        var delays = new Section("Delays by reason", "reason", "delayed events");
        foreach (var pair in Delays)
        {
            delays.Add(LifecycleNames.Name(pair.Key), C(pair.Value));
        }

        delays.Notes.Add("Open reviews with an overdue clock and no delay reason recorded since it started: " + C(UnexplainedDelays.Length)
            + (Publishable || UnexplainedDelays.IsEmpty ? "." : " (" + string.Join("; ", UnexplainedDelays.Select(d => d.ToString())) + ")."));
        sections.Add(delays);
        var themes = new Section("Themes across reviews", "theme", "reviews", "published in window", "recurring", "which reviews");
        foreach (var t in Themes)
        {
            themes.Add(t.Theme + (t.Title is string title ? " (" + title + ")" : string.Empty), C(t.Reviews.Length), C(t.ReviewsInWindow.Length), t.Recurring ? "yes" : "no", Ids(t.Reviews));
        }

        sections.Add(themes);
        var recommendations = new Section("Recommendations by addressee level", "level", "recommendations");
        foreach (var pair in RecommendationsByLevel)
        {
            recommendations.Add(Addressee.NameOf(pair.Key), C(pair.Value));
        }

        recommendations.Add("not recorded", C(UnaddressedRecommendations));
        recommendations.Notes.Add("Sent to a national or regional body and awaiting a response: " + C(AwaitingResponse.Length)
            + (Publishable || AwaitingResponse.IsEmpty ? "." : " (" + string.Join(", ", AwaitingResponse) + ")."));
        sections.Add(recommendations);
        var actions = new Section("Action plans: derived status of every action", "status", "actions");
        foreach (var status in ActionStatuses)
        {
            actions.Add(status, C(ActionCounts[status]));
        }

        actions.Add("overdue", C(OverdueActions.Length));
        foreach (var pair in EscalationCounts)
        {
            actions.Add("escalated to " + EscalationName(pair.Key), C(pair.Value));
        }

        if (!Publishable && !EscalatedActions.IsEmpty)
        {
            actions.Notes.Add("Escalated: " + string.Join(", ", EscalatedActions) + ".");
        }

        sections.Add(actions);
        var completeness = new Section("Completeness of records", "item", "reviews missing it");
        foreach (var pair in MissingCounts)
        {
            completeness.Add(NameOf(pair.Key), C(pair.Value));
        }

        if (!Publishable)
        {
            foreach (var r in Reviews.Where(r => !r.Missing.IsEmpty))
            {
                completeness.Notes.Add(r.Id + " lacks: " + string.Join(", ", r.Missing.Select(NameOf)) + ".");
            }
        }

        sections.Add(completeness);
        if (!Validation.IsEmpty)
        {
            var validation = new Section("Validation", "severity", "path", "code", "message");
            foreach (var v in Validation)
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

    private sealed class Section
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
