using Safeguarding.Domain.Serialization;

namespace Safeguarding.Domain.Criteria;

/// <summary>A case facts document as read from JSON: the facts, and the options the document sets.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CaseFactsDocument
{
    /// <summary>Creates a document.</summary>
    /// <param name="facts">The case facts.</param>
    /// <param name="options">The options (the defaults unless the document sets <c>englandTransition</c> or <c>rapidReviewClockStart</c>).</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="options"/> is null.</exception>
    internal CaseFactsDocument(CaseFacts facts, CriteriaOptions options)
    {
        Facts = facts;
        Options = Guard.Against.Null(options);
    }

    /// <summary>The case facts.</summary>
    public CaseFacts Facts { get; }

    /// <summary>The options.</summary>
    public CriteriaOptions Options { get; }
}
