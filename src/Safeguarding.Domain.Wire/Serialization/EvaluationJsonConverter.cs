using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Safeguarding.Domain.Criteria;
using Safeguarding.Domain.Internal;

namespace Safeguarding.Domain.Serialization;

/// <summary>
/// Writes the contract's <c>evaluate</c> output, the determinations with their reasons (<see cref="Evaluation"/>) with
/// System.Text.Json, without reflection. It is an output document: reading one throws a <see cref="JsonException"/> that says
/// so. <see cref="Evaluation"/> names this converter in a <see cref="JsonConverterAttribute"/>, so every serializer context and
/// every <see cref="JsonSerializerOptions"/> uses it; <see cref="SafeguardingJsonContext"/> lists the type.
/// </summary>
/// <remarks>
/// <para>Thread-safe. Writing gives the JSON of <see cref="EvaluationJson.ToJson"/>, formatted by the writer:
/// <see cref="EvaluationJson.ToJson"/> leaves quotes and non-ASCII text unescaped, for people, so it is byte for byte the same
/// under an indented writer with <see cref="System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>; under the
/// default encoder (as <see cref="SafeguardingJsonContext.Default"/> has) such characters are written as <c>\uXXXX</c> escapes
/// of the same JSON value.</para>
/// </remarks>
public sealed class EvaluationJsonConverter : JsonConverter<Evaluation>
{
    /// <summary>Creates the converter.</summary>
    public EvaluationJsonConverter()
    {
    }

    /// <summary>Refuses to read: the library writes this document but never reads it.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="typeToConvert">The type to convert.</param>
    /// <param name="options">The serializer options.</param>
    /// <returns>Never returns.</returns>
    /// <exception cref="JsonException">Always.</exception>
    public override Evaluation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw DocumentConverters.OutputOnly("evaluation");

    /// <summary>Writes the evaluation onto the writer.</summary>
    /// <param name="writer">The writer; its options set the indentation and the escaping.</param>
    /// <param name="value">The evaluation.</param>
    /// <param name="options">The serializer options (not used: the document's shape is fixed by the contract).</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="value"/> is null.</exception>
    public override void Write(Utf8JsonWriter writer, Evaluation value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        Guard.Against.Null(value);
        EvaluationJson.WriteTo(writer, value);
    }
}
