namespace Safeguarding.Domain.ActionPlans;

/// <summary>The status an agency reported for an action in a progress update.</summary>
/// <remarks>
/// The default value is <see cref="Red"/>. Wire names (contract): <c>red</c>, <c>amber</c>, <c>green</c>,
/// <c>blue</c>, <c>update-pending</c>. A reported status is a claim; the library derives its own status
/// from the facts and reports any difference as a <see cref="Rating.Discrepancy"/>.
/// </remarks>
public enum ReportedStatus
{
    /// <summary>Reported as not started, off track or overdue: <c>red</c>.</summary>
    Red = 0,

    /// <summary>Reported as in progress: <c>amber</c>.</summary>
    Amber = 1,

    /// <summary>Reported as complete: <c>green</c>.</summary>
    Green = 2,

    /// <summary>Reported as complete and embedded: <c>blue</c>.</summary>
    Blue = 3,

    /// <summary>The agency did not report this cycle: <c>update-pending</c>. It never counts as an update.</summary>
    UpdatePending = 4,
}
