using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Safeguarding.Domain.Lifecycle;
using Safeguarding.Domain.Timescales;
using Safeguarding.Domain.Internal;

namespace Safeguarding.Domain.Serialization;

/// <summary>
/// Reads and writes the contract's <b>review record</b> document, a review's dated lifecycle events
/// (<see cref="ReviewRecord"/>) with System.Text.Json, without reflection. <see cref="ReviewRecord"/> names this converter in a
/// <see cref="JsonConverterAttribute"/>, so every serializer context and every <see cref="JsonSerializerOptions"/> uses it;
/// <see cref="SafeguardingJsonContext"/> lists the type.
/// </summary>
/// <remarks>
/// <para>Thread-safe. Reading hands the value's own UTF-8 to
/// <see cref="ReviewRecordJson.Read(ReadOnlyMemory{byte}, JsonReadLimits, TimescaleCatalogue)"/>, so it is exactly as strict, under
/// the same limits, with the same paths and codes: unknown, duplicate and missing properties, wrong types, impossible or
/// out-of-range dates and numbers, too long, too many, too deep, too large. A value that cannot be read throws
/// <see cref="SafeguardingJsonException"/> with every error. Malformed JSON, and nesting deeper than the serializer's own
/// <see cref="JsonSerializerOptions.MaxDepth"/>, are refused by System.Text.Json's reader (a plain <see cref="JsonException"/>)
/// before the value reaches the converter. A JSON <c>null</c> is the null reference, as for any class.</para>
/// <para>Writing gives the JSON of <see cref="ReviewRecordJson.ToJson"/>, formatted by the writer: with
/// <see cref="JsonSerializerOptions.WriteIndented"/> and the default encoder (as <see cref="SafeguardingJsonContext.Default"/>
/// has) the text is byte for byte the same.</para>
/// <para>To read under other limits, add an instance made with them to <see cref="JsonSerializerOptions.Converters"/>: a
/// converter there takes precedence over the attribute.</para>
/// </remarks>
public sealed class ReviewRecordJsonConverter : JsonConverter<ReviewRecord>
{
    private readonly JsonReadLimits _limits;
    private readonly TimescaleCatalogue _catalogue;

    /// <summary>Creates the converter with <see cref="JsonReadLimits.Default"/> and
    /// <see cref="TimescaleCatalogue.Default"/>.</summary>
    public ReviewRecordJsonConverter()
        : this(JsonReadLimits.Default, TimescaleCatalogue.Default)
    {
    }

    /// <summary>Creates the converter with other limits or another catalogue.</summary>
    /// <param name="limits">The limits the reader enforces.</param>
    /// <param name="catalogue">The catalogue whose statutory minimum a local publication period is checked against.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ReviewRecordJsonConverter(JsonReadLimits limits, TimescaleCatalogue catalogue)
    {
        _limits = Guard.Against.Null(limits);
        _catalogue = Guard.Against.Null(catalogue);
    }

    /// <summary>Reads a review record.</summary>
    /// <param name="reader">The reader, on the value's first token.</param>
    /// <param name="typeToConvert">The type to convert.</param>
    /// <param name="options">The serializer options (the document's rules do not depend on them).</param>
    /// <returns>The review record.</returns>
    /// <exception cref="SafeguardingJsonException">The value cannot be read; <see cref="SafeguardingJsonException.Errors"/>
    /// says why.</exception>
    /// <exception cref="JsonException">The JSON is malformed or nests deeper than
    /// <see cref="JsonSerializerOptions.MaxDepth"/>.</exception>
    public override ReviewRecord Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DocumentConverters.Read(ref reader, utf8 => ReviewRecordJson.Read(utf8, _limits, _catalogue));

    /// <summary>Writes a review record onto the writer.</summary>
    /// <param name="writer">The writer; its options set the indentation and the escaping.</param>
    /// <param name="value">The review record.</param>
    /// <param name="options">The serializer options (not used: the document's shape is fixed by the contract).</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="value"/> is null.</exception>
    public override void Write(Utf8JsonWriter writer, ReviewRecord value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        Guard.Against.Null(value);
        value.WriteTo(writer);
    }
}
