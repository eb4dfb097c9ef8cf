using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Safeguarding.Domain.Internal;
using Safeguarding.Domain.Serialization;

namespace Safeguarding.Domain.Rating;

/// <summary>
/// A partnership's local policy for action-plan reports, as a document a council can supply without
/// code changes: its rating scheme and its escalation thresholds.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe. The document (both parts optional; an absent part is the default):</para>
/// <code>
/// { "scheme": { "name": "council", "statuses": ["off-track", "in-progress", "complete", "embedded"],
///               "notStarted": "off-track", "inProgress": "in-progress", "overdue": "off-track",
///               "completed": "complete", "embedded": "embedded", "rollUp": "worst-of" },
///   "escalation": { "leadOfficer": { "daysOverdue": 1, "cyclesWithoutUpdate": 1, "cyclesAtRed": 1 },
///                   "subgroup": { "daysOverdue": 30 }, "board": { "daysOverdue": 90, "cyclesAtRed": 3 } } }
/// </code>
/// <para>A level or a threshold property that is absent never fires. Reading never throws for bad data: a scheme whose
/// stages are not in order is the error <c>invalid-scheme</c> at <c>$.scheme</c>.</para>
/// </remarks>
[JsonConverter(typeof(LocalPolicyJsonConverter))]
public sealed class LocalPolicy
{
    /// <summary>Creates a local policy.</summary>
    /// <param name="scheme">The rating scheme.</param>
    /// <param name="escalation">The escalation policy.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public LocalPolicy(RatingScheme scheme, EscalationPolicy escalation)
    {
        Scheme = Guard.Against.Null(scheme);
        Escalation = Guard.Against.Null(escalation);
    }

    /// <summary>The contract's defaults: <see cref="RatingScheme.BlueRedAmberGreen"/> and <see cref="EscalationPolicy.Default"/>.</summary>
    public static LocalPolicy Default { get; } = new(RatingScheme.BlueRedAmberGreen, EscalationPolicy.Default);

    /// <summary>The rating scheme.</summary>
    public RatingScheme Scheme { get; }

    /// <summary>The escalation policy.</summary>
    public EscalationPolicy Escalation { get; }

    /// <summary>Reads a local policy document.</summary>
    /// <param name="utf8">The document, UTF-8 encoded.</param>
    /// <returns>The policy, or every error found with its path and code.</returns>
    public static ReadResult<LocalPolicy> Read(ReadOnlyMemory<byte> utf8) => Read(utf8, JsonReadLimits.Default);

    /// <summary>Reads a local policy document under the given limits (the System.Text.Json converter's entry).</summary>
    internal static ReadResult<LocalPolicy> Read(ReadOnlyMemory<byte> utf8, JsonReadLimits limits) => JsonInput.Read(utf8, limits, ReadPolicy);

    /// <summary>Writes the policy as the local policy document (indented JSON), which <see cref="Read(ReadOnlyMemory{byte})"/> reads back to an equal scheme and escalation.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson()
    {
        return JsonText.Write(WriteTo);
    }

    /// <summary>Writes the document onto a writer, whose options set the indentation and escaping.</summary>
    internal void WriteTo(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteStartObject("scheme");
        w.WriteString("name", Scheme.Name);
        w.WriteStartArray("statuses");
        foreach (var status in Scheme.Statuses)
        {
            w.WriteStringValue(status);
        }

        w.WriteEndArray();
        w.WriteString("notStarted", Scheme.NotStarted);
        w.WriteString("inProgress", Scheme.InProgress);
        w.WriteString("overdue", Scheme.Overdue);
        w.WriteString("completed", Scheme.Completed);
        w.WriteString("embedded", Scheme.Embedded);
        w.WriteString("rollUp", RatingNames.RollUp.Name(Scheme.RollUp));
        w.WriteEndObject();
        w.WriteStartObject("escalation");
        WriteThreshold(w, "leadOfficer", Escalation.LeadOfficer);
        WriteThreshold(w, "subgroup", Escalation.Subgroup);
        WriteThreshold(w, "board", Escalation.Board);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>Returns the scheme and the escalation thresholds.</summary>
    /// <returns>The policy as text.</returns>
    public override string ToString() => Scheme + "; " + Escalation;

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

        if (statuses.Count == 0 || statuses.Distinct(StringComparer.Ordinal).Count() != statuses.Count)
        {
            r.Sink.Add(r.PathOf("statuses"), "invalid-scheme", "Give at least one status, each once, from worst to best.");
            return null;
        }

        var stages = new[] { ("notStarted", notStarted), ("inProgress", inProgress), ("overdue", overdue), ("completed", completed), ("embedded", embedded) };
        foreach (var (property, status) in stages)
        {
            if (!statuses.Contains(status, StringComparer.Ordinal))
            {
                r.Sink.Add(r.PathOf(property), "invalid-scheme", "The status is not among the scheme's statuses.");
                ok = false;
            }
        }

        if (!ok)
        {
            return null;
        }

        int Rank(string s) => statuses.IndexOf(s);
        if (!(Rank(overdue) <= Rank(notStarted) && Rank(notStarted) <= Rank(inProgress) && Rank(inProgress) <= Rank(completed) && Rank(completed) <= Rank(embedded)))
        {
            r.Sink.Add(r.Path, "invalid-scheme", "Stages must be ordered from worst to best: overdue, not started, in progress, completed, embedded (equal is allowed).");
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

        int? days = r.Int32("daysOverdue", required: false, 1, 100_000);
        int? silent = r.Int32("cyclesWithoutUpdate", required: false, 1, 1_000);
        int? red = r.Int32("cyclesAtRed", required: false, 1, 1_000);
        r.RejectUnknown();
        return r.Sink.HasErrors ? null : new EscalationThreshold(days, silent, red);
    }
}
