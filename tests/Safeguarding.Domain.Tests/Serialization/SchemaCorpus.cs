using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Safeguarding.Domain.Criteria;
using Safeguarding.Domain.Lifecycle;

namespace Safeguarding.Domain.Tests.Serialization;

/// <summary>The kinds of damage the corpus does to a valid document.</summary>
public enum Mutation
{
    RemoveRequired,
    NullRequired,
    AddUnknown,
    WrongType,
    BadEnum,
    BadDate,
    OutOfRange,
    BadString,
    BadPeriod,
}

/// <summary>
/// Generates documents from a schema (valid ones, then the same with one mutation), seeded so that a failure can be
/// reproduced. The generator reads the schema's keywords, so a schema looser than its reader shows up as a valid
/// document the reader refuses, and a schema stricter than its reader as a mutant the reader accepts.
/// </summary>
internal sealed class SchemaCorpus
{
    private static readonly string[] Periods = { "P3M", "P18M", "P1Y", "P6W", "P45D", "P1Y2M", "P100Y", "P2Y3M1W4D", "P12M", "P1D" };
    private static readonly string[] BadPeriods = { "P0M", "PT1H", "P101Y", "3M", "P-1M", "p3m", "P", "P1Y0.5M", "P3M1H", "P99999999999M" };
    private static readonly string[] BadDates = { "2019-02-30", "2019-2-03", "19-02-03", "2019/02/03", "1899-12-31", "2200-01-01", "2019-02-03T00:00", "2019-13-01", "20190203", "" };
    private static readonly string[] BadClockDates = { "1999-12-31", "2100-01-01", "2021-02-29" };
    private static readonly string Letters = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 -_.,'éçøß—";

    private readonly Random _random;

    public SchemaCorpus(int seed) => _random = new Random(seed);

    /// <summary>A valid document of the schema, with the cross-field rules the schema cannot state made to hold.</summary>
    public JsonObject Valid(string document, JsonElement schema)
    {
        var node = (JsonObject)Generate(schema, optional: false)!;
        MakeConsistent(document, node);
        return node;
    }

    /// <summary>Applies one mutation of the kind somewhere it applies; false when the document has no such place.</summary>
    public bool Mutate(JsonObject document, JsonElement schema, Mutation mutation, out string where)
    {
        var places = new List<Place>();
        Collect(document, schema, null, null, false, places);
        var candidates = places.Where(p => Applies(p, mutation)).ToList();
        where = string.Empty;
        if (candidates.Count == 0)
        {
            return false;
        }

        var place = candidates[_random.Next(candidates.Count)];
        where = place.Describe();
        switch (mutation)
        {
            case Mutation.RemoveRequired:
            {
                var required = Required(place.Schema).Where(r => ((JsonObject)place.Node!).ContainsKey(r)).ToList();
                ((JsonObject)place.Node!).Remove(required[_random.Next(required.Count)]);
                break;
            }

            case Mutation.NullRequired:
            {
                var required = Required(place.Schema).ToList();
                ((JsonObject)place.Node!)[required[_random.Next(required.Count)]] = null;
                break;
            }

            case Mutation.AddUnknown:
                ((JsonObject)place.Node!)[Pick("unexpected", "DecisionDate", "note ", "$id", "comment")] = Pick<JsonNode>(1, "x", true, new JsonObject());
                break;
            case Mutation.WrongType:
                place.Replace(WrongTypeFor(place.Schema));
                break;
            case Mutation.BadEnum:
            {
                string valid = place.Schema.GetProperty("enum").EnumerateArray().First(e => e.ValueKind == JsonValueKind.String).GetString()!;
                place.Replace(Pick(valid.ToUpperInvariant(), valid + " ", "not-a-value", valid.Contains('-', StringComparison.Ordinal) ? valid.Replace('-', '_') : valid + "s", "Unknown"));
                break;
            }

            case Mutation.BadDate:
                place.Replace(IsClockDate(place.Schema) && _random.Next(2) == 0 ? Pick(BadClockDates) : Pick(BadDates));
                break;
            case Mutation.OutOfRange:
            {
                long min = place.Schema.GetProperty("minimum").GetInt64();
                long max = place.Schema.GetProperty("maximum").GetInt64();
                place.Replace(Pick<JsonNode>(min - 1, max + 1, 1.5, long.MaxValue, -2147483649L));
                break;
            }

            case Mutation.BadString:
            {
                int max = place.Schema.GetProperty("maxLength").GetInt32();
                place.Replace(Pick(new string('x', max + 1), "   ", string.Empty, "\t\n", " " + new string('y', max)));
                break;
            }

            case Mutation.BadPeriod:
                place.Replace(Pick(BadPeriods));
                break;
        }

        return true;
    }

    private static bool Applies(Place place, Mutation mutation)
    {
        var s = place.Schema;
        bool isObject = place.Node is JsonObject;
        bool isString = place.Node is JsonValue v && v.GetValueKind() == JsonValueKind.String;
        bool isNumber = place.Node is JsonValue n && n.GetValueKind() == JsonValueKind.Number;
        return mutation switch
        {
            Mutation.RemoveRequired => isObject && Required(s).Any(r => ((JsonObject)place.Node!).ContainsKey(r)),
            Mutation.NullRequired => isObject && Required(s).Any(),
            Mutation.AddUnknown => isObject,
            Mutation.WrongType => place.HasParent && place.Node is not null,
            Mutation.BadEnum => isString && s.TryGetProperty("enum", out _),
            Mutation.BadDate => isString && s.TryGetProperty("format", out _),
            Mutation.OutOfRange => isNumber && s.TryGetProperty("minimum", out _),
            Mutation.BadString => isString && s.TryGetProperty("minLength", out _),
            Mutation.BadPeriod => isString && IsPeriod(s),
            _ => false,
        };
    }

    private JsonNode WrongTypeFor(JsonElement schema)
    {
        var types = Types(schema);
        var options = new List<JsonNode>();
        if (!types.Contains("string"))
        {
            options.Add("7");
            options.Add("yes");
        }

        if (!types.Contains("integer"))
        {
            options.Add(7);
        }

        if (!types.Contains("boolean"))
        {
            options.Add(false);
        }

        if (!types.Contains("object"))
        {
            options.Add(new JsonObject());
        }

        if (!types.Contains("array"))
        {
            options.Add(new JsonArray());
        }

        return options[_random.Next(options.Count)];
    }

    private JsonNode? Generate(JsonElement schema, bool optional)
    {
        if (schema.TryGetProperty("anyOf", out var variants))
        {
            var list = variants.EnumerateArray().ToList();
            return Generate(list[_random.Next(list.Count)], optional);
        }

        var types = Types(schema);
        if (optional && types.Contains("null") && _random.Next(8) == 0)
        {
            return null;
        }

        string type = types.Where(t => t != "null").DefaultIfEmpty("null").First();
        switch (type)
        {
            case "object":
            {
                var result = new JsonObject();
                var required = Required(schema).ToHashSet(StringComparer.Ordinal);
                // An object with a "not" (at most one clock length) gets at most one optional property.
                bool oneOptional = schema.TryGetProperty("not", out _);
                int optionals = 0;
                foreach (var property in schema.GetProperty("properties").EnumerateObject())
                {
                    bool isRequired = required.Contains(property.Name);
                    if (!isRequired && (_random.Next(10) < 4 || (oneOptional && optionals > 0)))
                    {
                        continue;
                    }

                    optionals += isRequired ? 0 : 1;
                    result[property.Name] = Generate(property.Value, !isRequired);
                }

                return result;
            }

            case "array":
            {
                int min = schema.TryGetProperty("minItems", out var m) ? m.GetInt32() : 0;
                int count = min + _random.Next(4);
                bool unique = schema.TryGetProperty("uniqueItems", out var u) && u.GetBoolean();
                var result = new JsonArray();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                for (int i = 0; i < count; i++)
                {
                    var item = Generate(schema.GetProperty("items"), optional: false);
                    if (unique && !seen.Add(item!.ToJsonString()))
                    {
                        item = item.GetValue<string>().Length < 60 ? item.GetValue<string>() + "#" + i.ToString(CultureInfo.InvariantCulture) : "status " + i.ToString(CultureInfo.InvariantCulture);
                        seen.Add(item.ToJsonString());
                    }

                    result.Add(item);
                }

                return result;
            }

            case "string":
                return GenerateString(schema);
            case "integer":
            {
                int min = schema.GetProperty("minimum").GetInt32();
                int max = schema.GetProperty("maximum").GetInt32();
                return _random.Next(4) switch { 0 => min, 1 => max, _ => _random.Next(min, max + 1) };
            }

            case "boolean":
                return _random.Next(2) == 0;
            default:
                return null;
        }
    }

    private JsonNode GenerateString(JsonElement schema)
    {
        if (schema.TryGetProperty("enum", out var values))
        {
            var names = values.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList();
            return names[_random.Next(names.Count)];
        }

        if (schema.TryGetProperty("format", out _))
        {
            int first = IsClockDate(schema) ? 2000 : 1900;
            int last = IsClockDate(schema) ? 2099 : 2199;
            var date = _random.Next(5) switch
            {
                0 => new DateTime(first, 1, 1),
                1 => new DateTime(last, 12, 31),
                2 => new DateTime(2020, 2, 29),
                _ => new DateTime(first, 1, 1).AddDays(_random.Next((new DateTime(last, 12, 31) - new DateTime(first, 1, 1)).Days)),
            };
            return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (IsPeriod(schema))
        {
            return Pick(Periods);
        }

        int max = schema.GetProperty("maxLength").GetInt32();
        int length = _random.Next(6) == 0 ? max : 1 + _random.Next(Math.Min(max, 80));
        var chars = new char[length];
        for (int i = 0; i < length; i++)
        {
            chars[i] = Letters[_random.Next(Letters.Length)];
        }

        chars[_random.Next(length)] = 'k';
        return new string(chars);
    }

    /// <summary>A review record's cross-field rules.</summary>
    private void MakeRecordConsistent(JsonObject node)
    {
        var kinds = CriteriaNamesFor.Kinds();
        var jurisdictions = CriteriaNamesFor.Jurisdictions();
        var pairs = kinds.SelectMany(k => jurisdictions.Where(j => Review.IsKindOf(k.Value, j.Value)).Select(j => (k.Key, j.Key))).ToList();
        var (kind, jurisdiction) = pairs[_random.Next(pairs.Count)];
        node["kind"] = kind;
        node["jurisdiction"] = jurisdiction;
        if (node["localPolicy"] is JsonObject policy && policy["publicationPeriod"] is not null)
        {
            // Below the regime's statutory minimum is a cross-field error; a century is above every minimum.
            policy["publicationPeriod"] = Pick("P100Y", "P50Y", "P1200M");
        }

        foreach (var e in node["events"]!.AsArray().OfType<JsonObject>())
        {
            if (e["scopeStart"] is JsonValue s && e["scopeEnd"] is JsonValue en && string.CompareOrdinal(s.GetValue<string>(), en.GetValue<string>()) > 0)
            {
                e["scopeStart"] = en.GetValue<string>();
                e["scopeEnd"] = s.GetValue<string>();
            }

            if (e["incidentDate"] is JsonValue i && string.CompareOrdinal(i.GetValue<string>(), e["date"]!.GetValue<string>()) > 0)
            {
                e["incidentDate"] = e["date"]!.GetValue<string>();
            }
        }
    }

    /// <summary>A recommendation's response needs its sending, and is not before it.</summary>
    private static void MakePlanConsistent(JsonObject plan)
    {
        if (plan["recommendations"] is not JsonArray recommendations)
        {
        return;
        }

        foreach (var r in recommendations.OfType<JsonObject>())
        {
        if (r["respondedOn"] is not JsonValue responded)
        {
        continue;
        }

        string respondedOn = responded.GetValue<string>();
        if (r["sentOn"] is not JsonValue sent)
        {
        r["sentOn"] = respondedOn;
        }
        else if (string.CompareOrdinal(sent.GetValue<string>(), respondedOn) > 0)
        {
        r["respondedOn"] = sent.GetValue<string>();
        r["sentOn"] = respondedOn;
        }
        }
    }

    /// <summary>Makes the cross-field rules the schemas do not express hold (they are listed in each schema's description).</summary>
    private void MakeConsistent(string document, JsonObject node)
    {
        switch (document)
        {
            case "case-facts":
                if ((string?)node["subject"] == "adult" && node["ageAtDeath"] is JsonValue age && age.GetValue<int>() < 18)
                {
                    node["ageAtDeath"] = 18 + _random.Next(113);
                }

                if (node["awareOn"] is JsonValue aware && node["notifiedOn"] is JsonValue notified
                    && string.CompareOrdinal(notified.GetValue<string>(), aware.GetValue<string>()) < 0)
                {
                    string awareText = aware.GetValue<string>();
                    node["awareOn"] = notified.GetValue<string>();
                    node["notifiedOn"] = awareText;
                }

                break;
            case "review-record":
                MakeRecordConsistent(node);
                break;
            case "register":
            {
                var ids = new HashSet<string>(StringComparer.Ordinal);
                foreach (var review in node["reviews"]!.AsArray().OfType<JsonObject>())
                {
                    string id = review["id"]!.GetValue<string>();
                    while (!ids.Add(id))
                    {
                        id = "r" + ids.Count + "-" + _random.Next(1000);
                    }

                    review["id"] = id;
                    MakeRecordConsistent((JsonObject)review["record"]!);
                    if (review["plan"] is JsonObject plan)
                    {
                        MakePlanConsistent(plan);
                    }
                }

                if (node["ownThemeList"] is JsonObject own)
                {
                    node.Remove("themeList");
                    var themeIds = new HashSet<string>(StringComparer.Ordinal);
                    foreach (var theme in own["themes"]!.AsArray().OfType<JsonObject>())
                    {
                        string id = theme["id"]!.GetValue<string>();
                        while (!themeIds.Add(id))
                        {
                            id = "t" + themeIds.Count + "-" + _random.Next(1000);
                        }

                        theme["id"] = id;
                    }
                }

                break;
            }

            case "action-plan":
                MakePlanConsistent(node);
                break;
            case "local-policy":
                if (node["scheme"] is JsonObject scheme)
                {
                    // Stages must be statuses of the scheme, ordered overdue <= notStarted <= inProgress <= completed <= embedded.
                    var statuses = scheme["statuses"]!.AsArray().Select(x => x!.GetValue<string>()).ToList();
                    var ranks = Enumerable.Range(0, 5).Select(_ => _random.Next(statuses.Count)).OrderBy(r => r).ToList();
                    string[] stages = { "overdue", "notStarted", "inProgress", "completed", "embedded" };
                    for (int i = 0; i < stages.Length; i++)
                    {
                        scheme[stages[i]] = statuses[ranks[i]];
                    }
                }

                break;
        }
    }

    private void Collect(JsonNode? node, JsonElement schema, JsonNode? parent, object? key, bool required, List<Place> places)
    {
        if (schema.TryGetProperty("anyOf", out var variants) && node is JsonObject o)
        {
            string? type = o["type"] is JsonValue t && t.GetValueKind() == JsonValueKind.String ? t.GetValue<string>() : null;
            schema = variants.EnumerateArray().FirstOrDefault(v => v.GetProperty("properties").GetProperty("type").GetProperty("enum")[0].GetString() == type);
            if (schema.ValueKind == JsonValueKind.Undefined)
            {
                return;
            }
        }

        places.Add(new Place(node, schema, parent, key, required));
        if (node is JsonObject obj)
        {
            var req = Required(schema).ToHashSet(StringComparer.Ordinal);
            foreach (var property in obj.ToList())
            {
                if (schema.GetProperty("properties").TryGetProperty(property.Key, out var child))
                {
                    Collect(property.Value, child, obj, property.Key, req.Contains(property.Key), places);
                }
            }
        }
        else if (node is JsonArray array)
        {
            for (int i = 0; i < array.Count; i++)
            {
                Collect(array[i], schema.GetProperty("items"), array, i, true, places);
            }
        }
    }

    private static IEnumerable<string> Required(JsonElement schema) =>
        schema.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(x => x.GetString()!) : Enumerable.Empty<string>();

    private static List<string> Types(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return new List<string>();
        }

        return type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : new List<string> { type.GetString()! };
    }

    private static bool IsPeriod(JsonElement schema) =>
        schema.TryGetProperty("pattern", out var p) && p.GetString()!.StartsWith("^P", StringComparison.Ordinal);

    private static bool IsClockDate(JsonElement schema) =>
        schema.TryGetProperty("pattern", out var p) && p.GetString()!.StartsWith("^20", StringComparison.Ordinal);

    private string Pick(params string[] options) => options[_random.Next(options.Length)];

    private T Pick<T>(params T[] options) => options[_random.Next(options.Length)];

    /// <summary>A value in the document, the schema that governs it, and where it sits.</summary>
    private sealed class Place
    {
        public Place(JsonNode? node, JsonElement schema, JsonNode? parent, object? key, bool required)
        {
            Node = node;
            Schema = schema;
            Parent = parent;
            Key = key;
            Required = required;
        }

        public JsonNode? Node { get; }

        public JsonElement Schema { get; }

        public JsonNode? Parent { get; }

        public object? Key { get; }

        public bool Required { get; }

        public bool HasParent => Parent is not null;

        public void Replace(JsonNode? value)
        {
            if (Parent is JsonObject o)
            {
                o[(string)Key!] = value;
            }
            else if (Parent is JsonArray a)
            {
                a[(int)Key!] = value;
            }
        }

        public string Describe() => Node?.GetPath() ?? (Parent?.GetPath() + "." + Key);
    }
}

/// <summary>The wire names of kinds and jurisdictions, from the library's own tables.</summary>
internal static class CriteriaNamesFor
{
    public static IReadOnlyDictionary<string, DeterminationKind> Kinds() =>
        VocabularyNames.Kinds.Names.ToDictionary(n => n, n => { VocabularyNames.Kinds.TryParse(n, out var k); return k; }, StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, Jurisdiction> Jurisdictions() =>
        VocabularyNames.Jurisdictions.Names.ToDictionary(n => n, n => { VocabularyNames.Jurisdictions.TryParse(n, out var j); return j; }, StringComparer.Ordinal);
}
