using Safeguarding.Domain.Internal;
using Safeguarding.Domain.Serialization;

namespace Safeguarding.Domain.ActionPlans;

/// <summary>
/// Checks that an action plan traces: every recommendation answers known findings, every action answers
/// known recommendations, ids are unique, dependencies do not go round in a cycle, nothing is left
/// unaddressed without a recorded reason, and actions fall within the plan's horizon.
/// </summary>
/// <remarks>
/// Pure and thread-safe. Never throws for bad data: every problem is a <see cref="Issue"/> with
/// a JSON path into the plan document (<c>$.actions[2].recommendations[0]</c>). Issues come in document
/// order of the checks: findings, recommendations, actions, then cycles.
/// </remarks>
public static class PlanValidation
{
    /// <summary>Validates a plan.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>Every issue found; empty when the plan traces cleanly.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public static ImmutableArray<Issue> Validate(ActionPlan plan)
    {
        Guard.Against.Null(plan);
        return ValidateIndexed(plan, new PlanIds(plan));
    }

    /// <summary>Validates a plan whose ids are already looked up (a plan's index validates through this once).</summary>
    internal static ImmutableArray<Issue> ValidateIndexed(ActionPlan plan, PlanIds ids)
    {
        var issues = ImmutableArray.CreateBuilder<Issue>();
        var findingIds = ids.FindingAt;
        var recommendationIds = ids.RecommendationAt;
        var actionIds = ids.ActionAt;
        Duplicates(plan.Findings, f => f.Id, findingIds, "$.findings", "finding", issues);
        Duplicates(plan.Recommendations, r => r.Id, recommendationIds, "$.recommendations", "recommendation", issues);
        Duplicates(plan.Actions, a => a.Id, actionIds, "$.actions", "action", issues);

        for (int i = 0; i < plan.Findings.Length; i++)
        {
            var finding = plan.Findings[i];
            if (!ids.FindingAnswered[findingIds[finding.Id]] && finding.Rationale is null)
            {
                issues.Add(new Issue(IssuePaths.Index("$.findings", i), "finding-without-recommendation", IssueSeverity.Error,
                    $"Finding {Safe(finding.Id)} has no recommendation and no recorded rationale for having none."));
            }
        }

        for (int i = 0; i < plan.Recommendations.Length; i++)
        {
            var recommendation = plan.Recommendations[i];
            int at = i;
            string Path() => IssuePaths.Index("$.recommendations", at);
            if (recommendation.Findings.IsEmpty)
            {
                issues.Add(new Issue(Path() + ".findings", "recommendation-without-finding", IssueSeverity.Error,
                    $"Recommendation {Safe(recommendation.Id)} does not trace to any finding."));
            }

            UnknownIds(recommendation.Findings, findingIds, "$.recommendations", at, "findings", "finding", issues);

            if (!ids.RecommendationActed[recommendationIds[recommendation.Id]])
            {
                issues.Add(new Issue(Path(), "recommendation-without-actions", IssueSeverity.Warning,
                    $"Recommendation {Safe(recommendation.Id)} has no actions."));
            }
        }

        for (int i = 0; i < plan.Actions.Length; i++)
        {
            var action = plan.Actions[i];
            int at = i;
            string Path() => IssuePaths.Index("$.actions", at);
            if (action.Recommendations.IsEmpty)
            {
                issues.Add(new Issue(Path() + ".recommendations", "action-without-recommendation", IssueSeverity.Error,
                    $"Action {Safe(action.Id)} does not trace to any recommendation."));
            }

            UnknownIds(action.Recommendations, recommendationIds, "$.actions", at, "recommendations", "recommendation", issues);
            UnknownIds(action.DependsOn, actionIds, "$.actions", at, "dependsOn", "action", issues);

            if (plan.Horizon is { } horizon && action.TargetDate is { } target && target > horizon)
            {
                issues.Add(new Issue(Path() + ".targetDate", "action-past-horizon", IssueSeverity.Warning,
                    $"The target date {ContractDate.Format(target)} is after the plan's horizon {ContractDate.Format(horizon)}."));
            }

            if (action.StartedOn is { } started && action.CompletedOn is { } completed && completed < started)
            {
                issues.Add(new Issue(Path() + ".completedOn", "completed-before-started", IssueSeverity.Warning,
                    $"The completion date {ContractDate.Format(completed)} is before the start date {ContractDate.Format(started)}."));
            }
        }

        Cycles(plan, actionIds, issues);
        return issues.ToImmutable();
    }

    /// <summary>Whether the issues include any error (the plan is then not valid).</summary>
    /// <param name="issues">The issues.</param>
    /// <returns><see langword="true"/> when none has severity <see cref="IssueSeverity.Error"/>.</returns>
    public static bool IsValid(IEnumerable<Issue> issues) =>
        Guard.Against.Null(issues).All(i => i.Severity != IssueSeverity.Error);

    // A recommendation names findings, an action names recommendations and the actions it depends on: each must be in the
    // plan. The path (for example $.actions[2].dependsOn[0]) is formed only for an issue.
    private static void UnknownIds(
        ImmutableArray<string> named, Dictionary<string, int> known, string arrayPath, int at, string property, string what, ImmutableArray<Issue>.Builder issues)
    {
        for (int index = 0; index < named.Length; index++)
        {
            if (!known.ContainsKey(named[index]))
            {
                issues.Add(new Issue(IssuePaths.Index(IssuePaths.Index(arrayPath, at) + "." + property, index), "unknown-" + what, IssueSeverity.Error,
                    $"The plan has no {what} with this id."));
            }
        }
    }

    private static void Duplicates<T>(ImmutableArray<T> items, Func<T, string> id, Dictionary<string, int> firstAt, string arrayPath, string what, ImmutableArray<Issue>.Builder issues)
    {
        for (int index = 0; index < items.Length; index++)
        {
            string key = id(items[index]);
            if (firstAt[key] != index)
            {
                issues.Add(new Issue(IssuePaths.Index(arrayPath, index) + ".id", "duplicate-id", IssueSeverity.Error,
                    $"Another {what} already has the id {Safe(key)}."));
            }
        }
    }

    /// <summary>Reports each dependency cycle once, at the action where a depth-first walk closes it.</summary>
    private static void Cycles(ActionPlan plan, Dictionary<string, int> first, ImmutableArray<Issue>.Builder issues)
    {
        // 0 = unvisited, 1 = on the current path, 2 = done. Iterative, so a long chain cannot overflow the stack.
        var state = new int[plan.Actions.Length];
        var stack = new Stack<(int Node, int Next)>();
        for (int root = 0; root < plan.Actions.Length; root++)
        {
            if (state[root] != 0)
            {
                continue;
            }

            if (plan.Actions[root].DependsOn.IsEmpty)
            {
                state[root] = 2; // no edges: nothing to walk
                continue;
            }

            stack.Push((root, 0));
            state[root] = 1;
            while (stack.Count > 0)
            {
                var (node, next) = stack.Pop();
                var deps = plan.Actions[node].DependsOn;
                if (next >= deps.Length)
                {
                    state[node] = 2;
                    continue;
                }

                stack.Push((node, next + 1));
                if (!first.TryGetValue(deps[next], out int target))
                {
                    continue;
                }

                if (state[target] == 1)
                {
                    issues.Add(new Issue(IssuePaths.Index(IssuePaths.Index("$.actions", node) + ".dependsOn", next), "reference-cycle", IssueSeverity.Error,
                        $"Action {Safe(plan.Actions[node].Id)} depends, directly or through others, on itself."));
                }
                else if (state[target] == 0)
                {
                    state[target] = 1;
                    stack.Push((target, 0));
                }
            }
        }
    }

    // Ids are short identifiers (at most 64 characters); quoted so that a message stays one readable line.
    private static string Safe(string id) => "'" + id.Replace('\r', ' ').Replace('\n', ' ') + "'";
}
