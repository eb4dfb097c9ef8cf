using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Playwright;

namespace Safeguarding.Tests.Shared;

/// <summary>
/// Opens an HTML report in a real browser (Debian's headless Chromium, driven by Playwright without downloading
/// a browser) and lists what a reader would see wrong: text that overflows its box, chart text outside its chart
/// or over the bars, legend or key entries not fully visible, dates that wrap, a page that scrolls sideways, and
/// any request for an outside resource. Saves screenshots (colour and greyscale) and, for print, a PDF, as test
/// artefacts under <c>artifacts/test-results/browser</c>. Reusable by every HTML report's tests: compile this file
/// into the test project and reference Microsoft.Playwright.
/// </summary>
/// <remarks>
/// Chromium must be installed (<c>apt-get install -y chromium</c>; <c>.ci/run</c> installs it when absent). When
/// it is missing the check throws: a browser test must fail, never skip silently.
/// </remarks>
internal static class BrowserCheck
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>The folder of the screenshots: artifacts/test-results/browser under the repository root.</summary>
    public static string ArtifactFolder
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Safeguarding.Domain.sln")))
            {
                dir = dir.Parent;
            }

            string root = dir?.FullName ?? AppContext.BaseDirectory;
            string folder = Path.Combine(root, "artifacts", "test-results", "browser");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    /// <summary>Lays the page out at a width (and, when asked, as printed) and returns every problem found; saves the artefacts under a name.</summary>
    public static async Task<BrowserFindings> CheckAsync(string html, string name, int width, bool print)
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException("Chromium is not installed at " + ChromiumPath + ": run 'apt-get update && apt-get install -y chromium' (.ci/run does this).");
        }

        string profile = Path.Combine(Path.GetTempPath(), "safeguarding-chromium-" + Guid.NewGuid().ToString("N"));
        using var playwright = await Playwright.CreateAsync();
        // A persistent context on a fresh, temporary profile: Chromium's own --user-data-dir, through Playwright's parameter.
        await using var context = await playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = new[] { "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run" },
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
        });
        try
        {
            var page = context.Pages.Count > 0 ? context.Pages[0] : await context.NewPageAsync();
            var requests = new List<string>();
            await page.RouteAsync("**/*", async route =>
            {
                requests.Add(route.Request.Url);
                await route.AbortAsync();
            });
            if (print)
            {
                await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            }

            await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
            var problems = (await page.EvaluateAsync<string[]>(Script)).ToList();
            var counts = await page.EvaluateAsync<int[]>("() => [document.querySelectorAll('ul.legend li').length, document.querySelectorAll('table.key tr').length - document.querySelectorAll('table.key').length]");
            problems.AddRange(requests.Select(r => "the page asked for an outside resource: " + r));

            string folder = ArtifactFolder;
            string shot = Path.Combine(folder, name + ".png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot, FullPage = true });
            if (print)
            {
                await page.PdfAsync(new PagePdfOptions { Path = Path.Combine(folder, name + ".pdf"), PreferCSSPageSize = true, PrintBackground = true });
            }
            else
            {
                // How the page reads on a black-and-white printer or screen.
                await page.AddStyleTagAsync(new PageAddStyleTagOptions { Content = "html{filter:grayscale(1)}" });
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + "-greyscale.png"), FullPage = true });
            }

            return new BrowserFindings(problems, counts[0], counts[1], shot);
        }
        finally
        {
            await context.CloseAsync();
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                // The profile is temporary; a file still held open does not matter.
            }
        }
    }

    // Runs in the page: every problem as a sentence naming the element and its text.
    private const string Script = """
        () => {
          const problems = [];
          const say = el => el.tagName.toLowerCase() + (typeof el.className === 'string' && el.className ? '.' + el.className : '')
            + ' "' + (el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 60) + '"';
          const docWidth = document.documentElement.clientWidth;
          if (document.documentElement.scrollWidth > docWidth + 1) {
            problems.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + docWidth);
          }
          for (const el of document.body.querySelectorAll('*')) {
            if (el.closest('svg')) continue;
            const style = getComputedStyle(el);
            if (style.display === 'inline' || style.display === 'none' || el.clientWidth === 0) continue;
            if (el.scrollWidth > el.clientWidth + 1) problems.push('text overflows its box: ' + say(el) + ' (' + el.scrollWidth + ' > ' + el.clientWidth + ')');
            if (el.scrollHeight > el.clientHeight + 1 && style.overflowY !== 'visible') problems.push('text is clipped at the bottom: ' + say(el));
            const r = el.getBoundingClientRect();
            if (r.right > docWidth + 1) problems.push('element runs off the page: ' + say(el));
          }
          for (const svg of document.querySelectorAll('svg.chart')) {
            const box = svg.getBoundingClientRect();
            const bars = [...svg.querySelectorAll('rect')].map(b => b.getBoundingClientRect());
            const barsLeft = Math.min(...bars.map(b => b.left));
            for (const t of svg.querySelectorAll('text')) {
              const r = t.getBoundingClientRect();
              if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5) {
                problems.push('chart text is cut by its chart: "' + t.textContent + '"');
              }
              if (!t.getAttribute('text-anchor') && r.right > barsLeft + 0.5) problems.push('chart label runs into the bars: "' + t.textContent + '"');
              const parent = t.previousElementSibling;
              if (parent && parent.tagName === 'rect' && t.getAttribute('text-anchor') === 'middle' && t.getAttribute('paint-order')) {
                const b = parent.getBoundingClientRect();
                if (r.width > b.width + 0.5) problems.push('a count is wider than its bar: "' + t.textContent + '"');
              }
            }
          }
          for (const entry of document.querySelectorAll('ul.legend li, table.key tr')) {
            const r = entry.getBoundingClientRect();
            const box = entry.parentElement.getBoundingClientRect();
            if (r.width === 0 || r.height === 0) problems.push('legend entry is not shown: ' + say(entry));
            if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.right > docWidth + 0.5) problems.push('legend entry is not fully visible: ' + say(entry));
            if (entry.scrollWidth > entry.clientWidth + 1) problems.push('legend entry is cut: ' + say(entry));
          }
          const dates = [...document.body.querySelectorAll('*')].filter(el => !el.closest('svg')
            && (el.classList.contains('date') || (el.children.length === 0 && /^\d{4}-\d{2}-\d{2}$/.test((el.textContent || '').trim()))));
          for (const el of dates) {
            const range = document.createRange();
            range.selectNodeContents(el);
            const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
            if (lines.size > 1) problems.push('a date wraps: ' + say(el));
          }
          if (document.querySelector('script')) problems.push('the page has a script');
          return problems;
        }
        """;
}

/// <summary>What the browser found: the problems (none for a good page), how many legend and key entries there were, and the screenshot.</summary>
internal sealed record BrowserFindings(IReadOnlyList<string> Problems, int LegendEntries, int KeyEntries, string Screenshot);
