using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Safeguarding.Domain.Calendars;
using Safeguarding.Domain.Internal;

namespace Safeguarding.Domain.Serialization;

/// <summary>
/// Writes the contract's <c>holidays</c> output, one year's holidays in one region (<see cref="HolidayYear"/>) with
/// System.Text.Json, without reflection. It is an output document: reading one throws a <see cref="JsonException"/> that says
/// so. <see cref="HolidayYear"/> names this converter in a <see cref="JsonConverterAttribute"/>, so every serializer context
/// and every <see cref="JsonSerializerOptions"/> uses it; <see cref="SafeguardingJsonContext"/> lists the type.
/// </summary>
/// <remarks>
/// <para>Thread-safe. Writing gives the JSON of <see cref="HolidayYearJson.ToJson"/>, formatted by the writer: with
/// <see cref="JsonSerializerOptions.WriteIndented"/> and the default encoder (as <see cref="SafeguardingJsonContext.Default"/>
/// has) the text is byte for byte that of <c>ToJson()</c>.</para>
/// </remarks>
public sealed class HolidayYearJsonConverter : JsonConverter<HolidayYear>
{
    /// <summary>Creates the converter.</summary>
    public HolidayYearJsonConverter()
    {
    }

    /// <summary>Refuses to read: the library writes this document but never reads it.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="typeToConvert">The type to convert.</param>
    /// <param name="options">The serializer options.</param>
    /// <returns>Never returns.</returns>
    /// <exception cref="JsonException">Always.</exception>
    public override HolidayYear Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw DocumentConverters.OutputOnly("holiday list");

    /// <summary>Writes the holiday list onto the writer.</summary>
    /// <param name="writer">The writer; its options set the indentation and the escaping.</param>
    /// <param name="value">The holiday list.</param>
    /// <param name="options">The serializer options (not used: the document's shape is fixed by the contract).</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="value"/> is null.</exception>
    public override void Write(Utf8JsonWriter writer, HolidayYear value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        Guard.Against.Null(value);
        value.WriteTo(writer);
    }
}
