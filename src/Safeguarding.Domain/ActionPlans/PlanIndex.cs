namespace Safeguarding.Domain.ActionPlans;

/// <summary>
/// The ids of a plan, looked up once: the first position of every finding, recommendation and action id,
/// and whether each (first) finding and recommendation is referenced at all. Validation reads nothing else.
/// </summary>
internal sealed class PlanIds
{
    public PlanIds(ActionPlan plan)
    {
        FindingAt = FirstPositions(plan.Findings, f => f.Id);
        RecommendationAt = FirstPositions(plan.Recommendations, r => r.Id);
        ActionAt = FirstPositions(plan.Actions, a => a.Id);

        FindingAnswered = new bool[plan.Findings.Length];
        foreach (var r in plan.Recommendations)
        {
            foreach (var id in r.Findings)
            {
                if (FindingAt.TryGetValue(id, out int at))
                {
                    FindingAnswered[at] = true;
                }
            }
        }

        RecommendationActed = new bool[plan.Recommendations.Length];
        foreach (var a in plan.Actions)
        {
            foreach (var id in a.Recommendations)
            {
                if (RecommendationAt.TryGetValue(id, out int at))
                {
                    RecommendationActed[at] = true;
                }
            }
        }
    }

    /// <summary>Each finding id's first position.</summary>
    public Dictionary<string, int> FindingAt { get; }

    /// <summary>Each recommendation id's first position.</summary>
    public Dictionary<string, int> RecommendationAt { get; }

    /// <summary>Each action id's first position.</summary>
    public Dictionary<string, int> ActionAt { get; }

    /// <summary>By a finding id's first position: whether any recommendation traces to it.</summary>
    public bool[] FindingAnswered { get; }

    /// <summary>By a recommendation id's first position: whether any action answers it.</summary>
    public bool[] RecommendationActed { get; }

    private static Dictionary<string, int> FirstPositions<T>(ImmutableArray<T> items, Func<T, string> id)
    {
        var at = new Dictionary<string, int>(items.Length, StringComparer.Ordinal);
        for (int i = items.Length - 1; i >= 0; i--)
        {
            at[id(items[i])] = i; // from the end, so the first position is the one left
        }

        return at;
    }
}

/// <summary>
/// Everything about an (immutable) plan that does not depend on the date of a snapshot, computed once per
/// plan and shared by validation, every snapshot and the trend: the ids, the validation issues, which
/// actions roll up to which recommendation and which recommendations to which finding, the agencies, and
/// each action's timeline (the dates on which its derived stage can change).
/// </summary>
/// <remarks>Immutable once built, so any number of threads may read it.</remarks>
internal sealed class PlanIndex
{
    public PlanIndex(ActionPlan plan)
    {
        Ids = new PlanIds(plan);
        Validation = PlanValidation.ValidateIndexed(plan, Ids);

        // Each recommendation id's actions (each action once, however often it lists the id), by the id's
        // first position, as one flat array cut by offsets.
        var actions = plan.Actions;
        var recommendationAt = Ids.RecommendationAt;
        var actionCount = new int[plan.Recommendations.Length + 1];
        ForEachDistinct(actions, a => a.Recommendations, recommendationAt, (group, _) => actionCount[group + 1]++);
        RecommendationActionsStart = Offsets(actionCount);
        RecommendationActions = new int[RecommendationActionsStart[plan.Recommendations.Length]];
        var fill = (int[])RecommendationActionsStart.Clone();
        ForEachDistinct(actions, a => a.Recommendations, recommendationAt, (group, item) => RecommendationActions[fill[group]++] = item);

        // Each finding id's recommendations (every position, duplicates of an id included), likewise.
        var findingAt = Ids.FindingAt;
        var recommendationCount = new int[plan.Findings.Length + 1];
        ForEachDistinct(plan.Recommendations, r => r.Findings, findingAt, (group, _) => recommendationCount[group + 1]++);
        FindingRecommendationsStart = Offsets(recommendationCount);
        FindingRecommendations = new int[FindingRecommendationsStart[plan.Findings.Length]];
        fill = (int[])FindingRecommendationsStart.Clone();
        ForEachDistinct(plan.Recommendations, r => r.Findings, findingAt, (group, item) => FindingRecommendations[fill[group]++] = item);

        for (int i = 0; i < plan.Recommendations.Length; i++)
        {
            int group = recommendationAt[plan.Recommendations[i].Id];
            if (RecommendationActionsStart[group + 1] == RecommendationActionsStart[group])
            {
                RecommendationsWithoutActions++;
            }
        }

        var agencies = ImmutableArray.CreateBuilder<string>();
        AgencyAt = new Dictionary<string, int>(StringComparer.Ordinal);
        ActionAgency = new int[actions.Length];
        Timelines = new ActionTimeline[actions.Length];
        for (int i = 0; i < actions.Length; i++)
        {
            var action = actions[i];
            if (!AgencyAt.TryGetValue(action.Owner, out int agency))
            {
                agency = agencies.Count;
                AgencyAt.Add(action.Owner, agency);
                agencies.Add(action.Owner);
            }

            ActionAgency[i] = agency;
            Timelines[i] = ActionTimeline.Of(action);
        }

        Agencies = agencies.ToImmutable();
    }

    /// <summary>The ids.</summary>
    public PlanIds Ids { get; }

    /// <summary>The plan's validation issues (the same as <see cref="PlanValidation.Validate(ActionPlan)"/>).</summary>
    public ImmutableArray<Issue> Validation { get; }

    /// <summary>Offsets into <see cref="RecommendationActions"/> by a recommendation id's first position (one more entry than recommendations).</summary>
    public int[] RecommendationActionsStart { get; }

    /// <summary>Action positions, grouped by the first position of the recommendation id they answer, in plan order.</summary>
    public int[] RecommendationActions { get; }

    /// <summary>Offsets into <see cref="FindingRecommendations"/> by a finding id's first position.</summary>
    public int[] FindingRecommendationsStart { get; }

    /// <summary>Recommendation positions, grouped by the first position of the finding id they trace to, in plan order.</summary>
    public int[] FindingRecommendations { get; }

    /// <summary>How many recommendations (positions) have no action: each rolls up into the plan at the worst status.</summary>
    public int RecommendationsWithoutActions { get; }

    /// <summary>The distinct owner agencies in order of first appearance.</summary>
    public ImmutableArray<string> Agencies { get; }

    /// <summary>Each agency's position in <see cref="Agencies"/>.</summary>
    public Dictionary<string, int> AgencyAt { get; }

    /// <summary>Each action's agency position.</summary>
    public int[] ActionAgency { get; }

    /// <summary>Each action's timeline.</summary>
    public ActionTimeline[] Timelines { get; }

    private static int[] Offsets(int[] counts)
    {
        for (int i = 1; i < counts.Length; i++)
        {
            counts[i] += counts[i - 1];
        }

        return counts;
    }

    // Calls back (group, item) for each item and each distinct known id it lists, in order.
    private static void ForEachDistinct<T>(ImmutableArray<T> items, Func<T, ImmutableArray<string>> ids, Dictionary<string, int> at, Action<int, int> each)
    {
        for (int item = 0; item < items.Length; item++)
        {
            var list = ids(items[item]);
            for (int i = 0; i < list.Length; i++)
            {
                if (i > 0 && list.IndexOf(list[i], 0, i, StringComparer.Ordinal) >= 0)
                {
                    continue; // listed twice: counts once
                }

                if (at.TryGetValue(list[i], out int group))
                {
                    each(group, item);
                }
            }
        }
    }
}
