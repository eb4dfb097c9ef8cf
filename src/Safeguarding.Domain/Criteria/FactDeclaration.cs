using Safeguarding.Domain.Internal;

namespace Safeguarding.Domain.Criteria;

/// <summary>How a fact's values are stored, read and written.</summary>
internal enum FactKind
{
    /// <summary>Yes, no or unknown (<see cref="TriState"/>).</summary>
    YesNo,

    /// <summary>One of a few named values (an enum whose 0 is unknown).</summary>
    Choice,

    /// <summary>A whole number of years, compared with the rules' age thresholds through its band.</summary>
    Age,
}

/// <summary>
/// A fact's code in <see cref="CaseFacts.Codes"/>: 0 when unknown, otherwise 1 + the index of its known value, which is
/// also the value of the fact's enum. Named so that a fact's wire names form a <see cref="KebabNames{T}"/> table.
/// </summary>
internal enum FactCode
{
    /// <summary>The fact is unknown.</summary>
    Unknown = 0,
}

/// <summary>
/// One case fact, declared once (<see cref="FactDeclarations.All"/>): its name, wire name, values, description and the
/// jurisdictions whose rules read it. The fact set, <see cref="CaseFacts"/>' code slots, the readers, the writer and the
/// case facts schema derive from it.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class FactDeclaration
{
    internal FactDeclaration(FactName name, string wireName, FactKind kind, int shift, int width, ImmutableArray<string> knownValues,
        ImmutableArray<Jurisdiction> readBy, string description)
    {
        Name = name;
        WireName = wireName;
        Kind = kind;
        Shift = shift;
        Mask = (1UL << width) - 1;
        KnownValues = knownValues;
        DomainSize = kind == FactKind.Age ? CaseFacts.AgeBands : knownValues.Length;
        ReadBy = readBy;
        Description = description;
        if (kind != FactKind.Age)
        {
            var pairs = new (FactCode, string)[knownValues.Length + 1];
            for (int i = 0; i < knownValues.Length; i++)
            {
                pairs[i] = ((FactCode)(i + 1), knownValues[i]);
            }

            pairs[knownValues.Length] = (FactCode.Unknown, "unknown");
            Values = new KebabNames<FactCode>(pairs);
        }
    }

    /// <summary>The fact.</summary>
    public FactName Name { get; }

    /// <summary>The case facts document's property name (camelCase).</summary>
    public string WireName { get; }

    /// <summary>How the fact's values are stored, read and written.</summary>
    public FactKind Kind { get; }

    /// <summary>The bit offset of the fact's code in <see cref="CaseFacts.Codes"/>.</summary>
    public int Shift { get; }

    /// <summary>The bits of the fact's code, at bit 0.</summary>
    public ulong Mask { get; }

    /// <summary>The wire names of the known values, in code order (code = 1 + index); empty for an age.</summary>
    public ImmutableArray<string> KnownValues { get; }

    /// <summary>How many known values the evaluator enumerates (an age's bands).</summary>
    public int DomainSize { get; }

    /// <summary>How many codes the fact takes, unknown included.</summary>
    public int Radix => DomainSize + 1;

    /// <summary>The known values then <c>unknown</c>, by code; null for an age.</summary>
    public KebabNames<FactCode>? Values { get; }

    /// <summary>The jurisdictions whose regimes (or companion regimes) read the fact.</summary>
    public ImmutableArray<Jurisdiction> ReadBy { get; }

    /// <summary>What the fact says, as the case facts schema describes it.</summary>
    public string Description { get; }
}
