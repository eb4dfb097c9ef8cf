using System;
using System.IO;
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
        var folder = Path.Combine(Path.GetDirectoryName(testFile)!, "Snapshots");
        var path = Path.Combine(folder, name + ".txt");
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"The snapshot {path} is missing; run the tests once with UPDATE_SNAPSHOTS=1 and review it.");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Equal(expected, actual);
    }
}
