using System.IO;
using Safeguarding.Domain.Citations;
using Safeguarding.Domain.Internal;

namespace Safeguarding.Domain.Criteria;

/// <summary>Writes an evaluation as the contract's <c>evaluate</c> output: camelCase properties, kebab-case values.</summary>
/// <remarks>Thread-safe: the members are pure.</remarks>
public static class EvaluationJson
{
    /// <summary>Serialises an evaluation.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <returns>The JSON text, indented.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> is null.</exception>
    public static string ToJson(Evaluation evaluation)
    {
        if (evaluation is null)
        {
            throw new ArgumentNullException(nameof(evaluation));
        }

        return JsonText.Write(writer => WriteTo(writer, evaluation));
    }

    /// <summary>Writes the document onto a writer, whose options set the indentation and escaping.</summary>
    internal static void WriteTo(Utf8JsonWriter writer, Evaluation evaluation)
    {
        writer.WriteStartObject();
        writer.WriteString("regime", evaluation.Regime.Id.Value);
        writer.WriteString("regimeName", evaluation.Regime.Name);
        writer.WriteString("regimeCitation", evaluation.Regime.Citation.ToString());
        writer.WriteString("regimeInForce", evaluation.Regime.Validity.ToString());
        writer.WriteString("selection", evaluation.SelectionReason);
        writer.WriteString("decisionDate", ContractDate.Format(evaluation.Facts.DecisionDate));
        writer.WriteString("lawCheckedOn", ContractDate.Format(evaluation.LawCheckedOn));
        writer.WriteBoolean("provisional", evaluation.Provisional);
        writer.WriteObjects("pendingChanges", evaluation.PendingChanges, static (w, change) =>
        {
            w.WriteString("provision", change.Provision);
            w.WriteString("title", change.Title);
            w.WriteString("status", change.Status);
            WriteCitation(w, change.Citation);
        });
        writer.WriteObjects("determinations", evaluation.Determinations, static (w, determination) =>
        {
            w.WriteString("kind", VocabularyNames.Kinds.Name(determination.Kind));
            w.WriteString("outcome", CriteriaNames.Outcomes.Name(determination.Outcome));
            w.WriteStrings("missingFacts", determination.MissingFacts.Select(CaseFacts.WireName));
            w.WriteObjects("reasons", determination.Reasons, WriteReason);
            w.WriteObjects("deadlines", determination.Deadlines, static (w, deadline) =>
            {
                w.WriteString("clock", deadline.Clock);
                w.WriteString("startsFrom", deadline.StartsFrom);
                w.WriteString("start", ContractDate.Format(deadline.Start));
                w.WriteString("due", ContractDate.Format(deadline.Due.Date));
                w.WriteBoolean("provisional", deadline.Due.IsProvisional);
                w.WriteString("rule", deadline.Length.ToString());
                WriteCitation(w, deadline.Citation);
            });
        });
        writer.WriteEndObject();
    }

    // A reason's properties, and its own reasons, recursively.
    private static void WriteReason(Utf8JsonWriter writer, Reason reason)
    {
        writer.WriteString("criterion", reason.Criterion);
        writer.WriteString("criterionId", reason.CriterionId);
        writer.WriteString("result", CriteriaNames.Results.Name(reason.Result));
        WriteCitation(writer, reason.Citation);
        if (!reason.InForce)
        {
            writer.WriteBoolean("inForce", false);
        }

        writer.WriteObjects("reasons", reason.Reasons, WriteReason);
    }

    private static void WriteCitation(Utf8JsonWriter writer, Citation citation)
    {
        writer.WriteString("citation", citation.ToString());
        writer.WriteBoolean("verified", citation.Verified);
    }
}
