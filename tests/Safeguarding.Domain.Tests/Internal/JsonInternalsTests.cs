using System;
using System.Buffers;
using System.Linq;
using System.Text;
using System.Text.Unicode;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Safeguarding.Domain.Internal;
using Safeguarding.Domain.Serialization;

namespace Safeguarding.Domain.Tests.Internal;

/// <summary>
/// The strict reader's building blocks, checked directly: the UTF-8 check against .NET's own decoder, the JSON
/// path rules for awkward property names, and the reader's limits at their exact boundaries.
/// </summary>
public sealed class JsonInternalsTests
{
    private sealed record Doc(string Text);

    private static Result<Doc> ReadText(string json, JsonReadLimits limits) =>
        JsonInput.Read(Encoding.UTF8.GetBytes(json), limits, r => new Doc("ok"));

    /// <summary>The offset .NET's strict decoder stops at, or -1 when the bytes are valid UTF-8.</summary>
    private static int DecoderOffset(byte[] bytes)
    {
        var chars = new char[bytes.Length * 2 + 4];
        var status = Utf8.ToUtf16(bytes, chars, out int read, out _, replaceInvalidSequences: false, isFinalBlock: true);
        return status == OperationStatus.Done ? -1 : read;
    }

    private static Arbitrary<byte[]> Utf8ish()
    {
        // Bytes drawn mostly from the interesting ranges: ASCII, continuation bytes, each kind of lead byte,
        // the overlong and surrogate leads, and the bytes that can never appear.
        var interesting = Gen.Elements<byte>(
            0x41, 0x7F, 0x80, 0x8F, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xF8, 0xFF);
        var any = Gen.Choose(0, 255).Select(i => (byte)i);
        return Gen.Frequency((3, interesting), (1, any)).ArrayOf().ToArbitrary();
    }

    [Property(MaxTest = 2000)]
    public Property FirstInvalidByte_AgreesWithTheFrameworksDecoder() =>
        Prop.ForAll(Utf8ish(), bytes =>
        {
            int ours = Utf8Validation.FirstInvalidByte(bytes);
            return ours == DecoderOffset(bytes) && Utf8Validation.IsValid(bytes) == (ours < 0);
        });

    [Theory]
    [InlineData(new byte[] { 0x41, 0xC3, 0xA9 }, -1)]                 // A, e-acute
    [InlineData(new byte[] { 0xE2, 0x82, 0xAC }, -1)]                 // euro sign
    [InlineData(new byte[] { 0xF0, 0x9F, 0x98, 0x80 }, -1)]           // an emoji (4 bytes)
    [InlineData(new byte[] { 0xF4, 0x8F, 0xBF, 0xBF }, -1)]           // U+10FFFF, the last code point
    [InlineData(new byte[] { 0xEE, 0x80, 0x80 }, -1)]                 // U+E000, just after the surrogates
    [InlineData(new byte[] { 0xED, 0x9F, 0xBF }, -1)]                 // U+D7FF, just before them
    [InlineData(new byte[] { 0x41, 0xC3 }, 1)]                        // truncated at the end
    [InlineData(new byte[] { 0xC0, 0x80 }, 0)]                        // overlong NUL
    [InlineData(new byte[] { 0xE0, 0x9F, 0xBF }, 0)]                  // overlong three-byte
    [InlineData(new byte[] { 0xF0, 0x8F, 0xBF, 0xBF }, 0)]            // overlong four-byte
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, 0)]                  // U+D800, a surrogate
    [InlineData(new byte[] { 0xED, 0xBF, 0xBF }, 0)]                  // U+DFFF
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 }, 0)]            // above U+10FFFF
    [InlineData(new byte[] { 0x41, 0x42, 0x80 }, 2)]                  // a stray continuation byte
    [InlineData(new byte[] { 0xC3, 0x41 }, 0)]                        // a lead without its continuation
    [InlineData(new byte[] { 0x41, 0xFF }, 1)]
    [InlineData(new byte[] { 0xC2, 0x80, 0xE0, 0xA0, 0x80, 0xF8 }, 5)] // U+0080 and U+0800 are the smallest of their lengths
    public void FirstInvalidByte_Examples(byte[] bytes, int expected)
    {
        Assert.Equal(expected, Utf8Validation.FirstInvalidByte(bytes));
        Assert.Equal(expected, DecoderOffset(bytes));
    }

    [Theory]
    [InlineData("name", "$.name")]
    [InlineData("a_B-9", "$.a_B-9")]
    [InlineData("", "$['']")]
    [InlineData("two words", "$['two words']")]
    [InlineData("it's", "$['it\\'s']")]
    [InlineData("back\\slash", "$['back\\\\slash']")]
    [InlineData("tab\there", "$['tab\\u0009here']")]
    [InlineData("caf\u00e9", "$['caf\\u00e9']")]
    [InlineData("del\u007f", "$['del\\u007f']")]
    [InlineData("tilde~", "$['tilde~']")]
    [InlineData("space ", "$['space ']")]
    [InlineData("a.b", "$['a.b']")]
    [InlineData("[0]", "$['[0]']")]
    [InlineData("@", "$['@']")]
    [InlineData("{", "$['{']")]
    [InlineData("`", "$['`']")]
    [InlineData("/", "$['/']")]
    [InlineData(":", "$[':']")]
    public void Member_QuotesAndEscapesNamesThatAreNotPlain(string name, string expected) =>
        Assert.Equal(expected, IssuePaths.Member("$", name));

    [Fact]
    public void Member_KeepsPlainNamesUpToSixtyFourCharacters_AndShortensLongerOnes()
    {
        string sixtyFour = new('a', 64);
        Assert.Equal("$." + sixtyFour, IssuePaths.Member("$", sixtyFour));
        string sixtyFive = new('a', 65);
        Assert.Equal("$['" + sixtyFour + "...']", IssuePaths.Member("$", sixtyFive));
        Assert.Equal("$['" + new string(' ', 64) + "']", IssuePaths.Member("$", new string(' ', 64)));
        Assert.Equal("$.items[12]", IssuePaths.Index("$.items", 12));
        Assert.Equal("$[0]", IssuePaths.Index("$", 0));
    }

    [Fact]
    public void Limits_AreExactAtTheirBoundaries()
    {
        var limits = new JsonReadLimits(maxDocumentBytes: 40, maxDepth: 3, maxTextLength: 10, maxArrayItems: 5);
        string atLimit = "{\"a\":\"" + new string('x', 32) + "\"}";
        Assert.Equal(40, Encoding.UTF8.GetByteCount(atLimit));
        Assert.True(ReadText(atLimit, limits).Success);

        string over = "{\"a\":\"" + new string('x', 33) + "\"}";
        var tooLarge = Assert.Single(ReadText(over, limits).Errors);
        Assert.Equal(("$", "too-large", "The document is 41 bytes; the limit is 40 bytes."), (tooLarge.Path, tooLarge.Code, tooLarge.Message));

        // Exactly the limit is read; one level more is refused at the container that goes over it.
        Assert.True(ReadText("{\"a\":{\"b\":{}}}", limits).Success);
        var oneOver = Assert.Single(ReadText("{\"a\":{\"b\":{\"c\":{}}}}", limits).Errors);
        Assert.Equal(("$.a.b.c", "too-deep", "The document nests deeper than 3 levels."), (oneOver.Path, oneOver.Code, oneOver.Message));
        var deep = Assert.Single(ReadText("{\"a\":{\"b\":{\"c\":{\"d\":{}}}}}", limits).Errors);
        Assert.Equal(("$.a.b.c", "too-deep", "The document nests deeper than 3 levels."), (deep.Path, deep.Code, deep.Message));
        var deepArray = Assert.Single(ReadText("{\"a\":[[[[1]]]]}", limits).Errors);
        Assert.Equal(("$.a[0][0]", "too-deep"), (deepArray.Path, deepArray.Code));
    }

    [Fact]
    public void Read_ByteOrderMarkIsSkipped_InvalidUtf8NamesItsOffsetAfterIt()
    {
        byte[] bom = { 0xEF, 0xBB, 0xBF };
        var withBom = bom.Concat(Encoding.UTF8.GetBytes("{}")).ToArray();
        Assert.True(JsonInput.Read(withBom, JsonReadLimits.Default, r => new Doc("ok")).Success);

        var bad = bom.Concat(new byte[] { (byte)'{', (byte)'"', 0xC3, (byte)'"', (byte)':', (byte)'1', (byte)'}' }).ToArray();
        var error = Assert.Single(JsonInput.Read(bad, JsonReadLimits.Default, r => new Doc("ok")).Errors);
        Assert.Equal(("$", "invalid-utf8", "Byte 2 of the document is not valid UTF-8."), (error.Path, error.Code, error.Message));
    }

    [Fact]
    public void Read_WhenTheReaderGivesNothingWithoutSayingWhy_TheDocumentIsStillRefused()
    {
        var result = JsonInput.Read<Doc>(Encoding.UTF8.GetBytes("{}"), JsonReadLimits.Default, r => null);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("$", "invalid-document", "The document could not be read."), (error.Path, error.Code, error.Message));
    }

    [Theory]
    [InlineData("{\"a\":[1,2,{\"b\":\"\\uD800\"}]}", "$.a[2].b")]
    [InlineData("{\"a\":[\"x\",\"\\udfff\"]}", "$.a[1]")]
    [InlineData("{\"\\uDBFF\":1}", "$")]
    [InlineData("{\"a\":{\"b\":[{}, {\"c\":\"ok\\uDa00\"}]}}", "$.a.b[1].c")]
    public void Read_LoneSurrogateEscape_IsRefusedAtItsPath(string json, string path)
    {
        var error = Assert.Single(ReadText(json, JsonReadLimits.Default).Errors);
        Assert.Equal((path, "malformed-json"), (error.Path, error.Code));
        Assert.StartsWith("A string escapes half of a UTF-16 surrogate pair", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"a\":\"\\uD83D\\uDE00\"}")]   // a proper pair
    [InlineData("{\"a\":\"\\u00e9\\ud7ff\"}")]   // just below the surrogates
    [InlineData("{\"a\":\"\\ue000\"}")]          // just above them
    [InlineData("{\"a\":\"\\\\ud800\"}")]        // an escaped backslash followed by text, not an escape
    public void Read_TextThatOnlyLooksLikeASurrogate_IsAccepted(string json) =>
        Assert.True(ReadText(json, JsonReadLimits.Default).Success);

    [Theory]
    [InlineData("", "$", "The document is not well-formed JSON (line 1, byte 1).")]
    [InlineData("   ", "$", "The document is not well-formed JSON (line 1, byte 4).")]
    [InlineData("{\"a\":[1,2,", "$.a[1]", "The document is not well-formed JSON (line 1, byte 10).")]
    [InlineData("{\"a\":1,}", "$.a", "The document is not well-formed JSON (line 1, byte 8).")]
    [InlineData("{\"a\":{\"b\":tru}}", "$.a.b", "The document is not well-formed JSON (line 1, byte 14).")]
    [InlineData("{\n\"a\":\n[nul]}", "$.a", "The document is not well-formed JSON (line 3, byte 5).")]
    [InlineData("{} {}", "$", "The document is not well-formed JSON (line 1, byte 4).")]
    public void Read_MalformedJson_GivesThePathReachedAndThePosition(string json, string path, string message)
    {
        var error = Assert.Single(ReadText(json, JsonReadLimits.Default).Errors);
        Assert.Equal((path, "malformed-json", message), (error.Path, error.Code, error.Message));
    }

    [Fact]
    public void KebabNames_ListsNamesInOrder_AndRefusesAValueWithoutAName()
    {
        var names = new KebabNames<DayOfWeek>((DayOfWeek.Monday, "monday"), (DayOfWeek.Tuesday, "tuesday"));
        Assert.Equal("monday, tuesday", names.Expected);
        Assert.Equal(new[] { "monday", "tuesday" }, names.Names);
        Assert.True(names.TryParse("tuesday", out var tuesday));
        Assert.Equal(DayOfWeek.Tuesday, tuesday);
        Assert.False(names.TryParse("Tuesday", out _));
        Assert.Equal("monday", names.Name(DayOfWeek.Monday));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => names.Name(DayOfWeek.Sunday));
        Assert.Equal("value", ex.ParamName);
        Assert.StartsWith("The value has no wire name.", ex.Message, StringComparison.Ordinal);
    }
}
