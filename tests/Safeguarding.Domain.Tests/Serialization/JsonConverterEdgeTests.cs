using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Calendars;
using Safeguarding.Domain.Criteria;
using Safeguarding.Domain.Lifecycle;
using Safeguarding.Domain.Rating;
using Safeguarding.Domain.Reporting;
using Safeguarding.Domain.Serialization;

namespace Safeguarding.Domain.Tests.Serialization;

/// <summary>
/// The converters' edges, written for the mutants that survived the measured run: argument checks on every
/// converter, the output-only documents' refusal naming the document, the exception's messages, and NodaTime
/// dates as property names.
/// </summary>
public sealed class JsonConverterEdgeTests
{
    private static readonly JsonSerializerOptions Options = new();

    public static TheoryData<string> Converters() => new()
    {
        "action-plan", "case-facts", "review-record", "local-policy", "evaluation", "plan-report", "review-report", "lifecycle", "holidays", "date",
    };

    private static Action<Utf8JsonWriter?> WriteNullValue(string which) => which switch
    {
        "action-plan" => w => new ActionPlanJsonConverter().Write(w!, null!, Options),
        "case-facts" => w => new CaseFactsDocumentJsonConverter().Write(w!, null!, Options),
        "review-record" => w => new ReviewRecordJsonConverter().Write(w!, null!, Options),
        "local-policy" => w => new LocalPolicyJsonConverter().Write(w!, null!, Options),
        "evaluation" => w => new EvaluationJsonConverter().Write(w!, null!, Options),
        "plan-report" => w => new ScrutinyReportJsonConverter().Write(w!, null!, Options),
        "review-report" => w => new ReviewReportJsonConverter().Write(w!, null!, Options),
        "lifecycle" => w => new ReviewLifecycleJsonConverter().Write(w!, null!, Options),
        "holidays" => w => new HolidayYearJsonConverter().Write(w!, null!, Options),
        _ => w => new IsoLocalDateJsonConverter().Write(w!, new LocalDate(2020, 1, 1), Options),
    };

    [Theory]
    [MemberData(nameof(Converters))]
    public void Write_RefusesANullWriterFirst_ThenANullValue(string which)
    {
        Assert.Equal("writer", Assert.Throws<ArgumentNullException>(() => WriteNullValue(which)(null)).ParamName);
        if (which != "date")
        {
            using var stream = new MemoryStream();
            using var writer = new Utf8JsonWriter(stream);
            Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => WriteNullValue(which)(writer)).ParamName);
            writer.Flush();
            Assert.Equal(0, stream.Length); // nothing written before the refusal
        }
    }

    [Theory]
    [InlineData("evaluation", "The evaluation is a document the library writes, not one it reads")]
    [InlineData("plan-report", "The plan report is a document the library writes, not one it reads")]
    [InlineData("review-report", "The review report is a document the library writes, not one it reads")]
    [InlineData("lifecycle", "The lifecycle table is a document the library writes, not one it reads")]
    [InlineData("holidays", "The holiday list is a document the library writes, not one it reads")]
    public void OutputOnlyDocuments_RefuseToBeRead_NamingTheDocument(string which, string message)
    {
        var ex = Assert.Throws<JsonException>(() => ReadOutput(which));
        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
    }

    private static void ReadOutput(string which)
    {
        byte[] json = Encoding.UTF8.GetBytes("{}");
        var reader = new Utf8JsonReader(json);
        reader.Read();
        switch (which)
        {
            case "evaluation": new EvaluationJsonConverter().Read(ref reader, typeof(Evaluation), Options); break;
            case "plan-report": new ScrutinyReportJsonConverter().Read(ref reader, typeof(ScrutinyReport), Options); break;
            case "review-report": new ReviewReportJsonConverter().Read(ref reader, typeof(ReviewReport), Options); break;
            case "lifecycle": new ReviewLifecycleJsonConverter().Read(ref reader, typeof(ReviewLifecycle), Options); break;
            default: new HolidayYearJsonConverter().Read(ref reader, typeof(HolidayYear), Options); break;
        }
    }

    [Fact]
    public void SafeguardingJsonException_SaysTheCodeThePathAndHowManyMore()
    {
        var a = new Issue("$.a", "wrong-type", "Expected a string.");
        var b = new Issue("$.b", "null-value", "This property is required and may not be null.");
        var one = new SafeguardingJsonException(ImmutableArray.Create(a));
        Assert.Equal("The document cannot be read: wrong-type at $.a.", one.Message);
        Assert.Equal(("$.a", "wrong-type"), (one.Path, one.Code));
        Assert.Equal("The document cannot be read: wrong-type at $.a. There is 1 more error; see Errors.", new SafeguardingJsonException(ImmutableArray.Create(a, b)).Message);
        Assert.Equal("The document cannot be read: wrong-type at $.a. There are 2 more errors; see Errors.", new SafeguardingJsonException(ImmutableArray.Create(a, b, b)).Message);

        var none = Assert.Throws<ArgumentException>(() => new SafeguardingJsonException(ImmutableArray<Issue>.Empty));
        Assert.Equal("errors", none.ParamName);
        Assert.StartsWith("A failed read has at least one error.", none.Message, StringComparison.Ordinal);
        var withNull = Assert.Throws<ArgumentException>(() => new SafeguardingJsonException(ImmutableArray.Create(a, null!)));
        Assert.Equal("errors", withNull.ParamName);
        Assert.StartsWith("An error is null.", withNull.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadConverters_UseTheLimitsTheyWereMadeWith()
    {
        var tiny = new JsonReadLimits(maxDocumentBytes: 8, maxDepth: 32, maxTextLength: 100, maxArrayItems: 100);
        var options = new JsonSerializerOptions
        {
            Converters =
            {
                new CaseFactsDocumentJsonConverter(tiny), new ActionPlanJsonConverter(tiny),
                new ReviewRecordJsonConverter(tiny, Safeguarding.Domain.Timescales.TimescaleCatalogue.Default), new LocalPolicyJsonConverter(tiny),
            },
        };
        const string Json = "{\"something\": \"longer than eight bytes\"}";
        Assert.Equal("too-large", Assert.Throws<SafeguardingJsonException>(() => JsonSerializer.Deserialize<CaseFactsDocument>(Json, options)).Code);
        Assert.Equal("too-large", Assert.Throws<SafeguardingJsonException>(() => JsonSerializer.Deserialize<ActionPlan>(Json, options)).Code);
        Assert.Equal("too-large", Assert.Throws<SafeguardingJsonException>(() => JsonSerializer.Deserialize<ReviewRecord>(Json, options)).Code);
        Assert.Equal("too-large", Assert.Throws<SafeguardingJsonException>(() => JsonSerializer.Deserialize<LocalPolicy>(Json, options)).Code);
        Assert.Equal("limits", Assert.Throws<ArgumentNullException>(() => new CaseFactsDocumentJsonConverter(null!)).ParamName);
        Assert.Equal("limits", Assert.Throws<ArgumentNullException>(() => new ActionPlanJsonConverter(null!)).ParamName);
        Assert.Equal("limits", Assert.Throws<ArgumentNullException>(() => new LocalPolicyJsonConverter(null!)).ParamName);
        var catalogue = Safeguarding.Domain.Timescales.TimescaleCatalogue.Default;
        Assert.Equal("limits", Assert.Throws<ArgumentNullException>(() => new ReviewRecordJsonConverter(null!, catalogue)).ParamName);
        Assert.Equal("limits", Assert.Throws<ArgumentNullException>(() => new ReviewRecordJsonConverter(null!, null!)).ParamName);
        Assert.Equal("catalogue", Assert.Throws<ArgumentNullException>(() => new ReviewRecordJsonConverter(tiny, null!)).ParamName);
    }

    private sealed class DatedNotes
    {
        [JsonConverter(typeof(IsoLocalDateJsonConverter))]
        public LocalDate On { get; set; }
    }

    [Fact]
    public void IsoDates_AsValuesAndAsPropertyNames_AndOnlyInTheIsoCalendar()
    {
        var options = new JsonSerializerOptions { Converters = { new IsoLocalDateJsonConverter() } };
        var byDate = new Dictionary<LocalDate, int> { [new LocalDate(2019, 2, 28)] = 1 };
        string json = JsonSerializer.Serialize(byDate, options);
        Assert.Equal("{\"2019-02-28\":1}", json);
        Assert.Equal(byDate, JsonSerializer.Deserialize<Dictionary<LocalDate, int>>(json, options));
        var refused = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Dictionary<LocalDate, int>>("{\"2019-02-30\":1}", options));
        Assert.StartsWith("Expected a date string as YYYY-MM-DD (ISO-8601) that exists in the calendar.", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("2019-02-30", refused.Message, StringComparison.Ordinal);

        using var stream = new MemoryStream();
        using var writer = new Utf8JsonWriter(stream);
        Assert.Equal("writer", Assert.Throws<ArgumentNullException>(() => new IsoLocalDateJsonConverter().WriteAsPropertyName(null!, new LocalDate(2020, 1, 1), options)).ParamName);
        var julian = new LocalDate(2020, 1, 1, CalendarSystem.Julian);
        var notIso = Assert.ThrowsAny<ArgumentException>(() => JsonSerializer.Serialize(new DatedNotes { On = julian }, Options));
        Assert.StartsWith("Only dates in the ISO calendar can be written as ISO dates.", notIso.Message, StringComparison.Ordinal);
    }
}
