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
        writer.WriteStartArray("pendingChanges");
        foreach (var change in evaluation.PendingChanges)
        {
            writer.WriteStartObject();
            writer.WriteString("provision", change.Provision);
            writer.WriteString("title", change.Title);
            writer.WriteString("status", change.Status);
            WriteCitation(writer, change.Citation);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("determinations");
        foreach (var determination in evaluation.Determinations)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", VocabularyNames.Kinds.Name(determination.Kind));
            writer.WriteString("outcome", CriteriaNames.Outcomes.Name(determination.Outcome));
            writer.WriteStartArray("missingFacts");
            foreach (var fact in determination.MissingFacts)
            {
                writer.WriteStringValue(CaseFacts.WireName(fact));
            }

            writer.WriteEndArray();
            writer.WriteStartArray("reasons");
            foreach (var reason in determination.Reasons)
            {
                WriteReason(writer, reason);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("deadlines");
            foreach (var deadline in determination.Deadlines)
            {
                writer.WriteStartObject();
                writer.WriteString("clock", deadline.Clock);
                writer.WriteString("startsFrom", deadline.StartsFrom);
                writer.WriteString("start", ContractDate.Format(deadline.Start));
                writer.WriteString("due", ContractDate.Format(deadline.Due.Date));
                writer.WriteBoolean("provisional", deadline.Due.IsProvisional);
                writer.WriteString("rule", deadline.Length.ToString());
                WriteCitation(writer, deadline.Citation);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteReason(Utf8JsonWriter writer, Reason reason)
    {
        writer.WriteStartObject();
        writer.WriteString("criterion", reason.Criterion);
        writer.WriteString("criterionId", reason.CriterionId);
        writer.WriteString("result", CriteriaNames.Results.Name(reason.Result));
        WriteCitation(writer, reason.Citation);
        if (!reason.InForce)
        {
            writer.WriteBoolean("inForce", false);
        }

        writer.WriteStartArray("reasons");
        foreach (var child in reason.Reasons)
        {
            WriteReason(writer, child);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteCitation(Utf8JsonWriter writer, Citation citation)
    {
        writer.WriteString("citation", citation.ToString());
        writer.WriteBoolean("verified", citation.Verified);
    }
}
