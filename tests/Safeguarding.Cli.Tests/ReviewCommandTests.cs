using System.IO;
using System.Linq;
using System.Text.Json;

namespace Safeguarding.Cli.Tests;

public sealed class ReviewCommandTests
{
    private const string Example = """
        {
          "kind": "serious-case-review",
          "jurisdiction": "england",
          "localPolicy": { "publicationPeriod": "P18M" },
          "events": [
            { "type": "incident-known", "date": "2013-01-07" },
            { "type": "notified", "date": "2013-01-10" },
            { "type": "decided", "date": "2013-03-20", "decision": "initiate" },
            { "type": "commissioned", "date": "2013-05-01" },
            { "type": "report-completed", "date": "2014-05-30" },
            { "type": "signed-off", "date": "2014-09-15" },
            { "type": "anonymised", "date": "2014-11-01" },
            { "type": "published", "date": "2014-12-15" }
          ]
        }
        """;

    private const string Lcspr = """
        {
          "kind": "local-child-safeguarding-practice-review",
          "jurisdiction": "england",
          "events": [
            { "type": "incident-known", "date": "2022-09-14" },
            { "type": "notified", "date": "2022-09-21" },
            { "type": "rapid-review-completed", "date": "2022-10-12" },
            { "type": "decided", "date": "2022-10-14", "decision": "initiate" },
            { "type": "commissioned", "date": "2022-11-01" },
            { "type": "report-completed", "date": "2023-05-02" },
            { "type": "sent-to-panel", "date": "2023-06-01" },
            { "type": "published", "date": "2023-06-05" }
          ]
        }
        """;

    [Fact]
    public void Review_ContractExample_PrintsTheContractsJson()
    {
        var result = CliRunner.RunWithInput(Example, "review", "-", "--as-of", "2015-01-01", "--format", "json");
        Assert.Equal(0, result.Exit);
        using var doc = JsonDocument.Parse(result.Out);
        var root = doc.RootElement;
        Assert.Equal("published", root.GetProperty("state").GetString());
        Assert.True(root.GetProperty("valid").GetBoolean());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("rejected").ValueKind);
        var decision = root.GetProperty("clocks").EnumerateArray().Single(c => c.GetProperty("clock").GetString() == "decision");
        Assert.Equal(("2013-01-10", "2013-02-10", "2013-03-20", "late", 38),
            (decision.GetProperty("start").GetString(), decision.GetProperty("due").GetString(), decision.GetProperty("done").GetString(),
             decision.GetProperty("status").GetString(), decision.GetProperty("daysLate").GetInt32()));
        Assert.Equal("2016-06-15", root.GetProperty("publicationWindow").GetProperty("end").GetString());
        Assert.Equal(string.Empty, result.Err);
    }

    [Fact]
    public void Review_FromAFile_PrintsText()
    {
        string path = Path.Combine(Path.GetTempPath(), "review-" + System.Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, Example);
        try
        {
            var result = CliRunner.Run("review", path, "--as-of", "2015-01-01");
            Assert.Equal(0, result.Exit);
            Assert.Contains("state: published", result.Out);
            Assert.Contains("decision: due 2013-02-10, done 2013-03-20, late by 38 days (28 working days)", result.Out);
            Assert.Contains("publication window: [2014-12-15, 2016-06-15)", result.Out);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Review_PublishedTooSoonAfterThePanel_IsRejectedWithEveryUnmetGuard_ExitZero()
    {
        var result = CliRunner.RunWithInput(Lcspr, "review", "-", "--as-of", "2023-07-01", "--format", "json");
        Assert.Equal(0, result.Exit);
        using var doc = JsonDocument.Parse(result.Out);
        var root = doc.RootElement;
        Assert.False(root.GetProperty("valid").GetBoolean());
        Assert.Equal("sent-to-panel", root.GetProperty("state").GetString());
        var rejected = root.GetProperty("rejected");
        Assert.Equal(7, rejected.GetProperty("index").GetInt32());
        Assert.Equal("published", rejected.GetProperty("type").GetString());
        var guards = rejected.GetProperty("unmetGuards").EnumerateArray().ToList();
        Assert.Equal(new[] { "signed-off-before-publication", "anonymised-before-publication", "panel-notice-before-publication" },
            guards.Select(g => g.GetProperty("guard").GetString()));
        Assert.Equal("SI 2018/789 reg 16(1)", guards[2].GetProperty("citation").GetString());
        Assert.All(guards, g => Assert.False(string.IsNullOrEmpty(g.GetProperty("description").GetString())));
    }

    [Fact]
    public void Review_Strict_InvalidRecordExitsOneAndStillPrintsTheReport()
    {
        var result = CliRunner.RunWithInput(Lcspr, "review", "-", "--as-of", "2023-07-01", "--format", "json", "--strict");
        Assert.Equal(1, result.Exit);
        using var doc = JsonDocument.Parse(result.Out);
        Assert.False(doc.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal(0, CliRunner.RunWithInput(Example, "review", "-", "--as-of", "2015-01-01", "--strict").Exit);
    }

    [Fact]
    public void Review_PeriodBelowTheMinimum_ExitsOneWithItsCode()
    {
        var result = CliRunner.RunWithInput(Example.Replace("P18M", "P11M"), "review", "-", "--as-of", "2015-01-01", "--format", "json");
        Assert.Equal(1, result.Exit);
        using var doc = JsonDocument.Parse(result.Out);
        var error = doc.RootElement.GetProperty("errors")[0];
        Assert.Equal("$.localPolicy.publicationPeriod", error.GetProperty("path").GetString());
        Assert.Equal("publication-period-below-minimum", error.GetProperty("code").GetString());
    }

    [Fact]
    public void Review_BadInput_ExitsOneWithPathsAndNoStackTrace()
    {
        var result = CliRunner.RunWithInput("{ \"kind\": \"serious-case-review\", \"jurisdiction\": \"england\", \"events\": [ { \"type\": \"publishd\", \"date\": \"2014-02-30\" } ] }",
            "review", "-", "--as-of", "2015-01-01");
        Assert.Equal(1, result.Exit);
        Assert.Equal(string.Empty, result.Out);
        Assert.Contains("$.events[0].type: invalid-enum", result.Err);
        Assert.Contains("$.events[0].date: invalid-date", result.Err);
        Assert.DoesNotContain("publishd", result.Err);
        Assert.False(result.HasStackTrace);
    }

    [Fact]
    public void AsOfInYear9999_IsAnInputErrorOnTheOption_NotAnOverdueClock()
    {
        var result = CliRunner.RunWithInput(Example, "review", "-", "--as-of", "9999-12-31");
        Assert.Equal(1, result.Exit);
        Assert.Contains("--as-of: date-out-of-range", result.Err);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void Review_BadAsOf_ExitsOne_MissingAsOf_ExitsTwo_MissingFile_ExitsTwo()
    {
        Assert.Equal(1, CliRunner.RunWithInput(Example, "review", "-", "--as-of", "2015-02-30").Exit);
        Assert.Equal(2, CliRunner.RunWithInput(Example, "review", "-").Exit);
        Assert.Equal(2, CliRunner.Run("review", "/no/such/file.json", "--as-of", "2015-01-01").Exit);
    }

    [Fact]
    public void Review_MalformedJson_ExitsOne()
    {
        var result = CliRunner.RunWithInput("{ \"kind\": ", "review", "-", "--as-of", "2015-01-01", "--format", "json");
        Assert.Equal(1, result.Exit);
        using var doc = JsonDocument.Parse(result.Out);
        Assert.Equal("malformed-json", doc.RootElement.GetProperty("errors")[0].GetProperty("code").GetString());
    }
}
