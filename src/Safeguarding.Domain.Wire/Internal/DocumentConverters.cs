using System;
using System.Runtime.InteropServices;
using System.Text.Json;
using Safeguarding.Domain.Serialization;

namespace Safeguarding.Domain.Internal;

/// <summary>
/// What the public System.Text.Json converters share. Reading hands the value's own UTF-8 to the document's strict reader, so
/// the converters and the <c>Read</c> methods apply one set of rules and report the same paths and codes.
/// </summary>
internal static class DocumentConverters
{
    /// <summary>Reads one document value; throws <see cref="SafeguardingJsonException"/> with every error when it cannot be
    /// read.</summary>
    /// <remarks>
    /// The reader has already checked the value's syntax and its depth against the serializer's own limit. The value is read a
    /// second time, from its bytes, by the strict reader: one implementation of the rules is worth the second pass.
    /// </remarks>
    public static T Read<T>(ref Utf8JsonReader reader, Func<ReadOnlyMemory<byte>, Result<T>> read)
        where T : class
    {
        byte[] utf8;
        using (var document = JsonDocument.ParseValue(ref reader))
        {
            utf8 = JsonMarshal.GetRawUtf8Value(document.RootElement).ToArray();
        }

        var result = read(utf8);
        return result.Success ? result.Value : throw new SafeguardingJsonException(result.Errors);
    }

    /// <summary>The answer to reading an output-only document: a <see cref="JsonException"/> that says so.</summary>
    public static JsonException OutputOnly(string document) =>
        new("The " + document + " is a document the library writes, not one it reads; deserialise the input it was made from instead.");
}
