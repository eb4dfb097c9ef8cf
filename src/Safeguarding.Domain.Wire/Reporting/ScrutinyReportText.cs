using Safeguarding.Domain.ActionPlans;

namespace Safeguarding.Domain.Reporting;

/// <summary>The plain-text and Markdown renderers.</summary>
public static class ScrutinyReportText
{
    /// <summary>Renders the report as plain text for a terminal or an e-mail.</summary>
    /// <returns>The text, lines separated by <c>\n</c>.</returns>
    public static string ToText(this ScrutinyReport self)
    {
        var s = self.Current;
        var t = new StringBuilder();
        t.Append("Action plan: ").Append(OneLine(s.Plan.Review)).Append(", as of ").Append(ContractDate.Format(s.AsOf))
            .Append(" (scheme ").Append(s.Scheme.Name).Append(", reporting cycle ").Append(PlanText.Iso(s.Plan.ReportingCycle)).Append(")\n");
        t.Append("Plan status: ").Append(s.Status ?? "none").Append("; valid: ").Append(s.IsValid ? "yes" : "no").Append('\n');
        t.Append("Actions: ").Append(string.Join(", ", self.Statuses().Select(x => x + " " + ReportFormat.N(s.CountOf(x)))))
            .Append("; overdue ").Append(ReportFormat.N(s.OverdueCount)).Append("; update pending ").Append(ReportFormat.N(s.UpdatePendingCount))
            .Append("; escalated ").Append(ReportFormat.N(s.EscalatedCount)).Append("; discrepancies ").Append(ReportFormat.N(s.DiscrepancyCount)).Append('\n');
        if (!s.Validation.IsEmpty)
        {
            t.Append("\nValidation:\n");
            foreach (var issue in s.Validation)
            {
                t.Append("  ").Append(issue.SeverityName).Append(' ').Append(issue.Path).Append(": ").Append(issue.Code).Append(": ").Append(issue.Message).Append('\n');
            }
        }

        t.Append("\nKey (scheme ").Append(OneLine(s.Scheme.Name)).Append("):\n");
        foreach (var (status, meaning) in StatusKey.Of(s.Scheme))
        {
            t.Append("  ").Append(OneLine(status).PadRight(6)).Append("  ").Append(meaning).Append('\n');
        }

        t.Append("\nActions:").Append(s.Actions.IsEmpty ? " none\n" : "\n");
        for (int i = 0; i < s.Actions.Length; i++)
        {
            var a = s.Actions[i];
            t.Append("  ").Append(a.Id.PadRight(6)).Append(' ').Append(OneLine(a.Owner).PadRight(22)).Append(' ').Append(a.Status.PadRight(6))
                .Append(" reported ").Append((ReportFormat.Reported(a) ?? "-").PadRight(14))
                .Append(" target ").Append(a.TargetDate is { } d ? ContractDate.Format(d) : "-")
                .Append(a.Overdue ? " overdue " + ReportFormat.N(a.DaysOverdue) + "d" : string.Empty)
                .Append(a.UpdatePending ? " update-pending" : string.Empty)
                .Append(" escalation ").Append(ReportFormat.Escalation(a.Escalation)).Append('\n');
            var words = s.Plan.Actions[i];
            AppendWords(t, "what: ", words.Description);
            AppendWords(t, "lead: ", words.Lead);
            AppendWords(t, "success measure: ", words.SuccessMeasure);
            foreach (var reason in a.EscalationReasons)
            {
                t.Append("         escalated: ").Append(reason).Append('\n');
            }

            foreach (var x in a.Discrepancies)
            {
                t.Append("         discrepancy ").Append(x.Code).Append(": ").Append(x.Message).Append('\n');
            }
        }

        t.Append("\nRecommendations:").Append(s.Recommendations.IsEmpty ? " none\n" : "\n");
        for (int i = 0; i < s.Recommendations.Length; i++)
        {
            var r = s.Recommendations[i];
            t.Append("  ").Append(r.Id.PadRight(6)).Append(' ').Append((r.Status ?? "none").PadRight(6)).Append(' ').Append(OneLine(s.Plan.Recommendations[i].Text ?? "-")).Append('\n');
        }

        t.Append("Findings:").Append(s.Findings.IsEmpty ? " none\n" : "\n");
        for (int i = 0; i < s.Findings.Length; i++)
        {
            var f = s.Findings[i];
            t.Append("  ").Append(f.Id.PadRight(6)).Append(' ').Append((f.Status ?? "none").PadRight(6)).Append(' ').Append(OneLine(s.Plan.Findings[i].Title ?? "-")).Append('\n');
        }
        if (self.Comparison is { } c)
        {
            t.Append("\nSince ").Append(ContractDate.Format(c.From)).Append(":\n");
            AppendChanges(t, "  improved: ", c.Improved);
            AppendChanges(t, "  worsened: ", c.Worsened);
            AppendChanges(t, "  newly overdue: ", c.NewlyOverdue);
            t.Append("  newly escalated: ").Append(c.NewlyEscalated.IsEmpty ? "none"
                : string.Join(", ", c.NewlyEscalated.Select(x => x.Id + " (" + ReportFormat.Escalation(x.EscalationBefore) + " -> " + ReportFormat.Escalation(x.EscalationAfter) + ")"))).Append('\n');
        }

        t.Append("\nTrend (end of each reporting cycle):\n");
        foreach (var point in self.Trend)
        {
            t.Append("  ").Append(ContractDate.Format(point.AsOf)).Append("  ").Append(string.Join(", ", self.Statuses().Select(x => x + " " + ReportFormat.N(point.CountOf(x)))))
                .Append("; overdue ").Append(ReportFormat.N(point.OverdueCount)).Append('\n');
        }

        return t.ToString();
    }

    /// <summary>Renders the report as GitHub-flavoured Markdown for committee papers.</summary>
    /// <returns>The Markdown text. Text from the plan is escaped so that it cannot break a table.</returns>
    public static string ToMarkdown(this ScrutinyReport self)
    {
        var s = self.Current;
        var m = new StringBuilder();
        m.Append("## Action plan: ").Append(Md(s.Plan.Review)).Append(", as of ").Append(ContractDate.Format(s.AsOf)).Append("\n\n");
        m.Append("Plan status: **").Append(MdOrNone(s.Status)).Append("**. Valid: ").Append(s.IsValid ? "yes" : "**no**")
            .Append(". Scheme ").Append(Md(s.Scheme.Name)).Append(", reporting cycle `").Append(PlanText.Iso(s.Plan.ReportingCycle)).Append("`.\n\n");
        m.Append("| ").Append(string.Join(" | ", self.Statuses().Select(Md))).Append(" | overdue | update pending | escalated | discrepancies |\n");
        m.Append('|').Append(string.Concat(Enumerable.Repeat("---:|", self.Statuses().Count() + 4))).Append('\n');
        m.Append("| ").Append(string.Join(" | ", self.Statuses().Select(x => ReportFormat.N(s.CountOf(x))))).Append(" | ").Append(ReportFormat.N(s.OverdueCount))
            .Append(" | ").Append(ReportFormat.N(s.UpdatePendingCount)).Append(" | ").Append(ReportFormat.N(s.EscalatedCount)).Append(" | ").Append(ReportFormat.N(s.DiscrepancyCount)).Append(" |\n\n");
        m.Append("**Key** (scheme ").Append(Md(s.Scheme.Name)).Append("):\n\n| status | meaning |\n|---|---|\n");
        foreach (var (status, meaning) in StatusKey.Of(s.Scheme))
        {
            m.Append("| ").Append(Md(status)).Append(" | ").Append(meaning).Append(" |\n");
        }

        m.Append('\n');
        m.Append("| action | what will be done | owner | status | reported | target | overdue | update pending | escalation | discrepancy |\n");
        m.Append("|---|---|---|---|---|---|---:|---|---|---|\n");
        for (int i = 0; i < s.Actions.Length; i++)
        {
            var a = s.Actions[i];
            m.Append("| ").Append(Md(a.Id)).Append(" | ").Append(MdWords(s.Plan.Actions[i])).Append(" | ").Append(Md(a.Owner)).Append(" | ").Append(Md(a.Status)).Append(" | ").Append(ReportFormat.Reported(a) ?? "-")
                .Append(" | ").Append(a.TargetDate is { } d ? ContractDate.Format(d) : "-").Append(" | ").Append(a.Overdue ? ReportFormat.Days(a.DaysOverdue) : "no")
                .Append(" | ").Append(a.UpdatePending ? "yes" : "no").Append(" | ").Append(ReportFormat.Escalation(a.Escalation))
                .Append(" | ").Append(a.Discrepancies.IsEmpty ? "-" : string.Join("; ", a.Discrepancies.Select(x => "`" + x.Code + "`: " + Md(x.Message)))).Append(" |\n");
        }

        m.Append("\n**Recommendations:**").Append(s.Recommendations.IsEmpty ? " none.\n" : "\n\n| recommendation | status | actions | text |\n|---|---|---:|---|\n");
        for (int i = 0; i < s.Recommendations.Length; i++)
        {
            var r = s.Recommendations[i];
            m.Append("| ").Append(Md(r.Id)).Append(" | ").Append(MdOrNone(r.Status)).Append(" | ").Append(ReportFormat.N(r.Children)).Append(" | ").Append(MdOrDash(s.Plan.Recommendations[i].Text)).Append(" |\n");
        }

        m.Append("\n**Findings:**").Append(s.Findings.IsEmpty ? " none.\n" : "\n\n| finding | status | recommendations | title |\n|---|---|---:|---|\n");
        for (int i = 0; i < s.Findings.Length; i++)
        {
            var f = s.Findings[i];
            m.Append("| ").Append(Md(f.Id)).Append(" | ").Append(MdOrNone(f.Status)).Append(" | ").Append(ReportFormat.N(f.Children)).Append(" | ").Append(MdOrDash(s.Plan.Findings[i].Title)).Append(" |\n");
        }
        if (self.Comparison is { } c)
        {
            m.Append("\n**Since ").Append(ContractDate.Format(c.From)).Append(":** ")
                .Append("improved ").Append(Ids(c.Improved)).Append("; worsened ").Append(Ids(c.Worsened))
                .Append("; newly overdue ").Append(Ids(c.NewlyOverdue)).Append("; newly escalated ").Append(c.NewlyEscalated.IsEmpty ? "none"
                    : string.Join(", ", c.NewlyEscalated.Select(x => Md(x.Id) + " (" + ReportFormat.Escalation(x.EscalationBefore) + " → " + ReportFormat.Escalation(x.EscalationAfter) + ")"))).Append(".\n");
        }

        if (!s.Validation.IsEmpty)
        {
            m.Append("\n**Validation:**\n\n");
            foreach (var issue in s.Validation)
            {
                m.Append("- ").Append(issue.SeverityName).Append(" `").Append(issue.Path).Append("` `").Append(issue.Code).Append("`: ").Append(Md(issue.Message)).Append('\n');
            }
        }

        return m.ToString();
    }

    private static void AppendChanges(StringBuilder t, string label, ImmutableArray<ActionChange> changes) =>
        t.Append(label).Append(changes.IsEmpty ? "none" : string.Join(", ", changes.Select(x => x.Id + " (" + (x.Before ?? "none") + " -> " + (x.After ?? "none") + ")"))).Append('\n');

    private static string Ids(ImmutableArray<ActionChange> changes) =>
        changes.IsEmpty ? "none" : string.Join(", ", changes.Select(x => Md(x.Id) + " (" + MdOrNone(x.Before) + " → " + MdOrNone(x.After) + ")"));

    private static void AppendWords(StringBuilder t, string label, string? words)
    {
        if (words is not null)
        {
            t.Append("         ").Append(label).Append(OneLine(words)).Append('\n');
        }
    }

    // An action's words in one Markdown table cell: the description, then the lead and the success measure.
    private static string MdWords(PlanAction action)
    {
        var parts = new System.Collections.Generic.List<string>(3);
        if (action.Description is not null)
        {
            parts.Add(Md(action.Description));
        }

        if (action.Lead is not null)
        {
            parts.Add("lead: " + Md(action.Lead));
        }

        if (action.SuccessMeasure is not null)
        {
            parts.Add("success measure: " + Md(action.SuccessMeasure));
        }

        return parts.Count == 0 ? "-" : string.Join("<br>", parts);
    }

    private static string MdOrDash(string? text) => text is null ? "-" : Md(text);

    private static string OneLine(string text) => text.Replace('\r', ' ').Replace('\n', ' ');

    private static string MdOrNone(string? text) => text is null ? "none" : Md(text);

    private static string Md(string text)
    {
        var b = new StringBuilder(text.Length);
        foreach (char ch in text)
        {
            if (ch is '\r' or '\n')
            {
                b.Append(' ');
            }
            else if (ch is '|' or '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#')
            {
                b.Append('\\').Append(ch);
            }
            else
            {
                b.Append(ch);
            }
        }

        return b.ToString();
    }
}
