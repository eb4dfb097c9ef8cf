using System;
using System.IO;
using System.Text;
using Xunit.Abstractions;

namespace Safeguarding.Cli.Tests;

/// <summary>Alone in its collection: it reads the process's garbage-collected heap, which parallel tests would disturb.</summary>
[CollectionDefinition(nameof(MemoryMeasurement), DisableParallelization = true)]
public sealed class MemoryMeasurement
{
}

/// <summary>
/// `--batch` streams: a long generated input (never held in memory) through the real command, in process, with the
/// heap measured after the first documents and again at the end. Retained memory must not grow with the input, and
/// what each document allocates (garbage, collected as it goes) must stay under a fixed ceiling.
/// </summary>
[Collection(nameof(MemoryMeasurement))]
public sealed class BatchMemoryTests(ITestOutputHelper output)
{
    private const int Documents = 100_000;
    private const int Checkpoint = 10_000;

    // Measured here at about 50 KB a document, all of it garbage collected as the batch goes: mostly the library's
    // writer building the 5 KB indented JSON (stream, array, string), then the compact line as a string for the text
    // writer. The ceiling leaves room for runtime differences; what it catches is a per-document cost that grows.
    private const long MaxAllocatedBytesPerDocument = 80 * 1024;

    // Retained heap may move a little between two full collections; a leak of even 10 bytes a document would be 1.1 MB.
    private const long MaxRetainedGrowthBytes = 1024 * 1024;

    [Fact]
    public void Evaluate_Batch_OfManyLines_KeepsMemoryFlat()
    {
        byte[] line = Encoding.UTF8.GetBytes("""{ "jurisdiction": "england", "subject": "child", "decisionDate": "2019-05-01", "abuseOrNeglect": "suspected", "harm": "seriously-harmed" }""" + "\n");
        var sink = new MeasuringWriter(Checkpoint, Documents);
        var stderr = new StringWriter();

        int exit = CliApp.Run(new[] { "evaluate", "-", "--batch" }, sink, stderr, () => new RepeatedLineStream(line, Documents));

        Assert.Equal(0, exit);
        Assert.Equal(Documents, sink.Lines);
        long growth = sink.RetainedAtEnd - sink.RetainedAtCheckpoint;
        long perDocument = (sink.AllocatedAtEnd - sink.AllocatedAtCheckpoint) / (Documents - Checkpoint);
        output.WriteLine($"retained heap after {Checkpoint:N0} documents: {sink.RetainedAtCheckpoint:N0} B; after {Documents:N0}: {sink.RetainedAtEnd:N0} B (growth {growth:N0} B); allocated a document: {perDocument:N0} B");
        Assert.True(growth < MaxRetainedGrowthBytes, $"retained heap grew by {growth:N0} bytes over {Documents - Checkpoint:N0} documents");
        Assert.True(perDocument < MaxAllocatedBytesPerDocument, $"{perDocument:N0} bytes allocated a document");
    }

    /// <summary>A read-only stream of one line repeated, generated as it is read.</summary>
    private sealed class RepeatedLineStream(byte[] line, long count) : Stream
    {
        private readonly long _length = line.Length * count;
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => _length;

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int written = 0;
            while (written < buffer.Length && _position < _length)
            {
                int at = (int)(_position % line.Length);
                int n = Math.Min(buffer.Length - written, line.Length - at);
                line.AsSpan(at, n).CopyTo(buffer.Slice(written));
                written += n;
                _position += n;
            }

            return written;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>Counts the answer lines (keeping none) and measures the heap, mid-run, at a checkpoint and at the last line.</summary>
    private sealed class MeasuringWriter(int checkpoint, int last) : TextWriter
    {
        public int Lines { get; private set; }

        public long RetainedAtCheckpoint { get; private set; }

        public long AllocatedAtCheckpoint { get; private set; }

        public long RetainedAtEnd { get; private set; }

        public long AllocatedAtEnd { get; private set; }

        public override Encoding Encoding => Encoding.UTF8;

        public override void WriteLine(string? value)
        {
            Lines++;
            if (Lines == checkpoint)
            {
                AllocatedAtCheckpoint = GC.GetTotalAllocatedBytes(precise: true);
                RetainedAtCheckpoint = GC.GetTotalMemory(forceFullCollection: true);
            }
            else if (Lines == last)
            {
                AllocatedAtEnd = GC.GetTotalAllocatedBytes(precise: true);
                RetainedAtEnd = GC.GetTotalMemory(forceFullCollection: true);
            }
        }
    }
}
