using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Criteria;
using Safeguarding.Domain.Lifecycle;
using Safeguarding.Domain.Serialization;
using Safeguarding.Domain.Tests.Support;
using Safeguarding.Tests.Shared;

namespace Safeguarding.Domain.Tests.Serialization;

/// <summary>
/// The hostile-input corpus (kept with the CLI tests, Hostile/expected.tsv) read by the library's own readers:
/// each file gives the manifest's path and code, and the complete list of errors of every file is held against a
/// reviewed snapshot, so a reader that adds, drops or reorders an error fails here. The CLI tests run the same
/// files through the command line.
/// </summary>
public sealed class HostileCorpusTests
{
    public static TheoryData<string, string, int, string, string> Corpus()
    {
        var data = new TheoryData<string, string, int, string, string>();
        foreach (var (file, command, exit, path, code) in HostileCorpus.Manifest())
        {
            data.Add(file, command, exit, path, code);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Corpus_ThroughTheLibrary_GivesTheManifestsPathAndCode(string file, string command, int exit, string path, string code)
    {
        var (success, errors, plan) = HostileCorpus.Read(command, File.ReadAllBytes(Path.Combine(HostileCorpus.Root, file)));
        if (exit == 1 && code != "invalid-plan")
        {
            Assert.False(success);
            Assert.Contains(errors, e => e.Path == path && e.Code == code);
            return;
        }

        // Readable: BOM-prefixed documents, and plans whose problems are traceability, not reading.
        Assert.True(success, string.Join("; ", errors));
        if (plan is not null)
        {
            var issues = PlanValidation.Validate(plan);
            Assert.Equal(path == "-", PlanValidation.IsValid(issues));
            if (path != "-" && code != "invalid-plan")
            {
                Assert.Contains(issues, i => i.Path == path && i.Code == code);
            }
        }
    }

    [Fact]
    public void Corpus_EveryErrorOfEveryFile_MatchesTheReviewedSnapshot()
    {
        var text = new StringBuilder();
        foreach (var (file, command, _, _, _) in HostileCorpus.Manifest())
        {
            var (success, errors, plan) = HostileCorpus.Read(command, File.ReadAllBytes(Path.Combine(HostileCorpus.Root, file)));
            text.Append(file).Append(success ? " read" : " refused").Append('\n');
            foreach (var e in errors)
            {
                text.Append("  ").Append(e.Path).Append(' ').Append(e.Code).Append(": ").Append(e.Message).Append('\n');
            }

            if (plan is not null)
            {
                foreach (var issue in PlanValidation.Validate(plan))
                {
                    text.Append("  issue ").Append(issue.Path).Append(' ').Append(issue.Code).Append('\n');
                }
            }
        }

        Snapshot.Matches("hostile-corpus-errors", text.ToString());
    }

}
