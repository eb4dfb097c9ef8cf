using Safeguarding.Domain;
using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Pipelines;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Safeguarding.Domain.Serialization;
using Safeguarding.Service.Batch;
using Safeguarding.Service.Documents;

namespace Safeguarding.Service.Tests;

/// <summary>
/// The batch engine on its own, with an answer that echoes each line's exact bytes, so what is checked is the
/// engine: line splitting, numbering, blank lines, line ends, limits, and independence from how the input arrives.
/// </summary>
public sealed class NdjsonBatchTests
{
    private static readonly Gen<string> Lines = Gen.Elements(
        "{\"a\":1}", "{ \"b\": \"x y\" }", "bad", "", "   ", "\t", "{\"text\":\"caf\u00e9 \\\"quoted\\\"\"}", "[1,2]", "x");

    /// <summary>However the input is cut into reads, the answers are the same, and line N answers the N-th line.</summary>
    [Property(MaxTest = 200)]
    public Property Answers_DoNotDependOnHowTheInputArrives_AndNumberTheNonBlankLines() =>
        Prop.ForAll(
            Arb.From(from lines in Gen.ListOf(Lines).Select(l => l.ToArray())
                     from crlf in Gen.Elements(true, false)
                     from finalNewline in Gen.Elements(true, false)
                     from bufferSize in Gen.Choose(1, 40)
                     select (Lines: lines, Crlf: crlf, FinalNewline: finalNewline, BufferSize: bufferSize)),
            t =>
            {
                string newline = t.Crlf ? "\r\n" : "\n";
                string input = string.Join(newline, t.Lines) + (t.FinalNewline && t.Lines.Length > 0 ? newline : string.Empty);
                var (small, smallSummary) = Run(input, t.BufferSize, maxLineBytes: 1000);
                var (whole, _) = Run(input, 65_536, maxLineBytes: 1000);
                var expected = t.Lines.Select((text, i) => (Line: i + 1, Text: text)).Where(l => l.Text.Trim(' ', '\t').Length > 0).ToArray();
                var answered = small.Select(a => ((int)a["line"]!, (string?)a["text"] ?? (string?)a["errors"]![0]!["code"] ?? string.Empty)).ToArray();
                return small.Select(a => a.ToJsonString()).SequenceEqual(whole.Select(a => a.ToJsonString()))
                    && answered.SequenceEqual(expected.Select(e => (e.Line, e.Text.StartsWith('{') ? e.Text : "not-an-object")))
                    && smallSummary.Documents == expected.Length
                    && smallSummary.Failed == expected.Count(e => !e.Text.StartsWith('{'));
            });

    [Theory]
    [InlineData(3)]
    [InlineData(4096)]
    public void LongLine_IsTooLarge_WithoutStoppingTheOthers(int bufferSize)
    {
        string input = "{\"a\":1}\n{\"long\":\"" + new string('z', 200) + "\"}\n{\"b\":2}";
        var (answers, summary) = Run(input, bufferSize, maxLineBytes: 32);

        Assert.Equal(new[] { 1, 2, 3 }, answers.Select(a => (int)a["line"]!));
        Assert.Equal("{\"a\":1}", (string?)answers[0]["text"]);
        Assert.Equal(("$", "too-large"), ((string?)answers[1]["errors"]![0]!["path"], (string?)answers[1]["errors"]![0]!["code"]));
        Assert.Equal("{\"b\":2}", (string?)answers[2]["text"]);
        Assert.Equal(new BatchSummary(3, 1), summary);
    }

    [Fact]
    public void LineAtTheLimit_IsAnswered_AndOneByteMoreIsTooLarge()
    {
        string atLimit = "{\"t\":\"" + new string('a', 24) + "\"}"; // 32 bytes
        var (answers, _) = Run(atLimit + "\r\n" + atLimit + "a\n", 5, maxLineBytes: 32);

        Assert.Equal(atLimit, (string?)answers[0]["text"]);
        Assert.Equal("too-large", (string?)answers[1]["errors"]![0]!["code"]);
    }

    [Fact]
    public void LongLastLineWithoutNewline_IsTooLarge()
    {
        var (answers, summary) = Run("{\"a\":1}\n" + new string('q', 100), 7, maxLineBytes: 16);
        Assert.Equal(2, (int)answers[1]["line"]!);
        Assert.Equal("too-large", (string?)answers[1]["errors"]![0]!["code"]);
        Assert.Equal(new BatchSummary(2, 1), summary);
    }

    [Fact]
    public async System.Threading.Tasks.Task Strict_CountsAReadButInvalidDocumentAsFailed()
    {
        var input = new MemoryStream(Encoding.UTF8.GetBytes("{\"a\":1}\n"));
        var summary = await NdjsonBatch.RunAsync(PipeReader.Create(input), BatchOutputs.To(TextWriter.Null), _ => DocumentAnswer.Answered("{\"valid\":false}", valid: false),
            strict: true, 100, long.MaxValue, CancellationToken.None);
        Assert.Equal(new BatchSummary(1, 1), summary);
        Assert.Equal(1, summary.ExitCode);
    }

    [Fact]
    public void CompactLine_KeepsStringsAndEscapesAsWritten()
    {
        var line = new BatchLine();
        string output = "{\n  \"a b\": \"x  \\\" \\\\ {\\n}\",\n  \"n\": [ 1, 2 ],\n  \"e\": {}\n}\n";
        string written = Encoding.UTF8.GetString(line.Write(7, DocumentAnswer.Answered(output, valid: true)).Span);
        Assert.Equal("{\"line\":7,\"a b\":\"x  \\\" \\\\ {\\n}\",\"n\":[1,2],\"e\":{}}", written);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(output), JsonNode.Parse(written)!.AsObject().Where(p => p.Key != "line").Aggregate(new JsonObject(), (o, p) => { o[p.Key] = p.Value?.DeepClone(); return o; })));
    }

    [Fact]
    public void ErrorLine_IsTheErrorDocumentOnOneLine_WithTheLineFirst()
    {
        var line = new BatchLine();
        var errors = new[] { new Issue("$.events[0].date", "invalid-date", "Expected \"YYYY-MM-DD\"; found é."), new Issue("$", "unknown-property", "Check its spelling.") };
        string written = Encoding.UTF8.GetString(line.Write(3, DocumentAnswer.Failed(errors)).Span);
        Assert.Equal(
            "{\"line\":3,\"errors\":[{\"path\":\"$.events[0].date\",\"code\":\"invalid-date\",\"message\":\"Expected \\\"YYYY-MM-DD\\\"; found é.\"},"
            + "{\"path\":\"$\",\"code\":\"unknown-property\",\"message\":\"Check its spelling.\"}]}",
            written);
    }

    [Fact]
    public void CompactLine_OfAnEmptyObject_IsJustTheLine()
    {
        var line = new BatchLine();
        Assert.Equal("{\"line\":1}", Encoding.UTF8.GetString(line.Write(1, DocumentAnswer.Answered("{ }", valid: true)).Span));
    }

    /// <summary>Echoes each line (which must be a JSON object) as <c>{"text": line}</c>; anything else is an error.</summary>
    private static DocumentAnswer Echo(ReadOnlyMemory<byte> utf8)
    {
        string text = Encoding.UTF8.GetString(utf8.Span);
        return text.StartsWith('{')
            ? DocumentAnswer.Answered(JsonSerializer.Serialize(new Dictionary<string, string> { ["text"] = text }), valid: true)
            : DocumentAnswer.Failed(new[] { new Issue("$", "not-an-object", "The line is not an object.") });
    }

    private static (JsonNode[] Answers, BatchSummary Summary) Run(string input, int bufferSize, int maxLineBytes)
    {
        var reader = PipeReader.Create(new MemoryStream(Encoding.UTF8.GetBytes(input)), new StreamPipeReaderOptions(bufferSize: bufferSize, minimumReadSize: Math.Min(bufferSize, 1)));
        var output = new StringWriter();
        var summary = NdjsonBatch.RunAsync(reader, BatchOutputs.To(output), Echo, strict: false, maxLineBytes, long.MaxValue, CancellationToken.None).GetAwaiter().GetResult();
        var answers = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToArray();
        return (answers, summary);
    }
}
