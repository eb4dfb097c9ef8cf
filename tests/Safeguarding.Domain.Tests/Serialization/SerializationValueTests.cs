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
        var error = new InputError("$.a", "wrong-type", "Expected a string.");
        EqualityLaws.Hold(
            error,
            new InputError("$." + "a", "wrong-type", "Expected a string."),
            new InputError("$.b", "wrong-type", "Expected a string."),
            new InputError("$.a", "null-value", "Expected a string."));
        Assert.NotEqual(error, new InputError("$.a", "wrong-type", "Expected a number."));
        Assert.False(error.Equals((InputError?)null));
        Assert.Equal("$.a: wrong-type: Expected a string.", error.ToString());
        Assert.Equal("path", Assert.ThrowsAny<ArgumentException>(() => new InputError(" ", "c", "m")).ParamName);
        Assert.Equal("code", Assert.ThrowsAny<ArgumentException>(() => new InputError("$", "", "m")).ParamName);
        Assert.Equal("message", Assert.ThrowsAny<ArgumentException>(() => new InputError("$", "c", null!)).ParamName);
    }

    [Fact]
    public void ReadResult_SuccessAndFailure()
    {
        var doc = new Doc("a");
        var ok = ReadResult<Doc>.Ok(doc);
        Assert.True(ok.Success);
        Assert.Same(doc, ok.Value);
        Assert.Empty(ok.Errors);
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => ReadResult<Doc>.Ok(null!)).ParamName);

        var errors = ImmutableArray.Create(new InputError("$", "wrong-type", "The document must be a JSON object."));
        var failed = ReadResult<Doc>.Fail(errors);
        Assert.False(failed.Success);
        Assert.Equal(errors, failed.Errors);
        var noValue = Assert.Throws<InvalidOperationException>(() => failed.Value);
        Assert.Equal("The document could not be read; see Errors.", noValue.Message);
        var empty = Assert.Throws<ArgumentException>(() => ReadResult<Doc>.Fail(ImmutableArray<InputError>.Empty));
        Assert.Equal("errors", empty.ParamName);
        Assert.StartsWith("A failed read has at least one error.", empty.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ReadResult<Doc>.Fail(default));
        Assert.Empty(default(ReadResult<Doc>).Errors);
        Assert.False(default(ReadResult<Doc>).Success);

        Assert.True(ok == ReadResult<Doc>.Ok(doc));
        Assert.False(ok != ReadResult<Doc>.Ok(doc));
        Assert.True(ok.Equals((object)ReadResult<Doc>.Ok(doc)));
        Assert.Equal(ok.GetHashCode(), ReadResult<Doc>.Ok(doc).GetHashCode());
        Assert.True(ok != ReadResult<Doc>.Ok(new Doc("a")));
        Assert.True(failed == ReadResult<Doc>.Fail(ImmutableArray.Create(new InputError("$", "wrong-type", "The document must be a JSON object."))));
        Assert.True(failed != ReadResult<Doc>.Fail(ImmutableArray.Create(new InputError("$", "too-deep", "The document must be a JSON object."))));
        Assert.True(failed != ok);
        Assert.Equal(1, failed.GetHashCode());
        Assert.Equal(2, ReadResult<Doc>.Fail(errors.Add(errors[0])).GetHashCode());
        Assert.Equal(doc.GetHashCode(), ok.GetHashCode());
        Assert.False(ok.Equals("not a result"));
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
            new InputError("$.a", "wrong-type", "Expected a string."),
            new InputError("$.b[2]", "invalid-date", "Expected a real calendar date as YYYY-MM-DD."),
        });
        Assert.Equal(
            "{\"errors\":[{\"path\":\"$.a\",\"code\":\"wrong-type\",\"message\":\"Expected a string.\"},"
            + "{\"path\":\"$.b[2]\",\"code\":\"invalid-date\",\"message\":\"Expected a real calendar date as YYYY-MM-DD.\"}]}",
            JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement));
        Assert.Equal("{\"errors\":[]}", JsonSerializer.Serialize(JsonDocument.Parse(ErrorDocument.ToJson(Array.Empty<InputError>())).RootElement));
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
