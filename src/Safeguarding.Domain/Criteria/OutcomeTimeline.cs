using System.Collections.Concurrent;

namespace Safeguarding.Domain.Criteria;

/// <summary>
/// Regime selection and the companions applied beside it, decided once for every span of dates of every jurisdiction
/// and subject, under one setting of the options that change them (the English transition, the Scottish Care and Risk
/// Management start, the commencement of domestic abuse related death reviews). For a case, selection is then a month
/// lookup and rarely a step along the spans; the answer is the <see cref="OutcomeTable"/>s to read.
/// </summary>
/// <remarks>
/// Built once per setting and shared: immutable once built, so thread-safe. The outcomes equal those of selecting the
/// regime, applying the options and the companions' rules on the decision date (<see cref="CriteriaEvaluator.Evaluate"/>)
/// because every date on which any of those can change starts a span. The spans of all jurisdictions and subjects are
/// kept in flat arrays, so that a case reads few objects one after another.
/// </remarks>
internal sealed class OutcomeTimeline
{
    /// <summary>Neighbouring regimes share one table while the facts they read together have at most this many combinations (answers are paged).</summary>
    internal const int MaxMergedCombinations = 1 << 20;

    private static readonly ConcurrentDictionary<(EnglandTransition, LocalDate, LocalDate?), OutcomeTimeline> Variants = new();

    // Tables shared between spans and variants: the same groups over the same span answer alike.
    private static readonly ConcurrentDictionary<TableKey, OutcomeTable> Tables = new();

    // Every track (jurisdiction * 2 + subject) is a run of spans: a first span from the earliest date, in which nothing
    // applies; a span from each date on which anything changes; and an end marker that starts never. _starts holds each
    // span's first day as a date key, _readings four readings a span (one for each value of Harm).
    private readonly int[] _starts;
    private readonly Reading?[] _readings;

    // For each track and each month (date key >> 5) from _firstMonth, the span in force on the month's first day.
    private readonly int[] _monthSpans;
    private readonly int _firstMonth;
    private readonly int _months;

    private OutcomeTimeline(int[] starts, Reading?[] readings, int[] monthSpans, int firstMonth, int months)
    {
        _starts = starts;
        _readings = readings;
        _monthSpans = monthSpans;
        _firstMonth = firstMonth;
        _months = months;
    }

    /// <summary>The timeline for the options' setting (built once per setting).</summary>
    public static OutcomeTimeline For(CriteriaOptions options)
    {
        // Looked up before it is added, so that options made afresh for every case find their timeline without allocating.
        var key = (options.EnglandTransition, options.ScotlandCareAndRiskManagementStart, options.DomesticAbuseRelatedDeathReviewsCommence);
        return Variants.TryGetValue(key, out var found) ? found : Add(key, options);
    }

    // Apart, so that the closure is allocated only when a timeline is added.
    private static OutcomeTimeline Add((EnglandTransition, LocalDate, LocalDate?) key, CriteriaOptions options) =>
        Variants.GetOrAdd(key, _ => Build(options));

    /// <summary>What to read for a case of the jurisdiction, subject, date and harm; <see langword="null"/> when no regime is in force.</summary>
    public Reading? At(Jurisdiction jurisdiction, Subject subject, int dateKey, Harm harm)
    {
        int month = (dateKey >> 5) - _firstMonth;
        if (month < 0)
        {
            return null;
        }

        int track = ((int)jurisdiction * 2) + (int)subject;
        int s = _monthSpans[(track * _months) + (month < _months ? month : _months - 1)];
        var starts = _starts;
        while (starts[s + 1] <= dateKey)
        {
            s++;
        }

        return _readings[(s << 2) | (int)harm];
    }

    /// <summary>
    /// The regime applied to a case and the tables to read, in report order: the companions present only for deaths are
    /// among them only when harm is died or unknown.
    /// </summary>
    internal sealed class Reading
    {
        public Reading(Regime regime, OutcomeTable[] tables)
        {
            Regime = regime;
            First = tables[0];
            Rest = new OutcomeTable[tables.Length - 1];
            Array.Copy(tables, 1, Rest, 0, Rest.Length);
        }

        public Regime Regime { get; }

        /// <summary>The first table: the selected regime's, with the companions' when they fit in one.</summary>
        public OutcomeTable First { get; }

        /// <summary>The other tables, usually none.</summary>
        public OutcomeTable[] Rest { get; }

        public IEnumerable<OutcomeTable> Tables
        {
            get
            {
                yield return First;
                foreach (var table in Rest)
                {
                    yield return table;
                }
            }
        }
    }

    private static OutcomeTimeline Build(CriteriaOptions options)
    {
        var starts = new List<int>();
        var readings = new List<Reading?>();
        var trackFirst = new int[8];
        int firstMonth = int.MaxValue;
        int lastMonth = int.MinValue;
        for (int t = 0; t < 8; t++)
        {
            var jurisdiction = (Jurisdiction)(t / 2);
            var subject = (Subject)(t % 2);
            trackFirst[t] = starts.Count;
            starts.Add(int.MinValue);
            readings.AddRange(new Reading?[4]);
            foreach (var date in ChangeDates(jurisdiction, subject, options))
            {
                starts.Add(DateKey.Of(date));
                readings.AddRange(ReadingsOn(jurisdiction, subject, date, options));
                firstMonth = Math.Min(firstMonth, DateKey.Of(date) >> 5);
                lastMonth = Math.Max(lastMonth, DateKey.Of(date) >> 5);
            }

            starts.Add(int.MaxValue);
            readings.AddRange(new Reading?[4]);
        }

        if (firstMonth > lastMonth)
        {
            firstMonth = lastMonth = 0;
        }

        int months = lastMonth - firstMonth + 1;
        var monthSpans = new int[8 * months];
        for (int t = 0; t < 8; t++)
        {
            int s = trackFirst[t];
            for (int m = 0; m < months; m++)
            {
                int day = ((firstMonth + m) << 5) | 1;
                while (starts[s + 1] <= day)
                {
                    s++;
                }

                monthSpans[(t * months) + m] = s;
            }
        }

        return new OutcomeTimeline(starts.ToArray(), readings.ToArray(), monthSpans, firstMonth, months);
    }

    /// <summary>Every date on which the regime selected, a companion, or an answer of theirs can change.</summary>
    private static SortedSet<LocalDate> ChangeDates(Jurisdiction jurisdiction, Subject subject, CriteriaOptions options)
    {
        var dates = new SortedSet<LocalDate>();
        foreach (var regime in Involved(jurisdiction, subject, options))
        {
            dates.Add(regime.Validity.From);
            if (regime.Validity.Until is LocalDate until)
            {
                dates.Add(until.PlusDays(1));
            }

            foreach (var group in regime.Groups)
            {
                if (group.Subject == subject)
                {
                    dates.UnionWith(DecisionTable.SpanStarts(regime, group));
                }
            }
        }

        if (dates.Count > 0 && RuleSet.DardrInForce(options, jurisdiction, LocalDate.MaxIsoValue) is LocalDate dardr)
        {
            dates.Add(dardr);
        }

        return dates;
    }

    /// <summary>Every regime that may apply to the jurisdiction and subject under the options, main or companion.</summary>
    private static IEnumerable<Regime> Involved(Jurisdiction jurisdiction, Subject subject, CriteriaOptions options)
    {
        foreach (var regime in RuleSet.Regimes)
        {
            if (regime.Jurisdiction == jurisdiction && regime.Subjects.Contains(subject))
            {
                yield return regime;
                yield return RuleSet.ApplyOptions(regime, options, LocalDate.MaxIsoValue);
            }
        }

        var dardr = RuleSet.DardrInForce(options, jurisdiction, LocalDate.MaxIsoValue);
        foreach (var companion in RuleSet.Companions)
        {
            if (companion.Jurisdiction == jurisdiction && companion.Subjects.Contains(subject))
            {
                yield return companion;
                yield return CriteriaEvaluator.InPlaceOf(companion, jurisdiction, dardr);
            }
        }
    }

    /// <summary>The readings on a date for each value of <see cref="Harm"/>, exactly as <see cref="CriteriaEvaluator.Evaluate"/> applies the rules.</summary>
    private static Reading?[] ReadingsOn(Jurisdiction jurisdiction, Subject subject, LocalDate date, CriteriaOptions options)
    {
        int key = DateKey.Of(date);
        var selected = RuleSet.SelectByKey(jurisdiction, subject, key, options.EnglandTransition);
        if (selected is null)
        {
            return new Reading?[4];
        }

        var main = RuleSet.ApplyOptions(selected, options, date);
        var dardr = RuleSet.DardrInForce(options, jurisdiction, date);
        var always = new List<List<KindGroup>> { GroupsFor(main, subject) };
        var deathsToo = new List<List<KindGroup>> { GroupsFor(main, subject) };
        foreach (var companion in RuleSet.Companions)
        {
            if (companion.Jurisdiction == jurisdiction && companion.InForce(key) && companion.Subjects.Contains(subject))
            {
                var groups = GroupsFor(CriteriaEvaluator.InPlaceOf(companion, jurisdiction, dardr), subject);
                deathsToo.Add(groups);
                if (!companion.PresentOnlyForDeaths)
                {
                    always.Add(groups);
                }
            }
        }

        var forDeaths = TablesFor(jurisdiction, subject, date, deathsToo);
        var forOthers = TablesFor(jurisdiction, subject, date, always);
        var deaths = new Reading(main, forDeaths);
        var others = new Reading(main, forOthers);
        return new Reading?[] { deaths, deaths, others, others }; // unknown, died, seriously harmed, not seriously harmed
    }

    private static List<KindGroup> GroupsFor(Regime regime, Subject subject)
    {
        var groups = new List<KindGroup>();
        foreach (var group in regime.Groups)
        {
            if (group.Subject == subject)
            {
                groups.Add(group);
            }
        }

        return groups;
    }

    /// <summary>
    /// The tables for the regimes' groups in report order: neighbouring regimes share a table while the facts they
    /// read together have few enough combinations; a regime is split into one table per determination only when
    /// its own facts have too many combinations for one.
    /// </summary>
    private static OutcomeTable[] TablesFor(Jurisdiction jurisdiction, Subject subject, LocalDate date, List<List<KindGroup>> regimes)
    {
        var tables = new List<OutcomeTable>();
        var pending = new List<KindGroup>();
        foreach (var groups in regimes)
        {
            if (groups.Count == 0)
            {
                continue;
            }

            var merged = new List<KindGroup>(pending);
            merged.AddRange(groups);
            if (OutcomeTable.CombinationsOf(merged, date) <= MaxMergedCombinations)
            {
                pending = merged;
                continue;
            }

            if (pending.Count > 0)
            {
                tables.Add(Table(jurisdiction, subject, date, pending));
            }

            if (OutcomeTable.CombinationsOf(groups, date) <= MaxMergedCombinations)
            {
                pending = groups;
                continue;
            }

            pending = new List<KindGroup>();
            if (OutcomeTable.CombinationsOf(groups, date) <= OutcomeTable.MaxCombinations)
            {
                tables.Add(Table(jurisdiction, subject, date, groups));
                continue;
            }

            foreach (var group in groups)
            {
                tables.Add(Table(jurisdiction, subject, date, new List<KindGroup> { group }));
            }
        }

        if (pending.Count > 0 || tables.Count == 0)
        {
            // A reading has a first table, with no determinations when the regime has none for the subject.
            tables.Add(Table(jurisdiction, subject, date, pending));
        }

        return tables.ToArray();
    }

    private static OutcomeTable Table(Jurisdiction jurisdiction, Subject subject, LocalDate date, List<KindGroup> groups) =>
        Tables.GetOrAdd(new TableKey(groups, date), key => OutcomeTable.Build(jurisdiction, subject, date, key.Groups));

    /// <summary>
    /// A table's identity: its groups (by reference, in order) and the first day of the span it was built for, so that
    /// the options' settings that select the same regimes on the same span share its answers.
    /// </summary>
    private sealed class TableKey : IEquatable<TableKey>
    {
        public TableKey(List<KindGroup> groups, LocalDate date)
        {
            Groups = groups.ToArray();
            Date = date;
        }

        public KindGroup[] Groups { get; }

        public LocalDate Date { get; }

        public bool Equals(TableKey? other)
        {
            if (other is null || other.Date != Date || other.Groups.Length != Groups.Length)
            {
                return false;
            }

            for (int i = 0; i < Groups.Length; i++)
            {
                if (!ReferenceEquals(Groups[i], other.Groups[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => Equals(obj as TableKey);

        public override int GetHashCode()
        {
            int hash = Date.GetHashCode();
            foreach (var group in Groups)
            {
                hash = (hash * 31) + System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(group);
            }

            return hash;
        }
    }
}
