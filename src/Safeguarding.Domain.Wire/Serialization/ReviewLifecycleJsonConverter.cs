using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Safeguarding.Domain.Lifecycle;

namespace Safeguarding.Domain.Serialization;

/// <summary>
/// Writes the contract's <c>lifecycle</c> output, a review kind's transition table (<see cref="ReviewLifecycle"/>) with
/// System.Text.Json, without reflection. It is an output document: reading one throws a <see cref="JsonException"/> that says
/// so. <see cref="ReviewLifecycle"/> names this converter in a <see cref="JsonConverterAttribute"/>, so every serializer
/// context and every <see cref="JsonSerializerOptions"/> uses it; <see cref="SafeguardingJsonContext"/> lists the type.
/// </summary>
/// <remarks>
/// <para>Thread-safe. Writing gives the JSON of <see cref="ReviewLifecycleDiagrams.ToJson"/>, formatted by the writer: with
/// <see cref="JsonSerializerOptions.WriteIndented"/> and the default encoder (as <see cref="SafeguardingJsonContext.Default"/>
/// has) the text is byte for byte that of <c>ToJson()</c>.</para>
/// </remarks>
public sealed class ReviewLifecycleJsonConverter : DocumentJsonConverter<ReviewLifecycle>
{
    /// <summary>Creates the converter.</summary>
    public ReviewLifecycleJsonConverter()
        : base("lifecycle table")
    {
    }

    /// <inheritdoc/>
    private protected override void WriteDocument(Utf8JsonWriter writer, ReviewLifecycle value) => value.WriteTo(writer);
}
