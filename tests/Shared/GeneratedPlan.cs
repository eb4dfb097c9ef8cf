using System.Linq;
using NodaTime;
using Safeguarding.Domain.ActionPlans;

namespace Safeguarding.Tests.Shared;

/// <summary>
/// The plan the report benchmarks measure and the allocation tests bound (one generator, linked into both projects):
/// five actions a recommendation, two recommendations a finding, dated facts throughout.
/// </summary>
internal static class GeneratedPlan
{
    public static ActionPlan Build(string review, int recommendations, int actionsEach)
    {
        var start = new LocalDate(2020, 1, 1);
        var findings = Enumerable.Range(1, recommendations / 2).Select(i => new Finding("F" + i, null, null)).ToList();
        var recs = Enumerable.Range(1, recommendations).Select(i => new Recommendation("R" + i, new[] { "F" + (((i - 1) % findings.Count) + 1) }, null)).ToList();
        var actions = (from r in Enumerable.Range(1, recommendations)
                       from a in Enumerable.Range(1, actionsEach)
                       select new PlanAction(
                           r + "." + a, new[] { "R" + r }, "agency-" + (a % 4), start.PlusDays(((r * 17) + (a * 31)) % 1500), start.PlusDays(a * 10), a % 3 == 0 ? start.PlusDays(300) : null,
                           new[] { new Evidence(EvidenceKind.Output, start.PlusDays(a * 20), null), new Evidence(a % 2 == 0 ? EvidenceKind.Impact : EvidenceKind.Output, start.PlusDays(400), null) },
                           Enumerable.Range(0, 6).Select(q => new StatusUpdate(start.PlusMonths(q * 3), (ReportedStatus)(q % 5), null)).ToArray())).ToList();
        return new ActionPlan(review, Period.FromMonths(3), start, null, findings, recs, actions);
    }
}
