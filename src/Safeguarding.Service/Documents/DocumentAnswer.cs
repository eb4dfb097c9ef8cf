using System.Collections.Immutable;

namespace Safeguarding.Service.Documents;

/// <summary>
/// What one door answers for one input document: either the command's output in the requested format, or the
/// input errors that stopped it. Both the command line and the HTTP service print exactly this.
/// </summary>
internal sealed class DocumentAnswer
{
    private DocumentAnswer(string? output, ImmutableArray<Issue> errors, bool valid)
    {
        Output = output;
        Errors = errors;
        Valid = valid;
    }

    /// <summary>The output, or null when the document could not be read.</summary>
    public string? Output { get; }

    /// <summary>The input errors; empty when there is an output.</summary>
    public ImmutableArray<Issue> Errors { get; }

    /// <summary>Whether there is an output.</summary>
    public bool Succeeded => Output is not null;

    /// <summary>
    /// False when the document was read but the model found it invalid (a refused review event, a plan with
    /// traceability errors): the output still reports it, and <c>--strict</c> turns it into a failure.
    /// </summary>
    public bool Valid { get; }

    public static DocumentAnswer Answered(string output, bool valid) => new(output ?? throw new ArgumentNullException(nameof(output)), ImmutableArray<Issue>.Empty, valid);

    public static DocumentAnswer Failed(IEnumerable<Issue> errors)
    {
        var list = errors.ToImmutableArray();
        if (list.IsEmpty)
        {
            throw new ArgumentException("A failed answer has at least one error.", nameof(errors));
        }

        return new DocumentAnswer(null, list, valid: false);
    }

    /// <summary>Writes a computed model, or passes its read errors on.</summary>
    public static DocumentAnswer From<T>(Result<T> result, Func<T, string> write, Func<T, bool> valid)
        where T : class =>
        result.Success ? Answered(write(result.Value), valid(result.Value)) : Failed(result.Errors);
}
