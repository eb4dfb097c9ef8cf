namespace Safeguarding.Domain.Serialization;

/// <summary>
/// Thrown by the library's System.Text.Json converters (<see cref="SafeguardingJsonContext"/>) when a contract document cannot
/// be read: it carries every <see cref="Issue"/> the library's strict reader found, with their paths and codes.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe. <see cref="JsonException.Path"/> is the first error's path and
/// <see cref="Exception.Message"/> names only that error's code and path and how many errors there are: neither the message nor
/// <see cref="Exception.ToString"/> ever repeats text taken from the document, and the exception has no inner exception. The
/// errors' own messages (<see cref="Errors"/>) follow the same rule.</para>
/// <para>Paths are relative to the document: <c>$</c> is the value the converter read, also when that value is a property of a
/// larger JSON text. The errors are exactly those that the document's <c>Read</c> method (for example
/// <see cref="ActionPlans.ActionPlanDocument.Read(ReadOnlyMemory{byte})"/>) returns for the same bytes; callers who prefer
/// errors as values should call that method instead.</para>
/// </remarks>
public sealed class SafeguardingJsonException : JsonException
{
    /// <summary>Creates the exception from the errors of a failed read.</summary>
    /// <param name="errors">The errors, in document order; at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="errors"/> is empty or holds a null error.</exception>
    public SafeguardingJsonException(ImmutableArray<Issue> errors)
        : base(MessageOf(errors), First(errors).Path, null, null)
    {
        Errors = errors;
    }

    /// <summary>Every error found, in document order; never empty.</summary>
    public ImmutableArray<Issue> Errors { get; }

    /// <summary>The first error's stable, kebab-case code, for example <c>invalid-date</c>.</summary>
    public string Code => Errors[0].Code;

    private static Issue First(ImmutableArray<Issue> errors)
    {
        if (errors.IsDefaultOrEmpty)
        {
            throw new ArgumentException("A failed read has at least one error.", nameof(errors));
        }

        foreach (var error in errors)
        {
            if (error is null)
            {
                throw new ArgumentException("An error is null.", nameof(errors));
            }
        }

        return errors[0];
    }

    // Only the code and the path: the errors' messages are safe too, but the exception's text is kept to what a log needs.
    private static string MessageOf(ImmutableArray<Issue> errors)
    {
        var first = First(errors);
        string message = "The document cannot be read: " + first.Code + " at " + first.Path + ".";
        return errors.Length switch
        {
            1 => message,
            2 => message + " There is 1 more error; see Errors.",
            _ => message + " There are " + (errors.Length - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + " more errors; see Errors.",
        };
    }
}
