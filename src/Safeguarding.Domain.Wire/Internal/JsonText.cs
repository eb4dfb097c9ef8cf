using System.IO;
using System.Text.Encodings.Web;

namespace Safeguarding.Domain.Internal;

/// <summary>Writes one JSON document to a string with the library's one set of writer options (indented).</summary>
/// <remarks>
/// Output documents are JSON, not HTML: the encoder escapes only what JSON requires (quotation mark, reverse solidus,
/// control characters, lone surrogates), so ordinary text such as "New Year's Day" or "Dydd Calan" stays readable.
/// HTML output escapes its own text (see the HTML renderers).
/// </remarks>
internal static class JsonText
{
    /// <summary>The writer options of every JSON document the library writes.</summary>
    public static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="write">Writes the document.</param>
    public static string Write(Action<Utf8JsonWriter> write)
    {
        // Each thread keeps one buffer and writer for the next document (taken while in use, so a document written
        // inside another gets its own); a buffer that grew past KeptBytes is left to the collector.
        var stream = t_stream;
        var writer = t_writer;
        t_stream = null;
        t_writer = null;
        if (stream is null || writer is null)
        {
            stream = new MemoryStream(InitialBytes);
            writer = new Utf8JsonWriter(stream, Options);
        }
        else
        {
            stream.SetLength(0);
            writer.Reset(stream);
        }

        write(writer);
        writer.Flush();
        string text = Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
        if (stream.Capacity <= KeptBytes)
        {
            t_stream = stream;
            t_writer = writer;
        }

        return text;
    }

    private const int InitialBytes = 16 * 1024;

    private const int KeptBytes = 256 * 1024;

    [ThreadStatic]
    private static MemoryStream? t_stream;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;
}
