using Safeguarding.Domain.Criteria;

namespace Safeguarding.Domain.Serialization;

/// <content>The action plan, review record, local policy and register documents.</content>
internal static partial class SchemaWriter
{
    private static readonly string[] Kinds =
    {
        "serious-case-review", "serious-incident-notification", "rapid-review", "local-child-safeguarding-practice-review",
        "safeguarding-adults-review", "domestic-homicide-review", "child-practice-review-concise", "child-practice-review-extended",
        "case-management-review", "learning-review", "adult-practice-review", "single-unified-safeguarding-review",
        "mental-health-homicide-review", "offensive-weapons-homicide-review", "domestic-abuse-related-death-review",
    };

    private static readonly string[] EventTypes =
    {
        "incident-known", "notified", "rapid-review-completed", "decided", "commissioned", "review-started", "report-completed",
        "signed-off", "anonymised", "sent-to-panel", "published", "not-published", "publication-ended", "members-informed",
        "action-plan-agreed", "action-plan-closed", "withdrawn", "welsh-government-notified", "care-inspectorate-notified",
        "care-inspectorate-report-sent", "delayed", "repository-deposited", "home-office-submitted", "home-office-assessed",
        "secretary-of-state-notified", "domestic-abuse-commissioner-sent",
    };

    private static readonly string[] DelayReasons = { "family-engagement", "parallel-proceedings", "agency-information", "reviewer-capacity", "other" };

    private static SchemaNode Ids(string description) => Array(Ident("An id."), description);

    private static SchemaNode Props(params (string Name, SchemaNode Schema)[] properties)
    {
        var node = new SchemaNode();
        foreach (var (name, schema) in properties)
        {
            node.Set(name, schema);
        }

        return node;
    }

    private static string[] Req(params string[] names) => names;

    /// <summary>The action plan document.</summary>
    internal static SchemaNode ActionPlan()
    {
        var finding = Object(Props(
            ("id", Ident("The finding's id.")),
            ("title", Nullable(Text("The finding's title."))),
            ("rationale", Nullable(Text("Why it matters."))),
            ("themes", Ids("The ids of the themes the finding is about (checked against the register's theme list)."))), Req("id"));
        var addressee = Object(Props(
            ("level", Enum(new[] { "local", "regional", "national" }, "The level of the body addressed.")),
            ("body", new SchemaNode().Set("type", "string").Set("minLength", 1).Set("maxLength", 200).Set("pattern", "\\S")
                .Set("description", "The body's name. Not blank, at most 200 characters."))),
            Req("level", "body"), "The body the recommendation is addressed to.", nullableObject: true);
        var recommendation = Object(Props(
            ("id", Ident("The recommendation's id.")),
            ("findings", Ids("The findings it answers.")),
            ("text", Nullable(Text("The recommendation."))),
            ("addressee", addressee),
            ("sentOn", Nullable(Date("The day it was sent to its addressee."))),
            ("respondedOn", Nullable(Date("The day the addressee responded; only with sentOn, and not before it (a cross-field rule the reader checks).")))),
            Req("id"));
        var evidence = Object(Props(
            ("kind", Enum(new[] { "output", "completion", "impact" }, "What the evidence shows.")),
            ("date", Date("The day the evidence was dated.")),
            ("description", Nullable(Text("The evidence.")))), Req("kind", "date"));
        var update = Object(Props(
            ("date", Date("The day of the update.")),
            ("reportedStatus", Enum(new[] { "red", "amber", "green", "blue", "update-pending" }, "The status the owner reported.")),
            ("note", Nullable(Text("The owner's note.")))), Req("date", "reportedStatus"));
        var action = Object(Props(
            ("id", Ident("The action's id.")),
            ("recommendations", Ids("The recommendations it delivers.")),
            ("description", Nullable(Text("What will be done."))),
            ("owner", Ident("The owning agency.")),
            ("lead", Nullable(Text("The lead officer."))),
            ("targetDate", Nullable(Date("The target date."))),
            ("successMeasure", Nullable(Text("How success is measured."))),
            ("startedOn", Nullable(Date("The day work started."))),
            ("completedOn", Nullable(Date("The day it was completed."))),
            ("evidence", Array(evidence, "The evidence, any order.")),
            ("updates", Array(update, "The owner's status updates.")),
            ("dependsOn", Ids("Actions that must complete first."))), Req("id", "owner"));
        var properties = Props(
            ("review", Text("The review the plan answers.")),
            ("reportingCycle", Nullable(Period())),
            ("agreedOn", Nullable(Date("The day the plan was agreed."))),
            ("horizon", Nullable(Date("The day the plan should be closed."))),
            ("findings", Array(finding, "The review's findings.")),
            ("recommendations", Array(recommendation, "The recommendations.")),
            ("actions", Array(action, "The actions.")));
        return Document("action-plan", "Action plan",
            "A review's action plan for `safeguarding plan` and ActionPlanDocument.Read. reportingCycle defaults to P3M; "
            + "absent arrays are empty. Cross-field rule not expressed here: a recommendation's respondedOn needs sentOn "
            + "(response-without-sending) and is not before it (responded-before-sent). Traceability (unknown or duplicate ids, dependency cycles) is not a reading error: "
            + "PlanValidation reports it.",
            Object(properties, Req("review")));
    }

    /// <summary>The review record document.</summary>
    internal static SchemaNode ReviewRecord()
    {
        var facts = new (string Name, System.Func<SchemaNode> Make)[]
        {
            ("decision", () => Enum(new[] { "initiate", "not-initiate" }, "The decision (decided events only; required there).")),
            ("reviewerIndependent", () => Nullable(new SchemaNode().Set("type", "boolean").Set("description", "Whether the reviewer is independent (commissioned events only)."))),
            ("methodology", () => Nullable(Ident("The review methodology (commissioned events only)."))),
            ("scopeStart", () => Nullable(Date("The start of the review's scope (commissioned events only).", clock: true))),
            ("scopeEnd", () => Nullable(Date("The end of the review's scope, not before scopeStart (commissioned events only).", clock: true))),
            ("incidentDate", () => Nullable(Date("The day of the incident, not after the event's date (incident-known events only).", clock: true))),
            ("openActions", () => Nullable(Integer(0, 100_000, "Actions still open (action-plan-closed events only)."))),
            ("reasons", () => Nullable(Text("The reasons (decided, not-published and withdrawn events only)."))),
            ("referralSource", () => Nullable(Ident("Who referred the case to the partnership (incident-known events only)."))),
            ("reason", () => Enum(DelayReasons, "Why the review is delayed (delayed events only; required there).")),
            ("note", () => Nullable(Text("A note on the delay (delayed events only)."))),
            ("outcome", () => Enum(new[] { "publish", "resubmit" }, "The Home Office panel's outcome (home-office-assessed events only; required there).")),
        };
        var allowed = new Dictionary<string, string[]>
        {
            ["decided"] = new[] { "decision", "reasons" },
            ["commissioned"] = new[] { "reviewerIndependent", "methodology", "scopeStart", "scopeEnd" },
            ["incident-known"] = new[] { "incidentDate", "referralSource" },
            ["action-plan-closed"] = new[] { "openActions" },
            ["not-published"] = new[] { "reasons" },
            ["withdrawn"] = new[] { "reasons" },
            ["delayed"] = new[] { "reason", "note" },
            ["home-office-assessed"] = new[] { "outcome" },
        };
        var requiredFact = new Dictionary<string, string[]>
        {
            ["decided"] = new[] { "decision" },
            ["delayed"] = new[] { "reason" },
            ["home-office-assessed"] = new[] { "outcome" },
        };
        var variants = new List<object?>();
        foreach (var type in EventTypes)
        {
            var properties = Props(
                ("type", new SchemaNode().Set("type", "string").Set("enum", new object?[] { type })),
                ("date", Date("The day the event happened.", clock: true)));
            foreach (var (name, make) in facts)
            {
                // A fact that does not belong to the event type may only be absent or null.
                properties.Set(name, allowed.TryGetValue(type, out var names) && names.Contains(name) ? make() : new SchemaNode().Set("type", "null"));
            }

            var required = new List<string> { "type", "date" };
            if (requiredFact.TryGetValue(type, out var needed))
            {
                required.AddRange(needed);
            }

            variants.Add(Object(properties, required, $"A {type} event."));
        }

        var every = Props(("type", Enum(EventTypes, "The event type.")), ("date", Date("The day the event happened.", clock: true)));
        foreach (var (name, make) in facts)
        {
            every.Set(name, make());
        }

        every.Set("decision", Nullable((SchemaNode)every.Get("decision")!));
        every.Set("reason", Nullable((SchemaNode)every.Get("reason")!));
        every.Set("outcome", Nullable((SchemaNode)every.Get("outcome")!));
        var @event = Object(every, Req("type", "date"), "An event, in the order they happened. Each type admits only its own facts (see anyOf).");
        @event.Set("anyOf", variants.ToArray());
        var lengths = new[] { "workingDays", "days", "months" };
        var members = Object(Props(
            ("startsOn", Enum(EventTypes.Where(t => t != "members-informed"), "The event whose date starts the members' clock.")),
            ("workingDays", Nullable(Integer(0, 10_000, "The clock's length in working days."))),
            ("days", Nullable(Integer(0, 10_000, "The clock's length in calendar days (0 when no length is given)."))),
            ("months", Nullable(Integer(0, 1_200, "The clock's length in months.")))),
            Req("startsOn"), "When members must be informed: at most one of workingDays, days or months.", nullableObject: true);
        var pairs = new List<object?>();
        for (int i = 0; i < lengths.Length; i++)
        {
            for (int j = i + 1; j < lengths.Length; j++)
            {
                pairs.Add(new SchemaNode().Set("required", new object?[] { lengths[i], lengths[j] }).Set("properties", Props(
                    (lengths[i], new SchemaNode().Set("type", "integer")), (lengths[j], new SchemaNode().Set("type", "integer")))));
            }
        }

        members.Set("not", new SchemaNode().Set("anyOf", pairs.ToArray()));
        var policy = Object(Props(("publicationPeriod", Nullable(Period())), ("membersInformed", members)), null,
            "The partnership's local policy. The publication period may not be below the regime's statutory minimum (a cross-field rule the reader checks).",
            nullableObject: true);
        var document = Props(
            ("kind", Enum(Kinds, "The review kind; it must exist in the jurisdiction (a cross-field rule the reader checks).")),
            ("jurisdiction", Enum(VocabularyNames.Jurisdictions.Names, "The jurisdiction.")),
            ("localPolicy", policy),
            ("events", NonNullArray(@event, "The events, in the order they happened.")));
        return Document("review-record", "Review record",
            "A review's record of events for `safeguarding review` and ReviewRecordJson.Read. Cross-field rules not expressed here: "
            + "the kind exists in the jurisdiction (kind-not-in-jurisdiction), scopeEnd is not before scopeStart (invalid-scope), "
            + "incidentDate is not after the event's date (incident-after-event), and the publication period is not below the "
            + "statutory minimum (publication-period-below-minimum).",
            Object(document, Req("kind", "jurisdiction", "events")));
    }

    /// <summary>The local policy document.</summary>
    internal static SchemaNode LocalPolicy()
    {
        var status = Ident("A status of the scheme.");
        var scheme = Object(Props(
            ("name", Ident("The scheme's name.")),
            ("statuses", NonNullArray(Ident("A status."), "The statuses, each once, from worst to best.", minItems: 1, unique: true)),
            ("notStarted", status), ("inProgress", status), ("overdue", status), ("completed", status), ("embedded", status),
            ("rollUp", Nullable(Enum(new[] { "worst-of", "lower-median", "most-common" }, "How statuses roll up; worst-of when absent.")))),
            Req("name", "statuses", "notStarted", "inProgress", "overdue", "completed", "embedded"),
            "The rating scheme. Each stage's status is one of the statuses, ordered overdue <= notStarted <= inProgress <= completed <= embedded (a cross-field rule the reader checks).",
            nullableObject: true);
        SchemaNode Threshold(string description) => Object(Props(
            ("daysOverdue", Nullable(Integer(1, 100_000, "Escalate when an action is this many days overdue."))),
            ("cyclesWithoutUpdate", Nullable(Integer(1, 1_000, "Escalate after this many reporting cycles without an update."))),
            ("cyclesAtRed", Nullable(Integer(1, 1_000, "Escalate after this many reporting cycles at red.")))),
            null, description + " An absent level or threshold never fires.", nullableObject: true);
        var escalation = Object(Props(
            ("leadOfficer", Threshold("Escalation to the lead officer.")),
            ("subgroup", Threshold("Escalation to the subgroup.")),
            ("board", Threshold("Escalation to the board."))), null, "The escalation thresholds.", nullableObject: true);
        return Document("local-policy", "Local policy",
            "A partnership's local policy for action-plan reports (LocalPolicyJson.Read): its rating scheme and escalation thresholds. "
            + "An absent part is the default. Cross-field rule not expressed here: each stage's status is one of the scheme's statuses, "
            + "ordered overdue <= notStarted <= inProgress <= completed <= embedded (invalid-scheme).",
            Object(Props(("scheme", scheme), ("escalation", escalation))));
    }

    /// <summary>The register document, which nests the review record and action plan documents.</summary>
    internal static SchemaNode Register()
    {
        static SchemaNode Nested(SchemaNode document) => document.Copy().Remove("$schema").Remove("$id").Remove("title");
        var theme = Object(Props(("id", Ident("The theme's id.")), ("title", Text("The theme's title."))), Req("id", "title"));
        var ownList = Object(Props(
            ("id", Ident("The list's id.")),
            ("source", Text("Where the list comes from.")),
            ("themes", NonNullArray(theme, "The themes, each id once (a cross-field rule the reader checks).", minItems: 1))),
            Req("id", "source", "themes"), "The partnership's own theme list.");
        ownList.Set("type", new object?[] { "object", "null" });
        var review = Object(Props(
            ("id", Ident("The review's id in the register; each id once (a cross-field rule the reader checks).")),
            ("record", Nested(ReviewRecord())),
            ("plan", NullableObject(Nested(ActionPlan())))),
            Req("id", "record"), "One review: its record and, optionally, its action plan.");
        var recurring = Object(Props(
            ("minimumReviews", Nullable(Integer(1, 1000, "How many distinct reviews make a theme recurring; 2 when absent."))),
            ("window", Nullable(Period()))), null,
            "When a theme recurs: found in at least minimumReviews reviews published within window (default P3Y) before the as-of date.",
            nullableObject: true);
        var properties = Props(
            ("partnership", Text("The partnership's name.")),
            ("recurringThemes", recurring),
            ("themeList", Nullable(Enum(new[] { "panel-practice-themes", "adult-abuse-types" },
                "A built-in theme list the findings' theme ids are checked against; with neither this nor ownThemeList, they are not checked."))),
            ("ownThemeList", ownList),
            ("reviews", NonNullArray(review, "The reviews, in the register's order.")));
        return Document("register", "Partnership register",
            "A partnership's register of reviews for `safeguarding register` and RegisterJson.Read. Each review's "
            + "record and plan are the review-record and action-plan documents, with their cross-field rules. Cross-field rules "
            + "not expressed here: review ids are unique (duplicate-id), and so are the theme ids of the partnership's own list; "
            + "themeList and ownThemeList are not both given (conflicting-properties).",
            Object(properties, Req("partnership", "reviews")));
    }
}
