using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;

namespace Safeguarding.Domain.Serialization;

/// <summary>
/// Writes the contract's error document, <c>{ "errors": [ { "path", "code", "message" } ] }</c>,
/// which the command-line tool prints with <c>--format json</c> when input cannot be read.
/// </summary>
/// <remarks>Thread-safe: the members are pure.</remarks>
public static class ErrorDocument
{
    /// <summary>Serialises errors as the contract's error document.</summary>
    /// <param name="errors">The errors, in order.</param>
    /// <returns>The JSON text, indented.</returns>
    public static string ToJson(IEnumerable<InputError> errors)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("errors");
            foreach (var error in errors)
            {
                writer.WriteStartObject();
                writer.WriteString("path", error.Path);
                writer.WriteString("code", error.Code);
                writer.WriteString("message", error.Message);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
