using Safeguarding.Domain.Internal;

namespace Safeguarding.Domain.Serialization;

/// <summary>
/// A JSON Schema object under construction: its keywords in the order they are written. Values are strings, whole numbers,
/// booleans, null, arrays of those, or nodes.
/// </summary>
/// <remarks>Mutable while a schema is built, then only written; not thread-safe.</remarks>
internal sealed class SchemaNode
{
    private readonly List<KeyValuePair<string, object?>> _keywords = new();

    /// <summary>Sets a keyword, keeping its place if it is already set.</summary>
    public SchemaNode Set(string keyword, object? value)
    {
        int at = _keywords.FindIndex(k => k.Key == keyword);
        if (at >= 0)
        {
            _keywords[at] = new KeyValuePair<string, object?>(keyword, value);
        }
        else
        {
            _keywords.Add(new KeyValuePair<string, object?>(keyword, value));
        }

        return this;
    }

    /// <summary>The keywords, in order.</summary>
    public IEnumerable<KeyValuePair<string, object?>> Keywords => _keywords;

    /// <summary>Whether a keyword is set.</summary>
    public bool Has(string keyword) => _keywords.Exists(k => k.Key == keyword);

    /// <summary>A keyword's value, or null.</summary>
    public object? Get(string keyword) => _keywords.FirstOrDefault(k => k.Key == keyword).Value;

    /// <summary>Removes a keyword.</summary>
    public SchemaNode Remove(string keyword)
    {
        _keywords.RemoveAll(k => k.Key == keyword);
        return this;
    }

    /// <summary>A shallow copy (nested nodes are shared; the builders never change a node once it is nested).</summary>
    public SchemaNode Copy()
    {
        var copy = new SchemaNode();
        copy._keywords.AddRange(_keywords);
        return copy;
    }

    /// <summary>The schema as a file: indented by two spaces, non-ASCII text unescaped, one final line feed.</summary>
    public string ToFileText() => new System.Text.StringBuilder(JsonText.Write(w => WriteTo(w, this))).Replace("\r\n", "\n").Append('\n').ToString();

    private static void WriteTo(Utf8JsonWriter w, object? value)
    {
        switch (value)
        {
            case null:
                w.WriteNullValue();
                break;
            case string text:
                w.WriteStringValue(text);
                break;
            case int number:
                w.WriteNumberValue(number);
                break;
            case bool flag:
                w.WriteBooleanValue(flag);
                break;
            case SchemaNode node:
                w.WriteStartObject();
                foreach (var keyword in node._keywords)
                {
                    w.WritePropertyName(keyword.Key);
                    WriteTo(w, keyword.Value);
                }

                w.WriteEndObject();
                break;
            case IEnumerable<object?> items:
                w.WriteStartArray();
                foreach (var item in items)
                {
                    WriteTo(w, item);
                }

                w.WriteEndArray();
                break;
            default:
                throw new System.InvalidOperationException("A schema value must be text, a whole number, a boolean, null, an array or a node.");
        }
    }
}
