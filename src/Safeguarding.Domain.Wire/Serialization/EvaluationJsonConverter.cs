using Safeguarding.Domain.Criteria;

namespace Safeguarding.Domain.Serialization;

/// <summary>
/// Writes the contract's <c>evaluate</c> output, the determinations with their reasons (<see cref="Evaluation"/>) with System.Text.Json, without
/// reflection. It is an output document: reading one is refused. <see cref="SafeguardingJsonContext"/>'s options list it; an
/// integrator's options can list it too.
/// </summary>
/// <remarks>
/// <para>Writing gives the JSON of <see cref="EvaluationJson.ToJson"/>, formatted by the writer:
/// <see cref="EvaluationJson.ToJson"/> leaves quotes and non-ASCII text unescaped, for people, so it is byte for byte the same
/// under an indented writer with <see cref="System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>; under the
/// default encoder (as <see cref="SafeguardingJsonContext.Default"/> has) such characters are written as <c>\uXXXX</c> escapes
/// of the same JSON value. Thread safety and the refusal to read are as <see cref="DocumentJsonConverter{T}"/> says.</para>
/// </remarks>
public sealed class EvaluationJsonConverter : DocumentJsonConverter<Evaluation>
{
    /// <summary>Creates the converter.</summary>
    public EvaluationJsonConverter()
        : base("evaluation", EvaluationJson.WriteTo)
    {
    }
}
