namespace Safeguarding.Domain.Internal;

/// <summary>The property shapes the output documents share: a value or <c>null</c>, and a list of validation issues.</summary>
internal static class JsonWriterExtensions
{
    /// <summary>Writes the string, or <c>null</c> where there is none.</summary>
    public static void WriteStringOrNull(this Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    /// <summary>Writes the number, or <c>null</c> where there is none.</summary>
    public static void WriteNumberOrNull(this Utf8JsonWriter w, string name, int? value)
    {
        if (value is int number)
        {
            w.WriteNumber(name, number);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    /// <summary>Writes the number, or <c>null</c> where there is none.</summary>
    public static void WriteNumberOrNull(this Utf8JsonWriter w, string name, double? value)
    {
        if (value is double number)
        {
            w.WriteNumber(name, number);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    /// <summary>Writes the issues as an array of objects with <c>path</c>, <c>code</c>, <c>severity</c> and
    /// <c>message</c>, in their order.</summary>
    public static void WriteIssues(this Utf8JsonWriter w, string name, ImmutableArray<Issue> issues)
    {
        w.WriteStartArray(name);
        foreach (var issue in issues)
        {
            w.WriteStartObject();
            w.WriteString("path", issue.Path);
            w.WriteString("code", issue.Code);
            w.WriteString("severity", issue.SeverityName);
            w.WriteString("message", issue.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
