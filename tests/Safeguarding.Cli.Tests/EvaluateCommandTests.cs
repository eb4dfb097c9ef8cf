using System.IO;
using System.Linq;
using System.Text.Json;

namespace Safeguarding.Cli.Tests;

public sealed class EvaluateCommandTests
{
    private const string Julia = """{ "jurisdiction": "england", "subject": "child", "decisionDate": "2013-05-01", "abuseOrNeglect": "suspected", "harm": "seriously-harmed", "concernAboutJointWorking": "yes" }""";

    [Fact]
    public void Evaluate_ContractExample_PrintsTheDeterminationsAsJson()
    {
        var result = CliRunner.RunWithInput(Julia, "evaluate", "-", "--format", "json");
        Assert.Equal(0, result.Exit);
        Assert.Equal(string.Empty, result.Err);
        using var document = JsonDocument.Parse(result.Out);
        var root = document.RootElement;
        Assert.Equal("england-lscb-2006", root.GetProperty("regime").GetString());
        var scr = root.GetProperty("determinations").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == "serious-case-review");
        Assert.Equal("required", scr.GetProperty("outcome").GetString());
        Assert.Equal(0, scr.GetProperty("missingFacts").GetArrayLength());
        Assert.Equal("SI 2006/90 reg 5(2)", scr.GetProperty("reasons")[0].GetProperty("citation").GetString());
    }

    [Fact]
    public void Evaluate_FromAFile_WithTextFormat_ShowsTheRegimeAndReasons()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, """{ "jurisdiction": "england", "subject": "adult", "decisionDate": "2020-01-01", "harm": "died", "abuseOrNeglect": "known", "careAndSupportNeeds": "yes" }""");
            var result = CliRunner.Run("evaluate", path);
            Assert.Equal(0, result.Exit);
            Assert.Contains("Regime: england-care-act-2014", result.Out);
            Assert.Contains("safeguarding-adults-review: undetermined", result.Out);
            Assert.Contains("missing facts: concernAboutJointWorking", result.Out);
            Assert.Contains("Care Act 2014 s44(2)", result.Out);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Evaluate_Text_SaysNotInForceForTheLimbsOfLaterLawAndWhenTheLawWasChecked()
    {
        var result = CliRunner.RunWithInput(Julia, "evaluate", "-");
        Assert.Equal(0, result.Exit);
        Assert.Contains("Law checked on: 2026-12-01\n", result.Out.Replace("\r\n", "\n", System.StringComparison.Ordinal), System.StringComparison.Ordinal);
        Assert.DoesNotContain("provisional", result.Out, System.StringComparison.Ordinal);
        Assert.Contains("  [not in force] The local authority must notify the Panel", result.Out, System.StringComparison.Ordinal);
        Assert.Contains("    [not in force] Abuse or neglect is known or suspected (Children Act 2004 s16C(1))", result.Out, System.StringComparison.Ordinal);
        Assert.Contains("    [met] Abuse or neglect is known or suspected (Working Together", result.Out, System.StringComparison.Ordinal);
        Assert.DoesNotContain("[not met] Abuse or neglect", result.Out, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Json_CarriesTheLawStatusOfTheAnswer()
    {
        var result = CliRunner.RunWithInput("""{ "jurisdiction": "wales", "subject": "adult", "decisionDate": "2027-01-04", "harm": "died" }""", "evaluate", "-", "--format", "json");
        Assert.Equal(0, result.Exit);
        using var document = JsonDocument.Parse(result.Out);
        var root = document.RootElement;
        Assert.Equal("2026-12-01", root.GetProperty("lawCheckedOn").GetString());
        Assert.True(root.GetProperty("provisional").GetBoolean());
        Assert.Equal("vpa-2024-s19", root.GetProperty("pendingChanges")[0].GetProperty("provision").GetString());
        var text = CliRunner.RunWithInput("""{ "jurisdiction": "wales", "subject": "adult", "decisionDate": "2027-01-04", "harm": "died" }""", "evaluate", "-");
        Assert.Contains("Law checked on: 2026-12-01 (provisional:", text.Out, System.StringComparison.Ordinal);
        Assert.Contains("Pending change: vpa-2024-s19, enacted-not-in-force (Victims and Prisoners Act 2024 s19)", text.Out, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_UnknownProperty_ExitsOneWithItsPath()
    {
        var result = CliRunner.RunWithInput("""{ "jurisdiction": "england", "subject": "child", "decisionDate": "2013-05-01", "harmm": "died" }""", "evaluate", "-", "--format", "json");
        Assert.Equal(1, result.Exit);
        using var document = JsonDocument.Parse(result.Out);
        var error = document.RootElement.GetProperty("errors")[0];
        Assert.Equal("$.harmm", error.GetProperty("path").GetString());
        Assert.Equal("unknown-property", error.GetProperty("code").GetString());
        Assert.Contains("$.harmm", result.Err);
        Assert.False(result.HasStackTrace);
    }

    [Fact]
    public void Evaluate_BadDate_ExitsOneWithItsPath()
    {
        var result = CliRunner.RunWithInput("""{ "jurisdiction": "england", "subject": "child", "decisionDate": "2013-02-30" }""", "evaluate", "-");
        Assert.Equal(1, result.Exit);
        Assert.Equal(string.Empty, result.Out);
        Assert.Contains("$.decisionDate: invalid-date", result.Err);
    }

    [Fact]
    public void Evaluate_BeforeEveryRegime_IsNoRegimeInForce()
    {
        var result = CliRunner.RunWithInput("""{ "jurisdiction": "england", "subject": "child", "decisionDate": "2005-01-01" }""", "evaluate", "-", "--format", "json");
        Assert.Equal(1, result.Exit);
        using var document = JsonDocument.Parse(result.Out);
        var error = document.RootElement.GetProperty("errors")[0];
        Assert.Equal("$.decisionDate", error.GetProperty("path").GetString());
        Assert.Equal("no-regime-in-force", error.GetProperty("code").GetString());
    }

    [Fact]
    public void Evaluate_MissingFile_IsAUsageError()
    {
        var result = CliRunner.Run("evaluate", Path.Combine(Path.GetTempPath(), "no-such-case-facts.json"));
        Assert.Equal(2, result.Exit);
        Assert.Equal(string.Empty, result.Out);
        Assert.Contains("error: usage:", result.Err);
        Assert.False(result.HasStackTrace);
    }

    [Fact]
    public void Evaluate_MalformedJson_ExitsOne()
    {
        var result = CliRunner.RunWithInput("{ \"jurisdiction\": ", "evaluate", "-");
        Assert.Equal(1, result.Exit);
        Assert.Contains("malformed-json", result.Err);
    }

    [Fact]
    public void Evaluate_WithoutAFile_IsAUsageError()
    {
        var result = CliRunner.Run("evaluate");
        Assert.Equal(2, result.Exit);
    }

    [Fact]
    public void Demo_ShowsTheCriteriaForThePublishedCases()
    {
        var result = CliRunner.Run("demo");
        Assert.Equal(0, result.Exit);
        Assert.Contains("Review criteria", result.Out);
        foreach (var name in new[] { "Julia", "James", "Sam and Kyle", "Child R" })
        {
            Assert.Contains("-- " + name, result.Out);
        }

        Assert.Contains("serious-case-review: required", result.Out);
        Assert.Contains("local-safeguarding-children-board: england-lscb-2006", result.Out);
    }
}
