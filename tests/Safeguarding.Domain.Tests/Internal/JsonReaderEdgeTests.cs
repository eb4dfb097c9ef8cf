using System;
using System.Linq;
using System.Text;
using Safeguarding.Domain.Internal;
using Safeguarding.Domain.Serialization;

namespace Safeguarding.Domain.Tests.Internal;

/// <summary>Edges of the strict reader found by mutation testing: limits at their exact value, path notation, the surrogate gate.</summary>
public sealed class JsonReaderEdgeTests
{
    private sealed record Box(object? Value);

    private static Result<Box> Read(string json, JsonReadLimits limits, Func<JsonObjectReader, object?> read) =>
        JsonInput.Read(Encoding.UTF8.GetBytes(json), limits, r =>
        {
            var value = read(r);
            r.RejectUnknown();
            return value is null ? null : new Box(value);
        });

    [Fact]
    public void Array_WithExactlyTheItemLimit_IsRead_AndOneMoreIsRefused()
    {
        var limits = new JsonReadLimits(1_000_000, 64, 1_000, 3);
        var three = Read("{\"items\":[1,2,3]}", limits, r => r.Array("items", true));
        Assert.True(three.Success);
        Assert.Equal(new[] { "$.items[0]", "$.items[1]", "$.items[2]" }, ((System.Collections.Generic.IReadOnlyList<(System.Text.Json.JsonElement Value, string Path)>)three.Value.Value!).Select(x => x.Path));

        var four = Read("{\"items\":[1,2,3,4]}", limits, r => r.Array("items", true).Count == 0 ? null : "read");
        var error = Assert.Single(four.Errors);
        Assert.Equal(("$.items", "too-many-items", "The array has 4 items; the limit is 3."), (error.Path, error.Code, error.Message));
    }

    [Fact]
    public void Period_OfSixtyFourCharacters_IsRead_AndOfSixtyFiveIsRefusedUnparsed()
    {
        // Leading zeros keep a long period valid: the length limit, not the parser, refuses the 65th character.
        string sixtyFour = "P" + new string('0', 61) + "1M";
        string sixtyFive = "P" + new string('0', 62) + "1M";
        Assert.Equal(64, sixtyFour.Length);

        var read = Read("{\"p\":\"" + sixtyFour + "\"}", JsonReadLimits.Default, r => r.Period("p", true));
        Assert.True(read.Success);
        Assert.Equal(NodaTime.Period.FromMonths(1), read.Value.Value);

        var refused = Read("{\"p\":\"" + sixtyFive + "\"}", JsonReadLimits.Default, r => r.Period("p", true));
        var error = Assert.Single(refused.Errors);
        Assert.Equal(("$.p", "invalid-period"), (error.Path, error.Code));
    }

    [Theory]
    [InlineData("Zulu", "$.Zulu")]
    [InlineData("AZaz09_-", "$.AZaz09_-")]
    [InlineData("x0", "$.x0")]
    [InlineData("x9", "$.x9")]
    [InlineData("x/", "$['x/']")]
    [InlineData("x:", "$['x:']")]
    [InlineData("x@", "$['x@']")]
    [InlineData("x[", "$['x[']")]
    [InlineData("x`", "$['x`']")]
    [InlineData("x{", "$['x{']")]
    public void Member_UsesDotNotationExactlyForLettersDigitsUnderscoreAndHyphen(string name, string path) =>
        Assert.Equal(path, IssuePaths.Member("$", name));

    [Theory]
    [InlineData("{\"a\":\"line\\nbreak\",\"b\":\"\\ud9ff\"}", "$.b")]      // a second-digit 9, after an ordinary escape
    [InlineData("{\"a\":\"tab\\t\",\"b\":[\"\\uDC00\"]}", "$.b[0]")]      // a low surrogate, after an ordinary escape
    [InlineData("{\"a\":\"\\\\\",\"b\":\"\\uD8ab\"}", "$.b")]             // after an escaped backslash
    public void Read_LoneSurrogateAfterAnotherEscape_IsStillFound(string json, string path)
    {
        var error = Assert.Single(Read(json, JsonReadLimits.Default, r => r.Text("a", false)).Errors);
        Assert.Equal((path, "malformed-json"), (error.Path, error.Code));
        Assert.StartsWith("A string escapes half of a UTF-16 surrogate pair", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"a\":{\"b\":{\"c\":{}}}}")]
    [InlineData("{\"x\":\"line\\n\",\"a\":{\"b\":{\"c\":{}}}}")]
    [InlineData("{\"x\":\"\\ud83d\\ude00\",\"a\":{\"b\":{\"c\":{}}}}")]
    public void OneLevelOverTheDepthLimit_IsTooDeep_WhateverEscapesTheDocumentHolds(string json)
    {
        // The depth verdict must not depend on whether the surrogate check sends the document through the
        // path-tracking pass (an escaped emoji does; an ordinary escape or none does not).
        var limits = new JsonReadLimits(1_000_000, 3, 1_000, 1_000);
        var error = Assert.Single(Read(json, limits, r => "read").Errors);
        Assert.Equal(("$.a.b.c", "too-deep"), (error.Path, error.Code));
        Assert.True(JsonInput.Read(Encoding.UTF8.GetBytes(json.Replace("{\"c\":{}}", "{}", StringComparison.Ordinal)), limits, r => new Box("read")).Success);
    }

    [Fact]
    public void MalformedJson_DeeperThanSixtyFourLevelsUnderAHigherLimit_IsLocatedWhereItBreaks()
    {
        // The path-tracking pass must use the caller's depth limit, not the parser's default of 64.
        var limits = new JsonReadLimits(1_000_000, 100, 1_000, 1_000);
        string json = "{\"a\":" + new string('[', 80) + "1," + new string(']', 80) + "}";
        var error = Assert.Single(Read(json, limits, r => "read").Errors);
        Assert.Equal("malformed-json", error.Code);
        Assert.Equal("$.a" + string.Concat(Enumerable.Repeat("[0]", 79)) + "[0]", error.Path);
        Assert.Equal("The document is not well-formed JSON (line 1, byte 88).", error.Message);
    }
}
