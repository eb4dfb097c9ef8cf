namespace Safeguarding.Domain;

/// <summary>
/// The outcome of making a value from a caller's input (reading a document, building a plan, evaluating case facts):
/// either the value, or every error found (never only the first), each an <see cref="Issue"/>.
/// </summary>
/// <typeparam name="T">The type of the value.</typeparam>
/// <remarks>
/// Immutable and thread-safe. A sealed class, so there is no default value to misuse: every instance is a success with a
/// value or a failure with at least one error. Bad data is never an exception; it is a failure.
/// </remarks>
public sealed class Result<T> : IEquatable<Result<T>>
{
    private readonly T? _value;

    private Result(bool success, T? value, ImmutableArray<Issue> errors)
    {
        Success = success;
        _value = value;
        Errors = errors;
    }

    /// <summary>Whether the value was made.</summary>
    public bool Success { get; }

    /// <summary>Every error found, in the order found; empty on success.</summary>
    public ImmutableArray<Issue> Errors { get; }

    /// <summary>The value.</summary>
    /// <exception cref="InvalidOperationException">The result is a failure (check <see cref="Success"/> first, or use <see cref="TryGetValue"/>).</exception>
    public T Value => Success ? _value! : throw new InvalidOperationException("The result is a failure with " + Errors.Length + " error(s); see Errors.");

    /// <summary>A success.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static Result<T> Ok(T value) =>
        new(true, value ?? throw new ArgumentNullException(nameof(value)), ImmutableArray<Issue>.Empty);

    // A factory's common end: the value when nothing was refused, otherwise the issues (nulls dropped).
    internal static Result<T> Checked(IEnumerable<Issue?> issues, Func<T> make)
    {
        var refused = issues.OfType<Issue>().ToImmutableArray();
        return refused.IsEmpty ? Ok(make()) : Fail(refused);
    }

    /// <summary>A failure.</summary>
    /// <param name="errors">The errors; at least one, each of severity <see cref="IssueSeverity.Error"/>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">There is no error, or one is null or a warning.</exception>
    public static Result<T> Fail(ImmutableArray<Issue> errors)
    {
        if (errors.IsDefaultOrEmpty)
        {
            throw new ArgumentException("A failure has at least one error.", nameof(errors));
        }

        if (errors.Any(e => e is null || e.Severity != IssueSeverity.Error))
        {
            throw new ArgumentException("A failure's issues are errors.", nameof(errors));
        }

        return new(false, default, errors);
    }

    /// <summary>The value, when there is one.</summary>
    /// <param name="value">The value, or the type's default on failure.</param>
    /// <returns>Whether the result is a success.</returns>
    public bool TryGetValue(out T value)
    {
        value = _value!;
        return Success;
    }

    /// <summary>A result with the value transformed, or the same errors.</summary>
    /// <typeparam name="TOut">The new value's type.</typeparam>
    /// <param name="map">The transformation (called only on success).</param>
    /// <returns>The new result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="map"/> is null.</exception>
    public Result<TOut> Map<TOut>(Func<T, TOut> map)
    {
        if (map is null)
        {
            throw new ArgumentNullException(nameof(map));
        }

        return Success ? Result<TOut>.Ok(map(_value!)) : Result<TOut>.Fail(Errors);
    }

    /// <summary>A result made from the value by a step that can itself fail, or the same errors.</summary>
    /// <typeparam name="TOut">The new value's type.</typeparam>
    /// <param name="next">The step (called only on success).</param>
    /// <returns>The step's result, or this failure's errors.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="next"/> is null.</exception>
    public Result<TOut> Bind<TOut>(Func<T, Result<TOut>> next)
    {
        if (next is null)
        {
            throw new ArgumentNullException(nameof(next));
        }

        return Success ? next(_value!) ?? throw new InvalidOperationException("The step returned no result.") : Result<TOut>.Fail(Errors);
    }

    /// <inheritdoc />
    public bool Equals(Result<T>? other) =>
        other is not null && Success == other.Success && Equals(_value, other._value) && Errors.SequenceEqual(other.Errors);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Result<T>);

    /// <inheritdoc />
    public override int GetHashCode() => Success ? _value?.GetHashCode() ?? 0 : Errors.Length;

    /// <summary>Returns <c>ok: </c> and the value, or <c>failed: </c>, the number of errors and the first.</summary>
    /// <returns>The result as text.</returns>
    public override string ToString() => Success ? "ok: " + _value : "failed: " + Errors.Length + " error(s), first " + Errors[0];
}
