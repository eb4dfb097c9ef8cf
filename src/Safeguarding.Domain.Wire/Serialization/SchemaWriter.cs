using Safeguarding.Domain.Criteria;

namespace Safeguarding.Domain.Serialization;

/// <summary>
/// Writes the JSON Schemas (draft 2020-12) of the input documents from C# descriptions: the case facts schema from the fact
/// declarations and name tables its reader uses; the other four from their descriptions here. The files under <c>Serialization/Schemas/</c> (embedded
/// and packed) are this writer's output; a test keeps them equal and rewrites them when asked
/// (<c>SAFEGUARDING_WRITE_SCHEMAS=1 dotnet test --filter SchemaWriterTests</c>).
/// </summary>
/// <remarks>
/// Thread-safe (each call builds its own nodes). Every schema is self-contained (no <c>$ref</c>) and closed, so that any
/// validator can use it.
/// </remarks>
internal static partial class SchemaWriter
{
    private const string Base = "https://safeguarding.example/schemas/";
    private const int MaxItems = 200_000;
    private const string Day = "(0[1-9]|[12][0-9]|3[01])";
    private const string Month = "(0[1-9]|1[0-2])";

    /// <summary>A document's schema as file text, or null for an unknown name.</summary>
    public static string? Write(string document) => document switch
    {
        "case-facts" => CaseFacts().ToFileText(),
        "action-plan" => ActionPlan().ToFileText(),
        "review-record" => ReviewRecord().ToFileText(),
        "local-policy" => LocalPolicy().ToFileText(),
        "register" => Register().ToFileText(),
        _ => null,
    };

    /// <summary>The case facts document: the three required properties, every declared fact, the clock dates and options.</summary>
    internal static SchemaNode CaseFacts()
    {
        var properties = new SchemaNode()
            .Set("jurisdiction", Enum(VocabularyNames.Jurisdictions.Names, "The UK jurisdiction whose regimes apply."))
            .Set("subject", Enum(CriteriaNames.Subjects.Names, "Whether the person is a child or an adult."))
            .Set("decisionDate", Date("The date the review decision is made: it selects the regimes in force."));
        foreach (var fact in FactDeclarations.All)
        {
            properties.Set(fact.WireName, Nullable(fact.Kind switch
            {
                FactKind.YesNo => Enum(fact.Values!.Names, fact.Description + ": yes, no or unknown (the default)."),
                FactKind.Choice => Enum(fact.Values!.Names, fact.Description + "; unknown when absent."),
                _ => Integer(0, Criteria.CaseFacts.MaxAge, fact.Description + "."),
            }));
        }

        properties
            .Set("awareOn", Nullable(Date("The day the partnership became aware of the incident (clock start).", clock: true)))
            .Set("notifiedOn", Nullable(Date("The day the notification was sent (clock start).", clock: true)))
            .Set("englandTransition", Nullable(Enum(CriteriaNames.Transitions.Names,
                "Which English arrangements apply during the 2018-2019 transition; safeguarding-partners when absent.")))
            .Set("rapidReviewClockStart", Nullable(Enum(CriteriaNames.ClockStarts.Names,
                "Where the rapid review's 15 working days start; notification-sent when absent.")));
        return Document("case-facts", "Case facts",
            "The facts of a case for `safeguarding evaluate` and CaseFactsJson.Read. An absent or null fact is unknown. "
            + "Cross-field rules not expressed here: an adult's ageAtDeath is 18 or over (inconsistent-facts), and notifiedOn is "
            + "not before awareOn (dates-out-of-order).",
            Object(properties, new[] { "jurisdiction", "subject", "decisionDate" }));
    }

    private static SchemaNode Date(string description, bool clock = false)
    {
        string years = clock ? "20[0-9]{2}" : "(19|20|21)[0-9]{2}";
        string span = clock ? "2000-01-01 to 2099-12-31" : "1900-01-01 to 2199-12-31";
        return new SchemaNode().Set("type", "string").Set("format", "date").Set("pattern", $"^{years}-{Month}-{Day}$")
            .Set("description", $"{description} A real calendar date as YYYY-MM-DD, {span}.");
    }

    private static SchemaNode Text(string description) =>
        new SchemaNode().Set("type", "string").Set("minLength", 1).Set("maxLength", 20_000).Set("pattern", "\\S")
            .Set("description", description + " Free text: not blank, at most 20,000 characters.");

    private static SchemaNode Ident(string description) =>
        new SchemaNode().Set("type", "string").Set("minLength", 1).Set("maxLength", 64).Set("pattern", "\\S")
            .Set("description", description + " Not blank, at most 64 characters.");

    private static SchemaNode Enum(IEnumerable<string> values, string description) =>
        new SchemaNode().Set("type", "string").Set("enum", values.Cast<object?>().ToArray()).Set("description", description);

    private static SchemaNode Integer(int minimum, int maximum, string description) =>
        new SchemaNode().Set("type", "integer").Set("minimum", minimum).Set("maximum", maximum).Set("description", description);

    private static SchemaNode Period() =>
        new SchemaNode().Set("type", "string").Set("maxLength", 64)
            // Years, months, weeks and days only; not zero; at most 100 years.
            .Set("pattern", "^P(?=[0-9YMWD]*[1-9])(0{0,6}(100|[1-9]?[0-9])Y)?([0-9]{1,9}M)?([0-9]{1,9}W)?([0-9]{1,9}D)?$")
            .Set("description", "A positive ISO-8601 period of years, months, weeks or days (no time part, at most 100 years), such as P18M or P3M.");

    /// <summary>An optional property: the readers treat null as absent.</summary>
    private static SchemaNode Nullable(SchemaNode schema)
    {
        var copy = schema.Copy();
        copy.Set("type", new object?[] { schema.Get("type"), "null" });
        if (schema.Get("enum") is object?[] values)
        {
            copy.Set("enum", values.Append(null).ToArray());
        }

        return copy;
    }

    private static SchemaNode NullableObject(SchemaNode schema) => schema.Copy().Set("type", new object?[] { "object", "null" });

    private static SchemaNode Array(SchemaNode items, string description, bool unique = false, int minItems = 0)
    {
        var node = new SchemaNode().Set("type", new object?[] { "array", "null" }).Set("items", items).Set("maxItems", MaxItems)
            .Set("description", description);
        if (unique)
        {
            node.Set("uniqueItems", true);
        }

        if (minItems > 0)
        {
            node.Set("minItems", minItems).Set("type", "array");
        }

        return node;
    }

    // An array that may not be null: at least minItems items (when above 0), at most MaxItems, each once when unique.
    private static SchemaNode NonNullArray(SchemaNode items, string description, int minItems = 0, bool unique = false)
    {
        var node = new SchemaNode().Set("type", "array").Set("items", items);
        if (minItems > 0)
        {
            node.Set("minItems", minItems);
        }

        node.Set("maxItems", MaxItems);
        if (unique)
        {
            node.Set("uniqueItems", true);
        }

        return node.Set("description", description);
    }

    private static SchemaNode Object(SchemaNode properties, IReadOnlyList<string>? required = null, string? description = null,
        bool nullableObject = false)
    {
        var node = new SchemaNode().Set("type", nullableObject ? new object?[] { "object", "null" } : "object");
        if (description is not null)
        {
            node.Set("description", description);
        }

        node.Set("properties", properties);
        if (required is { Count: > 0 })
        {
            node.Set("required", required.Cast<object?>().ToArray());
        }

        return node.Set("additionalProperties", false);
    }

    private static SchemaNode Document(string name, string title, string description, SchemaNode body)
    {
        var node = new SchemaNode().Set("$schema", "https://json-schema.org/draft/2020-12/schema").Set("$id", Base + name + ".schema.json")
            .Set("title", title).Set("description", description);
        foreach (var keyword in body.Keywords)
        {
            node.Set(keyword.Key, keyword.Value);
        }

        return node;
    }
}
