using System.IO;
using Safeguarding.Domain.Internal;

namespace Safeguarding.Domain.ActionPlans;

/// <summary>
/// Reads and writes the contract's <b>action plan</b> document (<c>safeguarding plan</c>):
/// <c>review</c>, <c>reportingCycle</c>, <c>agreedOn</c>, <c>horizon</c>, <c>findings</c>,
/// <c>recommendations</c> and <c>actions</c>.
/// </summary>
/// <remarks>
/// <para>Pure and thread-safe. Reading is strict: unknown properties, wrong types, bad dates and empty
/// texts are errors with a JSON path and a code, all of them reported, never thrown. Traceability
/// (unknown or duplicate ids, cycles) is not a reading error: a plan that reads is assessed and its
/// problems reported by <see cref="PlanValidation"/>.</para>
/// <para>Absent optional properties: <c>reportingCycle</c> defaults to <c>P3M</c>; the arrays default to
/// empty; a null date is the same as an absent one. Writing gives every property that has a value, so
/// <c>Read(Write(plan))</c> equals <c>plan</c> for every plan.</para>
/// </remarks>
public static class ActionPlanDocument
{
    /// <summary>Reads a plan document with the default limits.</summary>
    /// <param name="utf8">The document, UTF-8 encoded.</param>
    /// <returns>The plan, or every error found.</returns>
    public static Result<ActionPlan> Read(ReadOnlyMemory<byte> utf8) => Read(utf8, JsonReadLimits.Default);

    /// <summary>Reads a plan document.</summary>
    /// <param name="utf8">The document, UTF-8 encoded.</param>
    /// <param name="limits">
    /// The size and depth limits. A text longer than the model's own bound (<see cref="JsonReadLimits.Default"/>'s
    /// <see cref="JsonReadLimits.MaxTextLength"/>) is refused (<c>string-too-long</c>) even under looser limits.
    /// </param>
    /// <returns>The plan, or every error found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="limits"/> is null.</exception>
    public static Result<ActionPlan> Read(ReadOnlyMemory<byte> utf8, JsonReadLimits limits)
    {
        Guard.Against.Null(limits);
        int maxText = JsonReadLimits.Default.MaxTextLength;
        if (limits.MaxTextLength > maxText)
        {
            // The model refuses longer texts in its constructors; the reader must report them, not throw.
            limits = new JsonReadLimits(limits.MaxDocumentBytes, limits.MaxDepth, maxText, limits.MaxArrayItems);
        }

        return JsonInput.Read(utf8, limits, ReadForward, ReadPlan);
    }

    /// <summary>Writes a plan as the contract's document, indented.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public static string Write(ActionPlan plan)
    {
        Guard.Against.Null(plan);
        return JsonText.Write(writer => WriteTo(writer, plan));
    }

    /// <summary>Writes the document onto a writer, whose options set the indentation and escaping.</summary>
    internal static void WriteTo(Utf8JsonWriter writer, ActionPlan plan)
    {
        writer.WriteStartObject();
        writer.WriteString("review", plan.Review);
        writer.WriteString("reportingCycle", PlanText.Iso(plan.ReportingCycle));
        writer.WriteIfGiven("agreedOn", plan.AgreedOn);
        writer.WriteIfGiven("horizon", plan.Horizon);
        writer.WriteObjects("findings", plan.Findings, static (w, finding) =>
        {
            w.WriteString("id", finding.Id);
            w.WriteIfGiven("title", finding.Title);
            w.WriteIfGiven("rationale", finding.Rationale);
            WriteIdsIfAny(w, "themes", finding.Themes);
        });
        writer.WriteObjects("recommendations", plan.Recommendations, static (w, recommendation) =>
        {
            w.WriteString("id", recommendation.Id);
            w.WriteStrings("findings", recommendation.Findings);
            w.WriteIfGiven("text", recommendation.Text);
            if (recommendation.Addressee is Addressee addressee)
            {
                w.WriteStartObject("addressee");
                w.WriteString("level", PlanNames.Levels.Name(addressee.Level));
                w.WriteString("body", addressee.Body);
                w.WriteEndObject();
            }

            w.WriteIfGiven("sentOn", recommendation.SentOn);
            w.WriteIfGiven("respondedOn", recommendation.RespondedOn);
        });
        writer.WriteObjects("actions", plan.Actions, static (w, action) =>
        {
            w.WriteString("id", action.Id);
            w.WriteStrings("recommendations", action.Recommendations);
            w.WriteIfGiven("description", action.Description);
            w.WriteString("owner", action.Owner);
            w.WriteIfGiven("lead", action.Lead);
            w.WriteIfGiven("targetDate", action.TargetDate);
            w.WriteIfGiven("successMeasure", action.SuccessMeasure);
            w.WriteIfGiven("startedOn", action.StartedOn);
            w.WriteIfGiven("completedOn", action.CompletedOn);
            w.WriteObjects("evidence", action.Evidence, static (w, item) =>
            {
                w.WriteString("kind", PlanNames.Evidence.Name(item.Kind));
                w.WriteString("date", ContractDate.Format(item.Date));
                w.WriteIfGiven("description", item.Description);
            });
            w.WriteObjects("updates", action.Updates, static (w, update) =>
            {
                w.WriteString("date", ContractDate.Format(update.Date));
                w.WriteString("reportedStatus", PlanNames.Reported.Name(update.ReportedStatus));
                w.WriteIfGiven("note", update.Note);
            });
            WriteIdsIfAny(w, "dependsOn", action.DependsOn);
        });
        writer.WriteEndObject();
    }

    // An optional list of ids: absent when empty.
    private static void WriteIdsIfAny(Utf8JsonWriter writer, string name, ImmutableArray<string> ids)
    {
        if (!ids.IsEmpty)
        {
            writer.WriteStrings(name, ids);
        }
    }

    /// <summary>Reads a plan from an object already parsed, for documents that nest a plan (the partnership register).</summary>
    internal static ActionPlan? ReadPlan(JsonObjectReader root)
    {
        string? review = root.Text("review", required: true);
        Period? cycle = root.Period("reportingCycle", required: false);
        LocalDate? agreedOn = root.Date("agreedOn", required: false);
        LocalDate? horizon = root.Date("horizon", required: false);
        var findings = Objects(root, "findings", ReadFinding);
        var recommendations = Objects(root, "recommendations", ReadRecommendation);
        var actions = Objects(root, "actions", ReadAction);
        root.RejectUnknown();
        if (root.Sink.HasErrors || review is null)
        {
            return null;
        }

        return new ActionPlan(review, cycle ?? ActionPlan.DefaultReportingCycle, agreedOn, horizon, findings!, recommendations!, actions!);
    }

    private static Finding? ReadFinding(JsonObjectReader item)
    {
        string? id = item.Id("id", required: true);
        string? title = item.Text("title", required: false);
        string? rationale = item.Text("rationale", required: false);
        var themes = Ids(item, "themes");
        item.RejectUnknown();
        return id is null || themes is null ? null : new Finding(id, title, rationale, themes);
    }

    private static Recommendation? ReadRecommendation(JsonObjectReader item)
    {
        string? id = item.Id("id", required: true);
        var findings = Ids(item, "findings");
        string? text = item.Text("text", required: false);
        Addressee? addressee = null;
        bool addresseeOk = true;
        var to = item.Object("addressee", required: false);
        if (to is not null)
        {
            var level = to.Enum("level", required: true, PlanNames.Levels);
            string? body = to.Text("body", required: true, Addressee.MaxBodyLength);
            to.RejectUnknown();
            addresseeOk = level is not null && body is not null;
            addressee = addresseeOk ? new Addressee(level!.Value, body!) : null;
        }

        LocalDate? sentOn = item.Date("sentOn", required: false);
        LocalDate? respondedOn = item.Date("respondedOn", required: false);
        item.RejectUnknown();
        if (respondedOn is LocalDate responded && item.Has("respondedOn"))
        {
            if (sentOn is not LocalDate sent)
            {
                if (!item.Has("sentOn"))
                {
                    item.Sink.Add(item.PathOf("respondedOn"), "response-without-sending", "A response date needs the date the recommendation was sent (sentOn).");
                }

                return null;
            }

            if (responded < sent)
            {
                item.Sink.Add(item.PathOf("respondedOn"), "responded-before-sent", "The response is dated before the recommendation was sent.");
                return null;
            }
        }

        return id is null || findings is null || !addresseeOk ? null : new Recommendation(id, findings, text, addressee, sentOn, respondedOn);
    }

    private static PlanAction? ReadAction(JsonObjectReader item)
    {
        string? id = item.Id("id", required: true);
        var recommendations = Ids(item, "recommendations");
        string? description = item.Text("description", required: false);
        string? owner = item.Id("owner", required: true);
        string? lead = item.Text("lead", required: false);
        LocalDate? target = item.Date("targetDate", required: false);
        string? measure = item.Text("successMeasure", required: false);
        LocalDate? started = item.Date("startedOn", required: false);
        LocalDate? completed = item.Date("completedOn", required: false);
        var evidence = Objects(item, "evidence", ReadEvidence);
        var updates = Objects(item, "updates", ReadUpdate);
        var dependsOn = Ids(item, "dependsOn");
        item.RejectUnknown();
        if (id is null || owner is null || recommendations is null || evidence is null || updates is null || dependsOn is null)
        {
            return null;
        }

        return new PlanAction(
            id, recommendations, description, owner, lead, targetDate: target, successMeasure: measure, startedOn: started, completedOn: completed,
            evidence, updates, dependsOn);
    }

    private static Evidence? ReadEvidence(JsonObjectReader item)
    {
        var kind = item.Enum("kind", required: true, PlanNames.Evidence);
        LocalDate? date = item.Date("date", required: true);
        string? description = item.Text("description", required: false);
        item.RejectUnknown();
        return kind is null || date is null ? null : new Evidence(kind.Value, date.Value, description);
    }

    private static StatusUpdate? ReadUpdate(JsonObjectReader item)
    {
        LocalDate? date = item.Date("date", required: true);
        var status = item.Enum("reportedStatus", required: true, PlanNames.Reported);
        string? note = item.Text("note", required: false);
        item.RejectUnknown();
        return date is null || status is null ? null : new StatusUpdate(date.Value, status.Value, note);
    }

    private static readonly Utf8Names PlanProperties = new("review", "reportingCycle", "agreedOn", "horizon", "findings", "recommendations", "actions");

    private static readonly Utf8Names FindingProperties = new("id", "title", "rationale", "themes");

    private static readonly Utf8Names RecommendationProperties = new("id", "findings", "text", "addressee", "sentOn", "respondedOn");

    private static readonly Utf8Names AddresseeProperties = new("level", "body");

    private static readonly Utf8Names ActionProperties = new(
        "id", "recommendations", "description", "owner", "lead", "targetDate", "successMeasure", "startedOn", "completedOn", "evidence",
        "updates", "dependsOn");

    private static readonly Utf8Names EvidenceProperties = new("kind", "date", "description");

    private static readonly Utf8Names UpdateProperties = new("date", "reportedStatus", "note");

    /// <summary>
    /// Reads the plan in one forward pass (see <see cref="JsonForward"/>); null at the first thing <see cref="ReadPlan"/>
    /// would report.
    /// </summary>
    internal static ActionPlan? ReadForward(ref Utf8JsonReader reader, JsonReadLimits limits)
    {
        string? review = null;
        Period? cycle = null;
        LocalDate? agreedOn = null, horizon = null;
        List<Finding>? findings = null;
        List<Recommendation>? recommendations = null;
        List<PlanAction>? actions = null;
        var members = new ForwardMembers(PlanProperties, JsonForward.NullFrom(1));
        while (members.Next(ref reader, out int index))
        {
            members.Read(index switch
            {
                0 => JsonForward.Text(ref reader, limits.MaxTextLength, out review),
                1 => JsonForward.Period(ref reader, out cycle),
                2 => JsonForward.Date(ref reader, out agreedOn),
                3 => JsonForward.Date(ref reader, out horizon),
                4 => (findings = JsonForward.Objects<Finding>(ref reader, limits, FindingForward)) is not null,
                5 => (recommendations = JsonForward.Objects<Recommendation>(ref reader, limits, RecommendationForward)) is not null,
                _ => (actions = JsonForward.Objects<PlanAction>(ref reader, limits, ActionForward)) is not null,
            });
        }

        return members.Failed || review is null
            ? null
            : new ActionPlan(review, cycle ?? ActionPlan.DefaultReportingCycle, agreedOn, horizon, findings ?? new List<Finding>(),
                recommendations ?? new List<Recommendation>(), actions ?? new List<PlanAction>());
    }

    private static Finding? FindingForward(ref Utf8JsonReader reader, JsonReadLimits limits)
    {
        string? id = null, title = null, rationale = null;
        List<string>? themes = null;
        var members = new ForwardMembers(FindingProperties, JsonForward.AnyMayBeNull);
        while (members.Next(ref reader, out int index))
        {
            members.Read(index switch
            {
                0 => JsonForward.Text(ref reader, JsonObjectReader.MaxIdLength, out id),
                1 => JsonForward.Text(ref reader, limits.MaxTextLength, out title),
                2 => JsonForward.Text(ref reader, limits.MaxTextLength, out rationale),
                _ => (themes = JsonForward.Ids(ref reader, limits)) is not null,
            });
        }

        return members.Failed || id is null ? null : new Finding(id, title, rationale, themes ?? new List<string>());
    }

    private static Recommendation? RecommendationForward(ref Utf8JsonReader reader, JsonReadLimits limits)
    {
        string? id = null, text = null;
        List<string>? findings = null;
        Addressee? addressee = null;
        LocalDate? sentOn = null, respondedOn = null;
        var members = new ForwardMembers(RecommendationProperties, JsonForward.AnyMayBeNull);
        while (members.Next(ref reader, out int index))
        {
            members.Read(index switch
            {
                0 => JsonForward.Text(ref reader, JsonObjectReader.MaxIdLength, out id),
                1 => (findings = JsonForward.Ids(ref reader, limits)) is not null,
                2 => JsonForward.Text(ref reader, limits.MaxTextLength, out text),
                3 => (addressee = AddresseeForward(ref reader, limits)) is not null,
                4 => JsonForward.Date(ref reader, out sentOn),
                _ => JsonForward.Date(ref reader, out respondedOn),
            });
        }

        // A response needs the sending date, and cannot come before it.
        if (members.Failed || id is null || (respondedOn is LocalDate responded && (sentOn is not LocalDate sent || responded < sent)))
        {
            return null;
        }

        return new Recommendation(id, findings ?? new List<string>(), text, addressee, sentOn, respondedOn);
    }

    private static Addressee? AddresseeForward(ref Utf8JsonReader reader, JsonReadLimits limits)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        AddresseeLevel? level = null;
        string? body = null;
        // Both are required: null is as wrong as unknown or twice.
        var members = new ForwardMembers(AddresseeProperties, 0);
        while (members.Next(ref reader, out int index))
        {
            members.Read(index == 0
                ? JsonForward.Enum(ref reader, PlanNames.Levels, out level)
                : JsonForward.Text(ref reader, Addressee.MaxBodyLength, out body));
        }

        return !members.Failed && level is AddresseeLevel l && body is not null ? new Addressee(l, body) : null;
    }

    private static PlanAction? ActionForward(ref Utf8JsonReader reader, JsonReadLimits limits)
    {
        string? id = null, description = null, owner = null, lead = null, measure = null;
        List<string>? recommendations = null, dependsOn = null;
        LocalDate? target = null, started = null, completed = null;
        List<Evidence>? evidence = null;
        List<StatusUpdate>? updates = null;
        var members = new ForwardMembers(ActionProperties, JsonForward.AnyMayBeNull);
        while (members.Next(ref reader, out int index))
        {
            members.Read(index switch
            {
                0 => JsonForward.Text(ref reader, JsonObjectReader.MaxIdLength, out id),
                1 => (recommendations = JsonForward.Ids(ref reader, limits)) is not null,
                2 => JsonForward.Text(ref reader, limits.MaxTextLength, out description),
                3 => JsonForward.Text(ref reader, JsonObjectReader.MaxIdLength, out owner),
                4 => JsonForward.Text(ref reader, limits.MaxTextLength, out lead),
                5 => JsonForward.Date(ref reader, out target),
                6 => JsonForward.Text(ref reader, limits.MaxTextLength, out measure),
                7 => JsonForward.Date(ref reader, out started),
                8 => JsonForward.Date(ref reader, out completed),
                9 => (evidence = JsonForward.Objects<Evidence>(ref reader, limits, EvidenceForward)) is not null,
                10 => (updates = JsonForward.Objects<StatusUpdate>(ref reader, limits, UpdateForward)) is not null,
                _ => (dependsOn = JsonForward.Ids(ref reader, limits)) is not null,
            });
        }

        if (members.Failed || id is null || owner is null)
        {
            return null;
        }

        return new PlanAction(id, recommendations ?? new List<string>(), description, owner, lead, targetDate: target, successMeasure: measure, startedOn: started, completedOn: completed,
            evidence ?? new List<Evidence>(), updates ?? new List<StatusUpdate>(), dependsOn ?? new List<string>());
    }

    private static Evidence? EvidenceForward(ref Utf8JsonReader reader, JsonReadLimits limits) =>
        DatedEntryForward(ref reader, limits, EvidenceProperties, 0, PlanNames.Evidence, out var kind, out var date, out var description)
        && kind is EvidenceKind k && date is LocalDate d
            ? new Evidence(k, d, description)
            : null;

    private static StatusUpdate? UpdateForward(ref Utf8JsonReader reader, JsonReadLimits limits) =>
        DatedEntryForward(ref reader, limits, UpdateProperties, 1, PlanNames.Reported, out var status, out var date, out var note)
        && date is LocalDate d && status is ReportedStatus s
            ? new StatusUpdate(d, s, note)
            : null;

    /// <summary>
    /// An evidence item or a status update: a name from <paramref name="enumNames"/> at <paramref name="enumIndex"/>, a
    /// date at the other of the first two positions (both required), and an optional text third; false when the object
    /// is not exactly right.
    /// </summary>
    private static bool DatedEntryForward<TEnum>(ref Utf8JsonReader reader, JsonReadLimits limits, Utf8Names names, int enumIndex, KebabNames<TEnum> enumNames,
        out TEnum? value, out LocalDate? date, out string? text)
        where TEnum : struct, Enum
    {
        value = null;
        date = null;
        text = null;
        var members = new ForwardMembers(names, JsonForward.NullFrom(2));
        while (members.Next(ref reader, out int index))
        {
            members.Read(index == enumIndex ? JsonForward.Enum(ref reader, enumNames, out value)
                : index == 2 ? JsonForward.Text(ref reader, limits.MaxTextLength, out text)
                : JsonForward.Date(ref reader, out date));
        }

        return !members.Failed;
    }

    /// <summary>Reads an array of objects; null when any item failed (the errors are in the sink).</summary>
    private static List<T>? Objects<T>(JsonObjectReader parent, string name, Func<JsonObjectReader, T?> read)
        where T : class
    {
        var list = parent.Objects(name, required: false, read, out bool ok);
        return ok ? list : null;
    }

    private static List<string>? Ids(JsonObjectReader parent, string name)
    {
        var list = new List<string>();
        bool ok = true;
        foreach (var (value, path) in parent.Array(name, required: false))
        {
            string? id = parent.ReadText(value, path, JsonObjectReader.MaxIdLength);
            if (id is null)
            {
                ok = false;
            }
            else
            {
                list.Add(id);
            }
        }

        return ok ? list : null;
    }
}
