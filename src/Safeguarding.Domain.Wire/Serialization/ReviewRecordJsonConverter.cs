using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Safeguarding.Domain.Lifecycle;
using Safeguarding.Domain.Timescales;

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
public sealed class ReviewRecordJsonConverter : DocumentJsonConverter<ReviewRecord>
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

    /// <inheritdoc/>
    private protected override Result<ReviewRecord> ReadDocument(ReadOnlyMemory<byte> utf8) => ReviewRecordJson.Read(utf8, _limits, _catalogue);

    /// <inheritdoc/>
    private protected override void WriteDocument(Utf8JsonWriter writer, ReviewRecord value) => value.WriteTo(writer);
}
