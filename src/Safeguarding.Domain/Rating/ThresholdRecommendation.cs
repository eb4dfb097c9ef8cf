namespace Safeguarding.Domain.Rating;

/// <summary>A recommendation to hold, step up or step down a child's plan, with its reasons.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ThresholdRecommendation
{
    /// <summary>Creates a recommendation.</summary>
    /// <param name="from">The current level.</param>
    /// <param name="to">The recommended level.</param>
    /// <param name="direction">Which way it moves.</param>
    /// <param name="reasons">Why, in words without free text from input.</param>
    /// <exception cref="ArgumentException">A level is empty, or <paramref name="direction"/> is not defined.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    internal ThresholdRecommendation(string from, string to, ThresholdDirection direction, IEnumerable<string> reasons)
    {
        From = Guard.Against.NullOrWhiteSpace(from);
        To = Guard.Against.NullOrWhiteSpace(to);
        Direction = Guard.Against.EnumOutOfRange(direction);
        Reasons = Guard.Against.Null(reasons).ToImmutableArray();
    }

    /// <summary>The current level.</summary>
    public string From { get; }

    /// <summary>The recommended level.</summary>
    public string To { get; }

    /// <summary>Which way the recommendation moves.</summary>
    public ThresholdDirection Direction { get; }

    /// <summary>Why.</summary>
    public ImmutableArray<string> Reasons { get; }

    /// <summary>Returns <c>from -> to (direction)</c>.</summary>
    /// <returns>The recommendation as text.</returns>
    public override string ToString() => From + " -> " + To + " (" + Direction + ")";
}
