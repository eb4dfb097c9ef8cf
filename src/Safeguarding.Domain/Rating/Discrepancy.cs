namespace Safeguarding.Domain.Rating;

/// <summary>
/// A reported status better than the facts support, with the reason. The canonical case: an action
/// reported complete because a training date was set (code <c>completed-by-output-only</c>).
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Codes: <c>completed-by-output-only</c>, <c>completed-without-evidence</c>,
/// <c>no-impact-evidence</c>, <c>past-target-date</c>, <c>not-started</c>, <c>reported-better-than-derived</c>.
/// </remarks>
public sealed class Discrepancy : IEquatable<Discrepancy>
{
    // Made by the library only, with an object initialiser that names each property.
    internal Discrepancy()
    {
    }

    /// <summary>The stable reason code.</summary>
    public string Code { get; internal init => field = Guard.Against.NullOrWhiteSpace(value, nameof(Code)); } = null!;

    /// <summary>The status reported, in the scheme's names.</summary>
    public string ReportedStatus { get; internal init => field = Guard.Against.NullOrWhiteSpace(value, nameof(ReportedStatus)); } = null!;

    /// <summary>The status the facts support.</summary>
    public string DerivedStatus { get; internal init => field = Guard.Against.NullOrWhiteSpace(value, nameof(DerivedStatus)); } = null!;

    /// <summary>Why the reported status is not supported.</summary>
    public string Message { get; internal init => field = Guard.Against.NullOrWhiteSpace(value, nameof(Message)); } = null!;

    /// <summary>Returns <c>code: reported X, derived Y</c>.</summary>
    /// <returns>The discrepancy as text.</returns>
    public override string ToString() => Code + ": reported " + ReportedStatus + ", derived " + DerivedStatus;

    /// <summary>The discrepancy in the library's one outcome shape: a warning with its code and message at the given path.</summary>
    /// <param name="path">Where the reported status is, for example <c>$.actions[3].reportedStatus</c>.</param>
    /// <returns>The issue.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    internal Issue ToIssue(string path) => new(path, Code, IssueSeverity.Warning, Message);

    /// <inheritdoc />
    public bool Equals(Discrepancy? other) =>
        other is not null && Code == other.Code && ReportedStatus == other.ReportedStatus
        && DerivedStatus == other.DerivedStatus && Message == other.Message;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Discrepancy);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code) ^ StringComparer.Ordinal.GetHashCode(ReportedStatus);
}
