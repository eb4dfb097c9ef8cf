using System.IO;
using Safeguarding.Domain.Internal;

namespace Safeguarding.Domain.Rating;

/// <summary>The local policy document: reads it strictly and writes it.</summary>
public static class LocalPolicyJson
{
    /// <summary>Reads a local policy document.</summary>
    /// <param name="utf8">The document, UTF-8 encoded.</param>
    /// <returns>The policy, or every error found with its path and code.</returns>
    public static Result<LocalPolicy> Read(ReadOnlyMemory<byte> utf8) => Read(utf8, JsonReadLimits.Default);

    /// <summary>Reads a local policy document under the given limits (the System.Text.Json converter's entry).</summary>
    internal static Result<LocalPolicy> Read(ReadOnlyMemory<byte> utf8, JsonReadLimits limits) => JsonInput.Read(utf8, limits, ReadPolicy);

    /// <summary>Writes the policy as the local policy document (indented JSON), which <see cref="Read(ReadOnlyMemory{byte})"/> reads back to an equal scheme and escalation.</summary>
    /// <returns>The JSON text.</returns>
    public static string ToJson(this LocalPolicy self)
    {
        return JsonText.Write(self.WriteTo);
    }

    /// <summary>Writes the document onto a writer, whose options set the indentation and escaping.</summary>
    internal static void WriteTo(this LocalPolicy self, Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteStartObject("scheme");
        w.WriteString("name", self.Scheme.Name);
        w.WriteStartArray("statuses");
        foreach (var status in self.Scheme.Statuses)
        {
            w.WriteStringValue(status);
        }

        w.WriteEndArray();
        w.WriteString("notStarted", self.Scheme.NotStarted);
        w.WriteString("inProgress", self.Scheme.InProgress);
        w.WriteString("overdue", self.Scheme.Overdue);
        w.WriteString("completed", self.Scheme.Completed);
        w.WriteString("embedded", self.Scheme.Embedded);
        w.WriteString("rollUp", RatingNames.RollUp.Name(self.Scheme.RollUp));
        w.WriteEndObject();
        w.WriteStartObject("escalation");
        WriteThreshold(w, "leadOfficer", self.Escalation.LeadOfficer);
        WriteThreshold(w, "subgroup", self.Escalation.Subgroup);
        WriteThreshold(w, "board", self.Escalation.Board);
        w.WriteEndObject();
        w.WriteEndObject();
    }
    private static void WriteThreshold(Utf8JsonWriter w, string name, EscalationThreshold threshold)
    {
        w.WriteStartObject(name);
        WriteCount(w, "daysOverdue", threshold.DaysOverdue);
        WriteCount(w, "cyclesWithoutUpdate", threshold.CyclesWithoutUpdate);
        WriteCount(w, "cyclesAtRed", threshold.CyclesAtRed);
        w.WriteEndObject();
    }

    private static void WriteCount(Utf8JsonWriter w, string name, int? count)
    {
        if (count is int value)
        {
            w.WriteNumber(name, value);
        }
    }

    private static LocalPolicy? ReadPolicy(JsonObjectReader root)
    {
        var schemeReader = root.Object("scheme", required: false);
        var escalationReader = root.Object("escalation", required: false);
        root.RejectUnknown();
        var scheme = schemeReader is null ? RatingScheme.BlueRedAmberGreen : ReadScheme(schemeReader);
        var escalation = escalationReader is null ? EscalationPolicy.Default : ReadEscalation(escalationReader);
        return scheme is null || escalation is null || root.Sink.HasErrors ? null : new LocalPolicy(scheme, escalation);
    }

    private static RatingScheme? ReadScheme(JsonObjectReader r)
    {
        string? name = r.Id("name", required: true);
        var statuses = new List<string>();
        bool ok = true;
        foreach (var (value, path) in r.Array("statuses", required: true))
        {
            string? status = r.ReadText(value, path, JsonObjectReader.MaxIdLength);
            ok &= status is not null;
            if (status is not null)
            {
                statuses.Add(status);
            }
        }

        string? notStarted = r.Id("notStarted", required: true);
        string? inProgress = r.Id("inProgress", required: true);
        string? overdue = r.Id("overdue", required: true);
        string? completed = r.Id("completed", required: true);
        string? embedded = r.Id("embedded", required: true);
        var rollUp = r.Enum("rollUp", required: false, RatingNames.RollUp);
        r.RejectUnknown();
        if (!ok || name is null || notStarted is null || inProgress is null || overdue is null || completed is null || embedded is null)
        {
            return null;
        }

        // The scheme's own rules are the model's (RatingScheme.Create gives C# callers the same issues).
        var stages = new[] { ("notStarted", notStarted), ("inProgress", inProgress), ("overdue", overdue), ("completed", completed), ("embedded", embedded) };
        var refused = RatingScheme.OrderIssues(statuses, stages);
        if (!refused.IsEmpty)
        {
            foreach (var issue in refused)
            {
                r.Sink.Add(issue);
            }

            return null;
        }

        return new RatingScheme(name, statuses, notStarted, inProgress, overdue, completed, embedded, rollUp ?? RollUpMethod.WorstOf);
    }

    private static EscalationPolicy? ReadEscalation(JsonObjectReader r)
    {
        var lead = ReadThreshold(r, "leadOfficer");
        var subgroup = ReadThreshold(r, "subgroup");
        var board = ReadThreshold(r, "board");
        r.RejectUnknown();
        return lead is null || subgroup is null || board is null ? null : new EscalationPolicy(lead, subgroup, board);
    }

    private static EscalationThreshold? ReadThreshold(JsonObjectReader parent, string name)
    {
        var r = parent.Object(name, required: false);
        if (r is null)
        {
            return parent.Sink.HasErrors ? null : EscalationThreshold.Never;
        }

        int? days = r.Int32("daysOverdue", required: false, 1, EscalationThreshold.MaxDaysOverdue);
        int? silent = r.Int32("cyclesWithoutUpdate", required: false, 1, EscalationThreshold.MaxCycles);
        int? red = r.Int32("cyclesAtRed", required: false, 1, EscalationThreshold.MaxCycles);
        r.RejectUnknown();
        return r.Sink.HasErrors ? null : new EscalationThreshold(days, silent, red);
    }
}
