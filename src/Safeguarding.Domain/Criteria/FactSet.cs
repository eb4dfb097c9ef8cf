namespace Safeguarding.Domain.Criteria;

/// <summary>A set of <see cref="FactName"/> values, stored as bits so that building one never allocates.</summary>
/// <remarks>Immutable value; the default value is the empty set. Enumeration is in the order of <see cref="FactName"/>.</remarks>
public readonly struct FactSet : IEquatable<FactSet>
{
    private readonly int _bits;

    private FactSet(int bits) => _bits = bits;

    /// <summary>The set as bits, one at each fact's position (for the decision tables' packed entries).</summary>
    internal int Bits => _bits;

    /// <summary>The set of the given bits (the inverse of <see cref="Bits"/>).</summary>
    internal static FactSet FromBits(int bits) => new(bits);

    /// <summary>The empty set.</summary>
    public static FactSet Empty => default;

    /// <summary>Every fact.</summary>
    public static FactSet All => new((1 << (Count)) - 1);

    /// <summary>How many facts there are in <see cref="FactName"/>.</summary>
    public static int Count => Facts;

    // The number of facts, as a constant for the model's own bit masks (callers see Count, which may grow).
    internal const int Facts = 23;

    /// <summary>Whether the set is empty.</summary>
    public bool IsEmpty => _bits == 0;

    /// <summary>How many facts the set holds.</summary>
    internal int Size
    {
        get
        {
            int n = 0;
            for (int bits = _bits; bits != 0; bits &= bits - 1)
            {
                n++;
            }

            return n;
        }
    }

    /// <summary>A set of one fact.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>The set.</returns>
    public static FactSet Of(FactName fact) => new(1 << (int)fact);

    /// <summary>A set of the given facts.</summary>
    /// <param name="facts">The facts.</param>
    /// <returns>The set.</returns>
    public static FactSet Of(params FactName[] facts)
    {
        int bits = 0;
        foreach (var fact in facts ?? Array.Empty<FactName>())
        {
            bits |= 1 << (int)fact;
        }

        return new FactSet(bits);
    }

    /// <summary>Whether the set holds the fact.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>Whether it is in the set.</returns>
    public bool Contains(FactName fact) => (_bits & (1 << (int)fact)) != 0;

    /// <summary>The union of two sets.</summary>
    /// <param name="other">The other set.</param>
    /// <returns>The union.</returns>
    internal FactSet Union(FactSet other) => new(_bits | other._bits);

    /// <summary>The intersection of two sets.</summary>
    /// <param name="other">The other set.</param>
    /// <returns>The intersection.</returns>
    internal FactSet Intersect(FactSet other) => new(_bits & other._bits);

    /// <summary>This set with one more fact.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>The new set.</returns>
    public FactSet Add(FactName fact) => new(_bits | (1 << (int)fact));

    /// <summary>The facts, in the order of <see cref="FactName"/>.</summary>
    /// <returns>The facts as an array.</returns>
    public ImmutableArray<FactName> ToImmutableArray()
    {
        var builder = ImmutableArray.CreateBuilder<FactName>(Size);
        for (int i = 0; i < Count; i++)
        {
            if ((_bits & (1 << i)) != 0)
            {
                builder.Add((FactName)i);
            }
        }

        return builder.MoveToImmutable();
    }

    /// <summary>The facts' wire names, in the order of <see cref="FactName"/>.</summary>
    /// <returns>The names, for example <c>abuseOrNeglect</c>.</returns>
    public IReadOnlyList<string> Names()
    {
        var names = new List<string>(Size);
        foreach (var fact in ToImmutableArray())
        {
            names.Add(CaseFacts.WireName(fact));
        }

        return names;
    }

    /// <inheritdoc />
    public bool Equals(FactSet other) => _bits == other._bits;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FactSet other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _bits;

    /// <summary>The wire names, comma-separated.</summary>
    /// <returns>The set as text.</returns>
    public override string ToString() => string.Join(", ", Names());

    /// <summary>Equality.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns>Whether they hold the same facts.</returns>
    public static bool operator ==(FactSet left, FactSet right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(FactSet left, FactSet right) => !left.Equals(right);
}
