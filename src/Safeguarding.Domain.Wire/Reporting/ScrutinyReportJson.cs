using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Rating;
using Safeguarding.Domain.Internal;

namespace Safeguarding.Domain.Reporting;

/// <summary>The JSON renderer: the contract's output shape, plus extra properties.</summary>
public static class ScrutinyReportJson
{
    /// <summary>
    /// Renders the report as the contract's JSON: <c>asOf</c>, <c>valid</c>, <c>validation</c>, <c>actions</c>,
    /// <c>recommendations</c>, <c>findings</c>, <c>summary</c>; plus <c>review</c>, <c>scheme</c>, <c>key</c> (what
    /// each status means), the plan's words where given (an action's <c>description</c>, <c>lead</c> and
    /// <c>successMeasure</c>, a recommendation's <c>text</c>, a finding's <c>title</c>),
    /// <c>comparison</c> (when asked for) and <c>trend</c>.
    /// </summary>
    /// <returns>The JSON text, indented.</returns>
    public static string ToJson(this ScrutinyReport self)
    {
        return JsonText.Write(self.WriteTo);
    }

    /// <summary>Writes the document onto a writer, whose options set the indentation and escaping.</summary>
    internal static void WriteTo(this ScrutinyReport self, Utf8JsonWriter w)
    {
        var s = self.Current;
        w.WriteStartObject();
        w.WriteString("review", s.Plan.Review);
        w.WriteString("asOf", ContractDate.Format(s.AsOf));
        w.WriteString("scheme", s.Scheme.Name);
        w.WriteString("reportingCycle", PlanText.Iso(s.Plan.ReportingCycle));
        w.WriteBoolean("valid", s.IsValid);
        w.WriteIssues("validation", s.Validation);
        w.WriteObjects("key", StatusKey.Of(s.Scheme), static (w, key) =>
        {
            w.WriteString("status", key.Status);
            w.WriteString("meaning", key.Meaning);
        });
        w.WriteStartArray("actions");
        for (int i = 0; i < s.Actions.Length; i++)
        {
            var a = s.Actions[i];
            var words = s.Plan.Actions[i];
            w.WriteStartObject();
            w.WriteString("id", a.Id);
            w.WriteIfGiven("description", words.Description);
            w.WriteString("owner", a.Owner);
            w.WriteIfGiven("lead", words.Lead);
            w.WriteIfGiven("successMeasure", words.SuccessMeasure);
            w.WriteString("status", a.Status);
            w.WriteString("stage", ActionAssessment.NameOf(a.Stage));
            w.WriteStringOrNull("reportedStatus", ReportFormat.Reported(a));
            w.WriteIfGiven("targetDate", a.TargetDate);
            w.WriteBoolean("overdue", a.Overdue);
            w.WriteNumber("daysOverdue", a.DaysOverdue);
            w.WriteBoolean("updatePending", a.UpdatePending);
            w.WriteIfGiven("lastUpdate", a.LastUpdate);
            w.WriteNumber("cyclesWithoutUpdate", a.CyclesWithoutUpdate);
            w.WriteNumber("cyclesAtRed", a.CyclesAtRed);
            w.WriteString("escalation", ReportFormat.Escalation(a.Escalation));
            w.WriteStrings("escalationReasons", a.EscalationReasons);
            w.WriteObjects("discrepancies", a.Discrepancies, WriteDiscrepancy);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteRolled(w, "recommendations", s.Recommendations, "text", i => s.Plan.Recommendations[i].Text);
        WriteRolled(w, "findings", s.Findings, "title", i => s.Plan.Findings[i].Title);
        w.WriteStartObject("summary");
        w.WriteStringOrNull("status", s.Status);
        WriteCounts(w, s.Scheme.Statuses, s);
        w.WriteNumber("overdue", s.OverdueCount);
        w.WriteNumber("updatePending", s.UpdatePendingCount);
        w.WriteNumber("escalated", s.EscalatedCount);
        w.WriteNumber("discrepancies", s.DiscrepancyCount);
        w.WriteObjects("byAgency", s.Plan.Agencies, (w, agency) =>
        {
            w.WriteString("owner", agency);
            WriteCounts(w, s.Scheme.Statuses, s, agency);
        });
        w.WriteEndObject();
        if (self.Comparison is { } c)
        {
            w.WriteStartObject("comparison");
            w.WriteString("from", ContractDate.Format(c.From));
            w.WriteString("to", ContractDate.Format(c.To));
            WriteChanges(w, "improved", c.Improved);
            WriteChanges(w, "worsened", c.Worsened);
            WriteChanges(w, "newlyOverdue", c.NewlyOverdue);
            WriteChanges(w, "newlyEscalated", c.NewlyEscalated);
            w.WriteEndObject();
        }

        w.WriteObjects("trend", self.Trend, (w, point) =>
        {
            w.WriteString("asOf", ContractDate.Format(point.AsOf));
            w.WriteStringOrNull("status", point.Status);
            WriteCounts(w, s.Scheme.Statuses, point);
            w.WriteNumber("overdue", point.OverdueCount);
        });
        w.WriteEndObject();
    }

    private static void WriteRolled(Utf8JsonWriter w, string name, ImmutableArray<RolledUpStatus> items, string wordsName, System.Func<int, string?> words)
    {
        w.WriteStartArray(name);
        for (int i = 0; i < items.Length; i++)
        {
            var item = items[i];
            w.WriteStartObject();
            w.WriteString("id", item.Id);
            w.WriteIfGiven(wordsName, words(i));
            w.WriteStringOrNull("status", item.Status);
            w.WriteNumber("children", item.Children);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    // Where the status the owner reported differs from the status the facts give.
    private static void WriteDiscrepancy(Utf8JsonWriter w, Discrepancy d)
    {
        w.WriteString("code", d.Code);
        w.WriteString("reportedStatus", d.ReportedStatus);
        w.WriteString("status", d.DerivedStatus);
        w.WriteString("message", d.Message);
    }

    private static void WriteChanges(Utf8JsonWriter w, string name, ImmutableArray<ActionChange> changes) =>
        w.WriteObjects(name, changes, static (w, change) =>
        {
            w.WriteString("id", change.Id);
            w.WriteStringOrNull("from", change.Before);
            w.WriteStringOrNull("to", change.After);
            w.WriteString("escalationFrom", ReportFormat.Escalation(change.EscalationBefore));
            w.WriteString("escalationTo", ReportFormat.Escalation(change.EscalationAfter));
        });

    // The count of each of the report's statuses, in the scheme's order: of the whole plan, or of one owner agency's actions.
    private static void WriteCounts(Utf8JsonWriter w, ImmutableArray<string> statuses, PlanSnapshot snapshot, string? agency = null)
    {
        w.WriteStartObject("counts");
        foreach (var status in statuses)
        {
            w.WriteNumber(status, agency is null ? snapshot.CountOf(status) : snapshot.CountOf(agency, status));
        }

        w.WriteEndObject();
    }
}
