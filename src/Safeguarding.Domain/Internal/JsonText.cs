using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

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
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
