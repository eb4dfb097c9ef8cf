namespace Safeguarding.Domain.Rating;

/// <summary>How far up the partnership a lagging action is escalated, lowest first.</summary>
/// <remarks>
/// The default value is <see cref="None"/>. Wire names (contract): <c>none</c>, <c>lead-officer</c>,
/// <c>subgroup</c>, <c>board</c>. The order is meaningful: a later value is a higher level.
/// </remarks>
public enum EscalationLevel
{
    /// <summary>No escalation: <c>none</c>.</summary>
    None = 0,

    /// <summary>Raised with the action's lead officer: <c>lead-officer</c>.</summary>
    LeadOfficer = 1,

    /// <summary>Raised with the partnership's subgroup that monitors the plan: <c>subgroup</c>.</summary>
    Subgroup = 2,

    /// <summary>Raised with the safeguarding partnership board: <c>board</c>.</summary>
    Board = 3,
}
