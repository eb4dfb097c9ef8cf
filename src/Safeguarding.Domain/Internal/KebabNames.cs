using System;
using System.Collections.Generic;
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
    }

    /// <summary>The accepted names, comma-separated, for error messages.</summary>
    public string Expected { get; }

    public IEnumerable<string> Names => _byName.Keys;

    public bool TryParse(string name, out T value) => _byName.TryGetValue(name, out value);

    public bool Has(T value) => _byValue.ContainsKey(value);

    public string Name(T value) => _byValue.TryGetValue(value, out var name)
        ? name
        : throw new ArgumentOutOfRangeException(nameof(value), "The value has no wire name.");
}
