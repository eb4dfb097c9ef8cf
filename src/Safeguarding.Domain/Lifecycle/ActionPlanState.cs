namespace Safeguarding.Domain.Lifecycle;

/// <summary>The parallel track of a review's multi-agency action plan. Wire names: <c>none</c>, <c>agreed</c>, <c>closed</c>.</summary>
/// <remarks>The default value is <see cref="None"/>.</remarks>
public enum ActionPlanState
{
    /// <summary>No action plan agreed yet.</summary>
    None = 0,

    /// <summary>The action plan is agreed and being monitored.</summary>
    Agreed = 1,

    /// <summary>The action plan is closed: no action was open.</summary>
    Closed = 2,
}
