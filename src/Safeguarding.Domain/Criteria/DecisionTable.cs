using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Safeguarding.Domain.Criteria;

/// <summary>
/// One determination's answers for every combination of its facts, unknown included, precomputed once per
/// span of dates in which no criterion starts or ends. Built from the exact evaluator
/// (<see cref="Evaluator.Decide"/>), so it gives the same outcome and missing facts by construction; the hot
/// path is then a few integer operations and one array read, with no allocation.
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
        private readonly FactName[] _facts;
        private readonly int[] _strides;
        private readonly byte[] _outcomes;
        private readonly FactSet[] _missing;
        private readonly Explained?[] _explained;

        private Segment(FactName[] facts, int[] strides, byte[] outcomes, FactSet[] missing)
        {
            _facts = facts;
            _strides = strides;
            _outcomes = outcomes;
            _missing = missing;
            _explained = new Explained?[outcomes.Length];
        }

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

            var outcomes = new byte[total];
            var missing = new FactSet[total];
            var unknownBase = new CaseFacts(jurisdiction, group.Subject, date);
            for (int index = 0; index < total; index++)
            {
                var combination = unknownBase;
                int rest = index;
                for (int k = 0; k < facts.Length; k++)
                {
                    int size = CaseFacts.DomainSize(facts[k]);
                    int code = rest % (size + 1);
                    rest /= size + 1;
                    combination = combination.With(facts[k], code == size ? -1 : code);
                }

                outcomes[index] = (byte)Evaluator.Decide(group, in combination, out missing[index]);
            }

            return new Segment(facts, strides, outcomes, missing);
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
            missing = _missing[index];
            return (ReviewOutcome)_outcomes[index];
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

            var built = new Explained(reasons.ToImmutable(), _missing[index].ToImmutableArray(), group.FactsOn(facts.DecisionDate));

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
