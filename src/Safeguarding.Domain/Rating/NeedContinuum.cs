using Safeguarding.Domain.ActionPlans;

namespace Safeguarding.Domain.Rating;

/// <summary>
/// A local continuum of need (threshold document) as data: its levels from the lowest to the highest.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Publishing a threshold document is mandatory and each partnership writes its
/// own (fact sheet, section 9), so the levels are a parameter. <see cref="Default"/> follows the English
/// ladder: <c>universal</c>, <c>early-help</c>, <c>child-in-need</c> (Children Act 1989 s17),
/// <c>child-protection</c>, <c>pre-proceedings</c> (Public Law Outline), <c>proceedings</c> (s31).
/// </remarks>
public sealed class NeedContinuum : IEquatable<NeedContinuum>
{
    /// <summary>Creates a continuum.</summary>
    /// <param name="levels">The level ids, distinct, lowest first; at least two.</param>
    /// <exception cref="ArgumentException">Fewer than two levels, an empty or long id, or a repeated one.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="levels"/> is null.</exception>
    public NeedContinuum(IEnumerable<string> levels)
    {
        Levels = PlanGuards.Ids(levels, nameof(levels));
        if (Levels.Length < 2)
        {
            throw new ArgumentException("A continuum has at least two levels.", nameof(levels));
        }

        if (Levels.Distinct(StringComparer.Ordinal).Count() != Levels.Length)
        {
            throw new ArgumentException("Levels must be distinct.", nameof(levels));
        }
    }

    /// <summary>The default English continuum (see the remarks).</summary>
    public static NeedContinuum Default { get; } =
        new(new[] { "universal", "early-help", "child-in-need", "child-protection", "pre-proceedings", "proceedings" });

    /// <summary>The levels, lowest first.</summary>
    public ImmutableArray<string> Levels { get; }

    /// <summary>The position of a level: 0 for the lowest.</summary>
    /// <param name="level">A level id.</param>
    /// <returns>The rank.</returns>
    /// <exception cref="ArgumentException"><paramref name="level"/> is not a level of this continuum.</exception>
    internal int Rank(string level)
    {
        int index = Levels.IndexOf(level, StringComparer.Ordinal);
        return index >= 0 ? index : throw new ArgumentException("Not a level of this continuum.", nameof(level));
    }

    /// <summary>Returns the levels joined by <c> &lt; </c>.</summary>
    /// <returns>The continuum as text.</returns>
    public override string ToString() => string.Join(" < ", Levels);

    /// <inheritdoc />
    public bool Equals(NeedContinuum? other) => other is not null && Levels.SequenceEqual(other.Levels, StringComparer.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as NeedContinuum);

    /// <inheritdoc />
    public override int GetHashCode() => Levels.Length;
}
