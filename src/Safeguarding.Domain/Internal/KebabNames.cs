using System.Text;

namespace Safeguarding.Domain.Internal;

/// <summary>
/// The fixed wire names (kebab-case) of an enum's values, both ways, without reflection so that the
/// library stays trimming- and AOT-safe.
/// </summary>
internal sealed class KebabNames<T>
    where T : struct, Enum
{
    private readonly Dictionary<string, T> _byName;
    private readonly Dictionary<T, string> _byValue;
    private readonly Utf8Names _utf8;
    private readonly T[] _values;

    public KebabNames(params (T Value, string Name)[] pairs)
    {
        _byName = new Dictionary<string, T>(pairs.Length, StringComparer.Ordinal);
        _byValue = new Dictionary<T, string>(pairs.Length);
        var all = new StringBuilder();
        foreach (var (value, name) in pairs)
        {
            _byName.Add(name, value);
            _byValue.Add(value, name);
            if (all.Length > 0)
            {
                all.Append(", ");
            }

            all.Append(name);
        }

        Expected = all.ToString();
        _values = new T[pairs.Length];
        var names = new string[pairs.Length];
        for (int i = 0; i < pairs.Length; i++)
        {
            (_values[i], names[i]) = pairs[i];
        }

        _utf8 = new Utf8Names(names);
    }

    /// <summary>The accepted names, comma-separated, for error messages.</summary>
    public string Expected { get; }

    public IEnumerable<string> Names => _byName.Keys;

    public bool TryParse(string name, out T value) => _byName.TryGetValue(name, out value);

    /// <summary>Parses a name given as UTF-8 bytes (unescaped), without making a string of it.</summary>
    public bool TryParse(ReadOnlySpan<byte> utf8, out T value)
    {
        int index = _utf8.IndexOf(utf8);
        value = index >= 0 ? _values[index] : default;
        return index >= 0;
    }

    public bool Has(T value) => _byValue.ContainsKey(value);

    public string Name(T value) => _byValue.TryGetValue(value, out var name)
        ? name
        : throw new ArgumentOutOfRangeException(nameof(value), "The value has no wire name.");
}
