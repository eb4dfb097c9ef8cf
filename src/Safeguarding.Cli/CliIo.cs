namespace Safeguarding.Cli;

/// <summary>The command's streams, and the contract's way of reporting errors on them.</summary>
internal sealed class CliIo(TextWriter stdout, TextWriter stderr, Func<Stream> stdin)
{
    public const int Success = 0;
    public const int Issue = 1;
    public const int UsageErrorExit = 2;

    public TextWriter Out { get; } = stdout;

    public TextWriter Err { get; } = stderr;

    /// <summary>Reports input errors: each on stderr; with JSON output, the error document on stdout too. Exit 1.</summary>
    public int InputErrors(IReadOnlyCollection<Issue> errors, bool json)
    {
        foreach (var error in errors)
        {
            Err.WriteLine("error: " + error.Path + ": " + error.Code + ": " + error.Message);
        }

        if (json)
        {
            Out.WriteLine(ErrorDocument.ToJson(errors));
        }

        return Issue;
    }

    public int InputErrors(Issue error, bool json) => InputErrors(new[] { error }, json);

    /// <summary>Reports a usage error (unknown command or option, missing argument, unreadable file). Exit 2.</summary>
    public int UsageError(IEnumerable<string> messages, bool json)
    {
        var list = messages.ToList();
        foreach (var message in list)
        {
            Err.WriteLine("error: usage: " + message);
        }

        Err.WriteLine("Run 'safeguarding --help' for usage.");
        if (json)
        {
            Out.WriteLine(ErrorDocument.ToJson(list.Select(m => new Issue("$", "usage", m))));
        }

        return UsageErrorExit;
    }

    /// <summary>Opens an input file, or standard input for <c>-</c>, to stream it. Null (after a usage error) when it cannot be opened.</summary>
    public Stream? OpenInput(string pathOrDash, bool json, out int exitCode) =>
        Input(pathOrDash, json, out exitCode, stdin, File.OpenRead);

    /// <summary>Reads an input file, or standard input for <c>-</c>. Null (after a usage error) when it cannot be read.</summary>
    public byte[]? ReadInput(string pathOrDash, bool json, out int exitCode) =>
        Input(pathOrDash, json, out exitCode, ReadStandardInput, File.ReadAllBytes);

    private byte[] ReadStandardInput()
    {
        using var stream = stdin();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    // Standard input for "-" (never taken for a directory of that name), else the file; a directory or a file that cannot be
    // read is a usage error.
    private T? Input<T>(string pathOrDash, bool json, out int exitCode, Func<T> standardInput, Func<string, T> file)
        where T : class
    {
        exitCode = Success;
        try
        {
            if (pathOrDash == "-")
            {
                return standardInput();
            }

            if (Directory.Exists(pathOrDash))
            {
                exitCode = UsageError(new[] { "the input '" + pathOrDash + "' is a directory, not a file: name a JSON file, or - for standard input." }, json);
                return null;
            }

            return file(pathOrDash);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            string why = ex switch
            {
                FileNotFoundException or DirectoryNotFoundException => "it does not exist",
                UnauthorizedAccessException => "permission denied",
                _ => "it cannot be read (" + ex.GetType().Name + ")",
            };
            exitCode = UsageError(new[] { "cannot read the input file '" + pathOrDash + "': " + why + "." }, json);
            return null;
        }
    }
}
