using System.IO;
using System.Linq;
using System.Text.Json;

namespace Safeguarding.Domain.Tests.Docs;

/// <summary>
/// The README and docs/ render as written: every fenced block is closed and every <c>json</c> block is JSON. The input
/// documents among them are checked against their schemas and readers in
/// <see cref="Serialization.SchemaTests.Examples_InReadmeAndDocs_AreValidInputDocuments"/>.
/// </summary>
public sealed class DocumentationTests
{
    public static TheoryData<string> Files() => new(Documentation.Files().Select(f => f.Name));

    [Fact]
    public void Files_IncludeTheReadmeAndTheContract()
    {
        var names = Documentation.Files().Select(f => f.Name).ToArray();
        Assert.Contains("README.md", names);
        Assert.Contains("docs/contract.md", names);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryFence_IsClosed(string name)
    {
        var blocks = Documentation.Blocks(Read(name)).ToList();
        Assert.NotEmpty(blocks);
        Assert.All(blocks, b => Assert.True(b.Closed, $"{name}: the ```{b.Language} block opened on line {b.Line} is never closed, so the rest of the page renders as code."));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryJsonBlock_Parses(string name)
    {
        foreach (var block in Documentation.Blocks(Read(name)).Where(b => b.Language == "json"))
        {
            try
            {
                using var _ = JsonDocument.Parse(block.Body);
            }
            catch (JsonException ex)
            {
                Assert.Fail($"{name}: the ```json block on line {block.Line} is not JSON ({ex.Message}). Use ```text for an abbreviated example.");
            }
        }
    }

    [Fact]
    public void Blocks_FindAnUnclosedFence()
    {
        // The README's old defect: a console block never closed, so a heading after it rendered as code.
        var blocks = Documentation.Blocks("text\n```console\n$ safeguarding evaluate\n\n## Review lifecycles\n").ToList();
        Assert.Single(blocks);
        Assert.False(blocks[0].Closed);

        var closed = Documentation.Blocks("````md\n```json\n{}\n```\n````\n```json\n[1]\n```\n").ToList();
        Assert.Equal(new[] { ("md", true), ("json", true) }, closed.Select(b => (b.Language, b.Closed)));
        Assert.Equal("[1]\n", closed[1].Body);
    }

    [Fact]
    public void Contract_NamesEveryErrorCodeTheHostileCorpusExpects()
    {
        string contract = Read("docs/contract.md");
        var codes = Safeguarding.Tests.Shared.HostileCorpus.Manifest().Select(r => r.Code).Where(c => c != "-").Distinct().ToList();
        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.Contains("`" + code + "`", contract, System.StringComparison.Ordinal));
    }

    private static string Read(string name) => File.ReadAllText(Documentation.Files().Single(f => f.Name == name).Path);
}
