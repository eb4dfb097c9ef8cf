using Safeguarding.Domain.Citations;

namespace Safeguarding.Domain.Criteria;

/// <summary>
/// An enacted change of the law that is not in force for a decision and would affect its jurisdiction and subject:
/// the contract's <c>pendingChanges</c> entry, for example <c>vpa-2024-s19</c> (domestic abuse related death reviews).
/// </summary>
/// <remarks>Immutable and thread-safe. The rule set builds these (<see cref="RuleSet.PendingChangesFor"/>).</remarks>
public sealed class PendingChange
{
    /// <summary>The status of an enacted provision that has not been commenced.</summary>
    internal static string EnactedNotInForce => "enacted-not-in-force";

    /// <summary>The status of a provision whose commencement the caller supplied, on a day after the decision date.</summary>
    internal static string CommencesAfterDecision => "commences-after-decision";

    /// <summary>Creates a pending change.</summary>
    /// <param name="provision">A stable id of the provision, for example <c>vpa-2024-s19</c>.</param>
    /// <param name="title">What the change does, in words.</param>
    /// <param name="status">Where it stands: <see cref="EnactedNotInForce"/> or <see cref="CommencesAfterDecision"/>.</param>
    /// <param name="citation">The provision.</param>
    /// <exception cref="System.ArgumentException">A text is empty.</exception>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    internal PendingChange(string provision, string title, string status, Citation citation)
    {
        Provision = Guard.Against.NullOrWhiteSpace(provision);
        Title = Guard.Against.NullOrWhiteSpace(title);
        Status = Guard.Against.NullOrWhiteSpace(status);
        Citation = Guard.Against.Null(citation);
    }

    /// <summary>A stable id of the provision, for example <c>vpa-2024-s19</c>.</summary>
    public string Provision { get; }

    /// <summary>What the change does, in words.</summary>
    public string Title { get; }

    /// <summary>Where it stands, for example <c>enacted-not-in-force</c>.</summary>
    public string Status { get; }

    /// <summary>The provision.</summary>
    public Citation Citation { get; }

    /// <summary>Returns the id and status.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Provision + " (" + Status + ")";
}
