using System.IO;
using System.Text;

namespace Safeguarding.Cli.Tests;

/// <summary>Runs the CLI in-process and captures what it wrote and its exit code.</summary>
internal static class CliRunner
{
    public static CliResult Run(params string[] args) => RunWithInput(string.Empty, args);

    public static CliResult RunWithInput(string stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = CliApp.Run(args, stdout, stderr, () => new MemoryStream(Encoding.UTF8.GetBytes(stdin)));
        return new CliResult(exit, stdout.ToString(), stderr.ToString());
    }

    public static CliResult RunWithBytes(byte[] stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = CliApp.Run(args, stdout, stderr, () => new MemoryStream(stdin));
        return new CliResult(exit, stdout.ToString(), stderr.ToString());
    }
}

internal sealed record CliResult(int Exit, string Out, string Err)
{
    /// <summary>No stack trace in either stream, ever.</summary>
    public bool HasStackTrace => Out.Contains("   at ", System.StringComparison.Ordinal) || Err.Contains("   at ", System.StringComparison.Ordinal)
        || Err.Contains("Exception:", System.StringComparison.Ordinal);
}
