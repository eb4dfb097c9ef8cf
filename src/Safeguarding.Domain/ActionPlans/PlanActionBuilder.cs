using Safeguarding.Domain.Internal;

namespace Safeguarding.Domain.ActionPlans;

/// <summary>
/// An action of a plan described with named properties, so that its three dates (<see cref="TargetDate"/>,
/// <see cref="StartedOn"/>, <see cref="CompletedOn"/>) cannot be swapped by position; <see cref="Build"/> makes the
/// <see cref="PlanAction"/> or says why it cannot:
/// <code>
/// var action = new PlanActionBuilder
/// {
///     Id = "1.1", Owner = "police", Recommendations = new[] { "R1" },
///     TargetDate = new LocalDate(2025, 3, 31), StartedOn = new LocalDate(2024, 11, 4),
/// }.Build();
/// </code>
/// </summary>
/// <remarks>
/// Set only with an object initialiser; thread-safe once made. <see cref="Build"/> gives the issues (code, message, and
/// path relative to the action, such as <c>$.targetDate</c>) that the action plan reader gives for the same action at
/// <c>$.actions[i]</c>: <c>missing-property</c>, <c>string-too-long</c>, <c>empty-string</c> and <c>date-out-of-range</c>.
/// References between actions, recommendations and findings are checked by <see cref="PlanValidation"/>, as for a plan read.
/// </remarks>
public sealed class PlanActionBuilder
{
    /// <summary>An action with nothing set yet; set its properties in an object initialiser, then call <see cref="Build"/>.</summary>
    public PlanActionBuilder()
    {
    }

    /// <summary>The action's number, for example <c>1.1</c> (required; at most 64 characters).</summary>
    public string? Id { get; init; }

    /// <summary>The ids of the recommendations the action answers; none when not set.</summary>
    public IEnumerable<string>? Recommendations { get; init; }

    /// <summary>What will be done (free text); null when not given.</summary>
    public string? Description { get; init; }

    /// <summary>The owner agency, for example <c>police</c> (required; at most 64 characters).</summary>
    public string? Owner { get; init; }

    /// <summary>The lead officer's role; null when not given.</summary>
    public string? Lead { get; init; }

    /// <summary>The date the action is due; null when none was set.</summary>
    public LocalDate? TargetDate { get; init; }

    /// <summary>How success will be measured; null when not given.</summary>
    public string? SuccessMeasure { get; init; }

    /// <summary>The date work started; null when it has not.</summary>
    public LocalDate? StartedOn { get; init; }

    /// <summary>The date the action was completed; null when it has not been.</summary>
    public LocalDate? CompletedOn { get; init; }

    /// <summary>The dated evidence, in any order; none when not set.</summary>
    public IEnumerable<Evidence>? Evidence { get; init; }

    /// <summary>The dated progress updates, in any order; none when not set.</summary>
    public IEnumerable<StatusUpdate>? Updates { get; init; }

    /// <summary>The ids of actions that must be done first; none when not set.</summary>
    public IEnumerable<string>? DependsOn { get; init; }

    /// <summary>Makes the action, or gives every issue found, in the reader's order of properties.</summary>
    /// <returns>The action, or the issues.</returns>
    /// <exception cref="ArgumentNullException">An evidence item or update is null.</exception>
    public Result<PlanAction> Build()
    {
        var issues = ImmutableArray.CreateBuilder<Issue>();
        PlanInput.Text(issues, "$.id", Id, TextLimits.MaxIdLength, required: true);
        var recommendations = PlanInput.Ids(issues, "$.recommendations", Recommendations);
        PlanInput.Text(issues, "$.description", Description, TextLimits.MaxTextLength, required: false);
        PlanInput.Text(issues, "$.owner", Owner, TextLimits.MaxIdLength, required: true);
        PlanInput.Text(issues, "$.lead", Lead, TextLimits.MaxTextLength, required: false);
        PlanInput.Date(issues, "$.targetDate", TargetDate);
        PlanInput.Text(issues, "$.successMeasure", SuccessMeasure, TextLimits.MaxTextLength, required: false);
        PlanInput.Date(issues, "$.startedOn", StartedOn);
        PlanInput.Date(issues, "$.completedOn", CompletedOn);
        var evidence = PlanInput.Items(Evidence, nameof(Evidence));
        var updates = PlanInput.Items(Updates, nameof(Updates));
        var dependsOn = PlanInput.Ids(issues, "$.dependsOn", DependsOn);
        return PlanInput.Outcome(issues, () => new PlanAction(
            Id!, recommendations, Description, Owner!, Lead, TargetDate, SuccessMeasure, StartedOn, CompletedOn, evidence, updates, dependsOn));
    }
}
