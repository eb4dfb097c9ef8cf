using System;
using Ardalis.GuardClauses;

namespace Safeguarding.Domain.ActionPlans;

/// <summary>
/// One traceability problem in an action plan: the JSON path it concerns (for example
/// <c>$.actions[2].recommendations[0]</c>), a stable code, a severity and a message.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Codes: <c>unknown-finding</c>, <c>unknown-recommendation</c>,
/// <c>unknown-action</c>, <c>duplicate-id</c>, <c>reference-cycle</c>, <c>recommendation-without-finding</c>,
/// <c>action-without-recommendation</c>, <c>recommendation-without-actions</c>,
/// <c>finding-without-recommendation</c>, <c>action-past-horizon</c>, <c>completed-before-started</c>.
/// Messages name ids and dates, never the plan's free text.
/// </remarks>
public sealed class ValidationIssue : IEquatable<ValidationIssue>
{
    /// <summary>Creates an issue.</summary>
    /// <param name="path">The JSON path the issue concerns.</param>
    /// <param name="code">The stable, kebab-case code.</param>
    /// <param name="severity">How serious it is.</param>
    /// <param name="message">A message for people, without free text from the plan.</param>
    /// <exception cref="ArgumentException">A text is empty, or <paramref name="severity"/> is not defined.</exception>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    public ValidationIssue(string path, string code, IssueSeverity severity, string message)
    {
        Path = Guard.Against.NullOrWhiteSpace(path);
        Code = Guard.Against.NullOrWhiteSpace(code);
        Severity = Guard.Against.EnumOutOfRange(severity);
        Message = Guard.Against.NullOrWhiteSpace(message);
    }

    /// <summary>The JSON path the issue concerns.</summary>
    public string Path { get; }

    /// <summary>The stable, kebab-case code.</summary>
    public string Code { get; }

    /// <summary>How serious the issue is.</summary>
    public IssueSeverity Severity { get; }

    /// <summary>A message for people.</summary>
    public string Message { get; }

    /// <summary>The severity's wire name: <c>error</c> or <c>warning</c>.</summary>
    public string SeverityName => Severity == IssueSeverity.Error ? "error" : "warning";

    /// <summary>Returns <c>severity path: code: message</c>.</summary>
    /// <returns>The issue as one line.</returns>
    public override string ToString() => SeverityName + " " + Path + ": " + Code + ": " + Message;

    /// <inheritdoc />
    public bool Equals(ValidationIssue? other) =>
        other is not null && string.Equals(Path, other.Path, StringComparison.Ordinal)
        && string.Equals(Code, other.Code, StringComparison.Ordinal) && Severity == other.Severity
        && string.Equals(Message, other.Message, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ValidationIssue);

    /// <inheritdoc />
    public override int GetHashCode() => PlanGuards.Hash(Path) ^ (PlanGuards.Hash(Code) * 31);
}
