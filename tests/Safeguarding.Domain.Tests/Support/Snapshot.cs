using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;

namespace Safeguarding.Domain.Tests.Support;

/// <summary>
/// Compares text with a checked-in snapshot file beside the test's source (<c>Snapshots/&lt;name&gt;.txt</c>).
/// Used for cited reference data (criteria, clocks, transition tables), where every word is a reviewed fact and
/// a silent change must fail a test. To accept an intended change, run the tests with
/// <c>UPDATE_SNAPSHOTS=1</c> and review the diff of the snapshot file.
/// </summary>
internal static class Snapshot
{
    public static void Matches(string name, string actual, [CallerFilePath] string testFile = "")
    {
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            // Writes beside the test's source; the build copies the Snapshots folders to the output.
            var folder = Path.Combine(Path.GetDirectoryName(testFile)!, "Snapshots");
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, name + ".txt"), actual);
            return;
        }

        // Read from the test output, from the folder the snapshot sits in beside the test's source. Source paths
        // are mapped in deterministic CI builds (/_/tests/...), but the part after the project folder is kept.
        string relative = RelativeFolder(testFile);
        string path = Path.Combine(AppContext.BaseDirectory, relative, "Snapshots", name + ".txt");
        Assert.True(File.Exists(path), $"The snapshot {relative}/Snapshots/{name}.txt is not in the test output; run the tests once with UPDATE_SNAPSHOTS=1 and review it.");
        var found = new[] { path };
        var expected = File.ReadAllText(found[0]).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Equal(expected, actual);
    }

    private static string RelativeFolder(string testFile)
    {
        const string Project = "Safeguarding.Domain.Tests";
        string normalised = testFile.Replace('\\', '/');
        int at = normalised.LastIndexOf("/" + Project + "/", StringComparison.Ordinal);
        Assert.True(at >= 0, "A snapshot test must live in the domain test project.");
        string rest = normalised.Substring(at + Project.Length + 2);
        int slash = rest.LastIndexOf('/');
        return slash < 0 ? string.Empty : rest.Substring(0, slash);
    }
}
