using Safeguarding.Domain.Rating;

namespace Safeguarding.Domain.Reporting;

/// <summary>What changed for one action between two snapshots.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ActionChange
{
    /// <summary>Creates a change.</summary>
    /// <param name="id">The action's id.</param>
    /// <param name="before">The earlier status, or <see langword="null"/> when the action was not in the earlier snapshot.</param>
    /// <param name="after">The later status, or <see langword="null"/> when it is not in the later snapshot.</param>
    /// <param name="kind">How the status moved.</param>
    /// <param name="newlyOverdue">Whether it is overdue now and was not before.</param>
    /// <param name="escalationBefore">The earlier escalation level.</param>
    /// <param name="escalationAfter">The later escalation level.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty, or an enum value is not defined.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    internal ActionChange(string id, string? before, string? after, ChangeKind kind, bool newlyOverdue, EscalationLevel escalationBefore, EscalationLevel escalationAfter)
    {
        Id = Guard.Against.NullOrWhiteSpace(id);
        Before = before;
        After = after;
        Kind = Guard.Against.EnumOutOfRange(kind);
        NewlyOverdue = newlyOverdue;
        EscalationBefore = Guard.Against.EnumOutOfRange(escalationBefore);
        EscalationAfter = Guard.Against.EnumOutOfRange(escalationAfter);
    }

    // For values known to be valid (a comparison of two snapshots): no guards, which would box each enum value.
    private ActionChange(string id, string? before, string? after, ChangeKind kind, bool newlyOverdue, EscalationLevel escalationBefore, EscalationLevel escalationAfter, bool trusted)
    {
        _ = trusted;
        Id = id;
        Before = before;
        After = after;
        Kind = kind;
        NewlyOverdue = newlyOverdue;
        EscalationBefore = escalationBefore;
        EscalationAfter = escalationAfter;
    }

    /// <summary>A change between two snapshots' assessments of one action, whose values are valid by construction.</summary>
    internal static ActionChange Trusted(string id, string? before, string? after, ChangeKind kind, bool newlyOverdue, EscalationLevel escalationBefore, EscalationLevel escalationAfter) =>
        new(id, before, after, kind, newlyOverdue, escalationBefore, escalationAfter, trusted: true);

    /// <summary>The action's id.</summary>
    public string Id { get; }

    /// <summary>The earlier status; <see langword="null"/> when absent.</summary>
    public string? Before { get; }

    /// <summary>The later status; <see langword="null"/> when absent.</summary>
    public string? After { get; }

    /// <summary>How the status moved.</summary>
    public ChangeKind Kind { get; }

    /// <summary>Whether the action is overdue now and was not before.</summary>
    public bool NewlyOverdue { get; }

    /// <summary>The earlier escalation level.</summary>
    public EscalationLevel EscalationBefore { get; }

    /// <summary>The later escalation level.</summary>
    public EscalationLevel EscalationAfter { get; }

    /// <summary>Whether the escalation level rose.</summary>
    public bool NewlyEscalated => EscalationAfter > EscalationBefore;

    /// <summary>Returns <c>id: before -> after</c>.</summary>
    /// <returns>The change as text.</returns>
    public override string ToString() => Id + ": " + (Before ?? "none") + " -> " + (After ?? "none");
}
