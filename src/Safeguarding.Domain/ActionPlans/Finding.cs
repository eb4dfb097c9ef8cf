using Safeguarding.Domain.Internal;

namespace Safeguarding.Domain.ActionPlans;

/// <summary>
/// A finding of the review: what it learnt. Findings become recommendations; a finding that deliberately
/// has none must record why (<see cref="Rationale"/>).
/// </summary>
/// <remarks>Immutable and thread-safe. <see cref="ToString"/> returns the id only.</remarks>
public sealed class Finding : IEquatable<Finding>
{
    /// <summary>
    /// Makes a finding, or says why it cannot be one, with the issues the action plan reader gives for the same finding
    /// (paths relative to the finding): <c>missing-property</c> at <c>$.id</c>, <c>string-too-long</c> or <c>empty-string</c>
    /// at <c>$.id</c>, <c>$.title</c>, <c>$.rationale</c> or <c>$.themes[i]</c> (ids at most 64 characters), and
    /// <c>wrong-type</c> for a null theme id.
    /// </summary>
    /// <param name="id">The review's number for the finding, for example <c>F1</c> or <c>3</c> (required).</param>
    /// <param name="title">A short title, or <see langword="null"/>.</param>
    /// <param name="rationale">Why the finding has no recommendation, or <see langword="null"/>.</param>
    /// <param name="themes">The ids of the themes the finding is about, in order; null for none.</param>
    /// <returns>The finding, or every issue found.</returns>
    public static Result<Finding> Create(string? id, string? title, string? rationale, IEnumerable<string>? themes = null)
    {
        var issues = ImmutableArray.CreateBuilder<Issue>();
        PlanInput.Text(issues, "$.id", id, TextLimits.MaxIdLength, required: true);
        PlanInput.Text(issues, "$.title", title, TextLimits.MaxTextLength, required: false);
        PlanInput.Text(issues, "$.rationale", rationale, TextLimits.MaxTextLength, required: false);
        var themeIds = PlanInput.Ids(issues, "$.themes", themes);
        return PlanInput.Outcome(issues, () => new Finding(id!, title, rationale, themeIds));
    }

    // Made by Create and by the plan reader (which has made Create's checks); the guards repeat them, so a programming
    // error inside the library still fails loudly.
    /// <summary>Creates a finding.</summary>
    /// <param name="id">The review's number for the finding, for example <c>F1</c> or <c>3</c>.</param>
    /// <param name="title">A short title, or <see langword="null"/>.</param>
    /// <param name="rationale">Why the finding has no recommendation, or <see langword="null"/>.</param>
    /// <param name="themes">The ids of the themes the finding is about (from the partnership's chosen theme list), in order; null for none.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or a theme id is empty or longer than 64 characters, or a text is empty or too long.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    internal Finding(string id, string? title, string? rationale, IEnumerable<string>? themes = null)
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
