using Safeguarding.Domain.Internal;

namespace Safeguarding.Domain.ActionPlans;

/// <summary>
/// A plan described with named properties, so that its two dates (<see cref="AgreedOn"/>, <see cref="Horizon"/>) cannot
/// be swapped by position; <see cref="Build"/> makes the <see cref="ActionPlan"/> or says why it cannot:
/// <code>
/// var plan = new ActionPlanBuilder
/// {
///     Review = "Sam and Kyle", AgreedOn = new LocalDate(2020, 8, 1), Horizon = new LocalDate(2021, 12, 31),
///     Findings = findings, Recommendations = recommendations, Actions = actions,
/// }.Build();
/// </code>
/// </summary>
/// <remarks>
/// Set only with an object initialiser; thread-safe once made. <see cref="Build"/> gives the issues (code, message and
/// path) that the action plan reader gives for the same plan: <c>missing-property</c>, <c>string-too-long</c> or
/// <c>empty-string</c> at <c>$.review</c>, <c>invalid-period</c> at <c>$.reportingCycle</c> and <c>date-out-of-range</c>
/// at <c>$.agreedOn</c> or <c>$.horizon</c>. Findings, recommendations and actions are made first (each by its own
/// <c>Create</c> or builder); references between them are checked by <see cref="PlanValidation"/>, as for a plan read.
/// </remarks>
public sealed class ActionPlanBuilder
{
    /// <summary>A plan with nothing set yet; set its properties in an object initialiser, then call <see cref="Build"/>.</summary>
    public ActionPlanBuilder()
    {
    }

    /// <summary>The review's name (a pseudonym), for example <c>Sam and Kyle</c> (required).</summary>
    public string? Review { get; init; }

    /// <summary>How often owners report: a positive period of years, months, weeks or days (weeks are stored as days); <see cref="ActionPlan.DefaultReportingCycle"/> when not set.</summary>
    public Period? ReportingCycle { get; init; }

    /// <summary>The date the plan was agreed; null when not given.</summary>
    public LocalDate? AgreedOn { get; init; }

    /// <summary>The date by which every action should be due; null for none.</summary>
    public LocalDate? Horizon { get; init; }

    /// <summary>The findings, in order; none when not set.</summary>
    public IEnumerable<Finding>? Findings { get; init; }

    /// <summary>The recommendations, in order; none when not set.</summary>
    public IEnumerable<Recommendation>? Recommendations { get; init; }

    /// <summary>The actions, in order; none when not set.</summary>
    public IEnumerable<PlanAction>? Actions { get; init; }

    /// <summary>Makes the plan, or gives every issue found, in the reader's order of properties.</summary>
    /// <returns>The plan, or the issues.</returns>
    /// <exception cref="ArgumentNullException">A finding, recommendation or action is null.</exception>
    public Result<ActionPlan> Build()
    {
        var issues = ImmutableArray.CreateBuilder<Issue>();
        PlanInput.Text(issues, "$.review", Review, TextLimits.MaxTextLength, required: true);
        // Checked as given, as the reader checks the text (PT24H is refused, not read as P1D); the plan stores it normalised.
        var cycle = ReportingCycle ?? ActionPlan.DefaultReportingCycle;
        if (PeriodRules.ShapeError(cycle) is string message)
        {
            issues.Add(new Issue("$.reportingCycle", "invalid-period", message));
        }

        PlanInput.Date(issues, "$.agreedOn", AgreedOn);
        PlanInput.Date(issues, "$.horizon", Horizon);
        var findings = PlanInput.Items(Findings, nameof(Findings));
        var recommendations = PlanInput.Items(Recommendations, nameof(Recommendations));
        var actions = PlanInput.Items(Actions, nameof(Actions));
        return PlanInput.Outcome(issues, () => new ActionPlan(Review!, cycle, AgreedOn, Horizon, findings, recommendations, actions));
    }
}
