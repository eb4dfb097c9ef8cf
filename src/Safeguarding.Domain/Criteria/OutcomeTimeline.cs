using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using NodaTime;

namespace Safeguarding.Domain.Criteria;

/// <summary>
/// Regime selection and the companions applied beside it, decided once for every span of dates and kept per
/// jurisdiction and subject, under one setting of the options that change them (the English transition, the Scottish
/// Care and Risk Management start, the commencement of domestic abuse related death reviews). For a case, selection is
/// then a year lookup and a step or two along the spans; the answer is the <see cref="OutcomeTable"/>s to read.
/// </summary>
/// <remarks>
/// Built on first use per jurisdiction and subject, and shared: thread-safe. The outcomes equal those of selecting the
/// regime, applying the options and the companions' rules on the decision date (<see cref="CriteriaEvaluator.Evaluate"/>)
/// because every date on which any of those can change starts a span.
/// </remarks>
internal sealed class OutcomeTimeline
{
    /// <summary>Neighbouring regimes share one table while the facts they read together have at most this many combinations (answers are paged).</summary>
    internal const int MaxMergedCombinations = 1 << 20;

    private static readonly ConcurrentDictionary<(EnglandTransition, LocalDate, LocalDate?), OutcomeTimeline> Variants = new();

    // Tables shared between spans and variants: the same groups over the same intersection of their spans answer alike.
    private static readonly ConcurrentDictionary<TableKey, OutcomeTable> Tables = new();

    private readonly CriteriaOptions _options;
    private readonly Track?[] _tracks = new Track?[8];

    private OutcomeTimeline(CriteriaOptions options) => _options = options;

    /// <summary>The timeline for the options' setting (built once per setting).</summary>
    public static OutcomeTimeline For(CriteriaOptions options)
    {
        // Looked up before it is added, so that options made afresh for every case find their timeline without allocating.
        var key = (options.EnglandTransition, options.ScotlandCareAndRiskManagementStart, options.DomesticAbuseRelatedDeathReviewsCommence);
        return Variants.TryGetValue(key, out var found) ? found : Add(key, options);
    }

    // Apart, so that the closure is allocated only when a timeline is added.
    private static OutcomeTimeline Add((EnglandTransition, LocalDate, LocalDate?) key, CriteriaOptions options) =>
        Variants.GetOrAdd(key, _ => new OutcomeTimeline(options));

    /// <summary>What to read for a case of the jurisdiction, subject, date and harm; <see langword="null"/> when no regime is in force.</summary>
    public Reading? At(Jurisdiction jurisdiction, Subject subject, int dateKey, Harm harm)
    {
        int t = ((int)jurisdiction * 2) + (int)subject;
        var track = Volatile.Read(ref _tracks[t]) ?? BuildTrack(t);
        return track.At(dateKey, harm);
    }

    private Track BuildTrack(int t)
    {
        var track = Track.Build((Jurisdiction)(t / 2), (Subject)(t % 2), _options);
        Interlocked.CompareExchange(ref _tracks[t], track, null);
        return _tracks[t]!;
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
            Tables = tables;
        }

        public Regime Regime { get; }

        public OutcomeTable[] Tables { get; }
    }

    private sealed class Track
    {
        private readonly int[] _starts;

        // Four readings a span, one for each value of Harm: index span * 4 + harm.
        private readonly Reading?[] _readings;

        // For each month (date key >> 5) from the first span's, the last span that starts on or before its first day
        // (-1 when none does), so that finding a date's span takes a step at most in the month a span starts.
        private readonly int[] _monthSpans;
        private readonly int _firstMonth;

        private Track(int[] starts, Reading?[] readings)
        {
            _starts = starts;
            _readings = readings;
            _firstMonth = starts[0] >> 5;
            _monthSpans = new int[(starts[starts.Length - 1] >> 5) - _firstMonth + 1];
            int s = -1;
            for (int m = 0; m < _monthSpans.Length; m++)
            {
                int first = ((_firstMonth + m) << 5) | 1;
                while (s + 1 < starts.Length && starts[s + 1] <= first)
                {
                    s++;
                }

                _monthSpans[m] = s;
            }
        }

        public Reading? At(int dateKey, Harm harm)
        {
            int offset = (dateKey >> 5) - _firstMonth;
            if (offset < 0)
            {
                return null;
            }

            var starts = _starts;
            int s = _monthSpans[offset < _monthSpans.Length ? offset : _monthSpans.Length - 1];
            while (s + 1 < starts.Length && starts[s + 1] <= dateKey)
            {
                s++;
            }

            return s < 0 ? null : _readings[(s << 2) | (int)harm];
        }

        public static Track Build(Jurisdiction jurisdiction, Subject subject, CriteriaOptions options)
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

            if (RuleSet.DardrInForce(options, jurisdiction, LocalDate.MaxIsoValue) is LocalDate dardr)
            {
                dates.Add(dardr);
            }

            if (dates.Count == 0)
            {
                // No regime ever covers the jurisdiction and subject: one span, before which and in which nothing applies.
                return new Track(new[] { DateKey.Of(LocalDate.MinIsoValue) }, new Reading?[4]);
            }

            var starts = new int[dates.Count];
            var readings = new Reading?[dates.Count * 4];
            int i = 0;
            foreach (var date in dates)
            {
                starts[i] = DateKey.Of(date);
                ReadingsOn(jurisdiction, subject, date, options).CopyTo(readings, i * 4);
                i++;
            }

            return new Track(starts, readings);
        }

        /// <summary>Every regime that may apply to the jurisdiction and subject under the options, main or companion.</summary>
        private static IEnumerable<Regime> Involved(Jurisdiction jurisdiction, Subject subject, CriteriaOptions options)
        {
            foreach (var regime in RuleSet.Regimes)
            {
                if (regime.Jurisdiction == jurisdiction && regime.Subjects.Contains(subject))
                {
                    yield return regime;
                    yield return RuleSet.ApplyOptions(regime, options);
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

            var main = RuleSet.ApplyOptions(selected, options);
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

            if (pending.Count > 0)
            {
                tables.Add(Table(jurisdiction, subject, date, pending));
            }

            return tables.ToArray();
        }

        private static OutcomeTable Table(Jurisdiction jurisdiction, Subject subject, LocalDate date, List<KindGroup> groups) =>
            Tables.GetOrAdd(new TableKey(groups, date), key => OutcomeTable.Build(jurisdiction, subject, date, key.Groups));
    }

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
