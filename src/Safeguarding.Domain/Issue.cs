using Safeguarding.Domain.Internal;

namespace Safeguarding.Domain;

/// <summary>
/// One problem found in what a caller gave the library, whichever door it came through (a C# value, a JSON document, a
/// spreadsheet, an HTTP request): where it is (<see cref="Path"/>: a JSON path such as <c>$.actions[2].targetDate</c>, or a
/// spreadsheet cell such as <c>Actions!C4</c>), what it is (a stable <see cref="Code"/>, listed in <see cref="IssueCodes"/>),
/// how serious it is, and a message for people.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; equality is over all four parts. The one outcome shape of reading, validation and
/// evaluation: readers and <see cref="Result{T}"/> failures carry errors; an action plan's traceability check also gives
/// warnings. Messages name ids, codes and dates, never the caller's free text.
/// </remarks>
public sealed class Issue : IEquatable<Issue>
{
    /// <summary>Creates an error.</summary>
    /// <param name="path">Where the problem is: a JSON path or a spreadsheet cell.</param>
    /// <param name="code">The stable, kebab-case code.</param>
    /// <param name="message">A message for people.</param>
    /// <exception cref="ArgumentException">A text is empty.</exception>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    public Issue(string path, string code, string message)
        : this(path, code, IssueSeverity.Error, message)
    {
    }

    /// <summary>Creates an issue.</summary>
    /// <param name="path">Where the problem is: a JSON path or a spreadsheet cell.</param>
    /// <param name="code">The stable, kebab-case code.</param>
    /// <param name="severity">How serious it is.</param>
    /// <param name="message">A message for people.</param>
    /// <exception cref="ArgumentException">A text is empty, or <paramref name="severity"/> is not defined.</exception>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    public Issue(string path, string code, IssueSeverity severity, string message)
    {
        Path = Guard.Against.NullOrWhiteSpace(path);
        Code = Guard.Against.NullOrWhiteSpace(code);
        Severity = Guard.Against.EnumOutOfRange(severity);
        Message = Guard.Against.NullOrWhiteSpace(message);
    }

    /// <summary>Where the problem is: a JSON path (<c>$.actions[2].targetDate</c>) or a spreadsheet cell (<c>Actions!C4</c>).</summary>
    public string Path { get; }

    /// <summary>The stable, kebab-case code, for example <c>invalid-date</c>; every code is listed in <see cref="IssueCodes"/>.</summary>
    public string Code { get; }

    /// <summary>How serious it is: an error stops the value from being made; a warning does not.</summary>
    public IssueSeverity Severity { get; }

    /// <summary>A message for people.</summary>
    public string Message { get; }

    /// <summary>The severity's wire name: <c>error</c> or <c>warning</c>.</summary>
    internal string SeverityName => Severity == IssueSeverity.Error ? "error" : "warning";

    /// <summary>Returns the severity, path, code and message, for example <c>error $.asOf: invalid-date: The date does not exist.</c></summary>
    /// <returns>The issue as text.</returns>
    public override string ToString() => SeverityName + " " + Path + ": " + Code + ": " + Message;

    /// <summary>
    /// The error for a text that is too long or blank (<c>string-too-long</c>, <c>empty-string</c>), or null: the one rule
    /// the JSON readers and the C# builders apply, so both doors give the same issue.
    /// </summary>
    // The number rule both doors share: a whole number from min to max (the reader's code and message).
    internal static Issue? ForNumber(string path, int? value, int min, int max) =>
        value is int n && (n < min || n > max)
            ? new Issue(path, "number-out-of-range", "Expected a whole number from " + min.ToString(System.Globalization.CultureInfo.InvariantCulture)
                + " to " + max.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".")
            : null;

    internal static Issue? ForText(string path, string text, int maxLength)
    {
        if (text.Length > maxLength)
        {
            return new Issue(path, "string-too-long", $"The text is {text.Length} characters; the limit is {maxLength}.");
        }

        return text.Trim().Length == 0 ? new Issue(path, "empty-string", "The text may not be empty.") : null;
    }

    /// <inheritdoc />
    public bool Equals(Issue? other) =>
        other is not null
        && string.Equals(Path, other.Path, StringComparison.Ordinal)
        && string.Equals(Code, other.Code, StringComparison.Ordinal)
        && Severity == other.Severity
        && string.Equals(Message, other.Message, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Issue);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        unchecked
        {
            return (StringComparer.Ordinal.GetHashCode(Path) * 397) ^ StringComparer.Ordinal.GetHashCode(Code) ^ (int)Severity;
        }
    }
}
