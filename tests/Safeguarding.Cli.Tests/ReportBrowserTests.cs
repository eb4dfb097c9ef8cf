using System;
using System.IO;
using System.Threading.Tasks;
using Safeguarding.Tests.Shared;

namespace Safeguarding.Cli.Tests;

/// <summary>
/// The HTML scrutiny report in a real browser (headless Chromium): on a wide screen, a narrow one and as printed,
/// with the default scheme and with a council's long status names, nothing overflows its box, every legend and key
/// entry is fully visible, dates never wrap, and the page asks for nothing outside itself. Screenshots (colour and
/// greyscale) and the printed PDF are saved under artifacts/test-results/browser. Fails when Chromium is missing.
/// </summary>
public sealed class ReportBrowserTests
{
    // Long agency ids, long words, and dates on every action: what cut the old report's labels and legends.
    private const string Plan = """
        {
          "review": "Learning from a review of multi-agency practice with a very long title that must wrap rather than overflow",
          "reportingCycle": "P3M",
          "agreedOn": "2025-01-15",
          "findings": [
            { "id": "F1", "title": "Information about risk was not shared between the hospital, the school and children's social care" },
            { "id": "F2", "title": "Escalation" }
          ],
          "recommendations": [
            { "id": "R1", "findings": ["F1"], "text": "The partnership should make sure that every agency shares information about risk within one working day." },
            { "id": "R2", "findings": ["F2"], "text": "Review the escalation policy." }
          ],
          "actions": [
            { "id": "1.1", "recommendations": ["R1"], "description": "Deliver multi-agency training on information sharing to every front-line team, and audit its use after six months.",
              "owner": "childrens-social-care-and-early-help-services", "lead": "Head of service, safeguarding and quality assurance",
              "successMeasure": "Audit of 40 cases shows information shared within one working day in at least 90 per cent", "targetDate": "2025-12-31", "startedOn": "2025-02-01",
              "updates": [ { "date": "2025-11-30", "reportedStatus": "green" } ] },
            { "id": "1.2", "recommendations": ["R1"], "description": "Publish a joint protocol.", "owner": "integrated-care-board-north-east-and-north-cumbria",
              "targetDate": "2025-06-30", "startedOn": "2025-02-01", "completedOn": "2025-06-01",
              "evidence": [ { "kind": "impact", "date": "2025-10-01", "description": "audit" } ] },
            { "id": "1.3", "recommendations": ["R1"], "owner": "police", "targetDate": "2025-09-30" },
            { "id": "2.1", "recommendations": ["R2"], "description": "Rewrite the escalation policy.", "owner": "partnership", "targetDate": "2026-03-31",
              "startedOn": "2025-03-01", "completedOn": "2025-08-01" },
            { "id": "2.2", "recommendations": ["R2"], "owner": "Wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww", "targetDate": "2026-03-31", "startedOn": "2025-03-01" }
          ]
        }
        """;

    // A council's own scheme with long status names: the legend must wrap whole entries, never cut one.
    private const string CouncilPolicy = """
        {
          "scheme": {
            "name": "council-five-point-scale",
            "statuses": ["not-started-or-past-target-date", "in-progress-on-track", "completed-awaiting-evidence-of-impact", "embedded-in-practice"],
            "notStarted": "not-started-or-past-target-date", "inProgress": "in-progress-on-track", "overdue": "not-started-or-past-target-date",
            "completed": "completed-awaiting-evidence-of-impact", "embedded": "embedded-in-practice"
          }
        }
        """;

    [Theory]
    [InlineData("report-wide", 1280, false, false)]
    [InlineData("report-narrow", 720, false, false)]
    [InlineData("report-print", 1100, true, false)]
    [InlineData("report-council-scheme", 1024, false, true)]
    public async Task HtmlReport_InABrowser_NothingOverflows_EveryLegendEntryIsVisible_DatesNeverWrap(string name, int width, bool print, bool council)
    {
        var args = new System.Collections.Generic.List<string> { "plan", "-", "--as-of", "2026-01-15", "--compare-to", "2025-10-15", "--format", "html" };
        string? policyFile = null;
        if (council)
        {
            policyFile = Path.Combine(Path.GetTempPath(), "council-policy-" + Guid.NewGuid().ToString("N") + ".json");
            File.WriteAllText(policyFile, CouncilPolicy);
            args.Add("--policy");
            args.Add(policyFile);
        }

        try
        {
            var result = CliRunner.RunWithInput(Plan, args.ToArray());
            Assert.True(result.Exit == 0, result.Err);
            var findings = await BrowserCheck.CheckAsync(result.Out, name, width, print);
            Assert.True(findings.Problems.Count == 0, string.Join("\n", findings.Problems));

            // Two charts with a legend of every status each, and a key row for every status: 4 statuses in both schemes.
            Assert.Equal((8, 4), (findings.LegendEntries, findings.KeyEntries));
            Assert.True(new FileInfo(findings.Screenshot).Length > 10_000, "the screenshot is empty");
        }
        finally
        {
            if (policyFile is not null)
            {
                File.Delete(policyFile);
            }
        }
    }

    [Fact]
    public async Task BrowserCheck_FindsOverflowingTextAndWrappedDates_SoThatAPassMeansSomething()
    {
        const string bad = """
            <!DOCTYPE html><html><head><style>div{width:80px;white-space:nowrap;overflow:hidden}td{width:10px}</style></head>
            <body><div>an-agency-name-far-too-long-for-its-box</div><table><tr><td>2026-01-15</td></tr></table>
            <ul class="legend" style="width:50px;display:flex"><li style="flex:none">a-legend-entry-wider-than-its-list</li></ul></body></html>
            """;
        var findings = await BrowserCheck.CheckAsync(bad, "browser-check-self-test", 800, false);
        Assert.Contains(findings.Problems, p => p.StartsWith("text overflows its box: div", StringComparison.Ordinal));
        Assert.Contains(findings.Problems, p => p.StartsWith("a date wraps: td", StringComparison.Ordinal));
        Assert.Contains(findings.Problems, p => p.StartsWith("legend entry is not fully visible: li", StringComparison.Ordinal));
    }
}
