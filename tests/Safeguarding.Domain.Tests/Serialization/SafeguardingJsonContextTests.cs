using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Calendars;
using Safeguarding.Domain.Criteria;
using Safeguarding.Domain.Internal;
using Safeguarding.Domain.Lifecycle;
using Safeguarding.Domain.Rating;
using Safeguarding.Domain.Reporting;
using Safeguarding.Domain.Serialization;
using Safeguarding.Domain.Tests.ActionPlans;
using Safeguarding.Domain.Tests.Lifecycle;
using Safeguarding.Domain.Timescales;
using Safeguarding.Tests.Shared;

namespace Safeguarding.Domain.Tests.Serialization;

/// <summary>
/// The source-generated context (<see cref="SafeguardingJsonContext"/>): the same values, bytes, paths and codes as the
/// library's own readers and writers, for every contract document.
/// </summary>
public sealed class SafeguardingJsonContextTests
{
    internal const string CaseFactsExample = """
        { "jurisdiction": "england", "subject": "child", "decisionDate": "2013-05-01", "abuseOrNeglect": "suspected", "harm": "seriously-harmed", "concernAboutJointWorking": "yes" }
        """;

    internal const string LocalPolicyExample = """
        { "scheme": { "name": "council", "statuses": ["off-track", "in-progress", "complete", "embedded"],
                      "notStarted": "off-track", "inProgress": "in-progress", "overdue": "off-track",
                      "completed": "complete", "embedded": "embedded", "rollUp": "worst-of" },
          "escalation": { "leadOfficer": { "daysOverdue": 1, "cyclesWithoutUpdate": 1, "cyclesAtRed": 1 },
                          "subgroup": { "daysOverdue": 30 }, "board": { "daysOverdue": 90, "cyclesAtRed": 3 } } }
        """;

    private const string Marker = "ZQX-PLANTED-7731";

    private static readonly SafeguardingJsonContext Context = SafeguardingJsonContext.Default;

    /// <summary>The context under the encoder the library's own writers use (escaping only what JSON requires).</summary>
    private static readonly SafeguardingJsonContext Relaxed = new(new JsonSerializerOptions(Context.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);

    private static ActionPlan Plan() => ActionPlanDocument.Read(Utf8(ContractExampleTests.Example)).Value;

    private static CaseFactsDocument CaseFacts() => CaseFactsJson.Read(Utf8(CaseFactsExample)).Value;

    private static ReviewRecord Record() => ReviewRecordJson.Read(Utf8(ReviewRecordTests.ContractExample)).Value;

    private static LocalPolicy Policy() => LocalPolicyJson.Read(Utf8(LocalPolicyExample)).Value;

    // (a) Reading the contract's examples gives what the strict readers give.

    [Fact]
    public void Deserialize_ActionPlanContractExample_EqualsTheStrictReader()
    {
        var plan = JsonSerializer.Deserialize(Utf8(ContractExampleTests.Example), Context.ActionPlan);
        Assert.Equal(Plan(), plan);
    }

    [Fact]
    public void Deserialize_CaseFactsContractExample_EqualsTheStrictReader()
    {
        var document = JsonSerializer.Deserialize(Utf8(CaseFactsExample), Context.CaseFactsDocument)!;
        var strict = CaseFacts();
        Assert.Equal(strict.Facts, document.Facts);
        Assert.Equal(strict.Options.EnglandTransition, document.Options.EnglandTransition);
        Assert.Equal(strict.Options.RapidReviewClockStart, document.Options.RapidReviewClockStart);
    }

    [Fact]
    public void Deserialize_ReviewRecordContractExample_EqualsTheStrictReader()
    {
        var record = JsonSerializer.Deserialize(ReviewRecordTests.ContractExample, Context.ReviewRecord);
        Assert.Equal(Record(), record);
    }

    [Fact]
    public void Deserialize_LocalPolicyExample_EqualsTheStrictReader()
    {
        var policy = JsonSerializer.Deserialize(Utf8(LocalPolicyExample), Context.LocalPolicy)!;
        Assert.Equal(Policy().Scheme, policy.Scheme);
        Assert.Equal(Policy().Escalation, policy.Escalation);
    }

    [Fact]
    public void Deserialize_FromAStream_EqualsTheStrictReader()
    {
        using var stream = new MemoryStream(Utf8(ContractExampleTests.Example));
        Assert.Equal(Plan(), JsonSerializer.Deserialize(stream, Context.ActionPlan));
    }

    // (b) Writing is byte for byte the library's own JSON.

    [Fact]
    public void Serialize_ActionPlan_IsByteIdenticalToWrite()
    {
        Assert.Equal(ActionPlanDocument.Write(Plan()), JsonSerializer.Serialize(Plan(), Relaxed.ActionPlan));
    }

    [Fact]
    public void Serialize_CaseFactsDocument_IsByteIdenticalToWrite()
    {
        Assert.Equal(CaseFactsJson.Write(CaseFacts()), JsonSerializer.Serialize(CaseFacts(), Relaxed.CaseFactsDocument));
    }

    [Fact]
    public void Serialize_ReviewRecord_IsByteIdenticalToToJson()
    {
        Assert.Equal(Record().ToJson(), JsonSerializer.Serialize(Record(), Relaxed.ReviewRecord));
    }

    [Fact]
    public void Serialize_LocalPolicy_IsByteIdenticalToToJson()
    {
        Assert.Equal(Policy().ToJson(), JsonSerializer.Serialize(Policy(), Relaxed.LocalPolicy));
        Assert.Equal(LocalPolicy.Default.ToJson(), JsonSerializer.Serialize(LocalPolicy.Default, Relaxed.LocalPolicy));
    }

    [Fact]
    public void Serialize_ScrutinyReport_IsByteIdenticalToToJson()
    {
        var report = ScrutinyReport.Create(Plan(), new LocalDate(2020, 11, 1), new LocalDate(2020, 8, 1));
        Assert.Equal(report.ToJson(), JsonSerializer.Serialize(report, Relaxed.ScrutinyReport));
    }

    [Fact]
    public void Serialize_ReviewReport_IsByteIdenticalToToJson()
    {
        var report = ReviewReport.Create(Record(), new LocalDate(2015, 1, 1), TimescaleCatalogue.Default);
        Assert.Equal(report.ToJson(), JsonSerializer.Serialize(report, Relaxed.ReviewReport));
    }

    [Theory]
    [InlineData(DeterminationKind.SeriousCaseReview)]
    [InlineData(DeterminationKind.LocalChildSafeguardingPracticeReview)]
    [InlineData(DeterminationKind.DomesticHomicideReview)]
    public void Serialize_ReviewLifecycle_IsByteIdenticalToToJson(DeterminationKind kind)
    {
        var lifecycle = ReviewLifecycle.For(kind);
        Assert.Equal(lifecycle.ToJson(), JsonSerializer.Serialize(lifecycle, Relaxed.ReviewLifecycle));
    }

    [Fact]
    public void Serialize_HolidayYear_UnderTheDefaultEncoder_IsTheSameJsonValue()
    {
        // The default encoder escapes the apostrophe of "New Year's Day"; the library's own writer does not.
        var year = HolidayCalendar.EnglandAndWales.HolidaysIn(2022);
        string json = JsonSerializer.Serialize(year, Context.HolidayYear);
        Assert.Contains("\\u0027", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u0027", year.ToJson(), StringComparison.Ordinal);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(year.ToJson()), JsonNode.Parse(json)));
    }

    [Fact]
    public void Serialize_HolidayYear_IsByteIdenticalToToJson()
    {
        var year = HolidayCalendar.EnglandAndWales.HolidaysIn(2022);
        Assert.Equal(year.ToJson(), JsonSerializer.Serialize(year, Relaxed.HolidayYear));
    }

    [Fact]
    public void Serialize_Evaluation_UnderTheSameRelaxedEncoder_IsByteIdenticalToToJson()
    {
        var evaluation = CriteriaEvaluator.Evaluate(CaseFacts().Facts, CaseFacts().Options).Value;
        Assert.Equal(EvaluationJson.ToJson(evaluation), JsonSerializer.Serialize(evaluation, Relaxed.Evaluation));
    }

    [Fact]
    public void Serialize_Evaluation_UnderTheDefaultEncoder_IsTheSameJsonValue()
    {
        var evaluation = CriteriaEvaluator.Evaluate(CaseFacts().Facts, CaseFacts().Options).Value;
        string json = JsonSerializer.Serialize(evaluation, Context.Evaluation);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(EvaluationJson.ToJson(evaluation)), JsonNode.Parse(json)));
    }

    [Fact]
    public void Serialize_ToACompactWriter_FollowsTheWritersFormatting()
    {
        var compact = new SafeguardingJsonContext(new JsonSerializerOptions(Context.Options) { WriteIndented = false });
        string json = JsonSerializer.Serialize(Plan(), compact.ActionPlan);
        Assert.DoesNotContain("\n", json, StringComparison.Ordinal);
        Assert.Equal(Plan(), ActionPlanDocument.Read(Utf8(json)).Value);
    }

    [Fact]
    public void Serialize_Null_IsJsonNull_AndJsonNull_IsNull()
    {
        Assert.Equal("null", JsonSerializer.Serialize(null!, Context.ActionPlan));
        Assert.Null(JsonSerializer.Deserialize("null", Context.ActionPlan));
    }

    // Output documents are written only.

    [Fact]
    public void Deserialize_OutputDocument_ThrowsAJsonExceptionThatSaysItIsOutputOnly()
    {
        var evaluation = CriteriaEvaluator.Evaluate(CaseFacts().Facts, CaseFacts().Options).Value;
        string json = JsonSerializer.Serialize(evaluation, Context.Evaluation);

        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, Context.Evaluation));
        Assert.Contains("writes, not one it reads", ex.Message, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("{}", Context.ScrutinyReport));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("{}", Context.ReviewReport));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("{}", Context.ReviewLifecycle));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("[]", Context.HolidayYear));
    }

    // (c) Hostile input: the same paths and codes as the strict reader.

    public static TheoryData<string, string, string, string> HostileSamples()
    {
        string deep = "{ \"review\": \"R\", \"findings\": " + new string('[', 40) + new string(']', 40) + " }";
        string deepFacts = "{ \"jurisdiction\": \"england\", \"subject\": \"child\", \"decisionDate\": \"2013-05-01\", \"harm\": "
            + new string('[', 33) + new string(']', 33) + " }";
        string deepRecord = "{ \"kind\": \"serious-case-review\", \"jurisdiction\": \"england\", \"events\": [ "
            + new string('[', 35) + new string(']', 35) + " ] }";
        string plan = ContractExampleTests.Example;
        string tooDeep = string.Concat(Enumerable.Repeat("[0]", JsonReadLimits.Default.MaxDepth - 1));
        return new TheoryData<string, string, string, string>
        {
            { "action-plan", plan.Replace("\"owner\": \"police\",", "\"owner\": \"police\", \"status\": \"amber\","), "$.actions[0].status", "unknown-property" },
            { "action-plan", plan.Replace("\"owner\": \"police\",", "\"owner\": \"police\", \"owner\": \"nhs\","), "$.actions[0].owner", "duplicate-property" },
            { "action-plan", plan.Replace("\"id\": \"1.1\"", "\"id\": 1.1"), "$.actions[0].id", "wrong-type" },
            { "action-plan", plan.Replace("\"2020-12-31\"", "\"2019-02-30\""), "$.actions[0].targetDate", "invalid-date" },
            { "action-plan", plan.Replace("\"2020-12-31\"", "\"99999-12-31\""), "$.actions[0].targetDate", "invalid-date" },
            { "action-plan", plan.Replace("\"2020-12-31\"", "\"0001-12-31\""), "$.actions[0].targetDate", "date-out-of-range" },
            { "action-plan", plan.Replace("\"P3M\"", "\"PT3H\""), "$.reportingCycle", "invalid-period" },
            { "action-plan", deep, "$.findings" + tooDeep, "too-deep" },
            { "case-facts", CaseFactsExample.Replace("\"harm\"", "\"harmm\""), "$.harmm", "unknown-property" },
            { "case-facts", CaseFactsExample.Replace("\"harm\": \"seriously-harmed\"", "\"harm\": \"died\", \"harm\": \"died\""), "$.harm", "duplicate-property" },
            { "case-facts", CaseFactsExample.Replace("\"england\"", "3"), "$.jurisdiction", "wrong-type" },
            { "case-facts", CaseFactsExample.Replace("2013-05-01", "2019-02-30"), "$.decisionDate", "invalid-date" },
            { "case-facts", CaseFactsExample.Replace("2013-05-01", "99999-05-01"), "$.decisionDate", "invalid-date" },
            { "case-facts", CaseFactsExample.Replace("\"yes\"", "\"yes\", \"ageAtDeath\": 99999999999"), "$.ageAtDeath", "number-out-of-range" },
            { "case-facts", CaseFactsExample.Replace("\"yes\"", "\"yes\", \"ageAtDeath\": 4.5"), "$.ageAtDeath", "invalid-number" },
            { "case-facts", deepFacts, "$.harm" + tooDeep, "too-deep" },
            { "review-record", ReviewRecordTests.ContractExample.Replace("\"P18M\"", "\"P18M\", \"extra\": 1"), "$.localPolicy.extra", "unknown-property" },
            { "review-record", ReviewRecordTests.ContractExample.Replace("\"kind\": \"serious-case-review\",", "\"kind\": \"serious-case-review\", \"kind\": \"rapid-review\","), "$.kind", "duplicate-property" },
            { "review-record", ReviewRecordTests.ContractExample.Replace("\"P18M\"", "18"), "$.localPolicy.publicationPeriod", "wrong-type" },
            { "review-record", ReviewRecordTests.ContractExample.Replace("2013-01-10", "2019-02-30"), "$.events[1].date", "invalid-date" },
            { "review-record", ReviewRecordTests.ContractExample.Replace("2013-01-10", "99999-01-10"), "$.events[1].date", "invalid-date" },
            { "review-record", ReviewRecordTests.ContractExample.Replace("2013-01-10", "1999-01-10"), "$.events[1].date", "date-out-of-range" },
            { "review-record", deepRecord, "$.events" + tooDeep, "too-deep" },
            { "local-policy", "{ \"escalation\": { \"board\": { \"daysOverdue\": 0 } } }", "$.escalation.board.daysOverdue", "number-out-of-range" },
            { "local-policy", "{ \"scheme\": {}, \"scheme\": {} }", "$.scheme", "duplicate-property" },
            { "local-policy", "{ \"escalation\": [] }", "$.escalation", "wrong-type" },
            { "local-policy", "{ \"escalaton\": {} }", "$.escalaton", "unknown-property" },
        };
    }

    [Theory]
    [MemberData(nameof(HostileSamples))]
    public void Deserialize_HostileSample_ThrowsWithTheStrictReadersPathCodeAndErrors(string document, string json, string path, string code)
    {
        var strict = StrictErrors(document, Utf8(json));
        Assert.Equal((path, code), (strict[0].Path, strict[0].Code));

        var ex = Assert.Throws<SafeguardingJsonException>(() => Deserialize(document, Utf8(json)));

        Assert.Equal(path, ex.Path);
        Assert.Equal(code, ex.Code);
        Assert.Equal(strict, ex.Errors.ToArray());
        Assert.Contains(code, ex.Message, StringComparison.Ordinal);
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Null(ex.InnerException);
    }

    [Fact]
    public void Deserialize_SeveralErrors_ReportsEveryOneAndCountsThemInTheMessage()
    {
        string json = ContractExampleTests.Example.Replace("\"2020-12-31\"", "\"2019-02-30\"").Replace("\"P3M\"", "3").Replace("\"title\": \"...\"", "\"title\": \"...\", \"x\": 1");
        var ex = Assert.Throws<SafeguardingJsonException>(() => JsonSerializer.Deserialize(json, Context.ActionPlan));
        Assert.Equal(ActionPlanDocument.Read(Utf8(json)).Errors.ToArray(), ex.Errors.ToArray());
        Assert.Equal(3, ex.Errors.Length);
        Assert.EndsWith("There are 2 more errors; see Errors.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_NestingBeyondTheSerializersMaxDepth_IsRefusedBySystemTextJsonItself()
    {
        string json = "{ \"review\": \"R\", \"findings\": " + new string('[', 100) + new string(']', 100) + " }";
        var ex = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json, Context.ActionPlan));
        Assert.IsNotType<SafeguardingJsonException>(ex);
        Assert.Equal("too-deep", Assert.Single(ActionPlanDocument.Read(Utf8(json)).Errors).Code);
    }

    [Fact]
    public void Deserialize_UnderTighterLimits_AppliesThem()
    {
        var options = new JsonSerializerOptions(Context.Options);
        options.Converters.Insert(0, new ActionPlanJsonConverter(new JsonReadLimits(200, 32, 100, 10)));
        var ex = Assert.Throws<SafeguardingJsonException>(() => JsonSerializer.Deserialize(ContractExampleTests.Example, new SafeguardingJsonContext(options).ActionPlan));
        Assert.Equal(("$", "too-large"), (ex.Path, ex.Code));
    }

    /// <summary>The CLI's whole hostile corpus, through the converters (a row's command names the document).</summary>
    public static TheoryData<string, string> Corpus()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in HostileCorpus.Manifest())
        {
            data.Add(row.File, row.File.Substring(0, row.File.IndexOf('/', StringComparison.Ordinal)));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Deserialize_HostileCorpus_AgreesWithTheStrictReader(string file, string document)
    {
        byte[] bytes = File.ReadAllBytes(Path.Combine(HostileCorpus.Root, file));
        var strict = StrictErrors(document, bytes);
        object? value;
        try
        {
            // As a file or a request body arrives: a stream (which, like the strict reader, skips a byte-order mark).
            using var stream = new MemoryStream(bytes);
            value = document switch
            {
                "action-plan" => JsonSerializer.Deserialize(stream, Context.ActionPlan),
                "case-facts" => JsonSerializer.Deserialize(stream, Context.CaseFactsDocument),
                _ => JsonSerializer.Deserialize(stream, Context.ReviewRecord),
            };
        }
        catch (SafeguardingJsonException ex)
        {
            // The converter's verdict is the strict reader's, error for error.
            Assert.Equal(strict, ex.Errors.ToArray());
            return;
        }
        catch (JsonException ex)
        {
            // System.Text.Json's own reader refused the bytes before the converter saw them: only syntax and encoding,
            // which the strict reader refuses too.
            Assert.NotEmpty(strict);
            Assert.Contains(strict[0].Code, new[] { "malformed-json", "invalid-utf8" });
            Assert.IsNotType<SafeguardingJsonException>(ex);
            return;
        }

        if (value is null)
        {
            Assert.Equal(("$", "wrong-type"), (strict[0].Path, strict[0].Code));
            return;
        }

        Assert.Empty(strict);
    }

    // (d) Privacy: no text of a refused document reaches the exception.

    public static TheoryData<string, string> PlantedDocuments() => new()
    {
        { "action-plan", ContractExampleTests.Example.Replace("Sam and Kyle", Marker).Replace("\"2020-12-31\"", "\"2019-02-30\"") },
        { "action-plan", ContractExampleTests.Example.Replace("\"2020-12-31\"", "\"" + Marker + "\"") },
        { "action-plan", ContractExampleTests.Example.Replace("\"amber\"", "\"" + Marker + "\"") },
        { "action-plan", ContractExampleTests.Example.Replace("training date set", Marker).Replace("\"output\"", "\"outputs\"") },
        { "case-facts", CaseFactsExample.Replace("\"seriously-harmed\"", "\"" + Marker + "\"") },
        { "case-facts", CaseFactsExample.Replace("2013-05-01", Marker) },
        { "review-record", ReviewRecordTests.ContractExample.Replace("\"initiate\"", "\"initiate\", \"reasons\": \"" + Marker + "\"").Replace("2013-01-10", "2019-02-30") },
        { "review-record", ReviewRecordTests.ContractExample.Replace("\"P18M\"", "\"" + Marker + "\"") },
        { "local-policy", "{ \"scheme\": { \"name\": \"" + Marker + "\", \"statuses\": [\"" + Marker + "\"] } }" },
    };

    [Theory]
    [MemberData(nameof(PlantedDocuments))]
    public void Deserialize_RefusedDocument_NeverRepeatsItsTextInTheException(string document, string json)
    {
        var ex = Assert.Throws<SafeguardingJsonException>(() => Deserialize(document, Utf8(json)));

        Assert.DoesNotContain(Marker, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Marker, ex.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Marker, ex.Path, StringComparison.Ordinal);
        Assert.All(ex.Errors, e => Assert.DoesNotContain(Marker, e.ToString(), StringComparison.Ordinal));
        Assert.Null(ex.InnerException);
    }

    [Fact]
    public void IsoLocalDate_RefusedValue_NeverRepeatsItsTextInTheException()
    {
        // NodaTime's own converter quotes the text in its inner exception; the library's bridge does not pass it on.
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("{ \"plan\": " + ContractExampleTests.Example + ", \"asOf\": \"" + Marker + "\" }", IntegratorJsonContext.Default.PlanRequest));

        Assert.DoesNotContain(Marker, ex.ToString(), StringComparison.Ordinal);
        Assert.Null(ex.InnerException);
        Assert.Equal("$.asOf", ex.Path);
    }

    // NodaTime's ISO date converter and the strict reader agree on what a date is.

    [Theory]
    [InlineData("2020-02-29", true)]
    [InlineData("2013-05-01", true)]
    [InlineData("2019-02-30", false)]
    [InlineData("2019-02-29", false)]
    [InlineData("2019-13-01", false)]
    [InlineData("2019-2-03", false)]
    [InlineData("19-02-03", false)]
    [InlineData("2019/02/03", false)]
    [InlineData("2019-02-03T00:00", false)]
    [InlineData("03-02-2019", false)]
    [InlineData("99999-01-01", false)]
    [InlineData("", false)]
    public void IsoLocalDate_AgreesWithTheStrictReader(string text, bool valid)
    {
        var converter = new IsoLocalDateJsonConverter();
        var options = new JsonSerializerOptions { TypeInfoResolver = IntegratorJsonContext.Default };
        LocalDate? noda;
        try
        {
            var reader = new Utf8JsonReader(Utf8("\"" + text + "\""));
            reader.Read();
            noda = converter.Read(ref reader, typeof(LocalDate), options);
        }
        catch (JsonException)
        {
            noda = null;
        }

        var strict = StrictDate(text);

        Assert.Equal(valid, noda.HasValue);
        Assert.Equal(noda, strict);
    }

    [Fact]
    public void IsoLocalDate_OutsideTheDocumentsYears_IsAcceptedByNodaTimeButNotByTheDocuments()
    {
        var request = JsonSerializer.Deserialize("{ \"plan\": " + ContractExampleTests.Example + ", \"asOf\": \"1899-12-31\" }", IntegratorJsonContext.Default.PlanRequest)!;
        Assert.Equal(new LocalDate(1899, 12, 31), request.AsOf);
        Assert.Null(StrictDate("1899-12-31"));
    }

    [Fact]
    public void IsoLocalDate_WritesIsoText()
    {
        var request = new PlanRequest(Plan(), new LocalDate(2020, 11, 1), null);
        using var document = JsonDocument.Parse(JsonSerializer.Serialize(request, IntegratorJsonContext.Default.PlanRequest));
        Assert.Equal("2020-11-01", document.RootElement.GetProperty("asOf").GetString());
    }

    [Fact]
    public void IsoLocalDate_DateInAnotherCalendar_IsNotWrittenAsIso()
    {
        var julian = new LocalDate(2020, 2, 29, CalendarSystem.Julian);
        var request = new PlanRequest(Plan(), julian, null);
        Assert.Throws<ArgumentException>(() => JsonSerializer.Serialize(request, IntegratorJsonContext.Default.PlanRequest));
    }

    // (f) A document inside an integrator's own type, through the integrator's own context.

    [Fact]
    public void IntegratorContext_DocumentProperty_IsReadByTheLibrarysConverter()
    {
        string json = "{ \"plan\": " + ContractExampleTests.Example + ", \"asOf\": \"2020-11-01\", \"requestedBy\": \"board\" }";

        var request = JsonSerializer.Deserialize(json, IntegratorJsonContext.Default.PlanRequest)!;

        Assert.Equal(Plan(), request.Plan);
        Assert.Equal(new LocalDate(2020, 11, 1), request.AsOf);
        Assert.Equal("board", request.RequestedBy);
    }

    [Fact]
    public void IntegratorContext_BadDocumentProperty_ThrowsWithPathsRelativeToTheDocument()
    {
        string plan = ContractExampleTests.Example.Replace("\"2020-12-31\"", "\"2019-02-30\"");
        string json = "{ \"requestedBy\": \"board\", \"plan\": " + plan + ", \"asOf\": \"2020-11-01\" }";

        var ex = Assert.Throws<SafeguardingJsonException>(() => JsonSerializer.Deserialize(json, IntegratorJsonContext.Default.PlanRequest));

        Assert.Equal("$.actions[0].targetDate", ex.Path);
        Assert.Equal("invalid-date", ex.Code);
    }

    [Fact]
    public void IntegratorContext_Write_EmbedsTheContractDocument()
    {
        var request = new PlanRequest(Plan(), new LocalDate(2020, 11, 1), "board");

        string json = JsonSerializer.Serialize(request, IntegratorJsonContext.Default.PlanRequest);

        using var document = JsonDocument.Parse(json);
        string plan = document.RootElement.GetProperty("plan").GetRawText();
        Assert.Equal(Plan(), ActionPlanDocument.Read(Utf8(plan)).Value);
        Assert.DoesNotContain("\n", json, StringComparison.Ordinal);
        Assert.Equal(request.Plan, JsonSerializer.Deserialize(json, IntegratorJsonContext.Default.PlanRequest)!.Plan);
    }

    [Fact]
    public void IntegratorOptions_BuiltOnTheLibrarysOptions_ReadDatesWithNodaTimesConverter()
    {
        var options = new JsonSerializerOptions(Context.Options)
        {
            TypeInfoResolver = System.Text.Json.Serialization.Metadata.JsonTypeInfoResolver.Combine(MinimalIntegratorContext.Default, Context),
        };
        var request = JsonSerializer.Deserialize<DatedPlan>("{ \"Plan\": " + ContractExampleTests.Example + ", \"AsOf\": \"2020-11-01\" }", options)!;
        Assert.Equal(new LocalDate(2020, 11, 1), request.AsOf);
        Assert.Equal(Plan(), request.Plan);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DatedPlan>("{ \"Plan\": null, \"AsOf\": \"2019-02-30\" }", options));
    }

    [Fact]
    public void Context_OptionsAreStrict()
    {
        var options = Context.Options;
        Assert.Equal(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow, options.UnmappedMemberHandling);
        Assert.False(options.AllowDuplicateProperties);
        Assert.True(options.RespectNullableAnnotations);
        Assert.True(options.RespectRequiredConstructorParameters);
        Assert.True(options.WriteIndented);
        Assert.Contains(options.Converters, c => c is IsoLocalDateJsonConverter);
    }

    [Fact]
    public void SafeguardingJsonException_WithoutErrors_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new SafeguardingJsonException(System.Collections.Immutable.ImmutableArray<Issue>.Empty));
        Assert.Throws<ArgumentException>(() => new SafeguardingJsonException(default));
    }

    private static object? Deserialize(string document, byte[] utf8) => document switch
    {
        "action-plan" => JsonSerializer.Deserialize(utf8, Context.ActionPlan),
        "case-facts" => JsonSerializer.Deserialize(utf8, Context.CaseFactsDocument),
        "review-record" => JsonSerializer.Deserialize(utf8, Context.ReviewRecord),
        "local-policy" => JsonSerializer.Deserialize(utf8, Context.LocalPolicy),
        _ => throw new ArgumentOutOfRangeException(nameof(document)),
    };

    private static Issue[] StrictErrors(string document, byte[] utf8) => (document switch
    {
        "action-plan" => ActionPlanDocument.Read(utf8).Errors,
        "case-facts" => CaseFactsJson.Read(utf8).Errors,
        "review-record" => ReviewRecordJson.Read(utf8).Errors,
        "local-policy" => LocalPolicyJson.Read(utf8).Errors,
        _ => throw new ArgumentOutOfRangeException(nameof(document)),
    }).ToArray();

    /// <summary>The strict reader's verdict on one date value.</summary>
    private static LocalDate? StrictDate(string text)
    {
        var read = JsonInput.Read(Utf8("{ \"date\": \"" + text + "\" }"), JsonReadLimits.Default, reader =>
        {
            var date = reader.Date("date", required: true);
            return date is LocalDate d ? new DateBox(d) : null;
        });
        return read.Success ? read.Value.Date : null;
    }

    private sealed class DateBox
    {
        public DateBox(LocalDate date) => Date = date;

        public LocalDate Date { get; }
    }
}

/// <summary>An integrator's type with a date, resolved by the integrator's context under options copied from the library's.</summary>
public sealed class DatedPlan
{
    public DatedPlan(ActionPlan? plan, LocalDate asOf)
    {
        Plan = plan;
        AsOf = asOf;
    }

    public ActionPlan? Plan { get; }

    public LocalDate AsOf { get; }
}

/// <summary>An integrator's context that names no converter: the date converter comes from the options it is used with.</summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(DatedPlan))]
internal sealed partial class MinimalIntegratorContext : System.Text.Json.Serialization.JsonSerializerContext
{
}
