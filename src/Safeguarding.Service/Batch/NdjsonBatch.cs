using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.IO.Pipelines;
using Safeguarding.Service.Documents;

namespace Safeguarding.Service.Batch;

/// <summary>
/// Newline-delimited JSON in, one answer a line out, in order: the <c>--batch</c> semantics shared by the command
/// line and the HTTP service's <c>application/x-ndjson</c> bodies.
/// </summary>
/// <remarks>
/// <para>Streams: a line is read, answered, written and flushed before the next is read, and at most one line (up to
/// the per-line limit) is held in memory, so memory stays flat however long the input.</para>
/// <para>Lines end with <c>\n</c> (a <c>\r</c> before it is dropped); the last line needs no newline. A blank line
/// (nothing but spaces and tabs) is skipped without an answer, but it is counted, so <c>line</c> is always the line
/// number an editor shows. A line longer than the per-line limit (by default the library's document limit,
/// <see cref="JsonReadLimits.Default"/>) gets the error document with code <c>too-large</c> without being held in
/// memory. A bad line never stops the others.</para>
/// </remarks>
internal static class NdjsonBatch
{
    /// <summary>The largest line accepted by default: the library's own limit for one document.</summary>
    public static int DefaultMaxLineBytes => JsonReadLimits.Default.MaxDocumentBytes;

    /// <summary>Answers every line of <paramref name="input"/> onto <paramref name="output"/>.</summary>
    /// <param name="input">The newline-delimited documents.</param>
    /// <param name="output">Where the answers go.</param>
    /// <param name="answer">Answers one document with the command's JSON output or its errors.</param>
    /// <param name="strict">Count a document that was read but found invalid (a refused event, a plan with traceability errors) as failed.</param>
    /// <param name="maxLineBytes">The largest line accepted, in bytes.</param>
    /// <param name="maxTotalBytes">
    /// The most bytes read in all (the HTTP service's request limit; unbounded on the command line). The line that
    /// would pass it gets the error document with code <c>too-large</c>, and nothing after it is read.
    /// </param>
    /// <param name="cancellationToken">Stops the batch between lines.</param>
    public static async Task<BatchSummary> RunAsync(
        PipeReader input,
        IBatchOutput output,
        Func<ReadOnlyMemory<byte>, DocumentAnswer> answer,
        bool strict,
        int maxLineBytes,
        long maxTotalBytes,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLineBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxTotalBytes);

        var line = new BatchLine();
        long lineNumber = 0;
        long documents = 0;
        long failed = 0;
        long skippedBytes = -1; // >= 0 while skipping the rest of an over-long line
        long consumed = 0; // bytes of the lines already taken from the input, newlines included

        async ValueTask Emit(DocumentAnswer a)
        {
            documents++;
            if (!a.Succeeded || (strict && !a.Valid))
            {
                failed++;
            }

            await output.WriteLineAsync(line.Write(lineNumber, a), cancellationToken).ConfigureAwait(false);
        }

        ValueTask TooLong() => Emit(DocumentAnswer.Failed(ImmutableArray.Create(new Issue(
            "$", "too-large", string.Format(CultureInfo.InvariantCulture, "The line is {0} bytes or more; the limit for one document is {1} bytes.", skippedBytes, maxLineBytes)))));

        ValueTask OverTotal() => Emit(DocumentAnswer.Failed(ImmutableArray.Create(new Issue(
            "$", "too-large", string.Format(CultureInfo.InvariantCulture, "The input passes the limit of {0} bytes in all within this line; nothing from here on was read.", maxTotalBytes)))));

        while (true)
        {
            var read = await input.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = read.Buffer;
            if (consumed + buffer.Length > maxTotalBytes && !WithinTotal(buffer))
            {
                if (skippedBytes < 0)
                {
                    lineNumber++;
                }

                await OverTotal().ConfigureAwait(false);
                input.AdvanceTo(buffer.End);
                return new BatchSummary(documents, failed);
            }

            while (true)
            {
                var newline = buffer.PositionOf((byte)'\n');
                if (skippedBytes >= 0)
                {
                    if (newline is null)
                    {
                        skippedBytes += buffer.Length;
                        consumed += buffer.Length;
                        buffer = buffer.Slice(buffer.End);
                        break;
                    }

                    skippedBytes += buffer.Slice(0, newline.Value).Length;
                    consumed += buffer.Slice(0, newline.Value).Length + 1;
                    buffer = buffer.Slice(buffer.GetPosition(1, newline.Value));
                    await TooLong().ConfigureAwait(false);
                    skippedBytes = -1;
                    continue;
                }

                if (newline is null)
                {
                    // One byte of slack for a '\r' that may precede the newline still to come.
                    if (buffer.Length > (long)maxLineBytes + 1)
                    {
                        lineNumber++;
                        skippedBytes = buffer.Length;
                        consumed += buffer.Length;
                        buffer = buffer.Slice(buffer.End);
                    }

                    break;
                }

                lineNumber++;
                var text = buffer.Slice(0, newline.Value);
                if (consumed + text.Length + 1 > maxTotalBytes)
                {
                    await OverTotal().ConfigureAwait(false);
                    input.AdvanceTo(buffer.End);
                    return new BatchSummary(documents, failed);
                }

                consumed += text.Length + 1;
                await AnswerLine(text).ConfigureAwait(false);
                buffer = buffer.Slice(buffer.GetPosition(1, newline.Value));
            }

            if (read.IsCompleted)
            {
                if (skippedBytes >= 0)
                {
                    await TooLong().ConfigureAwait(false);
                }
                else if (buffer.Length > 0)
                {
                    lineNumber++;
                    consumed += buffer.Length;
                    await AnswerLine(buffer).ConfigureAwait(false);
                }

                input.AdvanceTo(buffer.End);
                break;
            }

            input.AdvanceTo(buffer.Start, buffer.End);
        }

        return new BatchSummary(documents, failed);

        // Whether the lines still to answer in this read end within the total: a complete line that ends within it is
        // answered before the limit is reported on the line after it.
        bool WithinTotal(ReadOnlySequence<byte> pending)
        {
            var newline = pending.PositionOf((byte)'\n');
            return newline is not null && consumed + pending.Slice(0, newline.Value).Length + 1 <= maxTotalBytes;
        }

        async ValueTask AnswerLine(ReadOnlySequence<byte> text)
        {
            if (text.Length > 0 && EndsWithCarriageReturn(text))
            {
                text = text.Slice(0, text.Length - 1);
            }

            if (IsBlank(text))
            {
                return;
            }

            if (text.Length > maxLineBytes)
            {
                skippedBytes = text.Length;
                await TooLong().ConfigureAwait(false);
                skippedBytes = -1;
                return;
            }

            if (text.IsSingleSegment)
            {
                await Emit(answer(text.First)).ConfigureAwait(false);
                return;
            }

            int length = (int)text.Length;
            byte[] rented = ArrayPool<byte>.Shared.Rent(length);
            try
            {
                text.CopyTo(rented);
                await Emit(answer(rented.AsMemory(0, length))).ConfigureAwait(false);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static bool EndsWithCarriageReturn(ReadOnlySequence<byte> text)
    {
        var last = text.Slice(text.Length - 1);
        return last.FirstSpan[0] == (byte)'\r';
    }

    private static bool IsBlank(ReadOnlySequence<byte> text)
    {
        foreach (var segment in text)
        {
            foreach (byte b in segment.Span)
            {
                if (b != (byte)' ' && b != (byte)'\t')
                {
                    return false;
                }
            }
        }

        return true;
    }
}
