using System;
using System.Linq;
using System.Text.Json;
using NodaTime;
using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Rating;
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
        Assert.Equal(2, CountOf(html, "<svg class=\"chart\" xmlns"));
        Assert.Contains("Since <span class=\"date\">2020-10-01</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_EscapesTableBreakingCharacters()
    {
        string md = ScrutinyReport.Create(Plan("a|b"), new LocalDate(2021, 1, 15), null).ToMarkdown();
        Assert.Contains("a\\|b", md, StringComparison.Ordinal);
        Assert.Contains("| 1.1 |", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_StatusNamesFromACouncilScheme_AreEscapedSoEveryTableRowKeepsItsColumns()
    {
        // A council's statuses are its own strings: a pipe would add a column, a star would start emphasis.
        var scheme = new RatingScheme("pipes|and*stars", new[] { "off|track", "on*track", "done`" }, "off|track", "on*track", "off|track", "done`", "done`", RollUpMethod.WorstOf);
        string md = ScrutinyReport.Create(ReportPlans.Invalid(), new LocalDate(2021, 3, 15), new LocalDate(2021, 1, 15), scheme, EscalationPolicy.Default, 3).ToMarkdown();

        Assert.Contains("Plan status: **off\\|track**. Valid: **no**. Scheme pipes\\|and\\*stars, reporting cycle `P1M`.", md, StringComparison.Ordinal);
        Assert.Contains("| off\\|track | on\\*track | done\\` | overdue |", md, StringComparison.Ordinal);
        Assert.Contains("| A\\<1\\> | - | twenty-characters-ab | off\\|track | amber |", md, StringComparison.Ordinal);
        Assert.Contains("| R1 | off\\|track | 3 | - |", md, StringComparison.Ordinal);
        Assert.Contains("| on\\*track | started and not completed, on or before its target date |", md, StringComparison.Ordinal);
        var tables = md.Split('\n').Where(line => line.StartsWith('|')).ToList();
        Assert.Equal(new[] { 7, 7, 7, 2, 2, 2, 2, 2, 10, 10, 10, 10, 10, 4, 4, 4, 4, 4, 4, 4 }, tables.Select(UnescapedPipes).Select(n => n - 1).ToArray());
        Assert.Contains("**Since 2021-01-15:** improved none; worsened A\\<1\\> (on\\*track → off\\|track); newly overdue A\\<1\\> (on\\*track → off\\|track); "
            + "newly escalated A\\<1\\> (lead-officer → subgroup).", md, StringComparison.Ordinal);
    }

    [Fact]
    public void OverdueByOneDay_IsWrittenInTheSingular_InMarkdownAndHtml()
    {
        // Ash and Bo's action 3.2 had a target of 14 January 2021; the report is as of the 15th.
        var report = ScrutinyReport.Create(ReportPlans.AshAndBo(), ReportPlans.AshAndBoDate, null);
        Assert.Contains("| 2021-01-14 | 1 day |", report.ToMarkdown(), StringComparison.Ordinal);
        Assert.Contains("<td class=\"date\" data-label=\"target\">2021-01-14</td><td class=\"nowrap\" data-label=\"overdue\">1 day</td>", report.ToHtml(), StringComparison.Ordinal);
        Assert.Contains("| 2020-12-31 | 15 days |", report.ToMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryFormat_ShowsTheWordsOfEveryItem_BesideItsId()
    {
        // Ash and Bo's plan: action 1.1 has a description, a lead and a success measure; R1 has text; F1 has a title.
        var report = ScrutinyReport.Create(ReportPlans.AshAndBo(), ReportPlans.AshAndBoDate, null);

        string text = report.ToText();
        Assert.Contains("         what: run <multi-agency> training & audit | twice\n         lead: lead <officer>\n         success measure: measure & check\n", text, StringComparison.Ordinal);
        Assert.Contains("\n  R1     red    text | with pipe\n", text, StringComparison.Ordinal);
        Assert.Contains("\n  F1     red    <i>escalation</i>\n", text, StringComparison.Ordinal);

        string md = report.ToMarkdown();
        Assert.Contains("| 1.1 | run \\<multi-agency\\> training & audit \\| twice<br>lead: lead \\<officer\\><br>success measure: measure & check | ", md, StringComparison.Ordinal);
        Assert.Contains("| R1 | red | 2 | text \\| with pipe |", md, StringComparison.Ordinal);
        Assert.Contains("| F1 | red | 2 | \\<i\\>escalation\\</i\\> |", md, StringComparison.Ordinal);

        string html = report.ToHtml();
        Assert.Contains("<td class=\"words\" data-label=\"what will be done\"><div>run &lt;multi-agency&gt; training &amp; audit | twice</div><div><span class=\"label\">Lead:</span> lead &lt;officer&gt;</div>"
            + "<div><span class=\"label\">Success measure:</span> measure &amp; check</div></td>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td class=\"nowrap\">R1</td><td class=\"words\">text | with pipe</td>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td class=\"nowrap\">F1</td><td class=\"words\">&lt;i&gt;escalation&lt;/i&gt;</td>", html, StringComparison.Ordinal);

        using var doc = JsonDocument.Parse(report.ToJson());
        var action = doc.RootElement.GetProperty("actions")[0];
        Assert.Equal(("run <multi-agency> training & audit | twice", "lead <officer>", "measure & check"),
            (action.GetProperty("description").GetString(), action.GetProperty("lead").GetString(), action.GetProperty("successMeasure").GetString()));
        Assert.False(doc.RootElement.GetProperty("actions")[2].TryGetProperty("lead", out _)); // absent when not given
        Assert.Equal("text | with pipe", doc.RootElement.GetProperty("recommendations")[0].GetProperty("text").GetString());
        Assert.False(doc.RootElement.GetProperty("recommendations")[1].TryGetProperty("text", out _));
        Assert.Equal("<i>escalation</i>", doc.RootElement.GetProperty("findings")[0].GetProperty("title").GetString());
    }

    [Fact]
    public void EveryFormat_HasAKey_ThatSaysWhatEachStatusOfTheSchemeInUseMeans()
    {
        var brag = ScrutinyReport.Create(ReportPlans.AshAndBo(), ReportPlans.AshAndBoDate, null);
        Assert.Contains("  blue    completed, with evidence of impact: the change is embedded in practice\n", brag.ToText(), StringComparison.Ordinal);
        Assert.Contains("  red     not started (no start date and no evidence), target date not passed; or not completed and past its target date; or a recommendation with no actions\n",
            brag.ToText(), StringComparison.Ordinal);
        Assert.Contains("| amber | started and not completed, on or before its target date |", brag.ToMarkdown(), StringComparison.Ordinal);
        Assert.Contains("<td>completed, with no evidence of impact yet</td>", brag.ToHtml(), StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(brag.ToJson());
        Assert.Equal(new[] { "red", "amber", "green", "blue" }, doc.RootElement.GetProperty("key").EnumerateArray().Select(k => k.GetProperty("status").GetString()));

        // Without blue, green is both completed and embedded.
        var rag = ScrutinyReport.Create(ReportPlans.AshAndBo(), ReportPlans.AshAndBoDate, null, RatingScheme.RedAmberGreen, EscalationPolicy.Default, 1);
        Assert.Contains("| green | completed, with no evidence of impact yet; or completed, with evidence of impact: the change is embedded in practice |", rag.ToMarkdown(), StringComparison.Ordinal);
        Assert.DoesNotContain("| blue | completed", rag.ToMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public void Html_LongLabelsAreNeverShortened_AndEveryStatusHasAPatternAndItsName()
    {
        const string longOwner = "childrens-social-care-and-early-help-services-east";
        var plan = ReportPlans.AshAndBo();
        plan = plan.WithActions(plan.Actions.Select(a => a.Owner == "health" ? new PlanAction(a.Id, a.Recommendations, a.Description, longOwner, a.Lead, a.TargetDate,
            a.SuccessMeasure, a.StartedOn, a.CompletedOn, a.Evidence, a.Updates, a.DependsOn) : a));
        string html = ScrutinyReport.Create(plan, ReportPlans.AshAndBoDate, null).ToHtml();
        // In the chart the label wraps after a hyphen to fit its column; in the table and the actions it is whole.
        Assert.Contains("<tspan x=\"2\" dy=\"0\">childrens-social-care-and-</tspan><tspan x=\"2\" dy=\"15\">early-help-services-east</tspan></text>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"id\">" + longOwner + "</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("…", html, StringComparison.Ordinal);
        for (int k = 0; k < 4; k++)
        {
            Assert.Contains("<pattern id=\"status-" + k + "\"", html, StringComparison.Ordinal);
        }

        // Every legend entry is a swatch and the status's name in words.
        Assert.Equal(2, CountOf(html, "<ul class=\"legend\">"));
        Assert.Contains("fill=\"url(#status-3)\" stroke=\"#000\" stroke-width=\"1\"/></svg><span>blue</span></span></li></ul>", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_NewlyEscalated_ShowsTheEscalationLevels_NotTheStatuses()
    {
        string md = ScrutinyReport.Create(ReportPlans.AshAndBo(), ReportPlans.AshAndBoDate, ReportPlans.AshAndBoEarlier).ToMarkdown();
        Assert.Contains("newly escalated 1.1 (none → lead-officer), ", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_ChartCoordinates_NeverPrintMinusZero()
    {
        // Stacked bars of a third and two thirds add up to a hair over the plot's height,
        // so the top bar's y is a tiny negative number that would print as -0.
        string html = ScrutinyReport.Create(ReportPlans.Invalid(), new LocalDate(2021, 3, 15), null, ReportPlans.CouncilScheme(), EscalationPolicy.Default, 3).ToHtml();
        Assert.DoesNotContain("=\"-", html, StringComparison.Ordinal);
        Assert.Contains("<rect x=\"33\" y=\"0\" width=\"44\" height=\"133.3\"", html, StringComparison.Ordinal);
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

    private static int UnescapedPipes(string line)
    {
        int count = 0;
        for (int i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\')
            {
                i++;
            }
            else if (line[i] == '|')
            {
                count++;
            }
        }

        return count;
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
