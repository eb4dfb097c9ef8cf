using System;
using System.Text.Json;
using NodaTime;
using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Reporting;

namespace Safeguarding.Domain.Tests.Reporting;

public sealed class ScrutinyReportTests
{
    private static ActionPlan Plan(string owner = "police <&> \"health\"") => new(
        "Review <script>", Period.FromMonths(3), new LocalDate(2020, 1, 1), null,
        new[] { new Finding("F1", "<i>title</i>", null) },
        new[] { new Recommendation("R1", new[] { "F1" }, "text | with pipe") },
        new[]
        {
            new PlanAction("1.1", new[] { "R1" }, owner, new LocalDate(2020, 12, 31), new LocalDate(2020, 7, 1), null,
                new[] { new Evidence(EvidenceKind.Output, new LocalDate(2020, 8, 1), "<img src=x>") },
                new[] { new StatusUpdate(new LocalDate(2020, 9, 30), ReportedStatus.Green, "<b>note</b>") }),
        });

    [Fact]
    public void Html_EncodesEverythingFromThePlan_AndIsSelfContained()
    {
        string html = ScrutinyReport.Create(Plan(), new LocalDate(2021, 1, 15), new LocalDate(2020, 10, 1)).ToHtml();
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http:", html.Replace("xmlns=\"http://www.w3.org/2000/svg\"", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Review &lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("police &lt;&amp;&gt; &quot;health&quot;", html, StringComparison.Ordinal);
        Assert.Equal(2, CountOf(html, "<svg xmlns"));
        Assert.Contains("Since 2020-10-01", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_EscapesTableBreakingCharacters()
    {
        string md = ScrutinyReport.Create(Plan("a|b"), new LocalDate(2021, 1, 15), null).ToMarkdown();
        Assert.Contains("a\\|b", md, StringComparison.Ordinal);
        Assert.Contains("| 1.1 |", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_HasTheContractsShape_AndTheTrend()
    {
        using var doc = JsonDocument.Parse(ScrutinyReport.Create(Plan(), new LocalDate(2021, 1, 15), null).ToJson());
        var root = doc.RootElement;
        foreach (var name in new[] { "asOf", "valid", "validation", "actions", "recommendations", "findings", "summary" })
        {
            Assert.True(root.TryGetProperty(name, out _), name);
        }

        Assert.False(root.TryGetProperty("comparison", out _));
        Assert.Equal(5, root.GetProperty("trend").GetArrayLength());
        Assert.Equal("2020-01-15", root.GetProperty("trend")[0].GetProperty("asOf").GetString());
    }

    [Fact]
    public void Text_NeverIncludesNotesOrDescriptions()
    {
        string text = ScrutinyReport.Create(Plan(), new LocalDate(2021, 1, 15), null).ToText();
        Assert.DoesNotContain("note</b>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("img src", text, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part)
    {
        int count = 0;
        for (int i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
