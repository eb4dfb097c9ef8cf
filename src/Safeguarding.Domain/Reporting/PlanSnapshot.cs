using System.Threading;
using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Rating;
using Safeguarding.Domain.Serialization;

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
    // Always known: the count of actions at each status (by rank), the overdue count and the plan's status.
    // A trend point knows only these; its per-action assessments and roll-ups are computed when first read.
    private readonly int[] _countByRank;
    private readonly int _overdue;
    private readonly byte[]? _stages;
    private readonly byte[]? _levels;
    private Details? _details;
    private int[]? _countByAgencyAndRank;

    private PlanSnapshot(
        ActionPlan plan, LocalDate asOf, RatingScheme scheme, EscalationPolicy policy, ImmutableArray<Issue> validation,
        int[] countByRank, int overdue, string? status, Details? details, byte[]? stages = null, byte[]? levels = null)
    {
        _stages = stages;
        _levels = levels;
        Plan = plan;
        AsOf = asOf;
        Scheme = scheme;
        Policy = policy;
        Validation = validation;
        _countByRank = countByRank;
        _overdue = overdue;
        Status = status;
        _details = details;
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
    public ImmutableArray<Issue> Validation { get; }

    /// <summary>Whether no validation issue is an error.</summary>
    public bool IsValid => PlanValidation.IsValid(Validation);

    /// <summary>Every action's assessment, in the plan's order.</summary>
    public ImmutableArray<ActionAssessment> Actions => Detail.Actions;

    /// <summary>Every recommendation's rolled-up status, in the plan's order.</summary>
    public ImmutableArray<RolledUpStatus> Recommendations => Detail.Recommendations;

    /// <summary>Every finding's rolled-up status, in the plan's order.</summary>
    public ImmutableArray<RolledUpStatus> Findings => Detail.Findings;

    /// <summary>The plan's rolled-up status; <see langword="null"/> for a plan with nothing to roll up.</summary>
    public string? Status { get; }

    /// <summary>How many actions are overdue.</summary>
    public int OverdueCount => _overdue;

    /// <summary>How many actions have an update pending.</summary>
    public int UpdatePendingCount => Count(a => a.UpdatePending);

    /// <summary>How many actions are escalated to any level.</summary>
    public int EscalatedCount => Count(a => a.Escalation != EscalationLevel.None);

    /// <summary>How many actions have a discrepancy.</summary>
    public int DiscrepancyCount => Count(a => a.HasDiscrepancy);

    private Details Detail
    {
        get
        {
            if (_details is null)
            {
                // A trend point read in full: the same computation as a snapshot taken on its date.
                Interlocked.CompareExchange(ref _details, Compute(Plan, AsOf, Scheme, Policy)._details, null);
            }

            return _details!;
        }
    }

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
        return Compute(plan, asOf, scheme, policy);
    }

    /// <summary>
    /// A point of a trend: the counts by status, the overdue count and the plan's status on a date, derived
    /// from each action's timeline (a few date comparisons an action, no assessment and no allocation per
    /// action). Its <see cref="Actions"/>, <see cref="Recommendations"/> and <see cref="Findings"/> are those
    /// of <see cref="Take(ActionPlan, LocalDate, RatingScheme, EscalationPolicy)"/> on the same date, computed when first read.
    /// </summary>
    internal static PlanSnapshot TrendPoint(ActionPlan plan, LocalDate asOf, RatingScheme scheme, EscalationPolicy policy)
    {
        var index = plan.Index;
        var counts = new int[scheme.Statuses.Length];
        int overdue = 0;
        var timelines = index.Timelines;
        for (int i = 0; i < timelines.Length; i++)
        {
            var stage = timelines[i].StageOn(asOf);
            counts[scheme.RankOf(stage)]++;
            if (stage == ActionStage.Overdue)
            {
                overdue++;
            }
        }

        return new PlanSnapshot(plan, asOf, scheme, policy, index.Validation, counts, overdue, PlanStatus(index, scheme, counts), null);
    }

    /// <summary>
    /// A snapshot to compare against (the report's earlier date): each action's stage and escalation level
    /// kept as two bytes, no assessment object; its <see cref="Actions"/>, <see cref="Recommendations"/> and
    /// <see cref="Findings"/> are those of <see cref="Take(ActionPlan, LocalDate, RatingScheme, EscalationPolicy)"/>, computed when first read.
    /// </summary>
    internal static PlanSnapshot ForComparison(ActionPlan plan, LocalDate asOf, RatingScheme scheme, EscalationPolicy policy)
    {
        var index = plan.Index;
        var boundaries = new CycleBoundaries(asOf, plan.ReportingCycle);
        var counts = new int[scheme.Statuses.Length];
        int overdue = 0;
        var stages = new byte[plan.Actions.Length];
        var levels = new byte[stages.Length];
        for (int i = 0; i < stages.Length; i++)
        {
            var core = ActionAssessment.AssessCore(plan.Actions[i], index.Timelines[i], boundaries, plan.AgreedOn, scheme, policy);
            stages[i] = (byte)core.Stage;
            levels[i] = (byte)core.Escalation;
            counts[scheme.RankOf(core.Stage)]++;
            if (core.Stage == ActionStage.Overdue)
            {
                overdue++;
            }
        }

        return new PlanSnapshot(plan, asOf, scheme, policy, index.Validation, counts, overdue, PlanStatus(index, scheme, counts), null, stages, levels);
    }

    /// <summary>The stage of the action at a position, without its assessment object where the snapshot has none.</summary>
    internal ActionStage StageAt(int position) => _stages is { } stages ? (ActionStage)stages[position] : Actions[position].Stage;

    /// <summary>The escalation level of the action at a position, likewise.</summary>
    internal EscalationLevel EscalationAt(int position) => _levels is { } levels ? (EscalationLevel)levels[position] : Actions[position].Escalation;

    private static PlanSnapshot Compute(ActionPlan plan, LocalDate asOf, RatingScheme scheme, EscalationPolicy policy)
    {
        var index = plan.Index;
        var ids = index.Ids;
        var boundaries = new CycleBoundaries(asOf, plan.ReportingCycle);
        var counts = new int[scheme.Statuses.Length];
        int overdue = 0;
        var assessed = ImmutableArray.CreateBuilder<ActionAssessment>(plan.Actions.Length);
        var rankOfAction = new int[plan.Actions.Length];
        for (int i = 0; i < rankOfAction.Length; i++)
        {
            var assessment = ActionAssessment.AssessChecked(plan.Actions[i], index.Timelines[i], boundaries, plan.AgreedOn, scheme, policy);
            assessed.Add(assessment);
            int rank = scheme.RankOf(assessment.Stage);
            rankOfAction[i] = rank;
            counts[rank]++;
            if (assessment.Overdue)
            {
                overdue++;
            }
        }

        // A recommendation id's status rolls up its actions'; none is the worst status. Computed once per id (first position).
        var histogram = new int[counts.Length];
        var rankOfRecommendation = new int[plan.Recommendations.Length];
        var recommendations = ImmutableArray.CreateBuilder<RolledUpStatus>(plan.Recommendations.Length);
        for (int i = 0; i < rankOfRecommendation.Length; i++)
        {
            var recommendation = plan.Recommendations[i];
            int group = ids.RecommendationAt[recommendation.Id];
            int start = index.RecommendationActionsStart[group];
            int children = index.RecommendationActionsStart[group + 1] - start;
            if (group == i)
            {
                rankOfRecommendation[i] = children == 0 ? 0 : RollUp(scheme, histogram, index.RecommendationActions, start, children, rankOfAction);
            }

            rankOfRecommendation[i] = rankOfRecommendation[group];
            recommendations.Add(new RolledUpStatus(recommendation.Id, scheme.Statuses[rankOfRecommendation[i]], children));
        }

        // A finding's status rolls up its recommendations'; none for a finding without any.
        var findings = ImmutableArray.CreateBuilder<RolledUpStatus>(plan.Findings.Length);
        for (int i = 0; i < plan.Findings.Length; i++)
        {
            var finding = plan.Findings[i];
            int group = ids.FindingAt[finding.Id];
            int start = index.FindingRecommendationsStart[group];
            int children = index.FindingRecommendationsStart[group + 1] - start;
            string? status = children == 0 ? null : scheme.Statuses[RollUp(scheme, histogram, index.FindingRecommendations, start, children, rankOfRecommendation)];
            findings.Add(new RolledUpStatus(finding.Id, status, children));
        }

        var details = new Details(assessed.MoveToImmutable(), recommendations.MoveToImmutable(), findings.MoveToImmutable());
        return new PlanSnapshot(plan, asOf, scheme, policy, index.Validation, counts, overdue, PlanStatus(index, scheme, counts), details);
    }

    /// <summary>
    /// The snapshot as first written, kept as the oracle that tests compare the indexed snapshot and the trend
    /// points with: validation, every action assessed from scratch, roll-ups through lists of status names.
    /// </summary>
    internal static PlanSnapshot TakeFromScratch(ActionPlan plan, LocalDate asOf, RatingScheme scheme, EscalationPolicy policy)
    {
        var validation = PlanValidation.Validate(plan);
        var assessed = ImmutableArray.CreateBuilder<ActionAssessment>(plan.Actions.Length);
        var byRecommendation = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var action in plan.Actions)
        {
            var assessment = ActionAssessment.AssessFromScratch(action, asOf, plan.ReportingCycle, plan.AgreedOn, scheme, policy);
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
        var counts = scheme.Statuses.Select(status => actions.Count(a => a.Status == status)).ToArray();
        return new PlanSnapshot(plan, asOf, scheme, policy, validation, counts, actions.Count(a => a.Overdue), scheme.RollUpOf(all),
            new Details(actions, recommendations, findings));
    }

    // The plan rolls up every action's status and, at the worst status, every recommendation without actions.
    private static string? PlanStatus(PlanIndex index, RatingScheme scheme, int[] counts)
    {
        int total = index.RecommendationsWithoutActions;
        foreach (int count in counts)
        {
            total += count;
        }

        counts[0] += index.RecommendationsWithoutActions;
        int rank = scheme.RollUpRank(counts, total);
        counts[0] -= index.RecommendationsWithoutActions;
        return rank < 0 ? null : scheme.Statuses[rank];
    }

    private static int RollUp(RatingScheme scheme, int[] histogram, int[] members, int start, int count, int[] rankOf)
    {
        for (int k = start; k < start + count; k++)
        {
            histogram[rankOf[members[k]]]++;
        }

        int rank = scheme.RollUpRank(histogram, count);
        for (int k = start; k < start + count; k++)
        {
            histogram[rankOf[members[k]]] = 0;
        }

        return rank;
    }

    /// <summary>How many actions have a status.</summary>
    /// <param name="status">A status name of the scheme.</param>
    /// <returns>The count; 0 for a name the scheme does not have.</returns>
    internal int CountOf(string status) => status is not null && Scheme.Contains(status) ? _countByRank[Scheme.Rank(status)] : 0;

    /// <summary>How many of one agency's actions have a status.</summary>
    /// <param name="agency">The owner agency.</param>
    /// <param name="status">A status name of the scheme.</param>
    /// <returns>The count.</returns>
    internal int CountOf(string agency, string status)
    {
        var index = Plan.Index;
        if (agency is null || status is null || !Scheme.Contains(status) || !index.AgencyAt.TryGetValue(agency, out int at))
        {
            return 0;
        }

        int statuses = Scheme.Statuses.Length;
        if (_countByAgencyAndRank is null)
        {
            var table = new int[index.Agencies.Length * statuses];
            var actions = Actions;
            for (int i = 0; i < actions.Length; i++)
            {
                table[(index.ActionAgency[i] * statuses) + Scheme.RankOf(actions[i].Stage)]++;
            }

            Interlocked.CompareExchange(ref _countByAgencyAndRank, table, null);
        }

        return _countByAgencyAndRank![(at * statuses) + Scheme.Rank(status)];
    }

    /// <summary>Returns the date, the plan's status and the counts, for example <c>2020-11-01 amber: 3 actions, 1 overdue</c>.</summary>
    /// <returns>The snapshot as text.</returns>
    public override string ToString() =>
        ContractDate.Format(AsOf) + " " + (Status ?? "none") + ": " + Plan.Actions.Length + " actions, " + OverdueCount + " overdue";

    private int Count(Func<ActionAssessment, bool> predicate)
    {
        int count = 0;
        foreach (var action in Actions)
        {
            if (predicate(action))
            {
                count++;
            }
        }

        return count;
    }

    private sealed class Details
    {
        public Details(ImmutableArray<ActionAssessment> actions, ImmutableArray<RolledUpStatus> recommendations, ImmutableArray<RolledUpStatus> findings)
        {
            Actions = actions;
            Recommendations = recommendations;
            Findings = findings;
        }

        public ImmutableArray<ActionAssessment> Actions { get; }

        public ImmutableArray<RolledUpStatus> Recommendations { get; }

        public ImmutableArray<RolledUpStatus> Findings { get; }
    }
}
