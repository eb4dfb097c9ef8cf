namespace Safeguarding.Domain.ActionPlans;

/// <summary>What a piece of dated evidence shows about an action.</summary>
/// <remarks>
/// The default value is <see cref="Output"/>. Wire names (contract): <c>output</c>, <c>completion</c>, <c>impact</c>.
/// Output evidence alone never makes an action complete: a training date set is not training delivered.
/// </remarks>
public enum EvidenceKind
{
    /// <summary>Something was produced (a date set, a policy sent, a briefing written): <c>output</c>.</summary>
    Output = 0,

    /// <summary>The action is done: <c>completion</c>.</summary>
    Completion = 1,

    /// <summary>Practice is shown to have changed (audit, evaluation): <c>impact</c>.</summary>
    Impact = 2,
}
