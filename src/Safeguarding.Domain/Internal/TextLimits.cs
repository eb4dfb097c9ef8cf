namespace Safeguarding.Domain.Internal;

/// <summary>The lengths the model accepts, whichever door a value comes through (C#, JSON, a spreadsheet).</summary>
internal static class TextLimits
{
    /// <summary>An identifier (of a finding, recommendation, action, review) is at most this many characters.</summary>
    public const int MaxIdLength = 64;

    /// <summary>A free text is at most this many characters.</summary>
    public const int MaxTextLength = 20_000;
}
