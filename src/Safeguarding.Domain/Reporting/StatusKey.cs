using Safeguarding.Domain.Rating;

namespace Safeguarding.Domain.Reporting;

/// <summary>
/// The key of a report: what each status of a rating scheme means, in words, derived from the scheme's own
/// mapping of an action's stage to a status (so a council's scheme gets its own key, never the default one's).
/// </summary>
internal static class StatusKey
{
    /// <summary>Every status of the scheme, worst first, with what it means.</summary>
    public static ImmutableArray<(string Status, string Meaning)> Of(RatingScheme scheme)
    {
        var stages = new[] { ActionStage.NotStarted, ActionStage.InProgress, ActionStage.Overdue, ActionStage.Completed, ActionStage.Embedded };
        var key = ImmutableArray.CreateBuilder<(string, string)>(scheme.Statuses.Length);
        foreach (var status in scheme.Statuses)
        {
            var meanings = new List<string>();
            foreach (var stage in stages.Where(x => scheme.StatusOf(x) == status))
            {
                meanings.Add(Meaning(stage));
            }

            if (status == scheme.Worst)
            {
                meanings.Add("a recommendation with no actions");
            }

            key.Add((status, meanings.Count == 0 ? "no action is given this status by its facts (it can be reported, not derived)" : string.Join("; or ", meanings)));
        }

        return key.MoveToImmutable();
    }

    private static string Meaning(ActionStage stage) => stage switch
    {
        ActionStage.NotStarted => "not started (no start date and no evidence), target date not passed",
        ActionStage.InProgress => "started and not completed, on or before its target date",
        ActionStage.Overdue => "not completed and past its target date",
        ActionStage.Completed => "completed, with no evidence of impact yet",
        _ => "completed, with evidence of impact: the change is embedded in practice",
    };
}
