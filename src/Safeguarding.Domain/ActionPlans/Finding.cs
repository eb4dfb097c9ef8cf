namespace Safeguarding.Domain.ActionPlans;

/// <summary>
/// A finding of the review: what it learnt. Findings become recommendations; a finding that deliberately
/// has none must record why (<see cref="Rationale"/>).
/// </summary>
/// <remarks>Immutable and thread-safe. <see cref="ToString"/> returns the id only.</remarks>
public sealed class Finding : IEquatable<Finding>
{
    /// <summary>Creates a finding.</summary>
    /// <param name="id">The review's number for the finding, for example <c>F1</c> or <c>3</c>.</param>
    /// <param name="title">A short title, or <see langword="null"/>.</param>
    /// <param name="rationale">Why the finding has no recommendation, or <see langword="null"/>.</param>
    /// <param name="themes">The ids of the themes the finding is about (from the partnership's chosen theme list), in order; null for none.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or a theme id is empty or longer than 64 characters, or a text is empty or too long.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public Finding(string id, string? title, string? rationale, IEnumerable<string>? themes = null)
    {
        Id = PlanGuards.Id(id, nameof(id));
        Title = PlanGuards.OptionalText(title, nameof(title));
        Rationale = PlanGuards.OptionalText(rationale, nameof(rationale));
        Themes = themes is null ? ImmutableArray<string>.Empty : PlanGuards.Ids(themes, nameof(themes));
    }

    /// <summary>The finding's id.</summary>
    public string Id { get; }

    /// <summary>The finding's title; <see langword="null"/> when not given.</summary>
    public string? Title { get; }

    /// <summary>The recorded reason why no recommendation follows from this finding; <see langword="null"/> when not given.</summary>
    public string? Rationale { get; }

    /// <summary>The ids of the themes the finding is about; empty when none are recorded.</summary>
    public ImmutableArray<string> Themes { get; }

    /// <summary>Returns the id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;

    /// <inheritdoc />
    public bool Equals(Finding? other) =>
        other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && string.Equals(Title, other.Title, StringComparison.Ordinal)
        && string.Equals(Rationale, other.Rationale, StringComparison.Ordinal)
        && PlanGuards.SameIds(Themes, other.Themes);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Finding);

    /// <inheritdoc />
    public override int GetHashCode() => PlanGuards.Hash(Id);
}
