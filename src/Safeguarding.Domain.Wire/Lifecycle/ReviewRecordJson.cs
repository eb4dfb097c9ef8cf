using System.IO;
using NodaTime.Text;
using Safeguarding.Domain.Internal;
using Safeguarding.Domain.Timescales;
using Safeguarding.Domain.Criteria;

namespace Safeguarding.Domain.Lifecycle;

/// <summary>The review record document: reads it strictly (every error with its path and code) and writes it.</summary>
public static class ReviewRecordJson
{
    private static readonly LocalDate FirstDate = new(2000, 1, 1);
    private static readonly LocalDate LastDate = new(2099, 12, 31);


    /// <summary>Reads a review record (UTF-8 JSON) with the default limits and catalogue.</summary>
    /// <param name="utf8">The document.</param>
    /// <returns>The record, or every error found.</returns>
    public static Result<ReviewRecord> Read(ReadOnlyMemory<byte> utf8) => Read(utf8, JsonReadLimits.Default, TimescaleCatalogue.Default);

    /// <summary>Reads a review record (UTF-8 JSON).</summary>
    /// <param name="utf8">The document.</param>
    /// <param name="limits">The reader's limits.</param>
    /// <param name="catalogue">The catalogue whose statutory minimum a local publication period is checked against.</param>
    /// <returns>The record, or every error found, each with its JSON path and code.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public static Result<ReviewRecord> Read(ReadOnlyMemory<byte> utf8, JsonReadLimits limits, TimescaleCatalogue catalogue)
    {
        Guard.Against.Null(limits);
        Guard.Against.Null(catalogue);
        return ReferenceEquals(catalogue, TimescaleCatalogue.Default)
            ? JsonInput.Read(utf8, limits, DefaultForward, DefaultRead)
            : JsonInput.Read(utf8, limits, (ref Utf8JsonReader reader, JsonReadLimits l) => ReadForward(ref reader, l, catalogue), root => ReadRecord(root, catalogue));
    }

    /// <summary>Writes the record as the contract's review record document (indented JSON), facts included.</summary>
    /// <returns>The JSON text.</returns>
    /// <param name="record">The record.</param>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public static string ToJson(this ReviewRecord record)
    {
        Guard.Against.Null(record);
        return JsonText.Write(record.WriteTo);
    }

    /// <summary>Writes the document onto a writer, whose options set the indentation and escaping.</summary>
    internal static void WriteTo(this ReviewRecord record, Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("kind", LifecycleNames.Name(record.Kind));
        w.WriteString("jurisdiction", LifecycleNames.Name(record.Jurisdiction));
        if (record.Policy.PublicationPeriod is not null || record.Policy.MembersInformed is not null)
        {
            w.WriteStartObject("localPolicy");
            if (record.Policy.PublicationPeriod is Period period)
            {
                w.WriteString("publicationPeriod", PeriodPattern.NormalizingIso.Format(period));
            }

            if (record.Policy.MembersInformed is MembersInformedRule rule)
            {
                w.WriteStartObject("membersInformed");
                w.WriteString("startsOn", LifecycleNames.Name(rule.StartsOn));
                w.WriteNumber(rule.Length.Unit switch { ClockUnit.WorkingDays => "workingDays", ClockUnit.Months => "months", _ => "days" }, rule.Length.Count);
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        w.WriteObjects("events", record.Events, static (w, e) =>
        {
            w.WriteString("type", LifecycleNames.Name(e.Type));
            w.WriteString("date", ContractDate.Format(e.Date));
            w.WriteIfGiven("decision", e.Decision is ReviewDecision decision ? LifecycleWire.Decisions.Name(decision) : null);
            w.WriteIfGiven("incidentDate", e.IncidentDate);
            w.WriteIfGiven("reviewerIndependent", e.ReviewerIndependent);
            w.WriteIfGiven("methodology", e.Methodology);
            w.WriteIfGiven("scopeStart", e.ScopeStart);
            w.WriteIfGiven("scopeEnd", e.ScopeEnd);
            w.WriteIfGiven("openActions", e.OpenActions);
            w.WriteIfGiven("reasons", e.Reasons);
            w.WriteIfGiven("referralSource", e.ReferralSource);
            w.WriteIfGiven("reason", e.DelayReason is DelayReason delayReason ? LifecycleWire.DelayReasons.Name(delayReason) : null);
            w.WriteIfGiven("note", e.Note);
            w.WriteIfGiven("outcome", e.HomeOfficeOutcome is HomeOfficeOutcome outcome ? LifecycleWire.HomeOfficeOutcomes.Name(outcome) : null);
        });
        w.WriteEndObject();
    }

    internal static ReviewRecord? ReadRecord(JsonObjectReader root, TimescaleCatalogue catalogue)
    {
        var kind = root.Enum("kind", true, LifecycleWire.Kinds);
        var jurisdiction = root.Enum("jurisdiction", true, LifecycleWire.Jurisdictions);
        Period? period = null;
        MembersInformedRule? members = null;
        string periodPath = root.PathOf("localPolicy") + ".publicationPeriod";
        var policy = root.Object("localPolicy", false);
        if (policy is not null)
        {
            period = policy.Period("publicationPeriod", false);
            var rule = policy.Object("membersInformed", false);
            if (rule is not null)
            {
                members = ReadMembersRule(rule);
            }

            policy.RejectUnknown();
        }

        var events = root.Objects("events", true, ReadEvent, out bool eventsOk);

        root.RejectUnknown();
        if (kind is DeterminationKind k && jurisdiction is Jurisdiction j && !Review.IsKindOf(k, j))
        {
            root.Sink.Add(root.PathOf("jurisdiction"), "kind-not-in-jurisdiction", ReviewRecord.KindNotInJurisdiction);
            return null;
        }

        // The model's rule (ReviewRecord.Create gives the same issue to a record built in C#).
        if (kind is DeterminationKind k2 && jurisdiction is Jurisdiction j2
            && ReviewRecord.PublicationPeriodError(k2, j2, period, events.Count > 0 ? events[0].Date : null, catalogue) is string tooShort)
        {
            root.Sink.Add(periodPath, "publication-period-below-minimum", tooShort);
            return null;
        }

        if (kind is null || jurisdiction is null || !eventsOk || root.Sink.HasErrors)
        {
            return null;
        }

        return new ReviewRecord(kind.Value, jurisdiction.Value, new ReviewPolicy(period, members), events.ToImmutableArray());
    }

    // The readers under the default catalogue, made once rather than a closure a call.
    private static readonly ForwardRead<ReviewRecord> DefaultForward = (ref Utf8JsonReader reader, JsonReadLimits limits) => ReadForward(ref reader, limits, TimescaleCatalogue.Default);

    private static readonly Func<JsonObjectReader, ReviewRecord?> DefaultRead = root => ReadRecord(root, TimescaleCatalogue.Default);

    private static readonly Utf8Names RecordProperties = new("kind", "jurisdiction", "localPolicy", "events");

    private static readonly Utf8Names PolicyProperties = new("publicationPeriod", "membersInformed");

    private static readonly Utf8Names RuleProperties = new("startsOn", "workingDays", "days", "months");

    // An event's facts, each with one type whatever the event's type; which of them an event may give depends on its type.
    private static readonly Utf8Names EventProperties = new(
        "type", "date", "decision", "reviewerIndependent", "methodology", "scopeStart", "scopeEnd", "incidentDate", "openActions",
        "reasons", "referralSource", "reason", "note", "outcome");

    private const int TypeAt = 0, DateAt = 1, DecisionAt = 2, IndependentAt = 3, MethodologyAt = 4, ScopeStartAt = 5, ScopeEndAt = 6,
        IncidentAt = 7, OpenActionsAt = 8, ReasonsAt = 9, ReferralSourceAt = 10, DelayReasonAt = 11, NoteAt = 12, OutcomeAt = 13;

    /// <summary>
    /// Reads the record in one forward pass (see <see cref="JsonForward"/>); null at the first thing <see cref="ReadRecord"/>
    /// would report.
    /// </summary>
    internal static ReviewRecord? ReadForward(ref Utf8JsonReader reader, JsonReadLimits limits, TimescaleCatalogue catalogue)
    {
        DeterminationKind? kind = null;
        Jurisdiction? jurisdiction = null;
        Period? period = null;
        MembersInformedRule? members = null;
        List<ReviewEvent>? events = null;
        var properties = new ForwardMembers(RecordProperties, 1u << 2);
        while (properties.Next(ref reader, out int index))
        {
            properties.Read(index switch
            {
                0 => JsonForward.Enum(ref reader, LifecycleWire.Kinds, out kind),
                1 => JsonForward.Enum(ref reader, LifecycleWire.Jurisdictions, out jurisdiction),
                2 => ReadPolicyForward(ref reader, out period, out members),
                _ => (events = JsonForward.Objects<ReviewEvent>(ref reader, limits, ReadEventForward)) is not null,
            });
        }

        if (properties.Failed || kind is not DeterminationKind kindValue || jurisdiction is not Jurisdiction where || events is null || !Review.IsKindOf(kindValue, where))
        {
            return null;
        }

        if (ReviewRecord.PublicationPeriodError(kindValue, where, period, events.Count > 0 ? events[0].Date : null, catalogue) is not null)
        {
            return null;
        }

        return new ReviewRecord(kindValue, where, new ReviewPolicy(period, members), events.ToImmutableArray());
    }

    private static bool ReadPolicyForward(ref Utf8JsonReader reader, out Period? period, out MembersInformedRule? members)
    {
        period = null;
        members = null;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        var properties = new ForwardMembers(PolicyProperties, JsonForward.AnyMayBeNull);
        while (properties.Next(ref reader, out int index))
        {
            properties.Read(index == 0 ? JsonForward.Period(ref reader, out period) : (members = ReadRuleForward(ref reader)) is not null);
        }

        return !properties.Failed;
    }

    private static MembersInformedRule? ReadRuleForward(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        ReviewEventType? startsOn = null;
        ClockLength? length = null;
        var properties = new ForwardMembers(RuleProperties, JsonForward.NullFrom(1));
        while (properties.Next(ref reader, out int index))
        {
            // Only one of workingDays, days or months.
            properties.Read(index == 0 ? JsonForward.Enum(ref reader, LifecycleWire.EventTypes, out startsOn)
                : length is null && JsonForward.Int32(ref reader, 0, index == 3 ? 1_200 : 10_000, out int count)
                    && (length = index == 1 ? ClockLength.WorkingDays(count) : index == 3 ? ClockLength.Months(count) : ClockLength.CalendarDays(count)) is not null);
        }

        if (properties.Failed || startsOn is not ReviewEventType startType || startType == ReviewEventType.MembersInformed)
        {
            return null;
        }

        return new MembersInformedRule(startType, length ?? ClockLength.CalendarDays(0));
    }

    private static ReviewEvent? ReadEventForward(ref Utf8JsonReader reader, JsonReadLimits limits)
    {
        ReviewEventType type = default;
        LocalDate date = default;
        ReviewDecision? decision = null;
        bool? independent = null;
        string? methodology = null, reasons = null, referralSource = null, note = null;
        LocalDate? scopeStart = null, scopeEnd = null, incident = null;
        int? open = null;
        DelayReason? delayReason = null;
        HomeOfficeOutcome? outcome = null;
        uint given = 0;
        var properties = new ForwardMembers(EventProperties, JsonForward.AnyMayBeNull);
        while (properties.Next(ref reader, out int index))
        {
            given |= 1u << index;
            properties.Read(index switch
            {
                TypeAt => JsonForward.Enum(ref reader, LifecycleWire.EventTypes, out type),
                DateAt => ReviewDateForward(ref reader, out date),
                DecisionAt => JsonForward.Enum(ref reader, LifecycleWire.Decisions, out decision),
                IndependentAt => JsonForward.Boolean(ref reader, out independent),
                MethodologyAt => JsonForward.Text(ref reader, JsonObjectReader.MaxIdLength, out methodology),
                ScopeStartAt => ReviewDateForward(ref reader, out scopeStart),
                ScopeEndAt => ReviewDateForward(ref reader, out scopeEnd),
                IncidentAt => ReviewDateForward(ref reader, out incident),
                OpenActionsAt => JsonForward.Int32(ref reader, 0, 100_000, out open),
                ReasonsAt => JsonForward.Text(ref reader, limits.MaxTextLength, out reasons),
                ReferralSourceAt => JsonForward.Text(ref reader, JsonObjectReader.MaxIdLength, out referralSource),
                DelayReasonAt => JsonForward.Enum(ref reader, LifecycleWire.DelayReasons, out delayReason),
                NoteAt => JsonForward.Text(ref reader, limits.MaxTextLength, out note),
                _ => JsonForward.Enum(ref reader, LifecycleWire.HomeOfficeOutcomes, out outcome),
            });
        }

        if (properties.Failed)
        {
            return null;
        }

        // What ReadEvent requires of each type, and the facts it allows (any other fact given is property-not-allowed).
        uint required = (1u << TypeAt) | (1u << DateAt);
        uint allowed = required;
        switch (type)
        {
            case ReviewEventType.Decided:
                required |= 1u << DecisionAt;
                allowed |= (1u << DecisionAt) | (1u << ReasonsAt);
                break;
            case ReviewEventType.NotPublished:
            case ReviewEventType.Withdrawn:
                allowed |= 1u << ReasonsAt;
                break;
            case ReviewEventType.Commissioned:
                allowed |= (1u << IndependentAt) | (1u << MethodologyAt) | (1u << ScopeStartAt) | (1u << ScopeEndAt);
                break;
            case ReviewEventType.IncidentKnown:
                allowed |= (1u << IncidentAt) | (1u << ReferralSourceAt);
                break;
            case ReviewEventType.ActionPlanClosed:
                allowed |= 1u << OpenActionsAt;
                break;
            case ReviewEventType.Delayed:
                required |= 1u << DelayReasonAt;
                allowed |= (1u << DelayReasonAt) | (1u << NoteAt);
                break;
            case ReviewEventType.HomeOfficeAssessed:
                required |= 1u << OutcomeAt;
                allowed |= 1u << OutcomeAt;
                break;
        }

        if ((given & required) != required || (given & ~allowed) != 0
            || (scopeStart is LocalDate s && scopeEnd is LocalDate e && e < s) || (incident is LocalDate i && i > date))
        {
            return null;
        }

        return new ReviewEvent(type, date, decision, independent, methodology, scopeStart, scopeEnd, incident, open, reasons, delayReason, note, outcome, referralSource);
    }

    private static bool ReviewDateForward(ref Utf8JsonReader reader, out LocalDate date) =>
        JsonForward.Date(ref reader, out date) && date >= FirstDate && date <= LastDate;

    private static bool ReviewDateForward(ref Utf8JsonReader reader, out LocalDate? date)
    {
        date = ReviewDateForward(ref reader, out LocalDate value) ? value : null;
        return date.HasValue;
    }

    private static MembersInformedRule? ReadMembersRule(JsonObjectReader rule)
    {
        var startsOn = rule.Enum("startsOn", true, LifecycleWire.EventTypes);
        var working = rule.Int32("workingDays", false, 0, 10_000);
        var days = rule.Int32("days", false, 0, 10_000);
        var months = rule.Int32("months", false, 0, 1_200);
        rule.RejectUnknown();
        int given = (working.HasValue ? 1 : 0) + (days.HasValue ? 1 : 0) + (months.HasValue ? 1 : 0);
        if (given > 1)
        {
            rule.Sink.Add(rule.Path, "conflicting-properties", "Give only one of workingDays, days or months.");
            return null;
        }

        if (startsOn == ReviewEventType.MembersInformed)
        {
            rule.Sink.Add(rule.PathOf("startsOn"), "invalid-enum", "The members' clock cannot start on members-informed itself.");
            return null;
        }

        if (startsOn is not ReviewEventType start)
        {
            return null;
        }

        var length = working.HasValue ? ClockLength.WorkingDays(working.Value)
            : months.HasValue ? ClockLength.Months(months.Value)
            : ClockLength.CalendarDays(days ?? 0);
        return new MembersInformedRule(start, length);
    }

    private static ReviewEvent? ReadEvent(JsonObjectReader item)
    {
        var type = item.Enum("type", true, LifecycleWire.EventTypes);
        var date = ReviewDate(item, "date", true);
        int errorsBefore = item.Sink.Count;

        ReviewDecision? decision = null;
        if (type == ReviewEventType.Decided)
        {
            decision = item.Enum("decision", true, LifecycleWire.Decisions);
        }

        bool commissioned = type == ReviewEventType.Commissioned;
        bool? independent = Only(item, "reviewerIndependent", commissioned) ? item.Boolean("reviewerIndependent", false) : null;
        string? methodology = Only(item, "methodology", commissioned) ? item.Id("methodology", false) : null;
        LocalDate? scopeStart = Only(item, "scopeStart", commissioned) ? ReviewDate(item, "scopeStart", false) : null;
        LocalDate? scopeEnd = Only(item, "scopeEnd", commissioned) ? ReviewDate(item, "scopeEnd", false) : null;
        LocalDate? incident = Only(item, "incidentDate", type == ReviewEventType.IncidentKnown) ? ReviewDate(item, "incidentDate", false) : null;
        int? open = Only(item, "openActions", type == ReviewEventType.ActionPlanClosed) ? item.Int32("openActions", false, 0, 100_000) : null;
        bool withReasons = type is ReviewEventType.Decided or ReviewEventType.NotPublished or ReviewEventType.Withdrawn;
        string? reasons = Only(item, "reasons", withReasons) ? item.Text("reasons", false) : null;
        if (type != ReviewEventType.Decided)
        {
            Only(item, "decision", false);
        }

        string? referralSource = Only(item, "referralSource", type == ReviewEventType.IncidentKnown) ? item.Id("referralSource", false) : null;
        DelayReason? delayReason = null;
        string? note = null;
        if (type == ReviewEventType.Delayed)
        {
            delayReason = item.Enum("reason", true, LifecycleWire.DelayReasons);
            note = item.Text("note", false);
        }
        else
        {
            Only(item, "reason", false);
            Only(item, "note", false);
        }

        HomeOfficeOutcome? outcome = null;
        if (type == ReviewEventType.HomeOfficeAssessed)
        {
            outcome = item.Enum("outcome", true, LifecycleWire.HomeOfficeOutcomes);
        }
        else
        {
            Only(item, "outcome", false);
        }

        item.RejectUnknown();
        if (scopeStart is LocalDate s && scopeEnd is LocalDate e && e < s)
        {
            item.Sink.Add(item.PathOf("scopeEnd"), "invalid-scope", "The scope period ends before it starts.");
        }

        if (incident is LocalDate i && date is LocalDate d && i > d)
        {
            item.Sink.Add(item.PathOf("incidentDate"), "incident-after-event", "The incident date is after the day it became known.");
        }

        if (type is not ReviewEventType t || date is not LocalDate when || item.Sink.Count > errorsBefore || (t == ReviewEventType.Decided && decision is null)
            || (t == ReviewEventType.Delayed && delayReason is null) || (t == ReviewEventType.HomeOfficeAssessed && outcome is null))
        {
            return null;
        }

        return new ReviewEvent(t, when, decision, independent, methodology, scopeStart, scopeEnd, incident, open, reasons, delayReason, note, outcome, referralSource);
    }

    /// <summary>Whether a fact may be read; records <c>property-not-allowed</c> when it is present on the wrong event type.</summary>
    private static bool Only(JsonObjectReader item, string name, bool allowed)
    {
        if (allowed)
        {
            return true;
        }

        if (item.TryGet(name, false, out _) || item.Has(name))
        {
            item.Sink.Add(item.PathOf(name), "property-not-allowed", "This fact does not belong to this event type.");
        }

        return false;
    }

    private static LocalDate? ReviewDate(JsonObjectReader item, string name, bool required)
    {
        var date = item.Date(name, required);
        if (date is LocalDate d && (d < FirstDate || d > LastDate))
        {
            item.Sink.Add(item.PathOf(name), "date-out-of-range", "Review dates must be between 2000-01-01 and 2099-12-31, the years the calendars cover.");
            return null;
        }

        return date;
    }
}
