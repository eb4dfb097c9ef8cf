namespace Safeguarding.Cli.Commands;

/// <summary>
/// The document a command reads (the <c>file</c> argument: a path, or <c>-</c> for standard input) and, for a command that
/// reports on a day, its required <c>--as-of</c> option; with the steps that read them.
/// </summary>
internal sealed class DocumentInput
{
    /// <param name="document">What the document is, as the help shows it.</param>
    /// <param name="asOf">What the <c>--as-of</c> date is, as the help shows it; null for a command without one.</param>
    /// <param name="optional">Whether the file may be left out (a command that can answer without a document).</param>
    public DocumentInput(string document, string? asOf = null, bool optional = false)
    {
        File = new Argument<string>("file") { Description = document + ", or - for standard input." };
        if (optional)
        {
            File.Arity = ArgumentArity.ZeroOrOne;
        }

        AsOf = asOf is null ? null : new Option<string>("--as-of") { Description = asOf + " (YYYY-MM-DD).", Required = true };
    }

    public Argument<string> File { get; }

    public Option<string>? AsOf { get; }

    /// <summary>The path given, or <c>-</c>.</summary>
    public string PathOf(ParseResult parsed) => parsed.GetValue(File)!;

    /// <summary>The <c>--as-of</c> date, or null with the input error.</summary>
    public LocalDate? DateOf(ParseResult parsed, out Issue? error) =>
        CliValues.Date(parsed.GetValue(AsOf ?? throw new InvalidOperationException("This command has no --as-of."))!, "--as-of", out error);

    /// <summary>The document's bytes, or null with the exit code of the error already reported.</summary>
    public byte[]? Read(CliIo io, ParseResult parsed, bool json, out int exit) => io.ReadInput(PathOf(parsed), json, out exit);

    /// <summary>The <c>--strict</c> option: exit 1 when <paramref name="invalid"/>, after the report is printed.</summary>
    public static Option<bool> Strict(string invalid) =>
        new("--strict") { Description = "Exit 1 when " + invalid + " (the report is still printed)." };
}
