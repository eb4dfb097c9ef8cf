namespace Safeguarding.Domain.Rating;

/// <summary>
/// Where an action stands according to its facts (start and completion dates, dated evidence, target
/// date) on a given date. A <see cref="RatingScheme"/> turns a stage into a status name.
/// </summary>
/// <remarks>
/// The default value is <see cref="NotStarted"/>. Wire names: <c>not-started</c>, <c>in-progress</c>,
/// <c>overdue</c>, <c>completed</c>, <c>embedded</c>. Reported statuses never change the stage.
/// </remarks>
public enum ActionStage
{
    /// <summary>No start date, no evidence and not completed; not yet past its target date.</summary>
    NotStarted = 0,

    /// <summary>Started (a start date or any evidence), not completed, on or before its target date (or none set).</summary>
    InProgress = 1,

    /// <summary>Not completed and past its target date, whether started or not.</summary>
    Overdue = 2,

    /// <summary>Completed (<c>completedOn</c> or <c>completion</c> evidence), with no <c>impact</c> evidence yet.</summary>
    Completed = 3,

    /// <summary>Completed, with <c>impact</c> evidence: the change is embedded in practice.</summary>
    Embedded = 4,
}
