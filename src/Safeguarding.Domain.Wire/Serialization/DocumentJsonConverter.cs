using System;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;

namespace Safeguarding.Domain.Serialization;

/// <summary>
/// What the library's document converters (<see cref="ActionPlanJsonConverter"/> and the rest) share: reading hands the
/// value's own UTF-8 to the document's strict reader, so a converter and the document's <c>Read</c> method apply one set of
/// rules and report the same paths and codes; writing gives the document's own JSON. Only this library derives from it.
/// </summary>
/// <typeparam name="T">The document type.</typeparam>
/// <remarks>
/// <para>Thread-safe. A value that cannot be read throws <see cref="SafeguardingJsonException"/> with every error. Malformed
/// JSON, and nesting deeper than the serializer's own <see cref="JsonSerializerOptions.MaxDepth"/>, are refused by
/// System.Text.Json's reader (a plain <see cref="JsonException"/>) before the value reaches the converter. A JSON
/// <c>null</c> is the null reference, as for any class. An output document (one the library writes but never reads) throws a
/// <see cref="JsonException"/> that says so.</para>
/// <para>Writing is formatted by the writer: with <see cref="JsonSerializerOptions.WriteIndented"/> and the default encoder
/// (as <see cref="SafeguardingJsonContext.Default"/> has) the text is byte for byte the document's own.</para>
/// </remarks>
public abstract class DocumentJsonConverter<T> : JsonConverter<T>
    where T : class
{
    private readonly string? _outputDocument;

    /// <summary>Creates a converter for a document the library reads: the derived class reads it in
    /// <see cref="ReadDocument"/>.</summary>
    private protected DocumentJsonConverter()
    {
    }

    /// <summary>Creates a converter for an output document, one the library writes but never reads.</summary>
    /// <param name="outputDocument">The document's name in the message that refuses to read it, e.g. "evaluation".</param>
    private protected DocumentJsonConverter(string outputDocument)
    {
        _outputDocument = outputDocument;
    }

    /// <summary>Reads a document, or refuses to read an output document.</summary>
    /// <param name="reader">The reader, on the value's first token.</param>
    /// <param name="typeToConvert">The type to convert.</param>
    /// <param name="options">The serializer options (the document's rules do not depend on them).</param>
    /// <returns>The document.</returns>
    /// <exception cref="SafeguardingJsonException">The value cannot be read; <see cref="SafeguardingJsonException.Errors"/>
    /// says why.</exception>
    /// <exception cref="JsonException">The document is an output document; or the JSON is malformed or nests deeper than
    /// <see cref="JsonSerializerOptions.MaxDepth"/>.</exception>
    /// <remarks>
    /// The reader has already checked the value's syntax and its depth against the serializer's own limit. The value is read a
    /// second time, from its bytes, by the strict reader: one implementation of the rules is worth the second pass.
    /// </remarks>
    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (_outputDocument is not null)
        {
            throw new JsonException(
                "The " + _outputDocument + " is a document the library writes, not one it reads; deserialise the input it was made from instead.");
        }

        byte[] utf8;
        using (var document = JsonDocument.ParseValue(ref reader))
        {
            utf8 = JsonMarshal.GetRawUtf8Value(document.RootElement).ToArray();
        }

        var result = ReadDocument(utf8);
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
        WriteDocument(writer, value);
    }

    /// <summary>Reads the document from the value's own UTF-8 with the document's strict reader.</summary>
    /// <param name="utf8">The value's UTF-8.</param>
    /// <returns>The document, or every error.</returns>
    private protected virtual Result<T> ReadDocument(ReadOnlyMemory<byte> utf8) =>
        throw new InvalidOperationException("A readable document's converter reads it in its own ReadDocument.");

    /// <summary>Writes the document's JSON onto the writer.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The document, not null.</param>
    private protected abstract void WriteDocument(Utf8JsonWriter writer, T value);
}
