using System;
using Ardalis.GuardClauses;

namespace Safeguarding.Domain.Serialization;

/// <summary>
/// One reason why an input document cannot be read into the model: the JSON path it concerns, a
/// stable code and a message. The message never repeats free text from the input.
/// </summary>
/// <remarks>Immutable and thread-safe. Codes are kebab-case and stable across versions (see the README's error table).</remarks>
public sealed class InputError : IEquatable<InputError>
{
    /// <summary>Creates an input error.</summary>
    /// <param name="path">The JSON path, for example <c>$.actions[3].targetDate</c>; <c>$</c> for the whole document.</param>
    /// <param name="code">The stable error code, for example <c>invalid-date</c>.</param>
    /// <param name="message">A message for people; it must not contain free text taken from the input.</param>
    /// <exception cref="ArgumentException">An argument is empty or white space.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public InputError(string path, string code, string message)
    {
        Path = Guard.Against.NullOrWhiteSpace(path);
        Code = Guard.Against.NullOrWhiteSpace(code);
        Message = Guard.Against.NullOrWhiteSpace(message);
    }

    /// <summary>The JSON path the error concerns; <c>$</c> for the whole document.</summary>
    public string Path { get; }

    /// <summary>The stable, kebab-case error code.</summary>
    public string Code { get; }

    /// <summary>A message for people. It names what is wrong and what was expected, never the input's own text.</summary>
    public string Message { get; }

    /// <summary>Returns <c>path: code: message</c>.</summary>
    /// <returns>The error as one line of text.</returns>
    public override string ToString() => Path + ": " + Code + ": " + Message;

    /// <inheritdoc />
    public bool Equals(InputError? other) =>
        other is not null
        && string.Equals(Path, other.Path, StringComparison.Ordinal)
        && string.Equals(Code, other.Code, StringComparison.Ordinal)
        && string.Equals(Message, other.Message, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as InputError);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        unchecked
        {
            return (StringComparer.Ordinal.GetHashCode(Path) * 397) ^ StringComparer.Ordinal.GetHashCode(Code);
        }
    }
}
