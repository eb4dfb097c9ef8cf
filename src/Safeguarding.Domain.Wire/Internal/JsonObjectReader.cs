using System.Globalization;
using NodaTime.Text;

namespace Safeguarding.Domain.Internal;

/// <summary>
/// Reads the properties of one JSON object, recording an error with its path and code for every
/// problem (missing, null, wrong type, bad value, unknown or duplicate property) instead of throwing.
/// A document reader asks for each property it knows, then calls <see cref="RejectUnknown"/>.
/// </summary>
internal sealed class JsonObjectReader
{
    /// <summary>The longest identifier accepted (ids, agency names, enum strings).</summary>
    public const int MaxIdLength = TextLimits.MaxIdLength;

    // Contract objects have a handful of properties, so flat arrays with linear search beat hashing here.
    private readonly string[] _names;
    private readonly JsonElement[] _values;
    private readonly bool[] _asked;
    private readonly int _count;

    public JsonObjectReader(JsonElement element, string path, ErrorSink sink, JsonReadLimits limits)
    {
        Path = path;
        Sink = sink;
        Limits = limits;
        int total = 0;
        foreach (var _ in element.EnumerateObject())
        {
            total++;
        }

        _names = new string[total];
        _values = new JsonElement[total];
        _asked = new bool[total];
        foreach (var property in element.EnumerateObject())
        {
            string name = property.Name;
            if (IndexOf(name) >= 0)
            {
                sink.Add(IssuePaths.Member(path, name), "duplicate-property", "The property appears more than once in this object.");
                continue;
            }

            _names[_count] = name;
            _values[_count] = property.Value;
            _count++;
        }
    }

    public string Path { get; }

    public ErrorSink Sink { get; }

    public JsonReadLimits Limits { get; }

    public string PathOf(string name) => IssuePaths.Member(Path, name);

    /// <summary>Whether the property is present and not null.</summary>
    public bool Has(string name)
    {
        int index = IndexOf(name);
        if (index < 0)
        {
            return false;
        }

        _asked[index] = true;
        return _values[index].ValueKind != JsonValueKind.Null;
    }

    /// <summary>Records an error for every property the reader did not ask for.</summary>
    public void RejectUnknown()
    {
        for (int i = 0; i < _count; i++)
        {
            if (!_asked[i])
            {
                Sink.Add(PathOf(_names[i]), "unknown-property", "This property is not part of the document; check its spelling.");
                _asked[i] = true;
            }
        }
    }

    private int IndexOf(string name)
    {
        for (int i = 0; i < _count; i++)
        {
            if (string.Equals(_names[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Gets the raw value; records <c>missing-property</c> or <c>null-value</c> when required and absent.</summary>
    public bool TryGet(string name, bool required, out JsonElement value)
    {
        int index = IndexOf(name);
        if (index < 0)
        {
            value = default;
            if (required)
            {
                Sink.Add(PathOf(name), "missing-property", "This property is required.");
            }

            return false;
        }

        _asked[index] = true;
        value = _values[index];
        if (value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Sink.Add(PathOf(name), "null-value", "This property is required and may not be null.");
            }

            return false;
        }

        return true;
    }

    public string? Id(string name, bool required) => Text(name, required, MaxIdLength);

    public string? Text(string name, bool required) => Text(name, required, Limits.MaxTextLength);

    public string? Text(string name, bool required, int maxLength) =>
        TryGet(name, required, out var value) ? ReadText(value, PathOf(name), maxLength) : null;

    public string? ReadText(JsonElement value, string path, int maxLength)
    {
        if (!IsKind(value, JsonValueKind.String, path, "a string"))
        {
            return null;
        }

        string text = value.GetString()!;
        if (Issue.ForText(path, text, maxLength) is Issue refused)
        {
            Sink.Add(refused);
            return null;
        }

        return text;
    }

    public TEnum? Enum<TEnum>(string name, bool required, KebabNames<TEnum> names)
        where TEnum : struct, Enum =>
        TryGet(name, required, out var value) ? ReadEnum(value, PathOf(name), names) : null;

    public TEnum? ReadEnum<TEnum>(JsonElement value, string path, KebabNames<TEnum> names)
        where TEnum : struct, Enum
    {
        if (!IsKind(value, JsonValueKind.String, path, "a string"))
        {
            return null;
        }

        if (names.TryParse(value.GetString()!, out var parsed))
        {
            return parsed;
        }

        Sink.Add(path, "invalid-enum", "Expected one of: " + names.Expected + ".");
        return null;
    }

    public LocalDate? Date(string name, bool required) =>
        TryGet(name, required, out var value) ? ReadDate(value, PathOf(name)) : null;

    public LocalDate? ReadDate(JsonElement value, string path)
    {
        if (!IsKind(value, JsonValueKind.String, path, "a date string (YYYY-MM-DD)"))
        {
            return null;
        }

        var error = ContractDate.Check(value.GetString(), path, out var date);
        if (error is not null)
        {
            Sink.Add(error);
            return null;
        }

        return date;
    }

    public int? Int32(string name, bool required, int min, int max)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        string path = PathOf(name);
        if (!IsKind(value, JsonValueKind.Number, path, "a whole number"))
        {
            return null;
        }

        if (!value.TryGetInt32(out int number))
        {
            string raw = value.GetRawText();
            bool integral = raw.IndexOf(".", StringComparison.Ordinal) < 0 && raw.IndexOf("e", StringComparison.OrdinalIgnoreCase) < 0;
            Sink.Add(path, integral ? "number-out-of-range" : "invalid-number",
                $"Expected a whole number from {min} to {max}.");
            return null;
        }

        if (number < min || number > max)
        {
            Sink.Add(path, "number-out-of-range", $"Expected a whole number from {min} to {max}.");
            return null;
        }

        return number;
    }

    public bool? Boolean(string name, bool required)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        WrongType(PathOf(name), "true or false", value);
        return null;
    }

    public Period? Period(string name, bool required)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        string path = PathOf(name);
        if (!IsKind(value, JsonValueKind.String, path, "an ISO-8601 period string such as P18M"))
        {
            return null;
        }

        string text = value.GetString()!;
        var parsed = text.Length <= MaxIdLength ? PeriodPattern.NormalizingIso.Parse(text) : null;
        if (parsed is null || !parsed.Success || parsed.Value.HasTimeComponent || parsed.Value.Equals(NodaTime.Period.Zero))
        {
            Sink.Add(path, "invalid-period", "Expected a positive ISO-8601 period of years, months, weeks or days, such as P18M or P3M.");
            return null;
        }

        var period = parsed.Value;
        if (period.Years < 0 || period.Months < 0 || period.Weeks < 0 || period.Days < 0 || period.Years > 100)
        {
            Sink.Add(path, "invalid-period", "Expected a positive ISO-8601 period of at most 100 years.");
            return null;
        }

        return period;
    }

    public JsonObjectReader? Object(string name, bool required) =>
        TryGet(name, required, out var value) ? ReadObject(value, PathOf(name)) : null;

    public JsonObjectReader? ReadObject(JsonElement value, string path)
    {
        return IsKind(value, JsonValueKind.Object, path, "an object") ? new JsonObjectReader(value, path, Sink, Limits) : null;
    }

    /// <summary>Enumerates an array's items with their paths; records an error when it is not an array or too long.</summary>
    public IReadOnlyList<(JsonElement Value, string Path)> Array(string name, bool required)
    {
        if (!TryGet(name, required, out var value))
        {
            return System.Array.Empty<(JsonElement, string)>();
        }

        string path = PathOf(name);
        if (!IsKind(value, JsonValueKind.Array, path, "an array"))
        {
            return System.Array.Empty<(JsonElement, string)>();
        }

        int length = value.GetArrayLength();
        if (length > Limits.MaxArrayItems)
        {
            Sink.Add(path, "too-many-items", $"The array has {length} items; the limit is {Limits.MaxArrayItems}.");
            return System.Array.Empty<(JsonElement, string)>();
        }

        var items = new List<(JsonElement, string)>(length);
        int index = 0;
        foreach (var item in value.EnumerateArray())
        {
            items.Add((item, IssuePaths.Index(path, index++)));
        }

        return items;
    }

    // Whether the value is of the kind expected; records wrong-type when it is not.
    private bool IsKind(JsonElement value, JsonValueKind kind, string path, string expected)
    {
        if (value.ValueKind == kind)
        {
            return true;
        }

        WrongType(path, expected, value);
        return false;
    }

    /// <summary>
    /// Reads an array of objects, each with <paramref name="read"/> (null for an item it refuses, whose errors are in the
    /// sink); returns the items read, and whether every item was.
    /// </summary>
    public List<T> Objects<T>(string name, bool required, Func<JsonObjectReader, T?> read, out bool allRead)
        where T : class
    {
        var items = new List<T>();
        allRead = true;
        foreach (var (value, path) in Array(name, required))
        {
            var item = ReadObject(value, path) is JsonObjectReader reader ? read(reader) : null;
            if (item is null)
            {
                allRead = false;
            }
            else
            {
                items.Add(item);
            }
        }

        return items;
    }

    public void WrongType(string path, string expected, JsonElement actual) =>
        Sink.Add(path, "wrong-type", "Expected " + expected + ", found " + KindName(actual.ValueKind) + ".");

    private static string KindName(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    internal static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
