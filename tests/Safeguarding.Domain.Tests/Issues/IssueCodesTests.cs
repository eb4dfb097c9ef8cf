using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Safeguarding.Tests.Shared;

namespace Safeguarding.Domain.Tests.Issues;

/// <summary>The issue codes are listed once (IssueCodes), documented (the contract's table), and the only ones produced.</summary>
public sealed class IssueCodesTests
{
    [Fact]
    public void Codes_AreUniqueAndKebabCase()
    {
        var codes = IssueCodes.All.Select(c => c.Code).ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, c => Assert.Matches("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", c));
        Assert.All(IssueCodes.All, c => Assert.False(string.IsNullOrWhiteSpace(c.Meaning)));
    }

    [Fact]
    public void Codes_AreTheContractTablesRowsInOrder()
    {
        string contract = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Docs", "docs", "contract.md"));
        int start = contract.IndexOf("## Error codes", StringComparison.Ordinal);
        int end = contract.IndexOf("## Limits", start, StringComparison.Ordinal);
        var documented = Regex.Matches(contract.Substring(start, end - start), @"^\| `([a-z0-9-]+)` \| ([^|]+) \|", RegexOptions.Multiline)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value.Trim()))
            .ToList();

        Assert.Equal(documented, IssueCodes.All.Select(c => (c.Code, c.Kind)).ToList());
    }

    [Fact]
    public void TryGet_FindsListedCodesOnly()
    {
        Assert.True(IssueCodes.TryGet("invalid-date", out var date));
        Assert.Equal("invalid-date", date.Code);
        Assert.Contains("reading", date.Kind, StringComparison.Ordinal);
        Assert.False(IssueCodes.TryGet("invalid-dates", out _));
        Assert.False(IssueCodes.TryGet(null, out _));
        Assert.Equal("invalid-date (reading, CLI, HTTP)", date.ToString());
    }

    [Fact]
    public void EveryCodeTheHostileCorpusProduces_IsListed()
    {
        int checkedIssues = 0;
        foreach (var row in HostileCorpus.Manifest())
        {
            string command = row.Command;
            var (_, errors, _) = HostileCorpus.Read(command, File.ReadAllBytes(Path.Combine(HostileCorpus.Root, row.File)));
            foreach (var e in errors)
            {
                Assert.True(IssueCodes.TryGet(e.Code, out _), row.File + ": " + e.Code + " is not in IssueCodes.All");
                checkedIssues++;
            }
        }

        Assert.True(checkedIssues > 50);
    }
}
