using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;
using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Rating;

namespace Safeguarding.Domain.Reporting;

/// <summary>
/// A whole plan's position on one date, as a committee paper reports it: validation, every action's
/// assessment, the statuses rolled up to recommendations, findings and the plan, and the summary counts.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe. Taking a snapshot never throws for bad data: an invalid plan still gets
/// every status that can be computed, and <see cref="IsValid"/> says whether any validation error was found.</para>
/// <para>Roll-up (contract): a recommendation's status rolls up its actions' (a recommendation with no
/// actions is at the scheme's worst status: nothing is being done about it); a finding's rolls up its
/// recommendations' (none for a finding closed with a rationale); the plan's rolls up every action's plus
/// those of recommendations without actions. With the default scheme this is worst-of throughout.</para>
/// </remarks>
public sealed class PlanSnapshot
{
    private PlanSnapshot(
        ActionPlan plan, LocalDate asOf, RatingScheme scheme, EscalationPolicy policy, ImmutableArray<ValidationIssue> validation,
        ImmutableArray<ActionAssessment> actions, ImmutableArray<RolledUpStatus> recommendations, ImmutableArray<RolledUpStatus> findings, string? status)
    {
        Plan = plan;
        AsOf = asOf;
        Scheme = scheme;
        Policy = policy;
        Validation = validation;
        Actions = actions;
        Recommendations = recommendations;
        Findings = findings;
        Status = status;
    }

    /// <summary>The plan assessed.</summary>
    public ActionPlan Plan { get; }

    /// <summary>The date of the snapshot.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The rating scheme used.</summary>
    public RatingScheme Scheme { get; }

    /// <summary>The escalation policy used.</summary>
    public EscalationPolicy Policy { get; }

    /// <summary>The plan's traceability issues.</summary>
    public ImmutableArray<ValidationIssue> Validation { get; }

    /// <summary>Whether no validation issue is an error.</summary>
    public bool IsValid => PlanValidation.IsValid(Validation);

    /// <summary>Every action's assessment, in the plan's order.</summary>
    public ImmutableArray<ActionAssessment> Actions { get; }

    /// <summary>Every recommendation's rolled-up status, in the plan's order.</summary>
    public ImmutableArray<RolledUpStatus> Recommendations { get; }

    /// <summary>Every finding's rolled-up status, in the plan's order.</summary>
    public ImmutableArray<RolledUpStatus> Findings { get; }

    /// <summary>The plan's rolled-up status; <see langword="null"/> for a plan with nothing to roll up.</summary>
    public string? Status { get; }

    /// <summary>How many actions are overdue.</summary>
    public int OverdueCount => Actions.Count(a => a.Overdue);

    /// <summary>How many actions have an update pending.</summary>
    public int UpdatePendingCount => Actions.Count(a => a.UpdatePending);

    /// <summary>How many actions are escalated to any level.</summary>
    public int EscalatedCount => Actions.Count(a => a.Escalation != EscalationLevel.None);

    /// <summary>How many actions have a discrepancy.</summary>
    public int DiscrepancyCount => Actions.Count(a => !a.Discrepancies.IsEmpty);

    /// <summary>Takes a snapshot with the default scheme and escalation policy.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The snapshot.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public static PlanSnapshot Take(ActionPlan plan, LocalDate asOf) =>
        Take(plan, asOf, RatingScheme.BlueRedAmberGreen, EscalationPolicy.Default);

    /// <summary>Takes a snapshot.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="scheme">The rating scheme.</param>
    /// <param name="policy">The escalation policy.</param>
    /// <returns>The snapshot.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static PlanSnapshot Take(ActionPlan plan, LocalDate asOf, RatingScheme scheme, EscalationPolicy policy)
    {
        Guard.Against.Null(plan);
        Guard.Against.Null(scheme);
        Guard.Against.Null(policy);
        var validation = PlanValidation.Validate(plan);
        var assessed = ImmutableArray.CreateBuilder<ActionAssessment>(plan.Actions.Length);
        var byRecommendation = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var action in plan.Actions)
        {
            var assessment = ActionAssessment.AssessChecked(action, asOf, plan.ReportingCycle, plan.AgreedOn, scheme, policy);
            assessed.Add(assessment);
            var ids = action.Recommendations;
            for (int i = 0; i < ids.Length; i++)
            {
                if (ids.IndexOf(ids[i], 0, i, StringComparer.Ordinal) >= 0)
                {
                    continue; // an action listing a recommendation twice counts once
                }

                if (!byRecommendation.TryGetValue(ids[i], out var list))
                {
                    list = new List<string>();
                    byRecommendation.Add(ids[i], list);
                }

                list.Add(assessment.Status);
            }
        }

        var actions = assessed.MoveToImmutable();

        var recommendations = plan.Recommendations.Select(r =>
        {
            var children = byRecommendation.TryGetValue(r.Id, out var list) ? list : new List<string>();
            return new RolledUpStatus(r.Id, children.Count == 0 ? scheme.Worst : scheme.RollUpOf(children), children.Count);
        }).ToImmutableArray();

        var recommendationStatus = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in recommendations)
        {
            if (!recommendationStatus.ContainsKey(r.Id))
            {
                recommendationStatus[r.Id] = r.Status!;
            }
        }

        // Each recommendation's status under each finding it traces to, gathered in one pass (not per finding).
        var byFinding = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var r in plan.Recommendations)
        {
            foreach (var id in r.Findings.Distinct(StringComparer.Ordinal))
            {
                if (!byFinding.TryGetValue(id, out var list))
                {
                    list = new List<string>();
                    byFinding.Add(id, list);
                }

                list.Add(recommendationStatus[r.Id]);
            }
        }

        var findings = plan.Findings.Select(f =>
        {
            var children = byFinding.TryGetValue(f.Id, out var list) ? list : new List<string>();
            return new RolledUpStatus(f.Id, scheme.RollUpOf(children), children.Count);
        }).ToImmutableArray();

        var all = actions.Select(a => a.Status).Concat(recommendations.Where(r => r.Children == 0).Select(r => r.Status!));
        return new PlanSnapshot(plan, asOf, scheme, policy, validation, actions, recommendations, findings, scheme.RollUpOf(all));
    }

    /// <summary>How many actions have a status.</summary>
    /// <param name="status">A status name of the scheme.</param>
    /// <returns>The count; 0 for a name the scheme does not have.</returns>
    public int CountOf(string status) => Actions.Count(a => string.Equals(a.Status, status, StringComparison.Ordinal));

    /// <summary>How many of one agency's actions have a status.</summary>
    /// <param name="agency">The owner agency.</param>
    /// <param name="status">A status name of the scheme.</param>
    /// <returns>The count.</returns>
    public int CountOf(string agency, string status) =>
        Actions.Count(a => string.Equals(a.Owner, agency, StringComparison.Ordinal) && string.Equals(a.Status, status, StringComparison.Ordinal));

    /// <summary>Returns the date, the plan's status and the counts, for example <c>2020-11-01 amber: 3 actions, 1 overdue</c>.</summary>
    /// <returns>The snapshot as text.</returns>
    public override string ToString() =>
        PlanText.Iso(AsOf) + " " + (Status ?? "none") + ": " + Actions.Length + " actions, " + OverdueCount + " overdue";
}
