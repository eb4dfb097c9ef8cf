using System.Linq;
using System.Text.Json;

namespace Safeguarding.Cli.Tests;

public sealed class RegisterCommandTests
{
    private const string Register = """
        {
          "partnership": "Example Safeguarding Children Partnership",
          "themeList": "panel-practice-themes",
          "reviews": [
            { "id": "2024-01",
              "record": { "kind": "local-child-safeguarding-practice-review", "jurisdiction": "england", "events": [
                { "type": "incident-known", "date": "2024-01-08", "referralSource": "police" },
                { "type": "notified", "date": "2024-01-11" },
                { "type": "rapid-review-completed", "date": "2024-01-31" },
                { "type": "decided", "date": "2024-02-07", "decision": "initiate" },
                { "type": "commissioned", "date": "2024-03-04", "methodology": "silp" } ] },
              "plan": { "review": "Example", "findings": [ { "id": "F1", "themes": ["information-sharing"] } ],
                "recommendations": [ { "id": "R1", "findings": ["F1"], "addressee": { "level": "national", "body": "Department for Education" }, "sentOn": "2024-06-01" } ],
                "actions": [ { "id": "1", "recommendations": ["R1"], "owner": "partnership", "targetDate": "2024-12-31" } ] } }
          ]
        }
        """;

    [Fact]
    public void Register_Json_GivesTheContractsFigures()
    {
        var result = CliRunner.RunWithInput(Register, "register", "-", "--as-of", "2026-03-31", "--format", "json");
        Assert.Equal(0, result.Exit);
        using var doc = JsonDocument.Parse(result.Out);
        var root = doc.RootElement;
        Assert.Equal(1, root.GetProperty("reviews").GetProperty("total").GetInt32());
        Assert.Equal("2024-01", root.GetProperty("reviews").GetProperty("open")[0].GetString());
        var completion = root.GetProperty("clocks").EnumerateArray().Single(c => c.GetProperty("clock").GetString() == "completion");
        Assert.Equal(1, completion.GetProperty("overdue").GetInt32());
        Assert.Equal("2024-01/R1", root.GetProperty("recommendations").GetProperty("awaitingResponse")[0].GetString());
        Assert.Equal("2024-01", root.GetProperty("unexplainedDelays")[0].GetProperty("review").GetString());
        Assert.Equal(1, root.GetProperty("actions").GetProperty("counts").GetProperty("red").GetInt32());
    }

    [Fact]
    public void Register_Publishable_SuppressesAndSaysSo_InEveryFormat()
    {
        foreach (var format in new[] { "text", "markdown", "html" })
        {
            var result = CliRunner.RunWithInput(Register, "register", "-", "--as-of", "2026-03-31", "--format", format, "--publishable", "--suppress-below", "3");
            Assert.Equal(0, result.Exit);
            Assert.Contains("counts from 1 to 2 are suppressed", result.Out, System.StringComparison.Ordinal);
            Assert.DoesNotContain("2024-01/R1", result.Out, System.StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Register_BadNestedDate_IsExit1WithThePathIntoTheRecord()
    {
        var result = CliRunner.RunWithInput(Register.Replace("2024-01-11", "2024-01-32", System.StringComparison.Ordinal), "register", "-", "--as-of", "2026-03-31", "--format", "json");
        Assert.Equal(1, result.Exit);
        Assert.False(result.HasStackTrace);
        using var doc = JsonDocument.Parse(result.Out);
        Assert.Equal("$.reviews[0].record.events[1].date", doc.RootElement.GetProperty("errors")[0].GetProperty("path").GetString());
    }

    [Fact]
    public void Register_OptionErrors()
    {
        Assert.Equal(2, CliRunner.RunWithInput(Register, "register", "-", "--as-of", "2026-03-31", "--suppress-below", "3").Exit);
        var bad = CliRunner.RunWithInput(Register, "register", "-", "--as-of", "2026-03-31", "--publishable", "--suppress-below", "1", "--format", "json");
        Assert.Equal(1, bad.Exit);
        Assert.Contains("--suppress-below", bad.Out, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Register_UnknownTheme_IsInvalid_AndStrictExits1()
    {
        string input = Register.Replace("\"information-sharing\"", "\"weather\"", System.StringComparison.Ordinal);
        var lenient = CliRunner.RunWithInput(input, "register", "-", "--as-of", "2026-03-31", "--format", "json");
        Assert.Equal(0, lenient.Exit);
        Assert.Contains("unknown-theme", lenient.Out, System.StringComparison.Ordinal);
        Assert.Equal(1, CliRunner.RunWithInput(input, "register", "-", "--as-of", "2026-03-31", "--strict").Exit);
    }

    [Fact]
    public void Schema_Register_IsShipped()
    {
        var result = CliRunner.Run("schema", "register");
        Assert.Equal(0, result.Exit);
        Assert.Contains("\"ownThemeList\"", result.Out, System.StringComparison.Ordinal);
    }
}
