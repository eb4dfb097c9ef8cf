namespace Safeguarding.Domain.Rating;

/// <summary>
/// When an action reaches one escalation level: any one of its triggers is enough. A trigger that is
/// <see langword="null"/> never fires.
/// </summary>
/// <remarks>Immutable and thread-safe. Every trigger is "at least": more overdue or longer without an update never un-fires it.</remarks>
public sealed class EscalationThreshold : IEquatable<EscalationThreshold>
{
    /// <summary>The most days overdue a threshold may name (the local-policy document's limit).</summary>
    internal const int MaxDaysOverdue = 100_000;

    /// <summary>The most reporting cycles a threshold may name (the local-policy document's limit).</summary>
    internal const int MaxCycles = 1_000;

    /// <summary>
    /// Makes a threshold, or gives the issues a local-policy document with the same numbers gets from
    /// <c>LocalPolicyJson.Read</c> (code <c>number-out-of-range</c>, the same message). The paths are relative to the
    /// threshold's object (<c>$.daysOverdue</c>); in a document the object is <c>$.escalation.leadOfficer</c>,
    /// <c>$.escalation.subgroup</c> or <c>$.escalation.board</c>.
    /// </summary>
    /// <param name="daysOverdue">Fires at this many calendar days overdue or more (1 to 100,000), or <see langword="null"/>.</param>
    /// <param name="cyclesWithoutUpdate">Fires after this many whole reporting cycles without an update or more (1 to 1,000), or <see langword="null"/>.</param>
    /// <param name="cyclesAtRed">Fires after this many whole reporting cycles at the scheme's worst status or more (1 to 1,000), or <see langword="null"/>.</param>
    /// <returns>The threshold, or the issues.</returns>
    public static Result<EscalationThreshold> Create(int? daysOverdue, int? cyclesWithoutUpdate, int? cyclesAtRed)
    {
        return Result<EscalationThreshold>.Checked(
            new[]
            {
                Issue.ForNumber("$.daysOverdue", daysOverdue, 1, MaxDaysOverdue),
                Issue.ForNumber("$.cyclesWithoutUpdate", cyclesWithoutUpdate, 1, MaxCycles),
                Issue.ForNumber("$.cyclesAtRed", cyclesAtRed, 1, MaxCycles),
            },
            () => new EscalationThreshold(daysOverdue, cyclesWithoutUpdate, cyclesAtRed));
    }

    /// <summary>Creates a threshold.</summary>
    /// <param name="daysOverdue">Fires at this many calendar days overdue or more (at least 1), or <see langword="null"/>.</param>
    /// <param name="cyclesWithoutUpdate">Fires after this many whole reporting cycles without an update or more (at least 1), or <see langword="null"/>.</param>
    /// <param name="cyclesAtRed">Fires after this many whole reporting cycles at the scheme's worst status or more (at least 1), or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">A trigger is zero or negative.</exception>
    internal EscalationThreshold(int? daysOverdue, int? cyclesWithoutUpdate, int? cyclesAtRed)
    {
        DaysOverdue = daysOverdue is null ? null : Guard.Against.NegativeOrZero(daysOverdue.Value, nameof(daysOverdue));
        CyclesWithoutUpdate = cyclesWithoutUpdate is null ? null : Guard.Against.NegativeOrZero(cyclesWithoutUpdate.Value, nameof(cyclesWithoutUpdate));
        CyclesAtRed = cyclesAtRed is null ? null : Guard.Against.NegativeOrZero(cyclesAtRed.Value, nameof(cyclesAtRed));
    }

    /// <summary>A threshold that never fires.</summary>
    public static EscalationThreshold Never { get; } = new(null, null, null);

    /// <summary>Days overdue that trigger this level; <see langword="null"/> for never.</summary>
    public int? DaysOverdue { get; }

    /// <summary>Whole reporting cycles without an update that trigger this level; <see langword="null"/> for never.</summary>
    public int? CyclesWithoutUpdate { get; }

    /// <summary>Whole reporting cycles at the worst status that trigger this level; <see langword="null"/> for never.</summary>
    public int? CyclesAtRed { get; }

    /// <summary>Returns the triggers, for example <c>30 days overdue | 2 cycles without update | 2 cycles at red</c>.</summary>
    /// <returns>The threshold as text.</returns>
    public override string ToString()
    {
        string Part(int? value, string what) => value is null ? "never on " + what : value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + what;
        return Part(DaysOverdue, "days overdue") + " | " + Part(CyclesWithoutUpdate, "cycles without update") + " | " + Part(CyclesAtRed, "cycles at red");
    }

    /// <inheritdoc />
    public bool Equals(EscalationThreshold? other) =>
        other is not null && DaysOverdue == other.DaysOverdue && CyclesWithoutUpdate == other.CyclesWithoutUpdate && CyclesAtRed == other.CyclesAtRed;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EscalationThreshold);

    /// <inheritdoc />
    public override int GetHashCode() => (DaysOverdue ?? -1) ^ ((CyclesWithoutUpdate ?? -1) << 10) ^ ((CyclesAtRed ?? -1) << 20);
}
