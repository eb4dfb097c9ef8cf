using Safeguarding.Domain.Internal;
using Safeguarding.Domain.Serialization;

namespace Safeguarding.Domain.ActionPlans;

/// <summary>
/// One dated piece of evidence about an action: an output, a completion or an impact, with an optional
/// description.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. <see cref="ToString"/> never includes the description (free text from input).
/// Only evidence dated on or before a report's date counts towards that report.
/// </remarks>
public sealed class Evidence : IEquatable<Evidence>
{
    /// <summary>
    /// Makes evidence, or says why it cannot be, with the issues the action plan reader gives for the same item (paths
    /// relative to it): <c>date-out-of-range</c> at <c>$.date</c>, <c>string-too-long</c> or <c>empty-string</c> at <c>$.description</c>.
    /// </summary>
    /// <param name="kind">What the evidence shows.</param>
    /// <param name="date">The date of the evidence (1900-01-01 to 2199-12-31).</param>
    /// <param name="description">What the evidence is, or <see langword="null"/>; not empty when given.</param>
    /// <returns>The evidence, or every issue found.</returns>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="kind"/> is not defined.</exception>
    public static Result<Evidence> Create(EvidenceKind kind, LocalDate date, string? description)
    {
        Guard.Against.EnumOutOfRange(kind);
        return PlanInput.DatedEntry(date, "$.description", description, () => new Evidence(kind, date, description));
    }

    // Made by Create and by the plan reader; the guards repeat Create's checks.
    /// <summary>Creates evidence.</summary>
    /// <param name="kind">What the evidence shows.</param>
    /// <param name="date">The date of the evidence (1900-01-01 to 2199-12-31).</param>
    /// <param name="description">What the evidence is, or <see langword="null"/>; not empty when given.</param>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not defined, or <paramref name="description"/> is empty or too long.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is out of range.</exception>
    internal Evidence(EvidenceKind kind, LocalDate date, string? description)
    {
        Kind = Guard.Against.EnumOutOfRange(kind);
        Date = PlanGuards.Date(date, nameof(date));
        Description = PlanGuards.OptionalText(description, nameof(description));
    }

    /// <summary>What the evidence shows.</summary>
    public EvidenceKind Kind { get; }

    /// <summary>The date of the evidence.</summary>
    public LocalDate Date { get; }

    /// <summary>What the evidence is; <see langword="null"/> when not given.</summary>
    public string? Description { get; }

    /// <summary>Returns the kind and date, for example <c>output 2020-08-01</c>; never the description.</summary>
    /// <returns>The evidence as text.</returns>
    public override string ToString() => PlanNames.Evidence.Name(Kind) + " " + ContractDate.Format(Date);

    /// <inheritdoc />
    public bool Equals(Evidence? other) =>
        other is not null && Kind == other.Kind && Date == other.Date && string.Equals(Description, other.Description, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Evidence);

    /// <inheritdoc />
    public override int GetHashCode() => ((int)Kind * 397) ^ Date.GetHashCode() ^ PlanGuards.Hash(Description);
}
