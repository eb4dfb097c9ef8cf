using System;
using System.Collections.Generic;
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

    /// <summary>
    /// Checks a commencement (<c>provision=date</c>, as <c>evaluate --commencement vpa-2024-s19=2027-04-01</c>). The rules
    /// of this build read no commencement yet, so every provision is <c>unknown-provision</c>: an answer that silently
    /// ignored the caller's commencement would be wrong. Wiring a known provision into the evaluation goes here.
    /// </summary>
    public static void CheckCommencement(string? text, string name, List<InputError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (text is null)
        {
            return;
        }

        int equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            errors.Add(new InputError(name, "invalid-commencement", "Expected provision=YYYY-MM-DD, for example vpa-2024-s19=2027-04-01."));
            return;
        }

        if (OptionValue.OptionalDate(text[(equals + 1)..], name, errors) is not null)
        {
            errors.Add(new InputError(name, "unknown-provision", "The rules of this build read no commencement date for that provision."));
        }
    }

    /// <summary>The contract's JSON output.</summary>
    public static DocumentAnswer Json(ReadOnlyMemory<byte> utf8) =>
        DocumentAnswer.From(Compute(utf8), EvaluationJson.ToJson, _ => true);
}
