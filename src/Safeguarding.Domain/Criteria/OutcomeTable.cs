using System.Threading;

namespace Safeguarding.Domain.Criteria;

/// <summary>
/// The outcomes and missing facts of several determinations (a regime's for one subject, and the companions' applied
/// beside it) for every combination of ALL the facts any of them reads, unknown included, in one span of dates in
/// which none of their criteria starts or ends. An outcomes-only evaluation of a case is then one index computation
/// (a sum of lookups on the bytes of <see cref="CaseFacts.Codes"/>) and one read of a few adjacent integers.
/// </summary>
/// <remarks>
/// Each combination is answered the first time it is asked for, by the exact evaluator (<see cref="Evaluator.Decide"/>),
/// so the table gives the same outcomes and missing facts by construction; a regime that reads ten facts has more
/// combinations than are ever met, so the answers are kept in pages allocated as their combinations are met. Thread-safe: two threads may answer the same combination, with equal answers.
/// </remarks>
internal sealed class OutcomeTable
{
    /// <summary>The most combinations a table may have (its answers are allocated a page at a time, as they are met).</summary>
    public const int MaxCombinations = 1 << 22;

    private readonly Jurisdiction _jurisdiction;
    private readonly Subject _subject;
    private readonly LocalDate _date;
    private readonly KindGroup[] _groups;
    private readonly DeterminationKind[] _kinds;
    private readonly FactName[] _facts;
    private readonly int[] _radix;

    // For each byte of the codes, 256 contributions to the index (see Build).
    private readonly int[] _contributions;

    // The answers in pages of PageSize combinations, each page allocated when one of its combinations is first asked
    // for (a table of many facts is mostly never met); Count answers a combination, each 0 until answered, then
    // (missing facts << 8) | (outcome + 1).
    private const int PageShift = 10;
    private const int PageSize = 1 << PageShift;
    private readonly int[]?[] _pages;

    private OutcomeTable(Jurisdiction jurisdiction, Subject subject, LocalDate date, KindGroup[] groups, FactName[] facts,
        int[] radix, int[] contributions, int combinations)
    {
        _jurisdiction = jurisdiction;
        _subject = subject;
        _date = date;
        _groups = groups;
        _kinds = Array.ConvertAll(groups, g => g.Kind);
        _facts = facts;
        _radix = radix;
        _contributions = contributions;
        Combinations = combinations;
        _pages = new int[]?[((combinations - 1) >> PageShift) + 1];
    }

    /// <summary>How many combinations of the facts read there are.</summary>
    public int Combinations { get; }

    /// <summary>How many determinations each combination answers.</summary>
    public int Count => _kinds.Length;

    /// <summary>The number of combinations of the facts the groups read on a date (a table is built when it is small enough).</summary>
    public static long CombinationsOf(IReadOnlyList<KindGroup> groups, LocalDate date)
    {
        long combinations = 1;
        foreach (var fact in FactsRead(groups, date))
        {
            combinations *= CaseFacts.CodeSlot(fact).Radix;
        }

        return combinations;
    }

    /// <summary>The table of the groups (all of one jurisdiction and subject) on a date; the answers are allocated on first use.</summary>
    public static OutcomeTable Build(Jurisdiction jurisdiction, Subject subject, LocalDate date, IReadOnlyList<KindGroup> groups)
    {
        var facts = FactsRead(groups, date);
        var radix = new int[facts.Length];
        var strides = new int[facts.Length];
        int combinations = 1;
        for (int k = 0; k < facts.Length; k++)
        {
            radix[k] = CaseFacts.CodeSlot(facts[k]).Radix;
            strides[k] = combinations;
            if ((long)combinations * radix[k] > MaxCombinations)
            {
                throw new InvalidOperationException("The determinations read too many facts for one table of their combinations.");
            }

            combinations *= radix[k];
        }

        // A byte's contribution is the sum, over the facts whose codes it holds, of code times stride; all eight bytes
        // have 256 entries (zero where no fact read sits), so the index is eight independent lookups.
        var contributions = new int[8 * 256];
        for (int b = 0; b < 8; b++)
        {
            for (int value = 0; value < 256; value++)
            {
                int sum = 0;
                for (int k = 0; k < facts.Length; k++)
                {
                    var (shift, size) = CaseFacts.CodeSlot(facts[k]);
                    if (shift / 8 == b)
                    {
                        // A code out of range never occurs in valid facts; it reads as unknown rather than out of the table.
                        int code = (value >> (shift % 8)) & (size > 4 ? 7 : 3);
                        sum += (code < size ? code : 0) * strides[k];
                    }
                }

                contributions[(b * 256) + value] = sum;
            }
        }

        var array = new KindGroup[groups.Count];
        for (int g = 0; g < array.Length; g++)
        {
            array[g] = groups[g];
        }

        return new OutcomeTable(jurisdiction, subject, date, array, facts, radix, contributions, combinations);
    }

    /// <summary>The index of the facts' combination.</summary>
    public int IndexOf(ulong codes)
    {
        var c = _contributions;
        return c[(int)(codes & 0xFF)] + c[0x100 | (int)((codes >> 8) & 0xFF)] + c[0x200 | (int)((codes >> 16) & 0xFF)]
            + c[0x300 | (int)((codes >> 24) & 0xFF)] + c[0x400 | (int)((codes >> 32) & 0xFF)] + c[0x500 | (int)((codes >> 40) & 0xFF)]
            + c[0x600 | (int)((codes >> 48) & 0xFF)] + c[0x700 | (int)(codes >> 56)];
    }

    /// <summary>Writes the determinations' outcomes for the facts from <paramref name="written"/> on; returns the new count.</summary>
    public int Write(ulong codes, Span<KindOutcome> destination, int written)
    {
        var kinds = _kinds;
        if (kinds.Length == 0)
        {
            return written;
        }

        int index = IndexOf(codes);
        int at = (index & (PageSize - 1)) * kinds.Length;
        var page = _pages[index >> PageShift];
        if (page is null || Volatile.Read(ref page[at]) == 0)
        {
            page = Answer(index);
        }

        var into = destination.Slice(written, kinds.Length);
        for (int i = 0; i < into.Length; i++)
        {
            int answer = page[at + i];
            into[i] = new KindOutcome(kinds[i], (ReviewOutcome)((answer & 0xFF) - 1), FactSet.FromBits(answer >> 8));
        }

        return written + kinds.Length;
    }

    /// <summary>Answers a combination with the exact evaluator and returns its page.</summary>
    private int[] Answer(int index)
    {
        int n = _groups.Length;
        ref var slot = ref _pages[index >> PageShift];
        if (slot is null)
        {
            Interlocked.CompareExchange(ref slot, new int[PageSize * n], null);
        }

        var page = slot!;
        var combination = new CaseFacts(_jurisdiction, _subject, _date);
        int rest = index;
        for (int k = 0; k < _facts.Length; k++)
        {
            int code = rest % _radix[k];
            rest /= _radix[k];
            combination = combination.With(_facts[k], code - 1);
        }

        // The first determination's answer is written last: once it is set, the others are.
        int at = (index & (PageSize - 1)) * n;
        for (int g = n - 1; g >= 0; g--)
        {
            var outcome = Evaluator.Decide(_groups[g], in combination, out var missing);
            int answer = (missing.Bits << 8) | ((int)outcome + 1);
            if (g == 0)
            {
                Volatile.Write(ref page[at], answer);
            }
            else
            {
                page[at + g] = answer;
            }
        }

        return page;
    }

    private static FactName[] FactsRead(IReadOnlyList<KindGroup> groups, LocalDate date)
    {
        var read = FactSet.Empty;
        foreach (var group in groups)
        {
            read = read.Union(group.FactsOn(date));
        }

        var facts = new FactName[read.Size];
        int k = 0;
        for (int i = 0; i < FactSet.Count; i++)
        {
            if (read.Contains((FactName)i))
            {
                facts[k++] = (FactName)i;
            }
        }

        return facts;
    }
}
