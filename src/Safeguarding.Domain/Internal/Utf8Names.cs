using System.Text;

namespace Safeguarding.Domain.Internal;

/// <summary>
/// A fixed set of names matched as UTF-8 bytes, so that a forward reader recognises a property name or an enum string
/// without making a string of it. Names are bucketed by length; a bucket holds one or two names.
/// </summary>
internal sealed class Utf8Names
{
    private readonly byte[][] _names;
    private readonly int[][] _byLength;

    public Utf8Names(params string[] names)
    {
        _names = new byte[names.Length][];
        int longest = 0;
        for (int i = 0; i < names.Length; i++)
        {
            _names[i] = Encoding.UTF8.GetBytes(names[i]);
            longest = Math.Max(longest, _names[i].Length);
        }

        var buckets = new List<int>[longest + 1];
        for (int i = 0; i < names.Length; i++)
        {
            (buckets[_names[i].Length] ??= new List<int>()).Add(i);
        }

        _byLength = new int[longest + 1][];
        for (int length = 0; length <= longest; length++)
        {
            _byLength[length] = buckets[length]?.ToArray() ?? System.Array.Empty<int>();
        }
    }

    public int Count => _names.Length;

    /// <summary>The index of the name, or -1.</summary>
    public int IndexOf(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length >= _byLength.Length)
        {
            return -1;
        }

        foreach (int i in _byLength[utf8.Length])
        {
            if (utf8.SequenceEqual(_names[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
