using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Rating;
using Safeguarding.Domain.Serialization;

namespace Safeguarding.Domain.Reporting;

/// <summary>
/// A scrutiny report on an action plan for a board or an overview and scrutiny committee: the snapshot on
/// the report's date, optionally the difference from an earlier date, and the trend over the last
/// reporting cycles. Rendered as text, JSON (the contract's shape), Markdown or a self-contained HTML page.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Every renderer is pure. HTML output encodes all text taken from the plan and
/// contains no scripts and no external resources; its charts are inline SVG.
/// </remarks>
public sealed partial class ScrutinyReport
{
    /// <summary>How many reporting cycles the trend covers by default, the report's own date included: 6.</summary>
    public static int DefaultTrendCycles => 6;

    // Made by the library only, with an object initialiser that names each property.
    private ScrutinyReport()
    {
    }

    /// <summary>The snapshot on the report's date.</summary>
    public PlanSnapshot Current { get; private init; } = null!;

    /// <summary>The earlier snapshot compared against; <see langword="null"/> when none was asked for.</summary>
    public PlanSnapshot? Earlier { get; private init; }

    /// <summary>The difference from the earlier snapshot; <see langword="null"/> when none was asked for.</summary>
    public SnapshotComparison? Comparison { get; private init; }

    /// <summary>Snapshots at the end of each of the last reporting cycles (none before the plan's agreed date), oldest first, ending with the report's date.</summary>
    public ImmutableArray<PlanSnapshot> Trend { get; private init; }

    /// <summary>Creates a report with the default scheme, policy and trend length.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="asOf">The report's date.</param>
    /// <param name="compareTo">An earlier date to compare against, or <see langword="null"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public static ScrutinyReport Create(ActionPlan plan, LocalDate asOf, LocalDate? compareTo) =>
        Create(plan, asOf, compareTo, RatingScheme.BlueRedAmberGreen, EscalationPolicy.Default, DefaultTrendCycles);

    /// <summary>Creates a report.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="asOf">The report's date.</param>
    /// <param name="compareTo">An earlier (or any other) date to compare against, or <see langword="null"/>.</param>
    /// <param name="scheme">The rating scheme.</param>
    /// <param name="policy">The escalation policy.</param>
    /// <param name="trendCycles">How many reporting cycles the trend covers (1 to 60).</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trendCycles"/> is out of range.</exception>
    public static ScrutinyReport Create(ActionPlan plan, LocalDate asOf, LocalDate? compareTo, RatingScheme scheme, EscalationPolicy policy, int trendCycles)
    {
        Guard.Against.Null(plan);
        Guard.Against.OutOfRange(trendCycles, nameof(trendCycles), 1, 60);
        var current = PlanSnapshot.Take(plan, asOf, scheme, policy);

        // The earlier snapshot is read only through the comparison: its stages and levels, no assessment objects.
        PlanSnapshot? earlier = compareTo is { } date ? PlanSnapshot.ForComparison(plan, date, scheme, policy) : null;
        var comparison = earlier is null ? null : SnapshotComparison.Between(earlier, current);

        // The earlier points of the trend come from each action's timeline (the plan's index, shared with the
        // snapshots above): counts and the plan's status per cycle, with no action assessed again.
        return new ScrutinyReport { Current = current, Earlier = earlier, Comparison = comparison, Trend = TrendOf(plan, asOf, trendCycles, current, at => PlanSnapshot.TrendPoint(plan, at, scheme, policy)) };
    }

    /// <summary>
    /// The report as first written, kept as the oracle that tests compare <see cref="Create(ActionPlan, LocalDate, LocalDate?, RatingScheme, EscalationPolicy, int)"/>
    /// with: every snapshot, of the trend too, taken from scratch.
    /// </summary>
    internal static ScrutinyReport CreateFromScratch(ActionPlan plan, LocalDate asOf, LocalDate? compareTo, RatingScheme scheme, EscalationPolicy policy, int trendCycles)
    {
        var current = PlanSnapshot.TakeFromScratch(plan, asOf, scheme, policy);
        PlanSnapshot? earlier = compareTo is { } date ? PlanSnapshot.TakeFromScratch(plan, date, scheme, policy) : null;
        var comparison = earlier is null ? null : SnapshotComparison.Between(earlier, current);
        return new ScrutinyReport { Current = current, Earlier = earlier, Comparison = comparison, Trend = TrendOf(plan, asOf, trendCycles, current, at => PlanSnapshot.TakeFromScratch(plan, at, scheme, policy)) };
    }

    // Snapshots at the end of each of the last cycles, oldest first, ending with the current one.
    private static ImmutableArray<PlanSnapshot> TrendOf(ActionPlan plan, LocalDate asOf, int trendCycles, PlanSnapshot current, Func<LocalDate, PlanSnapshot> take)
    {
        var trend = ImmutableArray.CreateBuilder<PlanSnapshot>(trendCycles);
        for (int k = trendCycles - 1; k >= 0; k--)
        {
            var at = asOf.Minus(new PeriodBuilder { Years = plan.ReportingCycle.Years * k, Months = plan.ReportingCycle.Months * k, Days = plan.ReportingCycle.Days * k }.Build());
            if (k == 0)
            {
                trend.Add(current);
            }
            else if (plan.AgreedOn is null || at >= plan.AgreedOn.Value)
            {
                // Before the plan was agreed there was nothing to report on.
                trend.Add(take(at));
            }
        }

        return trend.ToImmutable();
    }

    /// <summary>Returns the report's date and the plan's status.</summary>
    /// <returns>The report as one line.</returns>
    public override string ToString() => "scrutiny report " + Current;
}
