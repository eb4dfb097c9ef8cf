using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Safeguarding.Cli.Tests;

/// <summary>`--batch` on evaluate, review and plan: the contract's "Batch input".</summary>
public sealed class BatchCommandTests
{
    private const string Julia = """{ "jurisdiction": "england", "subject": "child", "decisionDate": "2013-05-01", "abuseOrNeglect": "suspected", "harm": "seriously-harmed", "concernAboutJointWorking": "yes" }""";
    private const string WelshAdult = """{ "jurisdiction": "wales", "subject": "adult", "decisionDate": "2020-01-01", "harm": "died" }""";
    private const string Record = """{ "kind": "serious-case-review", "jurisdiction": "england", "events": [ { "type": "incident-known", "date": "2013-01-07" }, { "type": "notified", "date": "2013-01-10" } ] }""";
    private const string RefusedRecord = """{ "kind": "serious-case-review", "jurisdiction": "england", "events": [ { "type": "incident-known", "date": "2013-01-07" }, { "type": "published", "date": "2013-01-10" } ] }""";
    private const string Plan = """{ "review": "Example", "reportingCycle": "P3M", "findings": [ { "id": "F1" } ], "recommendations": [ { "id": "R1", "findings": ["F1"] } ], "actions": [ { "id": "1.1", "recommendations": ["R1"], "owner": "police", "targetDate": "2020-12-31", "startedOn": "2020-07-01" } ] }""";
    private const string DanglingPlan = """{ "review": "Example", "findings": [ { "id": "F1" } ], "recommendations": [ { "id": "R1", "findings": ["F1"] } ], "actions": [ { "id": "1", "recommendations": ["R9"], "owner": "police" } ] }""";

    [Fact]
    public void Evaluate_Batch_AnswersEveryLineInOrderWithItsLineNumber()
    {
        string input = Julia + "\n" + """{ "jurisdiction": "englandx" }""" + "\n" + WelshAdult + "\n";
        var result = CliRunner.RunWithInput(input, "evaluate", "-", "--batch");

        Assert.Equal(1, result.Exit);
        var lines = Lines(result.Out);
        Assert.Equal(new[] { 1, 2, 3 }, lines.Select(l => (int)l["line"]!).ToArray());
        Assert.Equal("england-lscb-2006", (string?)lines[0]["regime"]);
        Assert.Equal("invalid-enum", (string?)lines[1]["errors"]![0]!["code"]);
        Assert.Equal("$.jurisdiction", (string?)lines[1]["errors"]![0]!["path"]);
        Assert.Equal("wales-2016", (string?)lines[2]["regime"]);
        Assert.Contains("error: batch: 1 of 3 documents failed", result.Err);
    }

    [Fact]
    public void Evaluate_Batch_EachAnswerIsTheSingleDocumentAnswerWithItsLine()
    {
        var batch = CliRunner.RunWithInput(Julia + "\n" + WelshAdult, "evaluate", "-", "--batch");
        var lines = Lines(batch.Out);
        Assert.Equal(0, batch.Exit);
        Assert.Equal(string.Empty, batch.Err);
        foreach (var (document, index) in new[] { Julia, WelshAdult }.Select((d, i) => (d, i)))
        {
            var single = JsonNode.Parse(CliRunner.RunWithInput(document, "evaluate", "-", "--format", "json").Out)!.AsObject();
            single.Insert(0, "line", index + 1);
            Assert.True(JsonNode.DeepEquals(single, lines[index]), "line " + (index + 1) + " differs from the single-document answer");
        }
    }

    [Fact]
    public void Batch_BlankLinesAreSkippedButCounted_AndCrLfIsAccepted()
    {
        string input = "\r\n" + Julia + "\r\n   \n\t\n" + WelshAdult + "\r\n\n";
        var result = CliRunner.RunWithInput(input, "evaluate", "-", "--batch");

        Assert.Equal(0, result.Exit);
        Assert.Equal(new[] { 2, 5 }, Lines(result.Out).Select(l => (int)l["line"]!).ToArray());
    }

    [Fact]
    public void Batch_EmptyInput_WritesNothingAndSucceeds()
    {
        var result = CliRunner.RunWithInput(string.Empty, "evaluate", "-", "--batch");
        Assert.Equal(0, result.Exit);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void Batch_MalformedLine_GetsItsErrorDocumentAndTheNextLineIsStillAnswered()
    {
        var result = CliRunner.RunWithInput("{ \"jurisdiction\": \n" + Julia, "evaluate", "-", "--batch");
        var lines = Lines(result.Out);
        Assert.Equal(1, result.Exit);
        Assert.Equal("malformed-json", (string?)lines[0]["errors"]![0]!["code"]);
        Assert.Equal(2, (int)lines[1]["line"]!);
        Assert.Equal("england-lscb-2006", (string?)lines[1]["regime"]);
        Assert.False(result.HasStackTrace);
    }

    [Fact]
    public void Review_Batch_RefusedEventIsAReport_AndOnlyStrictCountsItAsFailed()
    {
        string input = Record + "\n" + RefusedRecord;
        var lenient = CliRunner.RunWithInput(input, "review", "-", "--as-of", "2013-06-01", "--batch");
        var strict = CliRunner.RunWithInput(input, "review", "-", "--as-of", "2013-06-01", "--batch", "--strict");

        Assert.Equal(0, lenient.Exit);
        Assert.Equal(1, strict.Exit);
        Assert.Equal(lenient.Out, strict.Out);
        var lines = Lines(lenient.Out);
        Assert.True((bool)lines[0]["valid"]!);
        Assert.False((bool)lines[1]["valid"]!);
        Assert.Equal(2, (int)lines[1]["line"]!);
    }

    [Fact]
    public void Plan_Batch_AnswersWithTheJsonReport()
    {
        var result = CliRunner.RunWithInput(Plan + "\n" + DanglingPlan, "plan", "-", "--as-of", "2020-11-01", "--batch");
        var lines = Lines(result.Out);

        Assert.Equal(0, result.Exit);
        Assert.Equal("amber", (string?)lines[0]["summary"]!["status"]);
        Assert.False((bool)lines[1]["valid"]!);
        Assert.Contains(lines[1]["validation"]!.AsArray(), v => (string?)v!["code"] == "unknown-recommendation");
    }

    [Fact]
    public void Plan_Batch_WithAgency_ReportsTheExtractAndAnUnknownAgencyPerLine()
    {
        var result = CliRunner.RunWithInput(Plan, "plan", "-", "--as-of", "2020-11-01", "--batch", "--agency", "health");
        var line = Lines(result.Out).Single();
        Assert.Equal(1, result.Exit);
        Assert.Equal("--agency", (string?)line["errors"]![0]!["path"]);
        Assert.Equal("unknown-agency", (string?)line["errors"]![0]!["code"]);
    }

    [Theory]
    [InlineData("evaluate", "text")]
    [InlineData("review", "text")]
    [InlineData("plan", "markdown")]
    public void Batch_WithANonJsonFormat_IsAUsageError(string command, string format)
    {
        var result = command == "evaluate"
            ? CliRunner.RunWithInput(Julia, command, "-", "--batch", "--format", format)
            : CliRunner.RunWithInput(Julia, command, "-", "--as-of", "2020-01-01", "--batch", "--format", format);
        Assert.Equal(2, result.Exit);
        Assert.Equal("usage", JsonDocument.Parse(result.Out).RootElement.GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public void Batch_BadAsOf_IsOneErrorDocumentForTheWholeRun()
    {
        var result = CliRunner.RunWithInput(Record, "review", "-", "--as-of", "2013-02-30", "--batch");
        Assert.Equal(1, result.Exit);
        var error = JsonDocument.Parse(result.Out).RootElement.GetProperty("errors")[0];
        Assert.Equal("--as-of", error.GetProperty("path").GetString());
        Assert.Equal("invalid-date", error.GetProperty("code").GetString());
    }

    [Fact]
    public void Batch_MissingFile_IsAUsageError()
    {
        var result = CliRunner.Run("evaluate", "/nonexistent/cases.ndjson", "--batch");
        Assert.Equal(2, result.Exit);
        Assert.Equal("usage", JsonDocument.Parse(result.Out).RootElement.GetProperty("errors")[0].GetProperty("code").GetString());
    }

    private static JsonObject[] Lines(string output) =>
        output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject()).ToArray();
}
