using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NJsonSchema;
using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Criteria;
using Safeguarding.Domain.Lifecycle;
using Safeguarding.Domain.Rating;
using Safeguarding.Domain.Serialization;
using Safeguarding.Domain.Tests.Docs;

namespace Safeguarding.Domain.Tests.Serialization;

/// <summary>
/// The shipped JSON Schemas against the strict readers: the documented examples validate, and on a generated corpus
/// (valid documents and single mutations of them) a document is schema-valid exactly when its reader accepts it.
/// </summary>
/// <remarks>
/// Intentional differences, kept out of the corpus: the cross-field rules each schema's description lists (the corpus
/// generator makes them hold; see <see cref="SchemaCorpus"/>), and the document-wide limits of <see cref="JsonReadLimits"/>
/// (bytes and depth), which JSON Schema cannot state.
/// </remarks>
public sealed class SchemaTests
{
    private const int ValidPerDocument = 150;
    private const int MutantsPerKind = 40;

    private static readonly Dictionary<string, JsonSchema> Schemas = DocumentSchemas.Names.ToDictionary(
        n => n, n => JsonSchema.FromJsonAsync(DocumentSchemas.Get(n)).GetAwaiter().GetResult(), StringComparer.Ordinal);

    public static TheoryData<string> Documents => new(DocumentSchemas.Names);

    public static TheoryData<string, Mutation> DocumentsAndMutations
    {
        get
        {
            var data = new TheoryData<string, Mutation>();
            foreach (var document in DocumentSchemas.Names)
            {
                foreach (var mutation in Enum.GetValues<Mutation>())
                {
                    data.Add(document, mutation);
                }
            }

            return data;
        }
    }

    [Fact]
    public void Names_AreTheFourInputDocuments_AndUnknownNamesAreRefused()
    {
        Assert.Equal(new[] { "case-facts", "action-plan", "review-record", "local-policy", "register" }, DocumentSchemas.Names);
        Assert.False(DocumentSchemas.TryGet("case-fact", out var none));
        Assert.Null(none);
        Assert.False(DocumentSchemas.TryGet(null, out _));
        var error = Assert.Throws<ArgumentException>(() => DocumentSchemas.Get("Case-Facts"));
        Assert.Contains("case-facts, action-plan, review-record, local-policy, register", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Schema_IsDraft202012_ClosedEverywhere_AndSelfContained(string document)
    {
        string text = DocumentSchemas.Get(document);
        using var schema = JsonDocument.Parse(text);
        var root = schema.RootElement;
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", root.GetProperty("$schema").GetString());
        Assert.EndsWith("/" + document + ".schema.json", root.GetProperty("$id").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("\"$ref\"", text, StringComparison.Ordinal);
        int objects = 0;
        foreach (var o in AllSchemas(root).Where(s => TypeIncludes(s, "object")))
        {
            objects++;
            Assert.True(o.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False,
                document + ": every object schema must be closed: " + o.ToString()[..Math.Min(120, o.ToString().Length)]);
        }

        Assert.True(objects >= 1);
        Assert.Same(DocumentSchemas.Get(document), DocumentSchemas.Get(document));
    }

    [Fact]
    public void Examples_InReadmeAndDocs_AreValidInputDocuments()
    {
        var sources = Documentation.Files();
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        var failures = new List<string>();
        foreach (var (source, path) in sources)
        {
            int inputs = 0;
            foreach (string block in JsonBlocks(File.ReadAllText(path)))
            {
                string? document = Classify(block);
                if (document is null)
                {
                    continue;
                }

                inputs++;
                found[document] = found.GetValueOrDefault(document) + 1;
                var errors = Schemas[document].Validate(block);
                if (errors.Count > 0)
                {
                    failures.Add($"{source}: {document} example fails its schema: {string.Join("; ", errors.Select(e => e.Path + " " + e.Kind))}\n{block}");
                }

                if (!Read(document, block, out var readerErrors))
                {
                    failures.Add($"{source}: {document} example fails its reader: {readerErrors}\n{block}");
                }
            }

            Assert.True(inputs > 0, source + " has no input document example in a ```json block; the test would prove nothing.");
        }

        Assert.Empty(failures);
        Assert.True(found.GetValueOrDefault("case-facts") >= 1 && found.GetValueOrDefault("action-plan") >= 1 && found.GetValueOrDefault("review-record") >= 2,
            "Expected case facts, plan and review examples in docs/contract.md and the README's review record: found " + string.Join(", ", found));
    }

    [Fact]
    public void LocalPolicyExample_InTheApiDocs_IsValid()
    {
        // The example in LocalPolicy's XML documentation (the local policy has no ```json example in the README or contract).
        const string example = """
            { "scheme": { "name": "council", "statuses": ["off-track", "in-progress", "complete", "embedded"],
                          "notStarted": "off-track", "inProgress": "in-progress", "overdue": "off-track",
                          "completed": "complete", "embedded": "embedded", "rollUp": "worst-of" },
              "escalation": { "leadOfficer": { "daysOverdue": 1, "cyclesWithoutUpdate": 1, "cyclesAtRed": 1 },
                              "subgroup": { "daysOverdue": 30 }, "board": { "daysOverdue": 90, "cyclesAtRed": 3 } } }
            """;
        Assert.Empty(Schemas["local-policy"].Validate(example));
        Assert.True(Read("local-policy", example, out var errors), errors);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Corpus_ValidDocuments_AreAcceptedByBothSchemaAndReader(string document)
    {
        using var schema = JsonDocument.Parse(DocumentSchemas.Get(document));
        var corpus = new SchemaCorpus(seed: 8_000 + document.Length);
        var failures = new List<string>();
        for (int i = 0; i < ValidPerDocument; i++)
        {
            string json = corpus.Valid(document, schema.RootElement).ToJsonString();
            Check(document, json, expectValid: true, "valid #" + i, failures);
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(5)));
    }

    [Fact]
    public void Corpus_WrittenByTheLibrary_IsSchemaValid()
    {
        // The library's writers produce documents its readers accept; the schemas must accept them too.
        var plans = FsCheck.Fluent.Gen.Sample(Arbitraries.ActionPlanArbitraries.ValidPlanGen, 60);
        foreach (var plan in plans)
        {
            string json = ActionPlanDocument.Write(plan);
            var errors = Schemas["action-plan"].Validate(json);
            Assert.True(errors.Count == 0, string.Join("; ", errors.Select(e => e.Path + " " + e.Kind)) + "\n" + json);
        }

        string readme = JsonBlocks(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Docs", "README.md"))).First(b => Classify(b) == "review-record");
        var record = ReviewRecordJson.Read(Encoding.UTF8.GetBytes(readme)).Value;
        Assert.Empty(Schemas["review-record"].Validate(record.ToJson()));
    }

    [Theory]
    [MemberData(nameof(DocumentsAndMutations))]
    public void Corpus_Mutants_SchemaValidExactlyWhenTheReaderAccepts(string document, Mutation mutation)
    {
        using var schema = JsonDocument.Parse(DocumentSchemas.Get(document));
        var corpus = new SchemaCorpus(seed: (int)mutation * 100 + document.Length);
        var failures = new List<string>();
        int applied = 0;
        int rejected = 0;
        for (int i = 0; i < MutantsPerKind * 3 && applied < MutantsPerKind; i++)
        {
            var node = corpus.Valid(document, schema.RootElement);
            if (!corpus.Mutate(node, schema.RootElement, mutation, out string where))
            {
                continue;
            }

            applied++;
            string json = node.ToJsonString();
            rejected += Check(document, json, expectValid: null, mutation + " at " + where, failures) ? 0 : 1;
        }

        Assert.True(failures.Count == 0, failures.Count + " disagreements, first:\n" + string.Join("\n\n", failures.Take(5)));
        if (mutation is Mutation.BadPeriod && document is "case-facts" or "local-policy")
        {
            Assert.Equal(0, applied); // These documents have no periods.
            return;
        }

        if (mutation is Mutation.NullRequired or Mutation.RemoveRequired or Mutation.AddUnknown or Mutation.WrongType && applied == 0)
        {
            Assert.Fail(document + ": the mutation " + mutation + " found nowhere to apply.");
        }

        if (applied > 0 && mutation is not Mutation.WrongType)
        {
            // Every mutation except a wrong type (which may be null, allowed for an optional property) makes the document invalid.
            Assert.Equal(applied, rejected);
        }
        else if (applied > 0)
        {
            Assert.True(rejected > applied / 2, $"{document} {mutation}: only {rejected} of {applied} mutants were rejected.");
        }
    }

    [Theory]
    [InlineData("case-facts", """{"jurisdiction":"england","subject":"child","decisionDate":"2019-02-29"}""")]
    [InlineData("case-facts", """{"jurisdiction":"england","subject":"child","decisionDate":"2019-02-03","ageAtDeath":131}""")]
    [InlineData("case-facts", """{"jurisdiction":"england","subject":"child","decisionDate":"2019-02-03","awareOn":"1999-12-31"}""")]
    [InlineData("case-facts", """{"jurisdiction":"England","subject":"child","decisionDate":"2019-02-03"}""")]
    // 5.0, 5e0 and a 64-code-point id of 65 UTF-16 units: a letter-of-the-spec validator accepts these (see the README); NJsonSchema agrees with the readers.
    [InlineData("case-facts", """{"jurisdiction":"england","subject":"child","decisionDate":"2019-02-03","ageAtDeath":5.0}""")]
    [InlineData("case-facts", """{"jurisdiction":"england","subject":"child","decisionDate":"2019-02-03","ageAtDeath":5e0}""")]
    [InlineData("action-plan", """{"review":"r","actions":[{"id":"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\uD83D\uDE00","owner":"o"}]}""")]
    [InlineData("action-plan", """{"review":" "}""")]
    [InlineData("action-plan", """{"review":"r","reportingCycle":"P0M"}""")]
    [InlineData("action-plan", """{"review":"r","actions":[{"id":"1","owner":"police","dependsOn":[null]}]}""")]
    [InlineData("review-record", """{"kind":"serious-case-review","jurisdiction":"england","events":[{"type":"notified","date":"2013-01-10","decision":"initiate"}]}""")]
    [InlineData("review-record", """{"kind":"serious-case-review","jurisdiction":"england","events":[{"type":"decided","date":"2013-01-10"}]}""")]
    [InlineData("review-record", """{"kind":"serious-case-review","jurisdiction":"england","localPolicy":{"membersInformed":{"startsOn":"published","days":1,"months":1}},"events":[]}""")]
    [InlineData("review-record", """{"kind":"serious-case-review","jurisdiction":"england","localPolicy":{"membersInformed":{"startsOn":"members-informed"}},"events":[]}""")]
    [InlineData("local-policy", """{"scheme":{"name":"n","statuses":["a","a"],"notStarted":"a","inProgress":"a","overdue":"a","completed":"a","embedded":"a"}}""")]
    [InlineData("local-policy", """{"escalation":{"board":{"daysOverdue":0}}}""")]
    public void KnownInvalidDocuments_AreRejectedByBoth(string document, string json)
    {
        Assert.NotEmpty(Schemas[document].Validate(json));
        Assert.False(Read(document, json, out _));
    }

    [Theory]
    [InlineData("case-facts", """{"jurisdiction":"england","subject":"adult","decisionDate":"2019-02-03","ageAtDeath":17}""", "inconsistent-facts")]
    [InlineData("review-record", """{"kind":"rapid-review","jurisdiction":"wales","events":[]}""", "kind-not-in-jurisdiction")]
    [InlineData("review-record", """{"kind":"serious-case-review","jurisdiction":"england","events":[{"type":"commissioned","date":"2013-01-10","scopeStart":"2012-01-01","scopeEnd":"2011-01-01"}]}""", "invalid-scope")]
    [InlineData("review-record", """{"kind":"serious-case-review","jurisdiction":"england","events":[{"type":"incident-known","date":"2013-01-10","incidentDate":"2013-01-11"}]}""", "incident-after-event")]
    [InlineData("review-record", """{"kind":"serious-case-review","jurisdiction":"england","localPolicy":{"publicationPeriod":"P1M"},"events":[]}""", "publication-period-below-minimum")]
    [InlineData("local-policy", """{"scheme":{"name":"n","statuses":["bad","good"],"notStarted":"good","inProgress":"good","overdue":"good","completed":"bad","embedded":"good"}}""", "invalid-scheme")]
    public void CrossFieldRules_AreTheReadersAlone_AsTheSchemasDocument(string document, string json, string code)
    {
        // The documented differences: the schema accepts, the reader refuses with the cross-field code.
        Assert.Empty(Schemas[document].Validate(json));
        Assert.False(Read(document, json, out string errors));
        Assert.Contains(" " + code, errors, StringComparison.Ordinal);
        Assert.Contains(code, DocumentSchemas.Get(document), StringComparison.Ordinal);
    }

    private static bool Check(string document, string json, bool? expectValid, string label, List<string> failures)
    {
        var schemaErrors = Schemas[document].Validate(json);
        bool schemaValid = schemaErrors.Count == 0;
        bool readerValid = Read(document, json, out string readerErrors);
        if (schemaValid != readerValid || (expectValid is bool expected && readerValid != expected))
        {
            failures.Add($"{document} {label}: schema {(schemaValid ? "accepts" : "rejects: " + string.Join("; ", schemaErrors.Select(e => e.Path + " " + e.Kind)))}, "
                + $"reader {(readerValid ? "accepts" : "rejects: " + readerErrors)}\n{Clip(json)}");
        }

        return readerValid;
    }

    private static string Clip(string json) => json.Length > 1_500 ? json[..1_500] + "…" : json;

    private static bool Read(string document, string json, out string errors)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        IEnumerable<Issue> found;
        bool ok;
        switch (document)
        {
            case "case-facts":
            {
                var r = CaseFactsJson.Read(bytes);
                (ok, found) = (r.Success, r.Errors);
                break;
            }

            case "action-plan":
            {
                var r = ActionPlanDocument.Read(bytes);
                (ok, found) = (r.Success, r.Errors);
                break;
            }

            case "review-record":
            {
                var r = ReviewRecordJson.Read(bytes);
                (ok, found) = (r.Success, r.Errors);
                break;
            }

            case "register":
            {
                var r = Safeguarding.Domain.Register.RegisterJson.Read(bytes);
                (ok, found) = (r.Success, r.Errors);
                break;
            }

            case "local-policy":
            {
                var r = LocalPolicyJson.Read(bytes);
                (ok, found) = (r.Success, r.Errors);
                break;
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(document));
        }

        errors = string.Join("; ", found.Select(e => e.Path + " " + e.Code));
        return ok;
    }

    /// <summary>Which input document an example is, by its properties; null for the output documents.</summary>
    private static string? Classify(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var names = root.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        if (names.Contains("asOf") || names.Contains("state") || names.Contains("regime") || names.Contains("determinations"))
        {
            return null;
        }

        if (names.Contains("decisionDate"))
        {
            return "case-facts";
        }

        if (names.Contains("review"))
        {
            return "action-plan";
        }

        if (names.Contains("events") && names.Contains("kind"))
        {
            return "review-record";
        }

        return names.Count > 0 && names.IsSubsetOf(new[] { "scheme", "escalation" }) ? "local-policy" : null;
    }

    private static IEnumerable<string> JsonBlocks(string markdown) => Documentation.Blocks(markdown).Where(b => b.Language == "json").Select(b => b.Body);

    private static IEnumerable<JsonElement> AllSchemas(JsonElement schema)
    {
        yield return schema;
        foreach (var keyword in new[] { "properties" })
        {
            if (schema.TryGetProperty(keyword, out var properties))
            {
                foreach (var p in properties.EnumerateObject())
                {
                    foreach (var s in AllSchemas(p.Value))
                    {
                        yield return s;
                    }
                }
            }
        }

        if (schema.TryGetProperty("items", out var items))
        {
            foreach (var s in AllSchemas(items))
            {
                yield return s;
            }
        }

        if (schema.TryGetProperty("anyOf", out var variants))
        {
            foreach (var v in variants.EnumerateArray())
            {
                foreach (var s in AllSchemas(v))
                {
                    yield return s;
                }
            }
        }
    }

    private static bool TypeIncludes(JsonElement schema, string type) =>
        schema.TryGetProperty("type", out var t) && (t.ValueKind == JsonValueKind.String ? t.GetString() == type : t.EnumerateArray().Any(x => x.GetString() == type));
}
