using Safeguarding.Domain.ActionPlans;

namespace Safeguarding.Domain.Rating;

/// <summary>
/// One action's position on a date: the stage and status derived from its facts, the latest reported
/// status, the <c>overdue</c> and <c>updatePending</c> flags, the escalation level, and any discrepancy
/// between what was reported and what the facts support.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe. Only facts dated on or before <see cref="AsOf"/> count, so the same
/// plan document can be assessed at an earlier date for comparison. The order of evidence and updates
/// never matters. The rules (contract, <c>safeguarding plan</c>):</para>
/// <list type="bullet">
/// <item>completed: <c>completedOn</c> or <c>completion</c> evidence; <c>output</c> evidence alone never completes;</item>
/// <item>started: <c>startedOn</c>, any evidence, or completed;</item>
/// <item><c>overdue</c>: not completed and <see cref="AsOf"/> after the target date;</item>
/// <item><c>updatePending</c>: no update, other than one reporting <c>update-pending</c>, dated from
/// <see cref="AsOf"/> minus one reporting cycle to <see cref="AsOf"/> inclusive;</item>
/// <item>cycles without an update: the largest n with the last update (or, when none, the plan's agreed
/// date, else the action's first dated fact) before <see cref="AsOf"/> minus n cycles; at least 1 when
/// <c>updatePending</c>;</item>
/// <item>cycles at red: the largest n with the date the action went to the worst status (the day after the
/// target date; the plan's agreed date for an action never started) on or before <see cref="AsOf"/> minus n cycles.</item>
/// </list>
/// </remarks>
public sealed class ActionAssessment : IEquatable<ActionAssessment>
{
    private const int MaxCycles = 1200;

    // The action's values on the date: the stage, the latest report, the counts and the escalation level.
    private readonly PlanAction _action;
    private readonly ActionCore _core;

    // The text of the escalation reasons and of a discrepancy is formed when first read, from the values
    // below: a snapshot of a large plan assesses every action, and most of that text is never shown.
    private readonly EscalationPolicy? _policy;
    private readonly RatingScheme? _scheme;
    private readonly string? _claimed;
    private ImmutableArray<string> _reasons;
    private ImmutableArray<Discrepancy> _discrepancies;

    // With its reasons and discrepancies given (the from-scratch assessment).
    private ActionAssessment(
        PlanAction action, LocalDate asOf, string status, in ActionCore core, ImmutableArray<string> escalationReasons, ImmutableArray<Discrepancy> discrepancies)
        : this(action, asOf, status, core)
    {
        _reasons = escalationReasons;
        _discrepancies = discrepancies;
    }

    // With its reasons and discrepancy formed on first read.
    private ActionAssessment(PlanAction action, LocalDate asOf, string status, in ActionCore core, EscalationPolicy policy, RatingScheme scheme, string? claimed)
        : this(action, asOf, status, core)
    {
        _policy = policy;
        _scheme = scheme;
        _claimed = claimed;
        if (core.Escalation == EscalationLevel.None)
        {
            _reasons = ImmutableArray<string>.Empty;
        }

        if (claimed is null)
        {
            _discrepancies = ImmutableArray<Discrepancy>.Empty;
        }
    }

    private ActionAssessment(PlanAction action, LocalDate asOf, string status, in ActionCore core)
    {
        _action = action;
        _core = core;
        AsOf = asOf;
        Status = status;
    }

    /// <summary>The action's id.</summary>
    public string Id => _action.Id;

    /// <summary>The owner agency.</summary>
    public string Owner => _action.Owner;

    /// <summary>The action's target date, if set.</summary>
    public LocalDate? TargetDate => _action.TargetDate;

    /// <summary>The date of the assessment.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The stage derived from the facts.</summary>
    public ActionStage Stage => _core.Stage;

    /// <summary>The status derived from the facts, in the scheme's names.</summary>
    public string Status { get; }

    /// <summary>The latest reported status on or before <see cref="AsOf"/>; <see langword="null"/> when nothing was reported.</summary>
    public ReportedStatus? ReportedStatus => _core.Reported;

    /// <summary>The date of the latest real update (not <c>update-pending</c>); <see langword="null"/> when none.</summary>
    public LocalDate? LastUpdate => _core.LastUpdate;

    /// <summary>Whether the action is not completed and <see cref="AsOf"/> is after its target date.</summary>
    public bool Overdue => DaysOverdue > 0;

    /// <summary>Calendar days past the target date; 0 when not overdue.</summary>
    public int DaysOverdue => _core.DaysOverdue;

    /// <summary>Whether no real update is dated within the last reporting cycle.</summary>
    public bool UpdatePending => _core.UpdatePending;

    /// <summary>Whole reporting cycles without an update.</summary>
    public int CyclesWithoutUpdate => _core.CyclesWithoutUpdate;

    /// <summary>Whole reporting cycles at the scheme's worst status.</summary>
    public int CyclesAtRed => _core.CyclesAtRed;

    /// <summary>The escalation level reached.</summary>
    public EscalationLevel Escalation => _core.Escalation;

    /// <summary>Why the action is escalated; empty for <see cref="EscalationLevel.None"/>.</summary>
    public ImmutableArray<string> EscalationReasons
    {
        get
        {
            if (_reasons.IsDefault)
            {
                ImmutableInterlocked.InterlockedInitialize(ref _reasons, _policy!.ReasonsFor(Escalation, DaysOverdue, CyclesWithoutUpdate, CyclesAtRed));
            }

            return _reasons;
        }
    }

    /// <summary>The discrepancies between the reported and the derived status: empty, or one entry.</summary>
    public ImmutableArray<Discrepancy> Discrepancies
    {
        get
        {
            if (_discrepancies.IsDefault)
            {
                ImmutableInterlocked.InterlockedInitialize(ref _discrepancies, ImmutableArray.Create(Explain(_claimed!, Status, Stage, _core.OnlyOutputEvidence, _scheme!)));
            }

            return _discrepancies;
        }
    }

    /// <summary>Whether there is a discrepancy, without forming its text.</summary>
    internal bool HasDiscrepancy => _claimed is not null || (!_discrepancies.IsDefault && !_discrepancies.IsEmpty);

    /// <summary>Assesses one action on a date.</summary>
    /// <param name="action">The action.</param>
    /// <param name="asOf">The date of the assessment.</param>
    /// <param name="reportingCycle">The plan's reporting cycle.</param>
    /// <param name="agreedOn">The date the plan was agreed, if known.</param>
    /// <param name="scheme">The rating scheme.</param>
    /// <param name="policy">The escalation policy.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reportingCycle"/> is not a positive period of years, months, weeks or days (at most 100 years).</exception>
    internal static ActionAssessment Assess(PlanAction action, LocalDate asOf, Period reportingCycle, LocalDate? agreedOn, RatingScheme scheme, EscalationPolicy policy)
    {
        Guard.Against.Null(action);
        reportingCycle = PlanGuards.ReportingCycle(reportingCycle, nameof(reportingCycle));
        Guard.Against.Null(scheme);
        Guard.Against.Null(policy);
        return AssessChecked(action, ActionTimeline.Of(action), new CycleBoundaries(asOf, reportingCycle), agreedOn, scheme, policy);
    }

    /// <summary>
    /// The assessment proper, for arguments already checked, from the action's timeline (read once per plan)
    /// and the snapshot's cycle boundaries (computed once per snapshot): one pass over the updates, no
    /// allocation but the assessment itself.
    /// </summary>
    internal static ActionAssessment AssessChecked(PlanAction action, in ActionTimeline timeline, CycleBoundaries boundaries, LocalDate? agreedOn, RatingScheme scheme, EscalationPolicy policy)
    {
        var core = AssessCore(action, timeline, boundaries, agreedOn, scheme, policy);
        return new ActionAssessment(action, boundaries.AsOf, scheme.StatusOf(core.Stage), core, policy, scheme, core.Claimed is { } claimed ? scheme.StatusOf(claimed) : null);
    }

    /// <summary>
    /// The action's latest update on or before <paramref name="asOf"/> (by date, then a returned status over
    /// update-pending, then the larger status value, so the order of recording never matters), and the date of the
    /// latest returned status.
    /// </summary>
    private static (StatusUpdate? Latest, LocalDate? LastReturned) LatestUpdates(PlanAction action, LocalDate asOf)
    {
        StatusUpdate? latest = null;
        LocalDate? lastReturned = null;
        foreach (var u in action.Updates)
        {
            if (u.Date > asOf)
            {
                continue;
            }

            if (latest is null || Later(u, latest))
            {
                latest = u;
            }

            if (u.IsReturned && (lastReturned is null || u.Date > lastReturned.Value))
            {
                lastReturned = u.Date;
            }
        }

        return (latest, lastReturned);
    }

    /// <summary>The assessment's values as a struct, without the assessment object (what a comparison with an earlier date needs).</summary>
    internal static ActionCore AssessCore(PlanAction action, in ActionTimeline timeline, CycleBoundaries boundaries, LocalDate? agreedOn, RatingScheme scheme, EscalationPolicy policy)
    {
        var asOf = boundaries.AsOf;
        var stage = timeline.StageOn(asOf);
        bool started = timeline.IsStarted(asOf); // an overdue action may never have started
        bool overdue = stage == ActionStage.Overdue;
        int rank = scheme.RankOf(stage);
        int daysOverdue = overdue ? Period.DaysBetween(action.TargetDate!.Value, asOf) : 0;

        var (latest, lastUpdate) = LatestUpdates(action, asOf);

        bool pending = lastUpdate is null || lastUpdate.Value < boundaries.Before(1);
        LocalDate? firstFact = timeline.FirstFact is { } fact && fact <= asOf ? fact : null;
        LocalDate? silentSince = lastUpdate ?? agreedOn ?? firstFact;
        int cyclesWithoutUpdate = silentSince is null ? 0 : CyclesSince(silentSince.Value, boundaries, strict: true);
        if (pending)
        {
            cyclesWithoutUpdate = Math.Max(1, cyclesWithoutUpdate);
        }

        int cyclesAtRed = 0;
        if (rank == 0)
        {
            LocalDate? redSince = null;
            if (overdue)
            {
                redSince = action.TargetDate!.Value.PlusDays(1);
            }

            if (!started && agreedOn is { } agreed && scheme.RankOf(ActionStage.NotStarted) == 0 && (redSince is null || agreed < redSince))
            {
                redSince = agreed;
            }

            cyclesAtRed = redSince is null || redSince.Value > asOf ? 0 : CyclesSince(redSince.Value, boundaries, strict: false);
        }

        var level = stage == ActionStage.Embedded ? EscalationLevel.None : policy.LevelOf(daysOverdue, cyclesWithoutUpdate, cyclesAtRed);
        ReportedStatus? claimed = latest is not null && scheme.RankOf(latest.ReportedStatus) > rank ? latest.ReportedStatus : null;
        return new ActionCore(stage, latest?.ReportedStatus, lastUpdate, daysOverdue, pending, cyclesWithoutUpdate, cyclesAtRed, level, claimed,
            timeline.HasEvidence(asOf) && timeline.OnlyOutput(asOf));
    }

    /// <summary>
    /// The assessment as first written, kept as the oracle that tests compare the timeline-based
    /// assessment with: one pass over the evidence and one over the updates, all text formed at once.
    /// </summary>
    internal static ActionAssessment AssessFromScratch(PlanAction action, LocalDate asOf, Period reportingCycle, LocalDate? agreedOn, RatingScheme scheme, EscalationPolicy policy)
    {
        // One pass over the evidence and one over the updates (this runs for every action of large plans).
        int evidenceCount = 0;
        bool completionEvidence = false;
        bool impact = false;
        bool onlyOutput = true;
        LocalDate? firstFact = action.StartedOn is { } begun && begun <= asOf ? begun : null;
        foreach (var e in action.Evidence)
        {
            if (e.Date > asOf)
            {
                continue;
            }

            evidenceCount++;
            completionEvidence |= e.Kind == EvidenceKind.Completion;
            impact |= e.Kind == EvidenceKind.Impact;
            onlyOutput &= e.Kind == EvidenceKind.Output;
            if (firstFact is null || e.Date < firstFact.Value)
            {
                firstFact = e.Date;
            }
        }

        bool completed = (action.CompletedOn is { } done && done <= asOf) || completionEvidence;
        bool started = completed || evidenceCount > 0 || (action.StartedOn is { } start && start <= asOf);
        bool overdue = !completed && action.TargetDate is { } target && asOf > target;
        var stage = completed ? (impact ? ActionStage.Embedded : ActionStage.Completed)
            : overdue ? ActionStage.Overdue
            : started ? ActionStage.InProgress
            : ActionStage.NotStarted;
        string status = scheme.StatusOf(stage);
        int daysOverdue = overdue ? Period.DaysBetween(action.TargetDate!.Value, asOf) : 0;

        var (latest, lastUpdate) = LatestUpdates(action, asOf);

        bool pending = lastUpdate is null || lastUpdate.Value < asOf.Minus(reportingCycle);

        LocalDate? silentSince = lastUpdate ?? agreedOn ?? firstFact;
        int cyclesWithoutUpdate = silentSince is null ? 0 : CyclesSinceFromScratch(silentSince.Value, asOf, reportingCycle, strict: true);
        if (pending)
        {
            cyclesWithoutUpdate = Math.Max(1, cyclesWithoutUpdate);
        }

        int cyclesAtRed = 0;
        if (scheme.Rank(status) == 0)
        {
            LocalDate? redSince = null;
            if (overdue)
            {
                redSince = action.TargetDate!.Value.PlusDays(1);
            }

            if (!started && agreedOn is { } agreed && scheme.Rank(scheme.NotStarted) == 0 && (redSince is null || agreed < redSince))
            {
                redSince = agreed;
            }

            cyclesAtRed = redSince is null || redSince.Value > asOf ? 0 : CyclesSinceFromScratch(redSince.Value, asOf, reportingCycle, strict: false);
        }

        var level = EscalationLevel.None;
        var reasons = ImmutableArray<string>.Empty;
        if (stage != ActionStage.Embedded)
        {
            level = policy.LevelFor(daysOverdue, cyclesWithoutUpdate, cyclesAtRed, out reasons);
        }

        var discrepancies = ImmutableArray<Discrepancy>.Empty;
        string? claimed = latest is null ? null : scheme.StatusOf(latest.ReportedStatus);
        bool claimsBetter = claimed is not null && scheme.Rank(claimed) > scheme.Rank(status);
        if (claimsBetter)
        {
            discrepancies = ImmutableArray.Create(Explain(claimed!, status, stage, evidenceCount > 0 && onlyOutput, scheme));
        }

        var core = new ActionCore(stage, latest?.ReportedStatus, lastUpdate, daysOverdue, pending, cyclesWithoutUpdate, cyclesAtRed, level,
            claimsBetter ? latest!.ReportedStatus : null, evidenceCount > 0 && onlyOutput);
        return new ActionAssessment(action, asOf, status, core, reasons, discrepancies);
    }

    /// <summary>The wire name of a stage: <c>not-started</c>, <c>in-progress</c>, <c>overdue</c>, <c>completed</c> or <c>embedded</c>.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is not defined.</exception>
    internal static string NameOf(ActionStage stage) => RatingNames.Stage.Name(stage);

    /// <summary>The wire name of a reported status, for example <c>update-pending</c>.</summary>
    /// <param name="status">The reported status.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not defined.</exception>
    internal static string NameOf(ReportedStatus status) => PlanNames.Reported.Name(status);

    /// <summary>Returns the id, status and flags, for example <c>1.1 amber overdue escalation=lead-officer</c>.</summary>
    /// <returns>The assessment as text.</returns>
    public override string ToString() =>
        Id + " " + Status + (Overdue ? " overdue" : string.Empty) + (UpdatePending ? " update-pending" : string.Empty)
        + " escalation=" + RatingNames.Escalation.Name(Escalation);

    /// <inheritdoc />
    public bool Equals(ActionAssessment? other) =>
        other is not null && Id == other.Id && Owner == other.Owner && TargetDate == other.TargetDate && AsOf == other.AsOf
        && Stage == other.Stage && Status == other.Status && ReportedStatus == other.ReportedStatus && LastUpdate == other.LastUpdate
        && DaysOverdue == other.DaysOverdue && UpdatePending == other.UpdatePending && CyclesWithoutUpdate == other.CyclesWithoutUpdate
        && CyclesAtRed == other.CyclesAtRed && Escalation == other.Escalation
        && EscalationReasons.SequenceEqual(other.EscalationReasons, StringComparer.Ordinal)
        && Discrepancies.SequenceEqual(other.Discrepancies);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ActionAssessment);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id) ^ AsOf.GetHashCode() ^ (int)Stage;

    private static bool Later(StatusUpdate candidate, StatusUpdate current)
    {
        if (candidate.Date != current.Date)
        {
            return candidate.Date > current.Date;
        }

        int a = candidate.IsReturned ? 1 : 0;
        int b = current.IsReturned ? 1 : 0;
        return a != b ? a > b : (int)candidate.ReportedStatus >= (int)current.ReportedStatus;
    }

    /// <summary>The largest n (capped) with <paramref name="since"/> before (or, not strict, on or before) the boundaries' date minus n cycles.</summary>
    internal static int CyclesSince(LocalDate since, CycleBoundaries boundaries, bool strict)
    {
        // As CyclesSinceFromScratch, reading each boundary from the snapshot's boundaries instead of building a period.
        var asOf = boundaries.AsOf;
        var cycle = boundaries.Cycle;
        bool Fits(int k)
        {
            var boundary = boundaries.Before(k);
            return strict ? since < boundary : since <= boundary;
        }

        int n = Math.Max(0, Math.Min(Estimate(since, asOf, cycle), MaxCycles));
        while (n > 0 && !Fits(n))
        {
            n--;
        }

        while (n < MaxCycles && Fits(n + 1))
        {
            n++;
        }

        return n;
    }

    /// <summary>The largest n (capped) with <paramref name="since"/> before (or, not strict, on or before) <paramref name="asOf"/> minus n cycles.</summary>
    internal static int CyclesSinceFromScratch(LocalDate since, LocalDate asOf, Period cycle, bool strict)
    {
        // Whole cycles fit between the two dates monotonically, so estimate n arithmetically and settle it
        // with at most a few exact date comparisons, instead of stepping back one cycle at a time.
        bool Fits(int k)
        {
            var boundary = asOf.Minus(Times(cycle, k));
            return strict ? since < boundary : since <= boundary;
        }

        int estimate;
        if (cycle.Days == 0 && cycle.Weeks == 0 && (cycle.Months != 0 || cycle.Years != 0))
        {
            int months = (cycle.Years * 12) + cycle.Months;
            int between = ((asOf.Year - since.Year) * 12) + (asOf.Month - since.Month);
            estimate = between / months;
        }
        else if (cycle.Years == 0 && cycle.Months == 0 && (cycle.Days != 0 || cycle.Weeks != 0))
        {
            estimate = Period.DaysBetween(since, asOf) / ((cycle.Weeks * 7) + cycle.Days);
        }
        else
        {
            estimate = 0;
        }

        int n = Math.Max(0, Math.Min(estimate, MaxCycles));
        while (n > 0 && !Fits(n))
        {
            n--;
        }

        while (n < MaxCycles && Fits(n + 1))
        {
            n++;
        }

        return n;
    }

    private static int Estimate(LocalDate since, LocalDate asOf, Period cycle)
    {
        if (cycle.Days == 0 && cycle.Weeks == 0 && (cycle.Months != 0 || cycle.Years != 0))
        {
            int months = (cycle.Years * 12) + cycle.Months;
            int between = ((asOf.Year - since.Year) * 12) + (asOf.Month - since.Month);
            return between / months;
        }

        if (cycle.Years == 0 && cycle.Months == 0 && (cycle.Days != 0 || cycle.Weeks != 0))
        {
            return Period.DaysBetween(since, asOf) / ((cycle.Weeks * 7) + cycle.Days);
        }

        return 0;
    }

    internal static Period Times(Period cycle, int n) =>
        new PeriodBuilder { Years = cycle.Years * n, Months = cycle.Months * n, Weeks = cycle.Weeks * n, Days = cycle.Days * n }.Build();

    private static Discrepancy Explain(string claimed, string derived, ActionStage stage, bool onlyOutputEvidence, RatingScheme scheme)
    {
        bool claimsCompletion = scheme.Rank(claimed) >= scheme.Rank(scheme.Completed);
        bool notCompleted = stage is ActionStage.NotStarted or ActionStage.InProgress or ActionStage.Overdue;
        if (claimsCompletion && notCompleted && onlyOutputEvidence)
        {
            return new Discrepancy { Code = "completed-by-output-only", ReportedStatus = claimed, DerivedStatus = derived,
                Message = $"Reported {claimed}, but the only evidence is output (for example a date set or a document sent); output never completes an action. Record completion, then impact." };
        }

        if (claimsCompletion && notCompleted)
        {
            return new Discrepancy { Code = "completed-without-evidence", ReportedStatus = claimed, DerivedStatus = derived,
                Message = $"Reported {claimed}, but there is no completion date and no completion evidence." };
        }

        if (stage == ActionStage.Completed)
        {
            return new Discrepancy { Code = "no-impact-evidence", ReportedStatus = claimed, DerivedStatus = derived,
                Message = $"Reported {claimed}, but there is no impact evidence that practice has changed." };
        }

        if (stage == ActionStage.Overdue)
        {
            return new Discrepancy { Code = "past-target-date", ReportedStatus = claimed, DerivedStatus = derived,
                Message = $"Reported {claimed}, but the action is not completed and its target date has passed." };
        }

        if (stage == ActionStage.NotStarted)
        {
            return new Discrepancy { Code = "not-started", ReportedStatus = claimed, DerivedStatus = derived,
                Message = $"Reported {claimed}, but there is no start date and no evidence of any work." };
        }

        return new Discrepancy { Code = "reported-better-than-derived", ReportedStatus = claimed, DerivedStatus = derived,
            Message = $"Reported {claimed}, better than the {derived} the facts support." };
    }
}
