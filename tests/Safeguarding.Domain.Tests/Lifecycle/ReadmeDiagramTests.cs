using System;
using System.IO;
using Safeguarding.Domain.Lifecycle;
using Safeguarding.Domain.Criteria;

namespace Safeguarding.Domain.Tests.Lifecycle;

/// <summary>The README's embedded diagram must be the library's own output, so it cannot drift from the table.</summary>
public sealed class ReadmeDiagramTests
{
    private const string Marker = "<!-- lifecycle: local-child-safeguarding-practice-review -->";

    [Fact]
    public void Readme_EnglandChildReviewDiagram_IsTheLibrarysMermaid()
    {
        string readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Docs", "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        int marker = readme.IndexOf(Marker, StringComparison.Ordinal);
        Assert.True(marker >= 0, "README.md must embed the England child review lifecycle after the marker " + Marker + " (run eng/update-readme-lifecycle.py).");
        int start = readme.IndexOf("```mermaid\n", marker, StringComparison.Ordinal) + "```mermaid\n".Length;
        int end = readme.IndexOf("```", start, StringComparison.Ordinal);
        string embedded = readme.Substring(start, end - start);
        // After a change to the table, run eng/update-readme-lifecycle.py.
        Assert.Equal(ReviewLifecycle.For(DeterminationKind.LocalChildSafeguardingPracticeReview).ToMermaid(), embedded);
    }
}
