using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Criteria;
using Safeguarding.Domain.Lifecycle;
using Safeguarding.Domain.Rating;
using Safeguarding.Domain.Serialization;

using Safeguarding.Tests.Shared;

namespace Safeguarding.Cli.Tests;

/// <summary>
/// The hostile-input corpus (Hostile/expected.tsv): every malformed or adversarial document goes through the CLI
/// in-process (the domain tests read the same files with the library's readers), and must give the manifest's exit code, error path and code,
/// with no stack trace. The huge cases are generated here rather than kept as files.
/// </summary>
public sealed class HostileInputTests
{
    private const string AsOf = "2021-01-12";

    /// <summary>The most a huge input may allocate on the reading thread (generous; about 20 times the input).</summary>
    private const long MaxAllocatedBytes = 200L * 1024 * 1024;

    private static readonly string CorpusRoot = Path.Combine(AppContext.BaseDirectory, "Hostile");

    public static TheoryData<string, string, int, string, string> Corpus()
    {
        var data = new TheoryData<string, string, int, string, string>();
        foreach (var (file, command, exit, path, code) in HostileCorpus.Manifest())
        {
            data.Add(file, command, exit, path, code);
        }

        return data;
    }

    [Fact]
    public void Corpus_HasAtLeastSixtyInputs_CoveringEveryDocumentAndEveryFileIsListed()
    {
        var rows = Corpus().Select(r => (string)r[0]).ToList();
        Assert.True(rows.Count >= 60, $"only {rows.Count} inputs");
        foreach (var folder in new[] { "case-facts", "action-plan", "review-record" })
        {
            Assert.Contains(rows, r => r.StartsWith(folder + "/", StringComparison.Ordinal));
        }

        var files = Directory.GetFiles(CorpusRoot, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(CorpusRoot, f).Replace('\\', '/'))
            .Where(f => f != "expected.tsv" && f != "workbooks.tsv");
        rows.AddRange(HostileCorpus.WorkbookManifest().Select(r => r.File)); // the hostile workbooks (WorkbookTests)
        Assert.Equal(files.OrderBy(f => f, StringComparer.Ordinal), rows.Distinct().OrderBy(f => f, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Corpus_ThroughTheCli_GivesTheExpectedExitPathAndCode(string file, string command, int exit, string path, string code)
    {
        byte[] bytes = File.ReadAllBytes(Path.Combine(CorpusRoot, file));
        var result = CliRunner.RunWithBytes(bytes, Arguments(command, "json"));
        Assert.False(result.HasStackTrace, result.Err);
        Assert.DoesNotContain("internal-error", result.Err, StringComparison.Ordinal);
        Assert.Equal(exit, result.Exit);
        if (exit == 1 && code != "invalid-plan")
        {
            var errors = Errors(result.Out);
            Assert.Contains((path, code), errors);
            foreach (var (errorPath, errorCode) in errors)
            {
                Assert.Contains("error: " + errorPath + ": " + errorCode + ": ", result.Err, StringComparison.Ordinal);
            }
        }
        else if (code == "invalid-plan")
        {
            // --strict prints the same report, then exits 1 with the plan-level error on stderr.
            Assert.Contains("error: $: invalid-plan: ", result.Err, StringComparison.Ordinal);
            using var report = JsonDocument.Parse(result.Out);
            Assert.False(report.RootElement.GetProperty("valid").GetBoolean());
        }
        else
        {
            Assert.Equal(string.Empty, result.Err);
            using var report = JsonDocument.Parse(result.Out);
            if (command.StartsWith("plan", StringComparison.Ordinal))
            {
                var issues = report.RootElement.GetProperty("validation").EnumerateArray()
                    .Select(i => (i.GetProperty("path").GetString()!, i.GetProperty("code").GetString()!)).ToList();
                Assert.Equal(path == "-", report.RootElement.GetProperty("valid").GetBoolean());
                if (path != "-")
                {
                    Assert.Contains((path, code), issues);
                }
            }
        }

        // The text format refuses the same input with the same exit, and never with a stack trace.
        var text = CliRunner.RunWithBytes(bytes, Arguments(command, "text"));
        Assert.Equal(exit, text.Exit);
        Assert.False(text.HasStackTrace, text.Err);
        if (exit == 1 && code != "invalid-plan")
        {
            Assert.Contains("error: " + path + ": " + code + ": ", text.Err, StringComparison.Ordinal);
        }
    }

    public static TheoryData<string, string, string> HugeStrings() => new()
    {
        // command, document with @ where 10 MB of text goes, expected path
        { "evaluate", """{ "jurisdiction": "@", "subject": "child", "decisionDate": "2013-05-01" }""", "$.jurisdiction|invalid-enum" },
        { "plan", """{ "review": "@", "actions": [] }""", "$.review|string-too-long" },
        { "review", """{ "kind": "serious-case-review", "jurisdiction": "england", "events": [ { "type": "withdrawn", "date": "2013-01-07", "reasons": "@" } ] }""", "$.events[0].reasons|string-too-long" },
        { "review", """{ "kind": "serious-case-review", "jurisdiction": "england", "events": [ { "type": "commissioned", "date": "2013-01-07", "methodology": "@" } ] }""", "$.events[0].methodology|string-too-long" },
    };

    [Theory(Timeout = 60_000)]
    [MemberData(nameof(HugeStrings))]
    public async Task TenMegabyteString_IsRefusedWithItsPath_InBoundedMemory(string command, string template, string expected)
    {
        string huge = new string('x', 10 * 1024 * 1024);
        byte[] bytes = Encoding.UTF8.GetBytes(template.Replace("@", huge, StringComparison.Ordinal));
        await Task.Run(() => AssertRefusedInBoundedMemory(command, bytes, expected));
    }

    [Theory(Timeout = 60_000)]
    [InlineData("evaluate", "$.decisionDate")]
    [InlineData("plan", "$.review")]
    [InlineData("review", "$.kind")]
    public async Task TenThousandDeepNesting_IsTooDeep_WithThePathWhereItGoesTooDeep(string command, string property)
    {
        var text = new StringBuilder("{ \"").Append(property, 2, property.Length - 2).Append("\": ");
        text.Append('[', 10_000).Append(']', 10_000).Append(" }");
        byte[] bytes = Encoding.UTF8.GetBytes(text.ToString());
        // The root object and 31 arrays make the 32 levels allowed; the path names the 33rd, the first one too deep.
        string path = property + string.Concat(Enumerable.Repeat("[0]", JsonReadLimits.Default.MaxDepth - 1));
        await Task.Run(() => AssertRefusedInBoundedMemory(command, bytes, path + "|too-deep"));
    }

    [Theory(Timeout = 60_000)]
    [InlineData("evaluate")]
    [InlineData("plan")]
    [InlineData("review")]
    public async Task DocumentOverSixteenMebibytes_IsTooLarge_BeforeAnyParsing(string command)
    {
        byte[] bytes = new byte[JsonReadLimits.Default.MaxDocumentBytes + 1];
        bytes.AsSpan().Fill((byte)' ');
        bytes[0] = (byte)'{';
        bytes[^1] = (byte)'}';
        await Task.Run(() => AssertRefusedInBoundedMemory(command, bytes, "$|too-large"));
    }

    [Theory(Timeout = 60_000)]
    [InlineData("plan", """{ "review": "r", "actions": [ { "id": "1", "owner": "police", "dependsOn": [@] } ] }""", "$.actions[0].dependsOn")]
    [InlineData("review", """{ "kind": "serious-case-review", "jurisdiction": "england", "events": [@] }""", "$.events")]
    public async Task HugeArray_IsTooManyItems(string command, string template, string path)
    {
        string items = string.Join(",", Enumerable.Repeat("\"1\"", JsonReadLimits.Default.MaxArrayItems + 1));
        byte[] bytes = Encoding.UTF8.GetBytes(template.Replace("@", items, StringComparison.Ordinal));
        await Task.Run(() => AssertRefusedInBoundedMemory(command, bytes, path + "|too-many-items"));
    }

    [Fact(Timeout = 60_000)]
    public async Task TwentyThousandActionDependencyRing_IsOneReferenceCycle_InBoundedMemory()
    {
        const int n = 20_000;
        var actions = string.Join(",", Enumerable.Range(0, n).Select(i =>
            "{ \"id\": \"" + i + "\", \"recommendations\": [\"R1\"], \"owner\": \"police\", \"dependsOn\": [\"" + ((i + 1) % n) + "\"] }"));
        byte[] bytes = Encoding.UTF8.GetBytes("""{ "review": "r", "findings": [ { "id": "F1" } ], "recommendations": [ { "id": "R1", "findings": ["F1"] } ], "actions": [""" + actions + "] }");
        await Task.Run(() =>
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            var plan = ActionPlanDocument.Read(bytes).Value;
            var issues = PlanValidation.Validate(plan);
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.Equal("reference-cycle", Assert.Single(issues).Code);
            Assert.True(allocated < MaxAllocatedBytes, $"reading and validating allocated {allocated:N0} bytes");

            var strict = CliRunner.RunWithBytes(bytes, Arguments("plan-strict", "json"));
            Assert.Equal(1, strict.Exit);
            Assert.Contains("error: $: invalid-plan: ", strict.Err, StringComparison.Ordinal);
        });
    }

    public static TheoryData<byte> InvalidUtf8Bytes()
    {
        var data = new TheoryData<byte>();
        for (int b = 0x80; b <= 0xFF; b++)
        {
            // Continuation bytes without a lead, overlong leads, and bytes UTF-8 never uses; each stands alone here.
            if (b <= 0xC1 || b >= 0xF5)
            {
                data.Add((byte)b);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(InvalidUtf8Bytes))]
    public void InvalidUtf8Byte_InsideAString_IsInvalidUtf8_EverywhereAndNeverAStackTrace(byte bad)
    {
        foreach (var (command, document) in new[]
        {
            ("evaluate", """{ "jurisdiction": "england", "subject": "child", "decisionDate": "2013-05-01", "harm": "@" }"""),
            ("plan", """{ "review": "@" }"""),
            ("review", """{ "kind": "@", "jurisdiction": "england", "events": [] }"""),
        })
        {
            byte[] bytes = Encoding.UTF8.GetBytes(document);
            bytes[Array.IndexOf(bytes, (byte)'@')] = bad;
            var result = CliRunner.RunWithBytes(bytes, Arguments(command, "json"));
            Assert.Equal(1, result.Exit);
            Assert.False(result.HasStackTrace);
            Assert.Equal(new[] { ("$", "invalid-utf8") }, Errors(result.Out));
            Assert.Equal(new[] { ("$", "invalid-utf8") }, HostileCorpus.Read(command, bytes).Errors.Select(e => (e.Path, e.Code)));
        }
    }

    [Theory]
    [InlineData("evaluate", """{ "jurisdiction": "england", "subject": "child", "decisionDate": "2013-05-01" }""")]
    [InlineData("plan", """{ "review": "r" }""")]
    [InlineData("review", """{ "kind": "serious-case-review", "jurisdiction": "england", "events": [] }""")]
    public void ByteOrderMark_IsAcceptedOnce_ButASecondOneIsNotJson(string command, string document)
    {
        byte[] bom = { 0xEF, 0xBB, 0xBF };
        byte[] once = bom.Concat(Encoding.UTF8.GetBytes(document)).ToArray();
        byte[] twice = bom.Concat(once).ToArray();
        Assert.True(HostileCorpus.Read(command, once).Success);
        Assert.Equal(0, CliRunner.RunWithBytes(once, Arguments(command, "json")).Exit);

        var result = CliRunner.RunWithBytes(twice, Arguments(command, "json"));
        Assert.Equal(1, result.Exit);
        Assert.Equal(new[] { ("$", "malformed-json") }, Errors(result.Out));
        Assert.Equal(new[] { ("$", "malformed-json") }, HostileCorpus.Read(command, twice).Errors.Select(e => (e.Path, e.Code)));
    }

    [Theory]
    [InlineData("""{ "scheme": { "name": "c" """, "$.scheme.name", "malformed-json")]
    [InlineData("[]", "$", "wrong-type")]
    [InlineData("""{ "scheme": { "name": "c", "statuses": ["red", "red"], "notStarted": "red", "inProgress": "red", "overdue": "red", "completed": "red", "embedded": "red" } }""", "$.scheme.statuses", "invalid-scheme")]
    [InlineData("""{ "escalation": { "board": { "daysOverdue": 0 } } }""", "$.escalation.board.daysOverdue", "number-out-of-range")]
    [InlineData("""{ "escalation": { "board": { "daysOverdue": 1.5 } } }""", "$.escalation.board.daysOverdue", "invalid-number")]
    [InlineData("""{ "scheme": null, "scheme": {} }""", "$.scheme", "duplicate-property")]
    [InlineData("""{ "schema": {} }""", "$.schema", "unknown-property")]
    public void LocalPolicy_Hostile_IsRefusedWithItsPathPrefixedByTheOption(string policy, string path, string code)
    {
        Assert.Contains(LocalPolicyJson.Read(Encoding.UTF8.GetBytes(policy)).Errors, e => e.Path == path && e.Code == code);
        string file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, policy);
            var result = CliRunner.RunWithInput("""{ "review": "r" }""", "plan", "-", "--as-of", AsOf, "--policy", file, "--format", "json");
            Assert.Equal(1, result.Exit);
            Assert.False(result.HasStackTrace);
            Assert.Contains(("--policy:" + path, code), Errors(result.Out));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static void AssertRefusedInBoundedMemory(string command, byte[] bytes, string expected)
    {
        var parts = expected.Split('|');
        long before = GC.GetAllocatedBytesForCurrentThread();
        var (success, errors, _) = HostileCorpus.Read(command, bytes);
        long library = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.False(success);
        Assert.Contains(errors, e => e.Path == parts[0] && e.Code == parts[1]);
        Assert.True(library < MaxAllocatedBytes, $"the reader allocated {library:N0} bytes");

        before = GC.GetAllocatedBytesForCurrentThread();
        var result = CliRunner.RunWithBytes(bytes, Arguments(command, "json"));
        long cli = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(1, result.Exit);
        Assert.False(result.HasStackTrace);
        Assert.Contains((parts[0], parts[1]), Errors(result.Out));
        Assert.True(cli < MaxAllocatedBytes + (3L * bytes.Length), $"the CLI allocated {cli:N0} bytes");
        Assert.True(result.Out.Length + result.Err.Length < 10_000, "the error output repeats the input");
    }

    private static string[] Arguments(string command, string format) => command switch
    {
        "evaluate" => new[] { "evaluate", "-", "--format", format },
        "plan" => new[] { "plan", "-", "--as-of", AsOf, "--format", format },
        "plan-strict" => new[] { "plan", "-", "--as-of", AsOf, "--strict", "--format", format },
        "review" => new[] { "review", "-", "--as-of", AsOf, "--format", format },
        _ => throw new ArgumentOutOfRangeException(nameof(command)),
    };

    private static List<(string Path, string Code)> Errors(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("path").GetString()!, e.GetProperty("code").GetString()!)).ToList();
    }
}
