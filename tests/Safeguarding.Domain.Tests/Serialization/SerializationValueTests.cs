using System;
using System.Collections.Immutable;
using System.Text.Json;
using Safeguarding.Domain.Serialization;
using Safeguarding.Domain.Tests.Support;

namespace Safeguarding.Domain.Tests.Serialization;

/// <summary>The small public values of the serialization layer: errors, results, limits, the error document and the schema catalogue.</summary>
public sealed class SerializationValueTests
{
    private sealed class Doc
    {
        public Doc(string name) => Name = name;

        public string Name { get; }
    }

    [Fact]
    public void InputError_EqualityTextAndArguments()
    {
        var error = new Issue("$.a", "wrong-type", "Expected a string.");
        EqualityLaws.Hold(
            error,
            new Issue("$." + "a", "wrong-type", "Expected a string."),
            new Issue("$.b", "wrong-type", "Expected a string."),
            new Issue("$.a", "null-value", "Expected a string."));
        Assert.NotEqual(error, new Issue("$.a", "wrong-type", "Expected a number."));
        Assert.False(error.Equals((Issue?)null));
        Assert.Equal("error $.a: wrong-type: Expected a string.", error.ToString());
        Assert.Equal("path", Assert.ThrowsAny<ArgumentException>(() => new Issue(" ", "c", "m")).ParamName);
        Assert.Equal("code", Assert.ThrowsAny<ArgumentException>(() => new Issue("$", "", "m")).ParamName);
        Assert.Equal("message", Assert.ThrowsAny<ArgumentException>(() => new Issue("$", "c", null!)).ParamName);
    }

    [Fact]
    public void Result_SuccessAndFailure()
    {
        var doc = new Doc("a");
        var ok = Result<Doc>.Ok(doc);
        Assert.True(ok.Success);
        Assert.Same(doc, ok.Value);
        Assert.Empty(ok.Errors);
        Assert.True(ok.TryGetValue(out var got));
        Assert.Same(doc, got);
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => Result<Doc>.Ok(null!)).ParamName);

        var errors = ImmutableArray.Create(new Issue("$", "wrong-type", "The document must be a JSON object."));
        var failed = Result<Doc>.Fail(errors);
        Assert.False(failed.Success);
        Assert.False(failed.TryGetValue(out _));
        Assert.Equal(errors, failed.Errors);
        var noValue = Assert.Throws<InvalidOperationException>(() => failed.Value);
        Assert.Equal("The result is a failure with 1 error(s); see Errors.", noValue.Message);
        var empty = Assert.Throws<ArgumentException>(() => Result<Doc>.Fail(ImmutableArray<Issue>.Empty));
        Assert.Equal("errors", empty.ParamName);
        Assert.StartsWith("A failure has at least one error.", empty.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Result<Doc>.Fail(default));
        var warning = new Issue("$", "action-past-horizon", IssueSeverity.Warning, "A warning.");
        Assert.StartsWith("A failure's issues are errors.", Assert.Throws<ArgumentException>(() => Result<Doc>.Fail(ImmutableArray.Create(warning))).Message, StringComparison.Ordinal);

        Assert.True(ok.Equals(Result<Doc>.Ok(doc)));
        Assert.True(ok.Equals((object)Result<Doc>.Ok(doc)));
        Assert.Equal(ok.GetHashCode(), Result<Doc>.Ok(doc).GetHashCode());
        Assert.False(ok.Equals(Result<Doc>.Ok(new Doc("a"))));
        Assert.True(failed.Equals(Result<Doc>.Fail(ImmutableArray.Create(new Issue("$", "wrong-type", "The document must be a JSON object.")))));
        Assert.False(failed.Equals(Result<Doc>.Fail(ImmutableArray.Create(new Issue("$", "too-deep", "The document must be a JSON object.")))));
        Assert.False(failed.Equals(ok));
        Assert.False(ok.Equals((Result<Doc>?)null));
        Assert.Equal(1, failed.GetHashCode());
        Assert.Equal(2, Result<Doc>.Fail(errors.Add(errors[0])).GetHashCode());
        Assert.Equal(doc.GetHashCode(), ok.GetHashCode());
        Assert.False(ok.Equals("not a result"));
        Assert.Equal("failed: 1 error(s), first error $: wrong-type: The document must be a JSON object.", failed.ToString());
        Assert.StartsWith("ok: ", ok.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Result_MapAndBind_CarryTheValueOrTheSameErrors()
    {
        var ok = Result<string>.Ok("abc");
        var failed = Result<string>.Fail(ImmutableArray.Create(new Issue("$.a", "invalid-date", "No such day.")));

        Assert.Equal(3, ok.Map(s => s.Length).Value);
        Assert.Equal(failed.Errors, failed.Map<int>(_ => throw new InvalidOperationException("not called")).Errors);
        Assert.Equal("ABC", ok.Bind(s => Result<string>.Ok(s.ToUpperInvariant())).Value);
        var bound = ok.Bind(_ => Result<int>.Fail(failed.Errors));
        Assert.False(bound.Success);
        Assert.Equal(failed.Errors, bound.Errors);
        Assert.Equal(failed.Errors, failed.Bind<int>(_ => throw new InvalidOperationException("not called")).Errors);
        Assert.Equal("map", Assert.Throws<ArgumentNullException>(() => ok.Map<int>(null!)).ParamName);
        Assert.Equal("next", Assert.Throws<ArgumentNullException>(() => ok.Bind<int>(null!)).ParamName);
    }

    [Fact]
    public void Issue_SeverityAndText()
    {
        var warning = new Issue("$.actions[0].targetDate", "action-past-horizon", IssueSeverity.Warning, "After the horizon.");
        Assert.Equal(IssueSeverity.Warning, warning.Severity);
        Assert.Equal("warning", warning.SeverityName);
        Assert.Equal("warning $.actions[0].targetDate: action-past-horizon: After the horizon.", warning.ToString());
        Assert.Equal(IssueSeverity.Error, new Issue("$", "c", "m").Severity);
        Assert.NotEqual(warning, new Issue("$.actions[0].targetDate", "action-past-horizon", IssueSeverity.Error, "After the horizon."));
        Assert.Equal("severity", Assert.ThrowsAny<ArgumentException>(() => new Issue("$", "c", (IssueSeverity)2, "m")).ParamName);
    }

    [Fact]
    public void JsonReadLimits_DefaultsAndArguments()
    {
        var d = JsonReadLimits.Default;
        Assert.Equal((16 * 1024 * 1024, 32, 20_000, 200_000), (d.MaxDocumentBytes, d.MaxDepth, d.MaxTextLength, d.MaxArrayItems));
        var custom = new JsonReadLimits(1, 2, 3, 4);
        Assert.Equal((1, 2, 3, 4), (custom.MaxDocumentBytes, custom.MaxDepth, custom.MaxTextLength, custom.MaxArrayItems));
        Assert.Equal("maxDocumentBytes", Assert.ThrowsAny<ArgumentException>(() => new JsonReadLimits(0, 1, 1, 1)).ParamName);
        Assert.Equal("maxDepth", Assert.ThrowsAny<ArgumentException>(() => new JsonReadLimits(1, 0, 1, 1)).ParamName);
        Assert.Equal("maxTextLength", Assert.ThrowsAny<ArgumentException>(() => new JsonReadLimits(1, 1, -1, 1)).ParamName);
        Assert.Equal("maxArrayItems", Assert.ThrowsAny<ArgumentException>(() => new JsonReadLimits(1, 1, 1, 0)).ParamName);
    }

    [Fact]
    public void ErrorDocument_ListsEveryErrorInOrder()
    {
        string json = ErrorDocument.ToJson(new[]
        {
            new Issue("$.a", "wrong-type", "Expected a string."),
            new Issue("$.b[2]", "invalid-date", "Expected a real calendar date as YYYY-MM-DD."),
        });
        Assert.Equal(
            "{\"errors\":[{\"path\":\"$.a\",\"code\":\"wrong-type\",\"message\":\"Expected a string.\"},"
            + "{\"path\":\"$.b[2]\",\"code\":\"invalid-date\",\"message\":\"Expected a real calendar date as YYYY-MM-DD.\"}]}",
            JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement));
        Assert.Equal("{\"errors\":[]}", JsonSerializer.Serialize(JsonDocument.Parse(ErrorDocument.ToJson(Array.Empty<Issue>())).RootElement));
    }

    [Fact]
    public void DocumentSchemas_NamesEveryInputDocument_AndRefusesOthers()
    {
        Assert.Equal(new[] { "case-facts", "action-plan", "review-record", "local-policy", "register" }, DocumentSchemas.Names);
        foreach (var name in DocumentSchemas.Names)
        {
            Assert.True(DocumentSchemas.TryGet(name, out var schema));
            using var parsed = JsonDocument.Parse(schema!);
            Assert.Equal(JsonValueKind.Object, parsed.RootElement.ValueKind);
            Assert.Same(schema, DocumentSchemas.Get(name)); // loaded once, then cached
        }

        Assert.Contains("\"jurisdiction\"", DocumentSchemas.Get("case-facts"), StringComparison.Ordinal);
        Assert.Contains("\"actions\"", DocumentSchemas.Get("action-plan"), StringComparison.Ordinal);
        Assert.Contains("\"events\"", DocumentSchemas.Get("review-record"), StringComparison.Ordinal);
        Assert.Contains("\"escalation\"", DocumentSchemas.Get("local-policy"), StringComparison.Ordinal);
        Assert.False(DocumentSchemas.TryGet("plan", out var none));
        Assert.Null(none);
        Assert.False(DocumentSchemas.TryGet(null, out _));
        var unknown = Assert.Throws<ArgumentException>(() => DocumentSchemas.Get("plan"));
        Assert.Equal("document", unknown.ParamName);
        Assert.StartsWith("Unknown document; expected one of: case-facts, action-plan, review-record, local-policy, register.", unknown.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => DocumentSchemas.Get(null!));
    }
}
