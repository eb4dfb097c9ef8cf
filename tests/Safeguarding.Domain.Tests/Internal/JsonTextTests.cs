using Safeguarding.Domain.Internal;
using Xunit;

namespace Safeguarding.Domain.Tests.Internal;

/// <summary>The output writer keeps one buffer a thread between documents: no document may see another's bytes.</summary>
public sealed class JsonTextTests
{
    [Fact]
    public void Write_ALongDocumentThenAShortOne_GivesEachExactlyItsOwnText()
    {
        string longOne = JsonText.Write(w => w.WriteStringValue(new string('x', 40_000)));
        string shortOne = JsonText.Write(w => w.WriteNumberValue(7));
        Assert.Equal(40_002, longOne.Length);
        Assert.Equal("7", shortOne);
    }

    [Fact]
    public void Write_ADocumentWrittenWhileAnotherIs_GetsItsOwnBuffer()
    {
        string outer = JsonText.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("before", "a");
            w.WriteString("inner", JsonText.Write(x => x.WriteStringValue("b")));
            w.WriteString("after", "c");
            w.WriteEndObject();
        });
        Assert.Equal("{\n  \"before\": \"a\",\n  \"inner\": \"\\\"b\\\"\",\n  \"after\": \"c\"\n}", outer.Replace("\r\n", "\n"));
        Assert.Equal("\"d\"", JsonText.Write(w => w.WriteStringValue("d")));
    }

    [Fact]
    public void Write_WhenTheWriterThrows_LeavesNothingBehindForTheNextDocument()
    {
        Assert.Throws<System.InvalidOperationException>(() => JsonText.Write(w =>
        {
            w.WriteStartArray();
            w.WriteStringValue("half");
            throw new System.InvalidOperationException("stop");
        }));
        Assert.Equal("[]", JsonText.Write(w =>
        {
            w.WriteStartArray();
            w.WriteEndArray();
        }));
    }
}
