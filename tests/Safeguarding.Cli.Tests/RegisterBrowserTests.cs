using System;
using System.IO;
using System.Threading.Tasks;
using Safeguarding.Tests.Shared;

namespace Safeguarding.Cli.Tests;

/// <summary>
/// The register's HTML page in a real browser (headless Chromium, the same check as the scrutiny report's): the
/// five-year fixture on a wide screen, a narrow one and as printed, in full and publishable: nothing overflows, the
/// charts' text stays inside them, and the page asks for nothing outside itself. Fails when Chromium is missing.
/// </summary>
public sealed class RegisterBrowserTests
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Register", "five-year-register.json");

    [Theory]
    [InlineData("register-wide", 1280, false, false)]
    [InlineData("register-narrow", 720, false, false)]
    [InlineData("register-print", 1100, true, false)]
    [InlineData("register-publishable", 1024, false, true)]
    public async Task RegisterHtml_InABrowser_NothingOverflows_AndTheChartsKeepTheirText(string name, int width, bool print, bool publishable)
    {
        var args = new System.Collections.Generic.List<string> { "register", Fixture, "--as-of", "2026-03-31", "--format", "html" };
        if (publishable)
        {
            args.Add("--publishable");
        }

        var result = CliRunner.Run(args.ToArray());
        Assert.True(result.Exit == 0, result.Err);
        Assert.Equal(publishable ? 1 : 2, result.Out.Split("<svg class=\"chart\"", StringSplitOptions.None).Length - 1);
        var findings = await BrowserCheck.CheckAsync(result.Out, name, width, print);
        Assert.True(findings.Problems.Count == 0, string.Join("\n", findings.Problems));
        Assert.True(new FileInfo(findings.Screenshot).Length > 10_000, "the screenshot is empty");
    }
}
