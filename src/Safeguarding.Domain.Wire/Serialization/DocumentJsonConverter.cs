using System.Runtime.InteropServices;
using System.Text.Json.Serialization;

namespace Safeguarding.Domain.Serialization;

/// <summary>
/// One contract document's System.Text.Json converter, without reflection: <see cref="ActionPlanJsonConverter"/> and the
/// other eight are this converter, each given its document's reader (an input document) or its name (an output document,
/// which the library writes but never reads) and its writer. Only this library derives from it.
/// </summary>
/// <typeparam name="T">The document type.</typeparam>
/// <remarks>
/// <para>Thread-safe. Reading hands the value's own UTF-8 to the document's strict reader, so a converter and the document's
/// <c>Read</c> method apply one set of rules, under the same limits, with the same paths and codes: unknown, duplicate and
/// missing properties, wrong types, impossible or out-of-range dates and numbers, too long, too many, too deep, too large. A
/// value that cannot be read throws <see cref="SafeguardingJsonException"/> with every error. Malformed JSON, and nesting
/// deeper than the serializer's own <see cref="JsonSerializerOptions.MaxDepth"/>, are refused by System.Text.Json's reader (a
/// plain <see cref="JsonException"/>) before the value reaches the converter. A JSON <c>null</c> is the null reference, as for
/// any class. Reading an output document throws a <see cref="JsonException"/> that says so.</para>
/// <para>Writing gives the document's own JSON, formatted by the writer: with <see cref="JsonSerializerOptions.WriteIndented"/>
/// and the default encoder (as <see cref="SafeguardingJsonContext.Default"/> has) the text is byte for byte that of the
/// document's <c>ToJson()</c>, except where a document says otherwise.</para>
/// </remarks>
public abstract class DocumentJsonConverter<T> : JsonConverter<T>
    where T : class
{
    private readonly JsonReadLimits? _limits;
    private readonly Func<ReadOnlyMemory<byte>, JsonReadLimits, Result<T>>? _read;
    private readonly string? _outputDocument;
    private readonly Action<Utf8JsonWriter, T> _write;

    /// <summary>Creates the converter of an input document, one the library reads and writes.</summary>
    /// <param name="limits">The limits the reader enforces.</param>
    /// <param name="read">The document's strict reader.</param>
    /// <param name="write">The document's writer.</param>
    /// <exception cref="ArgumentNullException"><paramref name="limits"/> is null.</exception>
    private protected DocumentJsonConverter(JsonReadLimits limits, Func<ReadOnlyMemory<byte>, JsonReadLimits, Result<T>> read, Action<Utf8JsonWriter, T> write)
    {
        _limits = Guard.Against.Null(limits);
        _read = read;
        _write = write;
    }

    /// <summary>Creates the converter of an output document, one the library writes but never reads.</summary>
    /// <param name="outputDocument">The document's name in the message that refuses to read it, e.g. "evaluation".</param>
    /// <param name="write">The document's writer.</param>
    private protected DocumentJsonConverter(string outputDocument, Action<Utf8JsonWriter, T> write)
    {
        _outputDocument = outputDocument;
        _write = write;
    }

    /// <summary>Reads the document; an output document is refused.</summary>
    /// <param name="reader">The reader, on the value's first token.</param>
    /// <param name="typeToConvert">The type to convert.</param>
    /// <param name="options">The serializer options (the document's rules do not depend on them).</param>
    /// <returns>The document.</returns>
    /// <exception cref="SafeguardingJsonException">The value cannot be read; <see cref="SafeguardingJsonException.Errors"/>
    /// says why.</exception>
    /// <exception cref="JsonException">The document is an output document; or the JSON is malformed or nests deeper than
    /// <see cref="JsonSerializerOptions.MaxDepth"/>.</exception>
    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (_read is null || _limits is null)
        {
            throw new JsonException(
                "The " + _outputDocument + " is a document the library writes, not one it reads; deserialise the input it was made from instead.");
        }

        // The reader has already checked the value's syntax and its depth against the serializer's own limit. The value is
        // read a second time, from its bytes, by the strict reader: one implementation of the rules is worth the second pass.
        byte[] utf8;
        using (var document = JsonDocument.ParseValue(ref reader))
        {
            utf8 = JsonMarshal.GetRawUtf8Value(document.RootElement).ToArray();
        }

        var result = _read(utf8, _limits);
        return result.Success ? result.Value : throw new SafeguardingJsonException(result.Errors);
    }

    /// <summary>Writes the document onto the writer.</summary>
    /// <param name="writer">The writer; its options set the indentation and the escaping.</param>
    /// <param name="value">The document.</param>
    /// <param name="options">The serializer options (not used: the document's shape is fixed by the contract).</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="value"/> is null.</exception>
    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        Guard.Against.Null(value);
        _write(writer, value);
    }
}
