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
    public static ReadResult<Evaluation> Compute(ReadOnlyMemory<byte> utf8, IReadOnlyList<Commencement>? commencements = null)
    {
        var read = CaseFactsJson.Read(utf8);
        if (!read.Success)
        {
            return ReadResult<Evaluation>.Fail(read.Errors);
        }

        var options = read.Value.Options;
        foreach (var commencement in commencements ?? Array.Empty<Commencement>())
        {
            options = options.WithCommencement(commencement);
        }

        return CriteriaEvaluator.Evaluate(read.Value.Facts, options);
    }

    /// <summary>
    /// Reads a commencement (<c>provision=date</c>, as <c>evaluate --commencement vpa-2024-s19=2027-04-01</c> and the HTTP
    /// <c>commencement</c> query): <c>invalid-commencement</c>, <c>unknown-provision</c> or a date error at <paramref name="name"/>.
    /// </summary>
    public static Commencement? CheckCommencement(string? text, string name, List<InputError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (text is null)
        {
            return null;
        }

        var read = Commencement.Parse(text, name);
        if (!read.Success)
        {
            errors.AddRange(read.Errors);
            return null;
        }

        return read.Value;
    }

    /// <summary>The contract's JSON output.</summary>
    public static DocumentAnswer Json(ReadOnlyMemory<byte> utf8) => Json(utf8, null);

    /// <summary>The contract's JSON output, with the given provisions commenced.</summary>
    public static DocumentAnswer Json(ReadOnlyMemory<byte> utf8, IReadOnlyList<Commencement>? commencements) =>
        DocumentAnswer.From(Compute(utf8, commencements), EvaluationJson.ToJson, _ => true);
}
