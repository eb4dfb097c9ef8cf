using System;
using System.Collections.Immutable;

namespace Safeguarding.Domain.Serialization;

/// <summary>
/// The outcome of reading an input document: either the value, or every error found (never only the first).
/// </summary>
/// <typeparam name="T">The type of the value read.</typeparam>
/// <remarks>
/// Reading never throws for bad data; errors are values. The default value of this struct is a failure
/// with no errors and should not be used: obtain instances from the readers.
/// </remarks>
public readonly struct ReadResult<T> : IEquatable<ReadResult<T>>
    where T : class
{
    private readonly T? _value;
    private readonly ImmutableArray<InputError> _errors;

    private ReadResult(T? value, ImmutableArray<InputError> errors)
    {
        _value = value;
        _errors = errors;
    }

    /// <summary>Whether the document was read without errors.</summary>
    public bool Success => _value is not null;

    /// <summary>The errors, in document order; empty on success.</summary>
    public ImmutableArray<InputError> Errors => _errors.IsDefault ? ImmutableArray<InputError>.Empty : _errors;

    /// <summary>The value read.</summary>
    /// <exception cref="InvalidOperationException">The read failed (see <see cref="Errors"/>).</exception>
    public T Value => _value ?? throw new InvalidOperationException("The document could not be read; see Errors.");

    /// <summary>A successful result.</summary>
    /// <param name="value">The value read.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static ReadResult<T> Ok(T value) =>
        new(value ?? throw new ArgumentNullException(nameof(value)), ImmutableArray<InputError>.Empty);

    /// <summary>A failed result.</summary>
    /// <param name="errors">The errors; at least one.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException"><paramref name="errors"/> is empty.</exception>
    public static ReadResult<T> Fail(ImmutableArray<InputError> errors)
    {
        if (errors.IsDefaultOrEmpty)
        {
            throw new ArgumentException("A failed read has at least one error.", nameof(errors));
        }

        return new(null, errors);
    }

    /// <inheritdoc />
    public bool Equals(ReadResult<T> other) =>
        Equals(_value, other._value) && Errors.AsSpan().SequenceEqual(other.Errors.AsSpan());

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ReadResult<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value?.GetHashCode() ?? Errors.Length;

    /// <summary>Equality of two results.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ReadResult<T> left, ReadResult<T> right) => left.Equals(right);

    /// <summary>Inequality of two results.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ReadResult<T> left, ReadResult<T> right) => !left.Equals(right);
}
