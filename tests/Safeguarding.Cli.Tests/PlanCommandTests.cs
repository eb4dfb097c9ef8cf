using System;
using System.IO;
using System.Text.Json;

namespace Safeguarding.Cli.Tests;

public sealed class PlanCommandTests
{
    private const string ContractExample = """
        {
          "review": "Sam and Kyle",
          "reportingCycle": "P3M",
          "findings": [ { "id": "F1", "title": "..." } ],
          "recommendations": [ { "id": "R1", "findings": ["F1"], "text": "..." } ],
          "actions": [
            {
              "id": "1.1",
              "recommendations": ["R1"],
              "owner": "police",
              "targetDate": "2020-12-31",
              "startedOn": "2020-07-01",
              "completedOn": null,
              "evidence": [ { "kind": "output", "date": "2020-08-01", "description": "training date set" } ],
              "updates": [ { "date": "2020-09-30", "reportedStatus": "amber", "note": "..." } ]
            }
          ]
        }
        """;

    private const string Dangling = """
        {
          "review": "Test <script>alert(1)</script>",
          "findings": [ { "id": "F1" } ],
          "recommendations": [ { "id": "R1", "findings": ["F1"] } ],
          "actions": [
            { "id": "1", "recommendations": ["R1"], "owner": "police", "targetDate": "2020-06-30",
              "evidence": [ { "kind": "output", "date": "2020-05-01", "description": "date set & <b>publicised</b>" } ],
              "updates": [ { "date": "2020-06-01", "reportedStatus": "green", "note": "done" } ] },
            { "id": "2", "recommendations": ["R9"], "owner": "health & care" }
          ]
        }
        """;

    [Fact]
    public void Json_ContractExample_GivesTheContractsOutput()
    {
        var result = CliRunner.RunWithInput(ContractExample, "plan", "-", "--as-of", "2020-11-01", "--format", "json");
        Assert.Equal(0, result.Exit);
        Assert.Equal(string.Empty, result.Err);
        using var doc = JsonDocument.Parse(result.Out);
        var root = doc.RootElement;
        Assert.Equal("2020-11-01", root.GetProperty("asOf").GetString());
        Assert.True(root.GetProperty("valid").GetBoolean());
        Assert.Equal(0, root.GetProperty("validation").GetArrayLength());
        var action = root.GetProperty("actions")[0];
        Assert.Equal("1.1", action.GetProperty("id").GetString());
        Assert.Equal("amber", action.GetProperty("status").GetString());
        Assert.Equal("amber", action.GetProperty("reportedStatus").GetString());
        Assert.False(action.GetProperty("overdue").GetBoolean());
        Assert.False(action.GetProperty("updatePending").GetBoolean());
        Assert.Equal("none", action.GetProperty("escalation").GetString());
        Assert.Equal(0, action.GetProperty("discrepancies").GetArrayLength());
        Assert.Equal("amber", root.GetProperty("recommendations")[0].GetProperty("status").GetString());
        Assert.Equal("R1", root.GetProperty("recommendations")[0].GetProperty("id").GetString());
        Assert.Equal("amber", root.GetProperty("findings")[0].GetProperty("status").GetString());
        var summary = root.GetProperty("summary");
        Assert.Equal("amber", summary.GetProperty("status").GetString());
        Assert.Equal(1, summary.GetProperty("counts").GetProperty("amber").GetInt32());
        Assert.Equal(0, summary.GetProperty("counts").GetProperty("red").GetInt32());
        Assert.Equal(0, summary.GetProperty("counts").GetProperty("green").GetInt32());
        Assert.Equal(0, summary.GetProperty("counts").GetProperty("blue").GetInt32());
        Assert.Equal(0, summary.GetProperty("overdue").GetInt32());
    }

    [Fact]
    public void Text_ContractExample_ShowsStatusAndIsTheDefault()
    {
        var result = CliRunner.RunWithInput(ContractExample, "plan", "-", "--as-of", "2020-11-01");
        Assert.Equal(0, result.Exit);
        Assert.Contains("Plan status: amber; valid: yes", result.Out);
        Assert.Contains("1.1", result.Out);
    }

    [Fact]
    public void Markdown_ContractExample_HasATableOfActions()
    {
        var result = CliRunner.RunWithInput(ContractExample, "plan", "-", "--as-of", "2021-02-01", "--format", "markdown");
        Assert.Equal(0, result.Exit);
        Assert.StartsWith("## Action plan: Sam and Kyle, as of 2021-02-01", result.Out);
        Assert.Contains("| action | what will be done | owner | status |", result.Out);
        Assert.Contains("| 1.1 | - | police | red |", result.Out);
    }

    [Fact]
    public void Html_IsSelfContainedWithSvgAndEncodesInputText()
    {
        var result = CliRunner.RunWithInput(Dangling, "plan", "-", "--as-of", "2020-11-01", "--format", "html");
        Assert.Equal(0, result.Exit);
        Assert.StartsWith("<!DOCTYPE html>", result.Out);
        Assert.Contains("<svg", result.Out);
        Assert.DoesNotContain("<script", result.Out);
        Assert.DoesNotContain("src=", result.Out);
        Assert.DoesNotContain("href=", result.Out);
        // The only url( references are the page's own hatching patterns, by fragment: nothing is fetched.
        Assert.DoesNotContain("url(", result.Out.Replace("url(#status-", string.Empty, StringComparison.Ordinal));
        Assert.Contains("Test &lt;script&gt;alert(1)&lt;/script&gt;", result.Out);
        Assert.Contains("health &amp; care", result.Out);
        Assert.Contains("@media print", result.Out);
    }

    [Fact]
    public void InvalidPlan_ExitsZeroWithValidFalseAndTheValidationPath()
    {
        var result = CliRunner.RunWithInput(Dangling, "plan", "-", "--as-of", "2020-11-01", "--format", "json");
        Assert.Equal(0, result.Exit);
        using var doc = JsonDocument.Parse(result.Out);
        Assert.False(doc.RootElement.GetProperty("valid").GetBoolean());
        var issue = doc.RootElement.GetProperty("validation")[0];
        Assert.Equal("$.actions[1].recommendations[0]", issue.GetProperty("path").GetString());
        Assert.Equal("unknown-recommendation", issue.GetProperty("code").GetString());
        Assert.Equal("error", issue.GetProperty("severity").GetString());
        var first = doc.RootElement.GetProperty("actions")[0];
        Assert.Equal("red", first.GetProperty("status").GetString());
        Assert.Equal("completed-by-output-only", first.GetProperty("discrepancies")[0].GetProperty("code").GetString());
    }

    [Fact]
    public void Strict_InvalidPlan_ExitsOneAndStillPrintsTheReport()
    {
        var result = CliRunner.RunWithInput(Dangling, "plan", "-", "--as-of", "2020-11-01", "--format", "json", "--strict");
        Assert.Equal(1, result.Exit);
        using var doc = JsonDocument.Parse(result.Out);
        Assert.False(doc.RootElement.GetProperty("valid").GetBoolean());
        Assert.Contains("invalid-plan", result.Err);
        Assert.False(result.HasStackTrace);
    }

    [Fact]
    public void Strict_ValidPlan_ExitsZero()
    {
        var result = CliRunner.RunWithInput(ContractExample, "plan", "-", "--as-of", "2020-11-01", "--strict");
        Assert.Equal(0, result.Exit);
    }

    [Fact]
    public void CompareTo_ReportsWhatChangedSinceTheEarlierDate()
    {
        var result = CliRunner.RunWithInput(ContractExample, "plan", "-", "--as-of", "2021-01-15", "--compare-to", "2020-11-01", "--format", "json");
        Assert.Equal(0, result.Exit);
        using var doc = JsonDocument.Parse(result.Out);
        var comparison = doc.RootElement.GetProperty("comparison");
        Assert.Equal("2020-11-01", comparison.GetProperty("from").GetString());
        Assert.Equal("1.1", comparison.GetProperty("worsened")[0].GetProperty("id").GetString());
        Assert.Equal("amber", comparison.GetProperty("worsened")[0].GetProperty("from").GetString());
        Assert.Equal("red", comparison.GetProperty("worsened")[0].GetProperty("to").GetString());
        Assert.Equal("1.1", comparison.GetProperty("newlyOverdue")[0].GetProperty("id").GetString());
        Assert.Equal("1.1", comparison.GetProperty("newlyEscalated")[0].GetProperty("id").GetString());

        var text = CliRunner.RunWithInput(ContractExample, "plan", "-", "--as-of", "2021-01-15", "--compare-to", "2020-11-01");
        Assert.Contains("Since 2020-11-01:", text.Out);
        Assert.Contains("worsened: 1.1 (amber -> red)", text.Out);
    }

    [Fact]
    public void Agency_ReportsOnlyThatAgencysExtract()
    {
        var result = CliRunner.RunWithInput(Dangling, "plan", "-", "--as-of", "2020-11-01", "--format", "json", "--agency", "police");
        Assert.Equal(0, result.Exit);
        using var doc = JsonDocument.Parse(result.Out);
        Assert.Equal(1, doc.RootElement.GetProperty("actions").GetArrayLength());
        Assert.True(doc.RootElement.GetProperty("valid").GetBoolean());

        var unknown = CliRunner.RunWithInput(Dangling, "plan", "-", "--as-of", "2020-11-01", "--agency", "nobody");
        Assert.Equal(1, unknown.Exit);
        Assert.Contains("--agency: unknown-agency", unknown.Err);
    }

    [Fact]
    public void BadInput_ExitsOneWithThePathAndTheErrorDocument()
    {
        string bad = ContractExample.Replace("\"2020-12-31\"", "\"2020-13-31\"").Replace("\"owner\"", "\"ownr\"");
        var result = CliRunner.RunWithInput(bad, "plan", "-", "--as-of", "2020-11-01", "--format", "json");
        Assert.Equal(1, result.Exit);
        using var doc = JsonDocument.Parse(result.Out);
        var errors = doc.RootElement.GetProperty("errors");
        var paths = new System.Collections.Generic.List<string>();
        foreach (var e in errors.EnumerateArray())
        {
            paths.Add(e.GetProperty("path").GetString() + " " + e.GetProperty("code").GetString());
        }

        Assert.Contains("$.actions[0].targetDate invalid-date", paths);
        Assert.Contains("$.actions[0].ownr unknown-property", paths);
        Assert.Contains("$.actions[0].owner missing-property", paths);
        Assert.False(result.HasStackTrace);
    }

    [Fact]
    public void BadInput_TextFormat_PrintsNothingOnStdout()
    {
        var result = CliRunner.RunWithInput("{ \"review\": ", "plan", "-", "--as-of", "2020-11-01");
        Assert.Equal(1, result.Exit);
        Assert.Equal(string.Empty, result.Out);
        Assert.Contains("malformed-json", result.Err);
    }

    [Fact]
    public void BadAsOf_IsAnInputErrorOnTheOption()
    {
        var result = CliRunner.RunWithInput(ContractExample, "plan", "-", "--as-of", "2020-02-30");
        Assert.Equal(1, result.Exit);
        Assert.Contains("--as-of: invalid-date", result.Err);
    }

    [Theory]
    [InlineData("--as-of", "0001-01-01")]
    [InlineData("--compare-to", "2200-01-01")]
    public void DateOptionOutsideTheContractsRange_IsAnInputErrorOnTheOption(string option, string date)
    {
        // The options follow the documents' own date rule (1900 to 2199): year 1 is refused, not reported on.
        var args = option == "--compare-to"
            ? new[] { "plan", "-", "--as-of", "2021-01-12", option, date, "--format", "json" }
            : new[] { "plan", "-", option, date, "--format", "json" };
        var result = CliRunner.RunWithInput(ContractExample, args);
        Assert.Equal(1, result.Exit);
        using var document = JsonDocument.Parse(result.Out);
        var error = document.RootElement.GetProperty("errors")[0];
        Assert.Equal(option, error.GetProperty("path").GetString());
        Assert.Equal("date-out-of-range", error.GetProperty("code").GetString());
        Assert.Equal("Dates must be between 1900-01-01 and 2199-12-31.", error.GetProperty("message").GetString());
    }

    [Fact]
    public void MissingAsOf_OrUnreadableFile_IsAUsageError()
    {
        Assert.Equal(2, CliRunner.RunWithInput(ContractExample, "plan", "-").Exit);
        Assert.Equal(2, CliRunner.Run("plan", Path.Combine(Path.GetTempPath(), "no-such-plan-file.json"), "--as-of", "2020-11-01").Exit);
    }

    [Fact]
    public void Demo_IncludesTheActionPlanReport()
    {
        var result = CliRunner.Run("demo");
        Assert.Equal(0, result.Exit);
        Assert.Contains("Action plan: Sam and Kyle", result.Out);
        Assert.Contains("completed-by-output-only", result.Out);
    }
    [Fact]
    public void Policy_CouncilSchemeAndThresholds_FromAFile()
    {
        string policy = Path.Combine(Path.GetTempPath(), "plan-policy-" + System.Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(policy, """
            { "scheme": { "name": "council", "statuses": ["off-track", "in-progress", "complete", "embedded"],
                          "notStarted": "off-track", "inProgress": "in-progress", "overdue": "off-track",
                          "completed": "complete", "embedded": "embedded" },
              "escalation": { "board": { "daysOverdue": 10 } } }
            """);
        try
        {
            var result = CliRunner.RunWithInput(ContractExample, "plan", "-", "--as-of", "2021-01-15", "--format", "json", "--policy", policy);
            Assert.Equal(0, result.Exit);
            using var doc = JsonDocument.Parse(result.Out);
            var action = doc.RootElement.GetProperty("actions")[0];
            Assert.Equal("off-track", action.GetProperty("status").GetString());
            Assert.Equal("board", action.GetProperty("escalation").GetString());
            Assert.Equal(1, doc.RootElement.GetProperty("summary").GetProperty("counts").GetProperty("off-track").GetInt32());

            File.WriteAllText(policy, """{ "scheme": { "name": "x", "statuses": ["a", "b"], "notStarted": "b", "inProgress": "a", "overdue": "a", "completed": "b", "embedded": "b" } }""");
            var bad = CliRunner.RunWithInput(ContractExample, "plan", "-", "--as-of", "2021-01-15", "--policy", policy);
            Assert.Equal(1, bad.Exit);
            Assert.Contains("--policy:$.scheme: invalid-scheme", bad.Err);

            Assert.Equal(2, CliRunner.RunWithInput(ContractExample, "plan", "-", "--as-of", "2021-01-15", "--policy", policy, "--scheme", "red-amber-green").Exit);
        }
        finally
        {
            File.Delete(policy);
        }
    }

    [Fact]
    public void Scheme_RedAmberGreen_HasNoBlueCount()
    {
        var result = CliRunner.RunWithInput(ContractExample, "plan", "-", "--as-of", "2020-11-01", "--format", "json", "--scheme", "red-amber-green");
        Assert.Equal(0, result.Exit);
        using var doc = JsonDocument.Parse(result.Out);
        Assert.False(doc.RootElement.GetProperty("summary").GetProperty("counts").TryGetProperty("blue", out _));
    }
}
