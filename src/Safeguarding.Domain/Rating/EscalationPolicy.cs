using Safeguarding.Domain.ActionPlans;

namespace Safeguarding.Domain.Rating;

/// <summary>
/// A partnership's escalation policy for lagging actions, as data: a threshold for each of the levels
/// <c>lead-officer</c>, <c>subgroup</c> and <c>board</c>. An action's level is the highest whose threshold fires.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe. Escalation stages and their timescales are set locally (fact sheet,
/// section 9: resolve at the lowest level possible; stages may be skipped when risk is immediate), so
/// every figure here is a parameter. <see cref="Default"/>:</para>
/// <list type="table">
/// <listheader><term>level</term><description>fires at (any one)</description></listheader>
/// <item><term><c>lead-officer</c></term><description>1 day overdue; 1 whole cycle without an update; 1 whole cycle at red</description></item>
/// <item><term><c>subgroup</c></term><description>30 days overdue; 2 cycles without an update; 2 cycles at red</description></item>
/// <item><term><c>board</c></term><description>90 days overdue; 3 cycles without an update; 3 cycles at red</description></item>
/// </list>
/// <para>The level is monotone by construction: every trigger is an "at least" test, and the level is the
/// highest that fires, so more days overdue, more cycles without an update or more cycles at red never lower it.
/// Embedded actions (closed) are never escalated.</para>
/// </remarks>
public sealed class EscalationPolicy : IEquatable<EscalationPolicy>
{
    /// <summary>Creates a policy.</summary>
    /// <param name="leadOfficer">When to raise with the lead officer.</param>
    /// <param name="subgroup">When to raise with the subgroup.</param>
    /// <param name="board">When to raise with the board.</param>
    /// <exception cref="ArgumentNullException">A threshold is null.</exception>
    public EscalationPolicy(EscalationThreshold leadOfficer, EscalationThreshold subgroup, EscalationThreshold board)
    {
        LeadOfficer = Guard.Against.Null(leadOfficer);
        Subgroup = Guard.Against.Null(subgroup);
        Board = Guard.Against.Null(board);
    }

    /// <summary>The documented default policy (see the remarks).</summary>
    public static EscalationPolicy Default { get; } = new(new EscalationThreshold(1, 1, 1), new EscalationThreshold(30, 2, 2), new EscalationThreshold(90, 3, 3));

    /// <summary>The threshold for <c>lead-officer</c>.</summary>
    public EscalationThreshold LeadOfficer { get; }

    /// <summary>The threshold for <c>subgroup</c>.</summary>
    public EscalationThreshold Subgroup { get; }

    /// <summary>The threshold for <c>board</c>.</summary>
    public EscalationThreshold Board { get; }

    /// <summary>The level reached, and the reasons, for the given measures.</summary>
    /// <param name="daysOverdue">Calendar days overdue (0 when not overdue).</param>
    /// <param name="cyclesWithoutUpdate">Whole reporting cycles without an update.</param>
    /// <param name="cyclesAtRed">Whole reporting cycles at the worst status.</param>
    /// <param name="reasons">Why, one entry per trigger that fired at the level reached, in words without free text.</param>
    /// <returns>The highest level whose threshold fires; <see cref="EscalationLevel.None"/> when none does.</returns>
    internal EscalationLevel LevelFor(int daysOverdue, int cyclesWithoutUpdate, int cyclesAtRed, out ImmutableArray<string> reasons)
    {
        var level = LevelOf(daysOverdue, cyclesWithoutUpdate, cyclesAtRed);
        reasons = ReasonsFor(level, daysOverdue, cyclesWithoutUpdate, cyclesAtRed);
        return level;
    }

    /// <summary>The level reached, without the reasons (no text is formed: this runs for every action of large plans).</summary>
    internal EscalationLevel LevelOf(int daysOverdue, int cyclesWithoutUpdate, int cyclesAtRed)
    {
        foreach (var level in LevelsHighestFirst)
        {
            if (Fires(ThresholdOf(level), daysOverdue, cyclesWithoutUpdate, cyclesAtRed, out _, out _, out _))
            {
                return level;
            }
        }

        return EscalationLevel.None;
    }

    /// <summary>Why a level was reached: one entry per trigger of that level's threshold that fires; empty for <see cref="EscalationLevel.None"/>.</summary>
    internal ImmutableArray<string> ReasonsFor(EscalationLevel level, int daysOverdue, int cyclesWithoutUpdate, int cyclesAtRed)
    {
        if (level == EscalationLevel.None)
        {
            return ImmutableArray<string>.Empty;
        }

        var threshold = ThresholdOf(level);
        Fires(threshold, daysOverdue, cyclesWithoutUpdate, cyclesAtRed, out bool byDays, out bool bySilence, out bool byRed);
        string name = RatingNames.Escalation.Name(level);
        var fired = ImmutableArray.CreateBuilder<string>();
        if (byDays)
        {
            fired.Add($"{PlanText.Count(daysOverdue, "day")} overdue ({name} from {threshold.DaysOverdue})");
        }

        if (bySilence)
        {
            fired.Add($"{PlanText.Count(cyclesWithoutUpdate, "reporting cycle")} without an update ({name} from {threshold.CyclesWithoutUpdate})");
        }

        if (byRed)
        {
            fired.Add($"{PlanText.Count(cyclesAtRed, "reporting cycle")} at the worst status ({name} from {threshold.CyclesAtRed})");
        }

        return fired.ToImmutable();
    }

    private static bool Fires(EscalationThreshold threshold, int daysOverdue, int cyclesWithoutUpdate, int cyclesAtRed, out bool byDays, out bool bySilence, out bool byRed)
    {
        byDays = threshold.DaysOverdue is { } days && daysOverdue >= days;
        bySilence = threshold.CyclesWithoutUpdate is { } silent && cyclesWithoutUpdate >= silent;
        byRed = threshold.CyclesAtRed is { } red && cyclesAtRed >= red;
        return byDays || bySilence || byRed;
    }

    private EscalationThreshold ThresholdOf(EscalationLevel level) => level switch
    {
        EscalationLevel.Board => Board,
        EscalationLevel.Subgroup => Subgroup,
        _ => LeadOfficer,
    };

    private static readonly EscalationLevel[] LevelsHighestFirst = { EscalationLevel.Board, EscalationLevel.Subgroup, EscalationLevel.LeadOfficer };

    /// <summary>The wire name of a level: <c>none</c>, <c>lead-officer</c>, <c>subgroup</c> or <c>board</c>.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not defined.</exception>
    internal static string NameOf(EscalationLevel level) => RatingNames.Escalation.Name(level);

    /// <summary>Returns the three thresholds.</summary>
    /// <returns>The policy as text.</returns>
    public override string ToString() => "lead-officer: " + LeadOfficer + "; subgroup: " + Subgroup + "; board: " + Board;

    /// <inheritdoc />
    public bool Equals(EscalationPolicy? other) =>
        other is not null && LeadOfficer.Equals(other.LeadOfficer) && Subgroup.Equals(other.Subgroup) && Board.Equals(other.Board);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EscalationPolicy);

    /// <inheritdoc />
    public override int GetHashCode() => LeadOfficer.GetHashCode() ^ (Subgroup.GetHashCode() * 31) ^ (Board.GetHashCode() * 961);
}
