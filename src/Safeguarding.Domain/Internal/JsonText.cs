using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Safeguarding.Domain.Internal;

/// <summary>Writes one JSON document to a string with the library's one set of writer options (indented).</summary>
internal static class JsonText
{
    private static readonly JsonWriterOptions Strict = new() { Indented = true };

    private static readonly JsonWriterOptions Relaxed = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="write">Writes the document.</param>
    /// <param name="relaxedEscaping">Leave quotes and non-ASCII text unescaped (output not meant for HTML).</param>
    public static string Write(Action<Utf8JsonWriter> write, bool relaxedEscaping = false)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, relaxedEscaping ? Relaxed : Strict))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
