using Safeguarding.Domain.ActionPlans;

namespace Safeguarding.Domain.Rating;

/// <summary>The values of one action's assessment on a date, as a struct: no object and no text.</summary>
/// <param name="Stage">The stage derived from the facts.</param>
/// <param name="Reported">The latest reported status on or before the date, if any.</param>
/// <param name="LastUpdate">The date of the latest update, if any.</param>
/// <param name="DaysOverdue">Calendar days past the target date.</param>
/// <param name="UpdatePending">Whether an update is due in the current reporting cycle.</param>
/// <param name="CyclesWithoutUpdate">Reporting cycles without an update.</param>
/// <param name="CyclesAtRed">Reporting cycles at the worst status.</param>
/// <param name="Escalation">The escalation level.</param>
/// <param name="Claimed">The latest reported status when it claims better than the derived one (a discrepancy); otherwise <see langword="null"/>.</param>
/// <param name="OnlyOutputEvidence">Whether the action has evidence and all of it is output.</param>
internal readonly record struct ActionCore(
    ActionStage Stage, ReportedStatus? Reported, LocalDate? LastUpdate, int DaysOverdue, bool UpdatePending,
    int CyclesWithoutUpdate, int CyclesAtRed, EscalationLevel Escalation, ReportedStatus? Claimed, bool OnlyOutputEvidence);
