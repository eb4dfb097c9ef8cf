namespace Safeguarding.Domain.Criteria;

/// <summary>
/// Decides one determination exactly: every completion of the unknown facts its rules read is evaluated once;
/// the outcome is determined when all completions agree, and a fact is missing when changing it alone changes
/// the outcome of some completion (the contract's definition of <c>missingFacts</c>). Allocation-free.
/// </summary>
internal static class Evaluator
{
    /// <summary>
    /// The most completions enumerated for one determination: the Welsh offensive weapons homicide review, which reads
    /// its own facts and those of the domestic homicide and adult practice reviews, needs 6,912.
    /// </summary>
    private const int MaxCompletions = 16384;

    public static ReviewOutcome Decide(KindGroup group, in CaseFacts facts, out FactSet missing)
    {
        var unknown = group.FactsOn(facts.DecisionDate).Intersect(facts.UnknownFacts);
        Span<int> names = stackalloc int[FactSet.Count];
        Span<int> radix = stackalloc int[FactSet.Count];
        Span<int> stride = stackalloc int[FactSet.Count];
        int n = 0;
        int total = 1;
        for (int i = 0; i < FactSet.Count; i++)
        {
            if (unknown.Contains((FactName)i))
            {
                names[n] = i;
                radix[n] = CaseFacts.DomainSize((FactName)i);
                stride[n] = total;
                total *= radix[n];
                n++;
            }
        }

        if (total > MaxCompletions)
        {
            throw new InvalidOperationException("A determination reads too many unknown facts to enumerate.");
        }

        Span<byte> outcomes = stackalloc byte[total];
        bool same = true;
        for (int index = 0; index < total; index++)
        {
            var completion = facts;
            int rest = index;
            for (int k = 0; k < n; k++)
            {
                completion = completion.With((FactName)names[k], rest % radix[k]);
                rest /= radix[k];
            }

            outcomes[index] = (byte)Fire(group, in completion);
            same &= outcomes[index] == outcomes[0];
        }

        missing = FactSet.Empty;
        if (same)
        {
            return (ReviewOutcome)outcomes[0];
        }

        for (int k = 0; k < n; k++)
        {
            if (Influences(outcomes, total, radix[k], stride[k]))
            {
                missing = missing.Add((FactName)names[k]);
            }
        }

        return ReviewOutcome.Undetermined;
    }

    /// <summary>Calls <paramref name="visit"/> for every completion of the given facts' unknown values (for checks, not the hot path).</summary>
    public static void ForEachCompletion(CaseFacts facts, FactSet over, Action<CaseFacts> visit)
    {
        var unknown = over.Intersect(facts.UnknownFacts).ToImmutableArray();
        int total = 1;
        foreach (var fact in unknown)
        {
            total *= CaseFacts.DomainSize(fact);
        }

        for (int index = 0; index < total; index++)
        {
            var completion = facts;
            int rest = index;
            foreach (var fact in unknown)
            {
                int size = CaseFacts.DomainSize(fact);
                completion = completion.With(fact, rest % size);
                rest /= size;
            }

            visit(completion);
        }
    }

    private static bool Influences(ReadOnlySpan<byte> outcomes, int total, int radix, int stride)
    {
        for (int index = 0; index < total; index++)
        {
            int digit = (index / stride) % radix;
            int baseIndex = index - (digit * stride);
            for (int value = 0; value < radix; value++)
            {
                if (value != digit && outcomes[baseIndex + (value * stride)] != outcomes[index])
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static ReviewOutcome Fire(KindGroup group, in CaseFacts facts)
    {
        var outcome = ReviewOutcome.Undetermined;
        var rules = group.Rules;
        for (int i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            var result = rule.Condition.Evaluate(in facts);
            if (result == CriterionResult.Unknown)
            {
                throw new InvalidOperationException("A rule reads a fact it does not declare: " + rule.Condition.Id);
            }

            if (result == CriterionResult.Met)
            {
                if (outcome != ReviewOutcome.Undetermined && outcome != rule.Outcome)
                {
                    throw new InvalidOperationException("Two rules decide the same determination differently: " + rule.Condition.Id);
                }

                outcome = rule.Outcome;
            }
        }

        return outcome == ReviewOutcome.Undetermined
            ? throw new InvalidOperationException("No rule decides the determination: " + group.Kind)
            : outcome;
    }
}
