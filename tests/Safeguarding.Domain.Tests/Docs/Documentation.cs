using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Safeguarding.Domain.Tests.Docs;

/// <summary>The project's own documents (README.md and docs/*.md), as copied into the test output, and their fenced blocks.</summary>
internal static class Documentation
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Docs");

    /// <summary>Every document: its name as in the repository and its path in the test output.</summary>
    public static (string Name, string Path)[] Files()
    {
        var files = new List<(string, string)> { ("README.md", System.IO.Path.Combine(Root, "README.md")) };
        string docs = System.IO.Path.Combine(Root, "docs");
        if (Directory.Exists(docs))
        {
            files.AddRange(Directory.GetFiles(docs, "*.md").OrderBy(f => f, StringComparer.Ordinal).Select(f => ("docs/" + System.IO.Path.GetFileName(f), f)));
        }

        return files.ToArray();
    }

    /// <summary>A fenced code block: the language after the opening fence, the body, the opening line (1-based), and whether it was closed.</summary>
    public sealed record Block(string Language, string Body, int Line, bool Closed);

    /// <summary>
    /// The fenced blocks of a Markdown text, by CommonMark's rule for backtick fences: a fence is three or more backticks
    /// indented at most three spaces; it is closed by a fence of at least as many backticks with nothing after them.
    /// </summary>
    public static IEnumerable<Block> Blocks(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (!IsFence(lines[i], out int ticks, out string info))
            {
                continue;
            }

            int open = i;
            var body = new List<string>();
            bool closed = false;
            for (i++; i < lines.Length; i++)
            {
                if (IsFence(lines[i], out int closing, out string rest) && closing >= ticks && rest.Length == 0)
                {
                    closed = true;
                    break;
                }

                body.Add(lines[i]);
            }

            string language = info.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
            yield return new Block(language, string.Join("\n", body) + (body.Count > 0 ? "\n" : string.Empty), open + 1, closed);
        }
    }

    private static bool IsFence(string line, out int ticks, out string info)
    {
        string trimmed = line.TrimStart(' ');
        ticks = 0;
        info = string.Empty;
        if (line.Length - trimmed.Length > 3)
        {
            return false;
        }

        while (ticks < trimmed.Length && trimmed[ticks] == '`')
        {
            ticks++;
        }

        if (ticks < 3)
        {
            return false;
        }

        info = trimmed.Substring(ticks).Trim();
        return !info.Contains('`', StringComparison.Ordinal);
    }
}
