using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Safeguarding.Domain.Criteria;

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
public sealed class EvaluationJsonConverter : DocumentJsonConverter<Evaluation>
{
    /// <summary>Creates the converter.</summary>
    public EvaluationJsonConverter()
        : base("evaluation")
    {
    }

    /// <inheritdoc/>
    private protected override void WriteDocument(Utf8JsonWriter writer, Evaluation value) => EvaluationJson.WriteTo(writer, value);
}
