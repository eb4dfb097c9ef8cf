using System;
using Safeguarding.Domain.Criteria;
using Safeguarding.Domain.Serialization;

namespace Safeguarding.Service.Documents;

/// <summary>
/// <c>evaluate</c> for one case facts document: read it, evaluate it under the rules in force on its decision date.
/// The command line (single and <c>--batch</c>) and <c>POST /v1/evaluate</c> all call this.
/// </summary>
internal static class EvaluateDocument
{
    public static ReadResult<Evaluation> Compute(ReadOnlyMemory<byte> utf8)
    {
        var read = CaseFactsJson.Read(utf8);
        return read.Success ? CriteriaEvaluator.Evaluate(read.Value.Facts, read.Value.Options) : ReadResult<Evaluation>.Fail(read.Errors);
    }

    /// <summary>The contract's JSON output.</summary>
    public static DocumentAnswer Json(ReadOnlyMemory<byte> utf8) =>
        DocumentAnswer.From(Compute(utf8), EvaluationJson.ToJson, _ => true);
}
