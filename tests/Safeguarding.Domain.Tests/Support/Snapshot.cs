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

        // Read from the test output (paths in deterministic CI builds are mapped, so the source path is not used).
        var found = Directory.GetFiles(AppContext.BaseDirectory, name + ".txt", SearchOption.AllDirectories)
            .Where(f => string.Equals(Path.GetFileName(Path.GetDirectoryName(f)), "Snapshots", StringComparison.Ordinal))
            .ToArray();
        Assert.True(found.Length == 1, $"Expected one snapshot named {name} in the test output, found {found.Length}; run the tests once with UPDATE_SNAPSHOTS=1 and review it.");
        var expected = File.ReadAllText(found[0]).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Equal(expected, actual);
    }
}
