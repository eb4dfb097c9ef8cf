using Safeguarding.Domain.Internal;

namespace Safeguarding.Domain.Serialization;

/// <summary>
/// Bounds that every document reader enforces, so that hostile or broken input is refused with an
/// error instead of exhausting memory or time.
/// </summary>
/// <remarks>Immutable and thread-safe. <see cref="Default"/> suits every document of the contract.</remarks>
public sealed class JsonReadLimits
{
    /// <summary>Creates limits.</summary>
    /// <param name="maxDocumentBytes">The largest document accepted, in bytes (code <c>too-large</c>).</param>
    /// <param name="maxDepth">The deepest nesting of objects and arrays accepted (code <c>too-deep</c>).</param>
    /// <param name="maxTextLength">The longest free-text value accepted, in characters (code <c>string-too-long</c>).</param>
    /// <param name="maxArrayItems">The most items accepted in any one array (code <c>too-many-items</c>).</param>
    /// <exception cref="System.ArgumentException">A limit is zero or negative.</exception>
    public JsonReadLimits(int maxDocumentBytes, int maxDepth, int maxTextLength, int maxArrayItems)
    {
        MaxDocumentBytes = Guard.Against.NegativeOrZero(maxDocumentBytes);
        MaxDepth = Guard.Against.NegativeOrZero(maxDepth);
        MaxTextLength = Guard.Against.NegativeOrZero(maxTextLength);
        MaxArrayItems = Guard.Against.NegativeOrZero(maxArrayItems);
    }

    /// <summary>
    /// The defaults: 16 MiB a document, 32 levels of nesting, 20,000 characters of free text a value,
    /// and 200,000 items an array.
    /// </summary>
    public static JsonReadLimits Default { get; } = new(16 * 1024 * 1024, 32, TextLimits.MaxTextLength, 200_000);

    /// <summary>The largest document accepted, in bytes.</summary>
    public int MaxDocumentBytes { get; }

    /// <summary>The deepest nesting of objects and arrays accepted.</summary>
    public int MaxDepth { get; }

    /// <summary>The longest free-text value accepted, in characters. Identifiers have their own, shorter limit of 64.</summary>
    public int MaxTextLength { get; }

    /// <summary>The most items accepted in any one array.</summary>
    public int MaxArrayItems { get; }
}
