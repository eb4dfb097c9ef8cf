namespace Safeguarding.Domain.Internal;

/// <summary>The lengths the model accepts, whichever door a value comes through (C#, JSON, a spreadsheet).</summary>
internal static class TextLimits
{
    /// <summary>An identifier (of a finding, recommendation, action, review) is at most this many characters.</summary>
    public const int MaxIdLength = 64;

    /// <summary>A free text is at most this many characters.</summary>
    public const int MaxTextLength = 20_000;

    /// <summary>
    /// The error for a text that is too long or blank (<c>string-too-long</c>, <c>empty-string</c>), or null: the one rule
    /// the JSON readers and the C# builders apply, so both doors give the same issue.
    /// </summary>
    public static Issue? Check(string path, string text, int maxLength)
    {
        if (text.Length > maxLength)
        {
            return new Issue(path, "string-too-long", $"The text is {text.Length} characters; the limit is {maxLength}.");
        }

        return text.Trim().Length == 0 ? new Issue(path, "empty-string", "The text may not be empty.") : null;
    }
}
