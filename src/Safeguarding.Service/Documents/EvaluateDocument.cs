using Safeguarding.Domain.Criteria;

namespace Safeguarding.Service.Documents;

/// <summary>
/// <c>evaluate</c> for one case facts document: read it, evaluate it under the rules in force on its decision date.
/// The command line (single and <c>--batch</c>) and <c>POST /v1/evaluate</c> all call this.
/// </summary>
internal static class EvaluateDocument
{
    /// <summary>Reads and evaluates one document; each commencement switches on a provision not yet in force, for planning.</summary>
    public static Result<Evaluation> Compute(ReadOnlyMemory<byte> utf8, IReadOnlyList<Commencement>? commencements = null)
    {
        var read = CaseFactsJson.Read(utf8);
        if (!read.Success)
        {
            return Result<Evaluation>.Fail(read.Errors);
        }

        var options = read.Value.Options;
        foreach (var given in commencements ?? Array.Empty<Commencement>())
        {
            options = options.WithCommencement(given);
        }

        return CriteriaEvaluator.Evaluate(read.Value.Facts, options);
    }

    /// <summary>
    /// Reads commencements (<c>provision=date</c>, as <c>evaluate --commencement vpa-2024-s19=2027-04-01</c>) with the
    /// library's own rule (<see cref="Commencement.Parse"/>), so the command line and the service refuse the same values.
    /// A provision given twice is a usage error the caller reports (see <see cref="HasRepeatedProvision"/>).
    /// </summary>
    public static List<Commencement> ReadCommencements(IEnumerable<string>? texts, string name, List<Issue> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var list = new List<Commencement>();
        foreach (string text in texts ?? Array.Empty<string>())
        {
            var given = Commencement.Parse(text, name);
            if (!given.Success)
            {
                errors.AddRange(given.Errors);
            }
            else
            {
                list.Add(given.Value);
            }
        }

        return list;
    }

    /// <summary>Whether a provision is commenced more than once.</summary>
    public static bool HasRepeatedProvision(IReadOnlyList<Commencement> commencements)
    {
        ArgumentNullException.ThrowIfNull(commencements);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in commencements)
        {
            if (!seen.Add(c.Provision))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The contract's JSON output.</summary>
    public static DocumentAnswer Json(ReadOnlyMemory<byte> utf8) => Json(utf8, null);

    /// <summary>The contract's JSON output, with commencements.</summary>
    public static DocumentAnswer Json(ReadOnlyMemory<byte> utf8, IReadOnlyList<Commencement>? commencements) =>
        DocumentAnswer.From(Compute(utf8, commencements), EvaluationJson.ToJson, _ => true);
}
