using System.IO.Pipelines;
using System.Threading;
using Safeguarding.Service.Batch;
using Safeguarding.Service.Documents;

namespace Safeguarding.Cli.Commands;

/// <summary>
/// <c>--batch</c> on evaluate, review and plan: newline-delimited JSON in (a file or <c>-</c>), one JSON answer a
/// line out, in order, each with its 1-based <c>line</c>; exit 1 when any line failed. The answers are the ones the
/// single-document command prints, through the same per-document functions.
/// </summary>
internal static class BatchOption
{
    public static Option<bool> Create() => new("--batch")
    {
        Description = "Read newline-delimited JSON (one document a line) and write one JSON answer a line, in order, each with its 1-based \"line\"; blank lines are skipped but counted. Exit 1 if any line failed.",
    };

    /// <summary>Whether <c>--format</c> allows a batch: batches write JSON lines, so only json, or the option left out.</summary>
    public static bool FormatAllowsBatch(ParseResult parsed, Option<string> format)
    {
        var result = parsed.GetResult(format);
        return result is null || result.Implicit || OutputFormat.IsJson(parsed, format);
    }

    /// <summary>Runs the batch over the file or standard input and returns the exit code.</summary>
    public static int Run(CliIo io, string pathOrDash, Func<ReadOnlyMemory<byte>, DocumentAnswer> answer, bool strict)
    {
        using Stream? stream = io.OpenInput(pathOrDash, json: true, out int exit);
        if (stream is null)
        {
            return exit;
        }

        var reader = PipeReader.Create(stream, new StreamPipeReaderOptions(bufferSize: 64 * 1024, leaveOpen: true));
        BatchSummary summary;
        try
        {
            summary = NdjsonBatch.RunAsync(reader, BatchOutputs.To(io.Out), answer, strict, NdjsonBatch.DefaultMaxLineBytes, long.MaxValue, CancellationToken.None)
                .GetAwaiter().GetResult();
        }
        catch (IOException ex)
        {
            return io.UsageError(new[] { "cannot read the input '" + pathOrDash + "' to its end (" + ex.GetType().Name + ")." }, json: false);
        }
        finally
        {
            reader.Complete();
        }

        if (summary.Failed > 0)
        {
            io.Err.WriteLine("error: batch: " + summary.Failed + " of " + summary.Documents + " documents failed (see the error documents on their lines).");
        }

        return summary.ExitCode;
    }

    public static int UsageErrorForFormat(CliIo io) =>
        io.UsageError(new[] { "--batch writes one JSON document a line: leave out --format or give --format json." }, json: true);
}
