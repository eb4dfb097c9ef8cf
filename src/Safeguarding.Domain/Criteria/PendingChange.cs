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

    // Made by the library only, with an object initialiser that names each property.
    internal PendingChange()
    {
    }

    /// <summary>A stable id of the provision, for example <c>vpa-2024-s19</c>.</summary>
    public string Provision { get; internal init => field = Guard.Against.NullOrWhiteSpace(value, nameof(Provision)); } = null!;

    /// <summary>What the change does, in words.</summary>
    public string Title { get; internal init => field = Guard.Against.NullOrWhiteSpace(value, nameof(Title)); } = null!;

    /// <summary>Where it stands, for example <c>enacted-not-in-force</c>.</summary>
    public string Status { get; internal init => field = Guard.Against.NullOrWhiteSpace(value, nameof(Status)); } = null!;

    /// <summary>The provision.</summary>
    public Citation Citation { get; internal init => field = Guard.Against.Null(value, nameof(Citation)); } = null!;

    /// <summary>Returns the id and status.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Provision + " (" + Status + ")";
}
