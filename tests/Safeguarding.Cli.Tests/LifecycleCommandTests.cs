using System.Linq;
using System.Text.Json;

namespace Safeguarding.Cli.Tests;

public sealed class LifecycleCommandTests
{
    [Theory]
    [InlineData("serious-case-review")]
    [InlineData("serious-incident-notification")]
    [InlineData("rapid-review")]
    [InlineData("local-child-safeguarding-practice-review")]
    [InlineData("safeguarding-adults-review")]
    [InlineData("domestic-homicide-review")]
    [InlineData("child-practice-review-concise")]
    [InlineData("child-practice-review-extended")]
    [InlineData("case-management-review")]
    [InlineData("learning-review")]
    [InlineData("adult-practice-review")]
    public void Lifecycle_EveryKind_PrintsMermaidAndJson(string kind)
    {
        var mermaid = CliRunner.Run("lifecycle", kind);
        Assert.Equal(0, mermaid.Exit);
        Assert.StartsWith("stateDiagram-v2", mermaid.Out);
        Assert.Contains("[*] --> incident_known : incident-known", mermaid.Out);

        var json = CliRunner.Run("lifecycle", kind, "--format", "json");
        Assert.Equal(0, json.Exit);
        using var doc = JsonDocument.Parse(json.Out);
        Assert.Equal(kind, doc.RootElement.GetProperty("kind").GetString());
        Assert.NotEmpty(doc.RootElement.GetProperty("transitions").EnumerateArray());
    }

    [Fact]
    public void Lifecycle_LocalChildReview_ShowsThePanelNoticeGuardWithItsCitation()
    {
        var result = CliRunner.Run("lifecycle", "local-child-safeguarding-practice-review", "--format", "json");
        using var doc = JsonDocument.Parse(result.Out);
        var publish = doc.RootElement.GetProperty("transitions").EnumerateArray().Single(t => t.GetProperty("trigger").GetString() == "published");
        var guard = publish.GetProperty("guards").EnumerateArray().Single(g => g.GetProperty("guard").GetString() == "panel-notice-before-publication");
        Assert.Equal("SI 2018/789 reg 16(1)", guard.GetProperty("citation").GetString());
        Assert.Contains("published (signed-off-before-publication, anonymised-before-publication, panel-notice-before-publication)",
            CliRunner.Run("lifecycle", "local-child-safeguarding-practice-review").Out);
    }

    [Fact]
    public void Lifecycle_Dot_IsADigraph()
    {
        var result = CliRunner.Run("lifecycle", "serious-case-review", "--format", "dot");
        Assert.Equal(0, result.Exit);
        Assert.StartsWith("digraph \"serious-case-review\" {", result.Out);
    }

    [Fact]
    public void Lifecycle_UnknownKind_ExitsOneWithTheErrorDocument()
    {
        var result = CliRunner.Run("lifecycle", "serious-case-reveiw", "--format", "json");
        Assert.Equal(1, result.Exit);
        using var doc = JsonDocument.Parse(result.Out);
        Assert.Equal("invalid-enum", doc.RootElement.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.False(result.HasStackTrace);
    }

    [Fact]
    public void Lifecycle_UnknownFormat_IsAUsageError()
    {
        Assert.Equal(2, CliRunner.Run("lifecycle", "serious-case-review", "--format", "svg").Exit);
        Assert.Equal(2, CliRunner.Run("lifecycle").Exit);
    }

    [Fact]
    public void Demo_ShowsTheSeedCasesTimelinesAndClocks()
    {
        var result = CliRunner.Run("demo");
        Assert.Equal(0, result.Exit);
        Assert.Contains("Julia (serious case review", result.Out);
        Assert.Contains("completion: due 2018-08-19, done 2020-06-01, late by 652 days", result.Out);
        Assert.Contains("members-informed: due 2014-12-15, done 2015-02-10, late by 57 days", result.Out);
        Assert.Contains("publication window: [2016-12-01, 2018-06-01)", result.Out);
        Assert.Contains("publish on 2023-06-07: refused: panel-notice-before-publication", result.Out);
    }
}
