namespace Safeguarding.Domain.Rating;

/// <summary>The status of a recommendation or a finding, rolled up from its children.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class RolledUpStatus : IEquatable<RolledUpStatus>
{
    /// <summary>Creates a rolled-up status.</summary>
    /// <param name="id">The recommendation's or finding's id.</param>
    /// <param name="status">The status; <see langword="null"/> when it has no children to roll up (a finding closed with a rationale).</param>
    /// <param name="children">How many children were rolled up.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty, or <paramref name="children"/> is negative.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    internal RolledUpStatus(string id, string? status, int children)
    {
        Id = Guard.Against.NullOrWhiteSpace(id);
        Status = status;
        Children = Guard.Against.Negative(children);
    }

    /// <summary>The recommendation's or finding's id.</summary>
    public string Id { get; }

    /// <summary>The rolled-up status; <see langword="null"/> when there was nothing to roll up.</summary>
    public string? Status { get; }

    /// <summary>How many children were rolled up.</summary>
    public int Children { get; }

    /// <summary>Returns <c>id: status</c>.</summary>
    /// <returns>The status as text.</returns>
    public override string ToString() => Id + ": " + (Status ?? "none");

    /// <inheritdoc />
    public bool Equals(RolledUpStatus? other) =>
        other is not null && Id == other.Id && Status == other.Status && Children == other.Children;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RolledUpStatus);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id) ^ Children;
}
