using System.Linq;
using System.Text.Json;

namespace Safeguarding.Cli.Tests;

/// <summary><c>safeguarding evaluate</c> on the Welsh, Scottish and Northern Irish law of issue #15.</summary>
public sealed class EvaluateDevolvedTests
{
    [Fact]
    public void Evaluate_AWelshCaseIn2025_IsASingleUnifiedSafeguardingReview_WithItsConstituentsCited()
    {
        const string Input = """{ "jurisdiction": "wales", "subject": "adult", "decisionDate": "2025-03-03", "abuseOrNeglect": "not-suspected", "harm": "died", "ageAtDeath": 47, "perpetratorRelationship": "other", "homicide": "yes", "perpetratorKnownToMentalHealthServices": "yes" }""";
        var result = CliRunner.RunWithInput(Input, "evaluate", "-", "--format", "json");
        Assert.Equal(0, result.Exit);
        using var document = JsonDocument.Parse(result.Out);
        var root = document.RootElement;
        Assert.Equal("wales-susr-2024", root.GetProperty("regime").GetString());
        var kinds = root.GetProperty("determinations").EnumerateArray().ToDictionary(d => d.GetProperty("kind").GetString()!, d => d.GetProperty("outcome").GetString());
        Assert.Equal("required", kinds["single-unified-safeguarding-review"]);
        Assert.Equal("required", kinds["mental-health-homicide-review"]);
        Assert.Equal("not-required", kinds["adult-practice-review"]);
        Assert.Equal("not-required", kinds["domestic-homicide-review"]);

        var susr = root.GetProperty("determinations").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == "single-unified-safeguarding-review");
        var constituents = susr.GetProperty("reasons")[0].GetProperty("reasons").EnumerateArray()
            .Select(r => (r.GetProperty("result").GetString(), r.GetProperty("citation").GetString())).ToList();
        Assert.Contains(("met", "Healthcare Inspectorate Wales homicide reviews: an adult known to mental health services in the previous 12 months commits the homicide of another adult"), constituents);
        Assert.Contains(("not-met", "SI 2015/1466 reg 4(3)-(4)"), constituents);
        Assert.Contains(("not-met", "Domestic Violence, Crime and Victims Act 2004 s9(1)"), constituents);
    }

    [Fact]
    public void Evaluate_TheSameWelshCaseBeforeOctober2024_KeepsThe2016Regime()
    {
        const string Input = """{ "jurisdiction": "wales", "subject": "adult", "decisionDate": "2024-09-30", "abuseOrNeglect": "suspected", "harm": "seriously-harmed", "protectionOrLookedAfterInPriorSixMonths": "no" }""";
        var result = CliRunner.RunWithInput(Input, "evaluate", "-", "--format", "json");
        Assert.Equal(0, result.Exit);
        using var document = JsonDocument.Parse(result.Out);
        Assert.Equal("wales-2016", document.RootElement.GetProperty("regime").GetString());
        Assert.DoesNotContain(document.RootElement.GetProperty("determinations").EnumerateArray(), d => d.GetProperty("kind").GetString() == "single-unified-safeguarding-review");
    }

    [Theory]
    [InlineData("scotland", "2025-01-10", "scotland-adult-learning-review-2022", "learning-review")]
    [InlineData("northern-ireland", "2025-01-10", "northern-ireland-dhr-2020", "domestic-homicide-review")]
    public void Evaluate_ScottishAndNorthernIrishAdults_HaveARegimeIn2025(string jurisdiction, string date, string regime, string kind)
    {
        string input = "{ \"jurisdiction\": \"" + jurisdiction + "\", \"subject\": \"adult\", \"decisionDate\": \"" + date + "\", \"harm\": \"died\" }";
        var result = CliRunner.RunWithInput(input, "evaluate", "-", "--format", "json");
        Assert.Equal(0, result.Exit);
        using var document = JsonDocument.Parse(result.Out);
        Assert.Equal(regime, document.RootElement.GetProperty("regime").GetString());
        Assert.Equal(kind, Assert.Single(document.RootElement.GetProperty("determinations").EnumerateArray()).GetProperty("kind").GetString());
    }

    [Fact]
    public void Demo_ShowsA2025WelshCaseAsASingleUnifiedSafeguardingReview()
    {
        var result = CliRunner.Run("demo");
        Assert.Equal(0, result.Exit);
        int at = result.Out.IndexOf("A Welsh adult killed in 2025", System.StringComparison.Ordinal);
        Assert.True(at >= 0, "the demo shows the Welsh 2025 case");
        string section = result.Out.Substring(at, System.Math.Min(4000, result.Out.Length - at));
        Assert.Contains("wales-susr-2024", section, System.StringComparison.Ordinal);
        Assert.Contains("single-unified-safeguarding-review", section, System.StringComparison.Ordinal);
    }
}
