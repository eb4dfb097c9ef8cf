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

    /// <summary>Writes the string where there is one; nothing where there is none (absent means "not given").</summary>
    public static void WriteIfGiven(this Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    /// <summary>Writes the date (ISO) where there is one; nothing where there is none.</summary>
    public static void WriteIfGiven(this Utf8JsonWriter w, string name, LocalDate? value) =>
        w.WriteIfGiven(name, value is LocalDate date ? ContractDate.Format(date) : null);

    /// <summary>Writes the number where there is one; nothing where there is none.</summary>
    public static void WriteIfGiven(this Utf8JsonWriter w, string name, int? value)
    {
        if (value is int number)
        {
            w.WriteNumber(name, number);
        }
    }

    /// <summary>Writes the boolean where there is one; nothing where there is none.</summary>
    public static void WriteIfGiven(this Utf8JsonWriter w, string name, bool? value)
    {
        if (value is bool flag)
        {
            w.WriteBoolean(name, flag);
        }
    }

    /// <summary>Writes an array of strings, in their order.</summary>
    public static void WriteStrings(this Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    /// <summary>Writes an array of objects, one an item in their order, each with the properties <paramref name="writeProperties"/> writes.</summary>
    public static void WriteObjects<T>(this Utf8JsonWriter w, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> writeProperties)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStartObject();
            writeProperties(w, item);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>Writes the issues as an array of objects with <c>path</c>, <c>code</c>, <c>severity</c> and
    /// <c>message</c>, in their order.</summary>
    public static void WriteIssues(this Utf8JsonWriter w, string name, ImmutableArray<Issue> issues) =>
        w.WriteObjects(name, issues, static (w, issue) =>
        {
            w.WriteString("path", issue.Path);
            w.WriteString("code", issue.Code);
            w.WriteString("severity", issue.SeverityName);
            w.WriteString("message", issue.Message);
        });
}
