namespace Safeguarding.Domain.Lifecycle;

/// <summary>
/// What a <see cref="LifecycleGuard"/> guards: a requirement of the review's rules, or the bookkeeping of a
/// well-formed record. Diagrams label a transition with its requirements and leave the bookkeeping out.
/// </summary>
public enum LifecycleGuardKind
{
    /// <summary>
    /// A requirement of the rules the review is held under (statute, regulation, guidance or local policy), for
    /// example <c>signed-off-before-publication</c>. The default, and the kind of a guard created without one.
    /// </summary>
    Requirement = 0,

    /// <summary>
    /// A requirement of a well-formed record rather than of the rules: every event dated on or after the one
    /// before it (<c>in-date-order</c>), and an event that happens once not recorded twice (the
    /// <c>-not-yet-recorded</c> guards).
    /// </summary>
    Bookkeeping = 1,
}
