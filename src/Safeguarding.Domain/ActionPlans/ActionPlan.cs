using System.Threading;
using Safeguarding.Domain.Serialization;

namespace Safeguarding.Domain.ActionPlans;

/// <summary>
/// A review's multi-agency action plan: its findings, the recommendations that answer them, and the
/// actions that carry the recommendations out, reported on every <see cref="ReportingCycle"/>.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. The plan may hold bad references (unknown, duplicate or cyclic ids):
/// construction never checks them, <see cref="PlanValidation.Validate"/> reports them as values.
/// <see cref="ToString"/> returns the counts only, never free text.
/// </remarks>
public sealed class ActionPlan : IEquatable<ActionPlan>
{
    /// <summary>The reporting cycle used when a document does not give one: three months (<c>P3M</c>).</summary>
    public static Period DefaultReportingCycle { get; } = Period.FromMonths(3);

    private PlanIndex? _index;

    // Made by ActionPlanBuilder and by the plan reader (which have made its checks); the guards repeat them, so a
    // programming error inside the library still fails loudly.
    /// <summary>Creates a plan.</summary>
    /// <param name="review">The review's name (a pseudonym), for example <c>Sam and Kyle</c>.</param>
    /// <param name="reportingCycle">How often owners report: a positive period of years, months, weeks or days (weeks are stored as days).</param>
    /// <param name="agreedOn">The date the plan was agreed, or <see langword="null"/>; cycles without an update or at red are counted from it at the earliest.</param>
    /// <param name="horizon">The date by which every action should be due, or <see langword="null"/> for none.</param>
    /// <param name="findings">The findings, in order.</param>
    /// <param name="recommendations">The recommendations, in order.</param>
    /// <param name="actions">The actions, in order.</param>
    /// <exception cref="ArgumentException">The review name is empty, the cycle is not a positive date period, or a collection contains null.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date is out of range.</exception>
    internal ActionPlan(
        string review,
        Period reportingCycle,
        LocalDate? agreedOn,
        LocalDate? horizon,
        IEnumerable<Finding> findings,
        IEnumerable<Recommendation> recommendations,
        IEnumerable<PlanAction> actions)
    {
        Review = PlanGuards.OptionalText(Guard.Against.NullOrWhiteSpace(review), nameof(review))!;
        ReportingCycle = PlanGuards.ReportingCycle(reportingCycle, nameof(reportingCycle));
        AgreedOn = PlanGuards.OptionalDate(agreedOn, nameof(agreedOn));
        Horizon = PlanGuards.OptionalDate(horizon, nameof(horizon));
        Findings = PlanGuards.Items(findings, nameof(findings));
        Recommendations = PlanGuards.Items(recommendations, nameof(recommendations));
        Actions = PlanGuards.Items(actions, nameof(actions));
    }

    /// <summary>The review's name (a pseudonym).</summary>
    public string Review { get; }

    /// <summary>How often owners report progress.</summary>
    public Period ReportingCycle { get; }

    /// <summary>The date the plan was agreed; <see langword="null"/> when not given.</summary>
    public LocalDate? AgreedOn { get; }

    /// <summary>The date by which every action should be due; <see langword="null"/> for none.</summary>
    public LocalDate? Horizon { get; }

    /// <summary>The findings, as given.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>The recommendations, as given.</summary>
    public ImmutableArray<Recommendation> Recommendations { get; }

    /// <summary>The actions, as given.</summary>
    public ImmutableArray<PlanAction> Actions { get; }

    /// <summary>The distinct owner agencies, in order of first appearance.</summary>
    public ImmutableArray<string> Agencies => Index.Agencies;

    /// <summary>
    /// The plan's index (ids, validation, roll-up structure, agencies, action timelines), built on first use
    /// and then shared by validation, every snapshot and the trend: the plan is immutable, so it never goes stale.
    /// </summary>
    internal PlanIndex Index
    {
        get
        {
            if (_index is null)
            {
                Interlocked.CompareExchange(ref _index, new PlanIndex(this), null);
            }

            return _index!;
        }
    }

    /// <summary>
    /// The part of the plan one agency owns, as committees receive it ("an extract of the full
    /// multi-agency plan"): that agency's actions, the recommendations they answer and the findings
    /// behind those, in the plan's order.
    /// </summary>
    /// <param name="agency">The owner agency, compared exactly.</param>
    /// <returns>The extract; a plan with no actions when the agency owns none.</returns>
    /// <exception cref="ArgumentException"><paramref name="agency"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="agency"/> is null.</exception>
    public ActionPlan ExtractFor(string agency)
    {
        Guard.Against.NullOrWhiteSpace(agency);
        var actions = Actions.Where(a => string.Equals(a.Owner, agency, StringComparison.Ordinal)).ToList();
        var recommendationIds = new HashSet<string>(actions.SelectMany(a => a.Recommendations), StringComparer.Ordinal);
        var recommendations = Recommendations.Where(r => recommendationIds.Contains(r.Id)).ToList();
        var findingIds = new HashSet<string>(recommendations.SelectMany(r => r.Findings), StringComparer.Ordinal);
        var findings = Findings.Where(f => findingIds.Contains(f.Id)).ToList();
        return new ActionPlan(Review, ReportingCycle, AgreedOn, Horizon, findings, recommendations, actions);
    }

    // Tests and benchmarks vary a plan's actions.
    /// <summary>Returns a copy of the plan with its actions replaced.</summary>
    /// <param name="actions">The new actions.</param>
    /// <returns>The new plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actions"/> is null.</exception>
    internal ActionPlan WithActions(IEnumerable<PlanAction> actions) =>
        new(Review, ReportingCycle, AgreedOn, Horizon, Findings, Recommendations, actions);

    /// <summary>Returns the counts, for example <c>action plan: 3 findings, 4 recommendations, 9 actions</c>.</summary>
    /// <returns>The plan as text.</returns>
    public override string ToString() =>
        $"action plan: {Findings.Length} findings, {Recommendations.Length} recommendations, {Actions.Length} actions";

    /// <inheritdoc />
    public bool Equals(ActionPlan? other) =>
        other is not null
        && string.Equals(Review, other.Review, StringComparison.Ordinal)
        && ReportingCycle.Equals(other.ReportingCycle)
        && AgreedOn == other.AgreedOn
        && Horizon == other.Horizon
        && PlanGuards.SameSequence(Findings, other.Findings)
        && PlanGuards.SameSequence(Recommendations, other.Recommendations)
        && PlanGuards.SameSequence(Actions, other.Actions);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ActionPlan);

    /// <inheritdoc />
    public override int GetHashCode() => PlanGuards.Hash(Review) ^ (Actions.Length * 397) ^ Findings.Length;
}
