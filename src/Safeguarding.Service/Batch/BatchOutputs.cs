using System.Buffers;
using System.IO;
using System.IO.Pipelines;
using System.Text;

namespace Safeguarding.Service.Batch;

/// <summary>The two places a batch writes to: a text writer (the command line's stdout) and a pipe (an HTTP response).</summary>
internal static class BatchOutputs
{
    public static IBatchOutput To(TextWriter writer) => new TextOutput(writer ?? throw new ArgumentNullException(nameof(writer)));

    public static IBatchOutput To(PipeWriter writer) => new PipeOutput(writer ?? throw new ArgumentNullException(nameof(writer)));

    private sealed class TextOutput(TextWriter writer) : IBatchOutput
    {
        public ValueTask WriteLineAsync(ReadOnlyMemory<byte> json, CancellationToken cancellationToken)
        {
            writer.WriteLine(Encoding.UTF8.GetString(json.Span));
            writer.Flush();
            return ValueTask.CompletedTask;
        }
    }

    private sealed class PipeOutput(PipeWriter writer) : IBatchOutput
    {
        private static readonly byte[] NewLine = { (byte)'\n' };

        public async ValueTask WriteLineAsync(ReadOnlyMemory<byte> json, CancellationToken cancellationToken)
        {
            writer.Write(json.Span);
            writer.Write(NewLine);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
