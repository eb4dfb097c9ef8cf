using Safeguarding.Domain.ActionPlans;

namespace Safeguarding.Domain.Register;

/// <summary>One theme of a theme list: an id that findings carry, and its title.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Theme : IEquatable<Theme>
{
    /// <summary>Makes a theme, or gives the issues its object in a register's <c>ownThemeList.themes</c> gets from the reader.</summary>
    /// <param name="id">The id findings carry; not blank, at most 64 characters.</param>
    /// <param name="title">The theme's title, in words.</param>
    /// <returns>The theme, or the issues (<c>empty-string</c>, <c>string-too-long</c>) at <c>$.id</c> and <c>$.title</c>, relative to the theme's object.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Result<Theme> Create(string id, string title) =>
        Result<Theme>.Checked(
            new[] { Issue.ForText("$.id", Guard.Against.Null(id), Internal.TextLimits.MaxIdLength), Issue.ForText("$.title", Guard.Against.Null(title), Internal.TextLimits.MaxTextLength) },
            () => new Theme(id, title));

    /// <summary>Creates a theme.</summary>
    /// <param name="id">The id findings carry, for example <c>information-sharing</c>; not blank, at most 64 characters.</param>
    /// <param name="title">The theme's title, in words.</param>
    /// <exception cref="ArgumentException">The id or the title is blank or too long.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    internal Theme(string id, string title)
    {
        Id = PlanGuards.Id(id, nameof(id));
        Title = PlanGuards.OptionalText(title ?? throw new ArgumentNullException(nameof(title)), nameof(title))!;
    }

    /// <summary>The id findings carry.</summary>
    public string Id { get; }

    /// <summary>The title, in words.</summary>
    public string Title { get; }

    /// <summary>Returns the id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;

    /// <inheritdoc />
    public bool Equals(Theme? other) =>
        other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal) && string.Equals(Title, other.Title, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Theme);

    /// <inheritdoc />
    public override int GetHashCode() => PlanGuards.Hash(Id);
}
