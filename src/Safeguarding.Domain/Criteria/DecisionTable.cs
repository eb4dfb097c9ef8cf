namespace Safeguarding.Domain.Criteria;

/// <summary>
/// One determination's answers for every combination of its facts, unknown included, kept once per
/// span of dates in which no criterion starts or ends, each answered once, when first asked for, by the exact
/// evaluator (<see cref="Evaluator.Decide"/>), so it gives the same outcome and missing facts by construction; a
/// lookup is then a few integer operations and one array read, with no allocation. <see cref="CriteriaEvaluator.Evaluate"/>
/// reads it and shares its reasons; the outcomes-only path reads <see cref="OutcomeTable"/>s, which answer every
/// determination of a regime and its companions at once.
/// </summary>
internal sealed class DecisionTable
{
    private readonly int[] _starts;
    private readonly Segment[] _segments;

    private DecisionTable(int[] starts, Segment[] segments)
    {
        _starts = starts;
        _segments = segments;
    }

    public static DecisionTable Build(Regime regime, KindGroup group)
    {
        var starts = SpanStarts(regime, group);
        var dates = new LocalDate[starts.Count];
        starts.CopyTo(dates);
        var segments = new Segment[dates.Length];
        var keys = new int[dates.Length];
        for (int i = 0; i < dates.Length; i++)
        {
            segments[i] = Segment.Build(regime.Jurisdiction, group, dates[i]);
            keys[i] = DateKey.Of(dates[i]);
        }

        return new DecisionTable(keys, segments);
    }

    /// <summary>
    /// The first day of each span of dates in which the group's answers (and the reasons' citations) cannot change: the
    /// regime's first day, each day a criterion starts or the day after one ends, and each Working Together edition the
    /// reasons name.
    /// </summary>
    internal static SortedSet<LocalDate> SpanStarts(Regime regime, KindGroup group)
    {
        var starts = new SortedSet<LocalDate> { regime.Validity.From };
        bool citesWorkingTogether = false;
        foreach (var rule in group.Rules)
        {
            CollectChanges(rule.Condition, regime.Validity, starts);
            citesWorkingTogether |= CitesWorkingTogether(rule.Condition);
        }

        // The reasons cached per span name the Working Together edition in force, so each edition starts a span.
        if (citesWorkingTogether)
        {
            foreach (var edition in Citations.WorkingTogether.EditionStarts())
            {
                if (regime.Validity.Contains(edition))
                {
                    starts.Add(edition);
                }
            }
        }

        return starts;
    }

    public ReviewOutcome Decide(in CaseFacts facts, out FactSet missing) => Decide(in facts, DateKey.Of(facts.DecisionDate), out missing);

    public ReviewOutcome Decide(in CaseFacts facts, int dateKey, out FactSet missing)
    {
        var segment = SegmentFor(dateKey);
        return segment.Decide(segment.IndexOf(in facts), out missing);
    }

    /// <summary>
    /// The reasons tree, the missing facts as a list and the facts read, for these facts: each is a function of
    /// the span of dates and of the facts' combination, so it is built once per combination and then shared
    /// (the values are immutable).
    /// </summary>
    public Explained Explain(KindGroup group, in CaseFacts facts)
    {
        var segment = SegmentFor(DateKey.Of(facts.DecisionDate));
        return segment.Explain(group, segment.IndexOf(in facts), in facts);
    }

    private Segment SegmentFor(int date)
    {
        int s = _starts.Length - 1;
        while (s > 0 && date < _starts[s])
        {
            s--;
        }

        return _segments[s];
    }

    private static bool CitesWorkingTogether(Criterion criterion)
    {
        if (Citations.WorkingTogether.Cites(criterion.Citation))
        {
            return true;
        }

        foreach (var child in criterion.Children)
        {
            if (CitesWorkingTogether(child))
            {
                return true;
            }
        }

        return false;
    }

    private static void CollectChanges(Criterion criterion, Validity regime, SortedSet<LocalDate> starts)
    {
        if (regime.Contains(criterion.Validity.From))
        {
            starts.Add(criterion.Validity.From);
        }

        if (criterion.Validity.Until is LocalDate until && regime.Contains(until.PlusDays(1)))
        {
            starts.Add(until.PlusDays(1));
        }

        foreach (var child in criterion.Children)
        {
            CollectChanges(child, regime, starts);
        }
    }

    private sealed class Segment
    {
        private const byte Unset = byte.MaxValue;

        private readonly Jurisdiction _jurisdiction;
        private readonly KindGroup _group;
        private readonly LocalDate _date;
        private readonly FactName[] _facts;
        private readonly int[] _strides;
        private readonly byte[] _outcomes;
        private readonly FactSet[] _missing;
        private readonly Explained?[] _explained;

        private Segment(Jurisdiction jurisdiction, KindGroup group, LocalDate date, FactName[] facts, int[] strides, int total)
        {
            _jurisdiction = jurisdiction;
            _group = group;
            _date = date;
            _facts = facts;
            _strides = strides;
            _outcomes = new byte[total];
            _outcomes.AsSpan().Fill(Unset);
            _missing = new FactSet[total];
            _explained = new Explained?[total];
        }

        /// <summary>
        /// A span's table: every combination of the facts read, unknown included, each answered by the exact evaluator
        /// the first time it is asked for (a determination that reads many facts has more combinations than are ever met).
        /// </summary>
        public static Segment Build(Jurisdiction jurisdiction, KindGroup group, LocalDate date)
        {
            var facts = group.FactsOn(date).ToImmutableArray().ToArray();
            var strides = new int[facts.Length];
            int total = 1;
            for (int k = 0; k < facts.Length; k++)
            {
                strides[k] = total;
                total *= CaseFacts.DomainSize(facts[k]) + 1; // every known value, then unknown
            }

            return new Segment(jurisdiction, group, date, facts, strides, total);
        }

        public int IndexOf(in CaseFacts facts)
        {
            int index = 0;
            for (int k = 0; k < _facts.Length; k++)
            {
                index += facts.Code(_facts[k]) * _strides[k];
            }

            return index;
        }

        public ReviewOutcome Decide(int index, out FactSet missing)
        {
            byte outcome = System.Threading.Volatile.Read(ref _outcomes[index]);
            if (outcome == Unset)
            {
                var combination = new CaseFacts(_jurisdiction, _group.Subject, _date);
                int rest = index;
                for (int k = 0; k < _facts.Length; k++)
                {
                    int size = CaseFacts.DomainSize(_facts[k]);
                    int code = rest % (size + 1);
                    rest /= size + 1;
                    combination = combination.With(_facts[k], code == size ? -1 : code);
                }

                // Two threads may answer the same entry; both answers are equal. The missing facts are written first.
                outcome = (byte)Evaluator.Decide(_group, in combination, out var found);
                _missing[index] = found;
                System.Threading.Volatile.Write(ref _outcomes[index], outcome);
            }

            missing = _missing[index];
            return (ReviewOutcome)outcome;
        }

        public Explained Explain(KindGroup group, int index, in CaseFacts facts)
        {
            var cached = System.Threading.Volatile.Read(ref _explained[index]);
            if (cached is not null)
            {
                return cached;
            }

            var reasons = System.Collections.Immutable.ImmutableArray.CreateBuilder<Reason>();
            for (int i = 0; i < group.Rules.Count; i++)
            {
                if (group.Rules[i].Outcome != ReviewOutcome.NotRequired)
                {
                    reasons.Add(CriteriaEvaluator.Explain(group.Rules[i].Condition, in facts));
                }
            }

            Decide(index, out var missing);
            var built = new Explained(reasons.ToImmutable(), missing.ToImmutableArray(), group.FactsOn(facts.DecisionDate));

            // Two threads may build the same entry; both results are equal and either may be kept.
            System.Threading.Interlocked.CompareExchange(ref _explained[index], built, null);
            return _explained[index]!;
        }
    }

    /// <summary>What a determination explains for one combination of facts, built once and shared.</summary>
    internal sealed class Explained
    {
        public Explained(System.Collections.Immutable.ImmutableArray<Reason> reasons, System.Collections.Immutable.ImmutableArray<FactName> missing, FactSet factsRead)
        {
            Reasons = reasons;
            Missing = missing;
            FactsRead = factsRead;
        }

        public System.Collections.Immutable.ImmutableArray<Reason> Reasons { get; }

        public System.Collections.Immutable.ImmutableArray<FactName> Missing { get; }

        public FactSet FactsRead { get; }
    }
}
