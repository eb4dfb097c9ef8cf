using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Rating;
using Safeguarding.Domain.Serialization;

namespace Safeguarding.Domain.Reporting;

/// <summary>
/// The difference between two snapshots of a plan, for committee papers: what improved, what worsened,
/// what is newly overdue and what is newly escalated since the last meeting.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Actions are matched by id (the first action with each id); statuses are
/// compared by the later snapshot's scheme.
/// </remarks>
public sealed class SnapshotComparison
{
    // Made by the library only, with an object initialiser that names each property.
    private SnapshotComparison()
    {
    }

    /// <summary>The earlier snapshot's date.</summary>
    public LocalDate From { get; private init; }

    /// <summary>The later snapshot's date.</summary>
    public LocalDate To { get; private init; }

    /// <summary>Every action's change, in the later snapshot's order, then removed actions.</summary>
    public ImmutableArray<ActionChange> Changes { get; private init; }

    /// <summary>The actions whose status improved.</summary>
    internal ImmutableArray<ActionChange> Improved => Changes.Where(c => c.Kind == ChangeKind.Improved).ToImmutableArray();

    /// <summary>The actions whose status worsened.</summary>
    internal ImmutableArray<ActionChange> Worsened => Changes.Where(c => c.Kind == ChangeKind.Worsened).ToImmutableArray();

    /// <summary>The actions overdue now and not before.</summary>
    internal ImmutableArray<ActionChange> NewlyOverdue => Changes.Where(c => c.NewlyOverdue).ToImmutableArray();

    /// <summary>The actions whose escalation level rose.</summary>
    internal ImmutableArray<ActionChange> NewlyEscalated => Changes.Where(c => c.NewlyEscalated).ToImmutableArray();

    /// <summary>Compares two snapshots.</summary>
    /// <param name="earlier">The earlier snapshot.</param>
    /// <param name="later">The later snapshot.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static SnapshotComparison Between(PlanSnapshot earlier, PlanSnapshot later)
    {
        Guard.Against.Null(earlier);
        Guard.Against.Null(later);
        if (ReferenceEquals(earlier.Plan, later.Plan) && ReferenceEquals(earlier.Scheme, later.Scheme))
        {
            return SamePlan(earlier, later);
        }

        var before = new Dictionary<string, ActionAssessment>(StringComparer.Ordinal);
        foreach (var a in earlier.Actions.Reverse())
        {
            before[a.Id] = a;
        }

        var scheme = later.Scheme;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var changes = ImmutableArray.CreateBuilder<ActionChange>();
        foreach (var now in later.Actions)
        {
            if (!seen.Add(now.Id))
            {
                continue;
            }

            if (!before.TryGetValue(now.Id, out var then))
            {
                changes.Add(new ActionChange(now.Id, null, now.Status, ChangeKind.Added, now.Overdue, EscalationLevel.None, now.Escalation));
                continue;
            }

            var kind = ChangeKind.Unchanged;
            if (scheme.Contains(then.Status))
            {
                int delta = scheme.Rank(now.Status) - scheme.Rank(then.Status);
                kind = delta > 0 ? ChangeKind.Improved : delta < 0 ? ChangeKind.Worsened : ChangeKind.Unchanged;
            }

            changes.Add(new ActionChange(now.Id, then.Status, now.Status, kind, now.Overdue && !then.Overdue, then.Escalation, now.Escalation));
        }

        foreach (var then in earlier.Actions)
        {
            if (seen.Add(then.Id))
            {
                changes.Add(new ActionChange(then.Id, then.Status, null, ChangeKind.Removed, false, then.Escalation, EscalationLevel.None));
            }
        }

        return new SnapshotComparison { From = earlier.AsOf, To = later.AsOf, Changes = changes.ToImmutable() };
    }

    /// <summary>
    /// Two snapshots of the same plan under the same scheme (a report and its earlier date): the same actions at
    /// the same positions, so each is matched by position (the first with its id), with no dictionary, no
    /// removed or added action, and statuses ranked by stage.
    /// </summary>
    private static SnapshotComparison SamePlan(PlanSnapshot earlier, PlanSnapshot later)
    {
        var plan = later.Plan;
        var scheme = later.Scheme;
        var first = plan.Index.Ids.ActionAt;
        var changes = ImmutableArray.CreateBuilder<ActionChange>(first.Count);
        for (int i = 0; i < plan.Actions.Length; i++)
        {
            string id = plan.Actions[i].Id;
            if (first[id] != i)
            {
                continue;
            }

            var thenStage = earlier.StageAt(i);
            var nowStage = later.StageAt(i);
            int delta = scheme.RankOf(nowStage) - scheme.RankOf(thenStage);
            var kind = delta > 0 ? ChangeKind.Improved : delta < 0 ? ChangeKind.Worsened : ChangeKind.Unchanged;
            changes.Add(ActionChange.Trusted(id, scheme.StatusOf(thenStage), scheme.StatusOf(nowStage), kind,
                nowStage == ActionStage.Overdue && thenStage != ActionStage.Overdue, earlier.EscalationAt(i), later.EscalationAt(i)));
        }

        return new SnapshotComparison { From = earlier.AsOf, To = later.AsOf, Changes = changes.MoveToImmutable() };
    }

    /// <summary>Returns the counts, for example <c>2020-08-01 -> 2020-11-01: 1 improved, 2 worsened, 1 newly overdue, 1 newly escalated</c>.</summary>
    /// <returns>The comparison as text.</returns>
    public override string ToString() =>
        $"{ContractDate.Format(From)} -> {ContractDate.Format(To)}: {Improved.Length} improved, {Worsened.Length} worsened, {NewlyOverdue.Length} newly overdue, {NewlyEscalated.Length} newly escalated";
}
