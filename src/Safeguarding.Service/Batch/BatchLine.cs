using System.Buffers;
using System.Globalization;
using System.Text;
using Safeguarding.Service.Documents;

namespace Safeguarding.Service.Batch;

/// <summary>
/// Writes one answer of a batch as one line: the command's JSON output, or the error document (as
/// <see cref="ErrorDocument"/> writes it), compact, with <c>"line": N</c> (1-based) added as its first property.
/// </summary>
internal sealed class BatchLine
{
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);

    /// <summary>Writes the line and returns its bytes, valid until the next call.</summary>
    public ReadOnlyMemory<byte> Write(long line, DocumentAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        _buffer.ResetWrittenCount();
        WriteCompact(line, answer.Output ?? ErrorDocument.ToJson(answer.Errors));
        return _buffer.WrittenMemory;
    }

    /// <summary>
    /// Re-emits a writer's JSON object on one line with <c>"line"</c> first: whitespace between tokens is dropped (the
    /// writers only put it there for indentation; inside strings it is kept), nothing else changes. Cheaper than
    /// parsing the document again, and the writers' own escaping stays as it is.
    /// </summary>
    private void WriteCompact(long line, string json)
    {
        int open = json.IndexOf('{', StringComparison.Ordinal);
        if (open < 0)
        {
            throw new ArgumentException("A command's JSON output is an object.", nameof(json));
        }

        char[] chars = ArrayPool<char>.Shared.Rent(json.Length + 32);
        try
        {
            int n = 0;
            chars[n++] = '{';
            "\"line\":".CopyTo(chars.AsSpan(n));
            n += 7;
            line.TryFormat(chars.AsSpan(n), out int digits, default, CultureInfo.InvariantCulture);
            n += digits;
            bool first = true;
            bool inString = false;
            bool escaped = false;
            for (int i = open + 1; i < json.Length; i++)
            {
                char c = json[i];
                if (inString)
                {
                    inString = escaped || c != '"';
                    escaped = !escaped && c == '\\';
                }
                else if (c is ' ' or '\n' or '\r' or '\t')
                {
                    continue;
                }
                else
                {
                    if (first && c != '}')
                    {
                        chars[n++] = ',';
                    }

                    inString = c == '"';
                }

                first = false;
                chars[n++] = c;
            }

            int byteCount = Encoding.UTF8.GetByteCount(chars.AsSpan(0, n));
            Encoding.UTF8.GetBytes(chars.AsSpan(0, n), _buffer.GetSpan(byteCount));
            _buffer.Advance(byteCount);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
