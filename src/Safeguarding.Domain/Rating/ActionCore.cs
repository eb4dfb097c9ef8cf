using Safeguarding.Domain.ActionPlans;

namespace Safeguarding.Domain.Rating;

/// <summary>The values of one action's assessment on a date, as a struct: no object and no text.</summary>
internal readonly struct ActionCore
{
    public ActionCore(
        ActionStage stage, ReportedStatus? reported, LocalDate? lastUpdate, int daysOverdue, bool updatePending,
        int cyclesWithoutUpdate, int cyclesAtRed, EscalationLevel escalation, ReportedStatus? claimed, bool onlyOutputEvidence)
    {
        Stage = stage;
        Reported = reported;
        LastUpdate = lastUpdate;
        DaysOverdue = daysOverdue;
        UpdatePending = updatePending;
        CyclesWithoutUpdate = cyclesWithoutUpdate;
        CyclesAtRed = cyclesAtRed;
        Escalation = escalation;
        Claimed = claimed;
        OnlyOutputEvidence = onlyOutputEvidence;
    }

    public ActionStage Stage { get; }

    public ReportedStatus? Reported { get; }

    public LocalDate? LastUpdate { get; }

    public int DaysOverdue { get; }

    public bool UpdatePending { get; }

    public int CyclesWithoutUpdate { get; }

    public int CyclesAtRed { get; }

    public EscalationLevel Escalation { get; }

    /// <summary>The latest reported status when it claims better than the derived one (a discrepancy); otherwise <see langword="null"/>.</summary>
    public ReportedStatus? Claimed { get; }

    public bool OnlyOutputEvidence { get; }
}
