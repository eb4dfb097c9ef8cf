using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Safeguarding.Domain.Criteria;
using Safeguarding.Domain.Tests.Arbitraries;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Domain.Tests.Criteria;

/// <summary>
/// The outcomes-only path (<see cref="CriteriaEvaluator.EvaluateOutcomes"/>: one timeline lookup, then tables indexed by
/// every fact the regimes read) must give exactly what selecting the regime, applying the options and the companions,
/// and deciding each determination with the exact evaluator gives: on random cases under several settings of the
/// options, on every date where anything starts or ends, and on every combination of a table's facts.
/// </summary>
public sealed class OutcomeTableTests
{
    private static readonly CriteriaOptions[] Settings =
    {
        CriteriaOptions.Default,
        new(EnglandTransition.LocalSafeguardingChildrenBoard, TimescaleCatalogue.Default),
        CriteriaOptions.Default.WithCommencement(new Commencement(RuleSet.DomesticAbuseRelatedDeathReviewProvision, new LocalDate(2025, 6, 1))),
        CriteriaOptions.Default.WithScotlandCareAndRiskManagementStart(new LocalDate(2023, 3, 1)),
    };

    /// <summary>The outcomes as <see cref="CriteriaEvaluator.Evaluate"/> applies the rules, each decided by the exact evaluator.</summary>
    private static List<KindOutcome>? Exact(CaseFacts facts, CriteriaOptions options, out Regime? applied)
    {
        applied = null;
        var selected = RuleSet.Select(facts.Jurisdiction, facts.Subject, facts.DecisionDate, options.EnglandTransition);
        if (selected is null)
        {
            return null;
        }

        applied = RuleSet.ApplyOptions(selected, options, facts.DecisionDate);
        var outcomes = new List<KindOutcome>();
        Decide(applied, facts, outcomes);
        var dardr = RuleSet.DardrInForce(options, facts.Jurisdiction, facts.DecisionDate);
        foreach (var companion in RuleSet.Companions)
        {
            if (companion.Jurisdiction == facts.Jurisdiction && companion.Validity.Contains(facts.DecisionDate) && companion.Subjects.Contains(facts.Subject)
                && (!companion.PresentOnlyForDeaths || facts.Harm is Harm.Died or Harm.Unknown))
            {
                Decide(CriteriaEvaluator.InPlaceOf(companion, facts.Jurisdiction, dardr), facts, outcomes);
            }
        }

        return outcomes;
    }

    private static void Decide(Regime regime, CaseFacts facts, List<KindOutcome> into)
    {
        foreach (var group in regime.Groups)
        {
            if (group.Subject == facts.Subject)
            {
                var outcome = Evaluator.Decide(group, in facts, out var missing);
                into.Add(new KindOutcome(group.Kind, outcome, missing));
            }
        }
    }

    private static string Agreement(CaseFacts facts, CriteriaOptions options)
    {
        var buffer = new KindOutcome[CriteriaEvaluator.MaxDeterminations];
        int n = CriteriaEvaluator.EvaluateOutcomes(in facts, options, buffer, out var regime);
        var exact = Exact(facts, options, out var applied);
        string fast = n < 0 ? "none" : string.Join("; ", buffer.Take(n).Select(o => o.Kind + "=" + o.Outcome + " [" + o.MissingFacts + "]"));
        string expected = exact is null ? "none" : string.Join("; ", exact.Select(o => o.Kind + "=" + o.Outcome + " [" + o.MissingFacts + "]"));
        return fast == expected && ReferenceEquals(regime, applied) ? string.Empty : "fast: " + fast + " (" + regime + ") | exact: " + expected + " (" + applied + ")";
    }

    [Property(MaxTest = 400)]
    public Property EvaluateOutcomes_EqualsTheExactEvaluator_OnRandomCasesUnderEverySetting() =>
        Prop.ForAll(CriteriaArbitraries.CaseFacts(), facts => Settings.All(options => Agreement(facts, options).Length == 0));

    [Fact]
    public void EvaluateOutcomes_EqualsTheExactEvaluator_OnEveryDateWhereAnythingStartsOrEnds()
    {
        var dates = new SortedSet<LocalDate> { new(2025, 5, 31), new(2025, 6, 1), new(2023, 2, 28), new(2023, 3, 1) };
        foreach (var regime in RuleSet.Regimes.AddRange(RuleSet.Companions))
        {
            foreach (var group in regime.Groups)
            {
                foreach (var date in RuleSet.BoundaryDates(regime, group).Concat(DecisionTable.SpanStarts(regime, group)))
                {
                    dates.Add(date);
                    dates.Add(date.PlusDays(-1));
                }
            }
        }

        var random = new Random(20261202);
        int checkedCases = 0;
        foreach (var date in dates)
        {
            for (int i = 0; i < 40; i++)
            {
                var sample = CriteriaArbitraries.Build(random).WithDecisionDate(date);
                foreach (var options in Settings)
                {
                    string disagreement = Agreement(sample, options);
                    Assert.True(disagreement.Length == 0, date + " " + sample.Jurisdiction + " " + sample.Subject + ": " + disagreement);
                    checkedCases++;
                }
            }
        }

        Assert.True(checkedCases > 5000, checkedCases.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Table_OnEveryCombinationOfItsFacts_GivesDistinctIndicesAndTheExactAnswers()
    {
        // Every combination of the facts read by England's 2018 regime and its companions (2024), known or not, and ages
        // on both sides of every threshold: the index is a bijection onto the table and each answer is the exact one.
        var date = new LocalDate(2024, 6, 1);
        var groups = RuleSet.BuildRegimes().Single(r => r.Id.Value == "england-cspr-2018").Groups.ToList();
        var table = OutcomeTable.Build(Jurisdiction.England, Subject.Child, date, groups);
        var read = groups.Aggregate(FactSet.Empty, (set, g) => set.Union(g.FactsOn(date)));
        var byIndex = new Dictionary<int, string>();
        var buffer = new KindOutcome[CriteriaEvaluator.MaxDeterminations];
        foreach (var facts in CaseFactsValues.Combinations(new CaseFacts(Jurisdiction.England, Subject.Child, date), read))
        {
            int index = table.IndexOf(facts.Codes);
            Assert.InRange(index, 0, table.Combinations - 1);

            // Two ages in the same band (18 and 24) share an index; no other two combinations may.
            string described = CaseFactsValues.Describe(facts.AgeAtDeath == 24 ? CaseFactsValues.Set(facts, FactName.AgeAtDeath, "18") : facts, read);
            Assert.Equal(byIndex.TryGetValue(index, out var earlier) ? earlier : described, described);
            byIndex[index] = described;
            Assert.Equal(groups.Count, table.Write(facts.Codes, buffer, 0));
            for (int g = 0; g < groups.Count; g++)
            {
                Assert.Equal(Evaluator.Decide(groups[g], in facts, out var missing), buffer[g].Outcome);
                Assert.Equal(missing, buffer[g].MissingFacts);
                Assert.Equal(groups[g].Kind, buffer[g].Kind);
            }
        }

        Assert.Equal(table.Combinations, byIndex.Count);
    }

    [Fact]
    public void Table_AnsweredFromManyThreadsAtOnce_GivesTheExactAnswers()
    {
        // A fresh table of the Welsh Single Unified Safeguarding Review (the regime reading the most facts), filled by
        // four threads racing on the same combinations.
        var regime = RuleSet.BuildRegimes().Single(r => r.Id.Value == "wales-susr-2024");
        var date = new LocalDate(2025, 1, 1);
        var groups = regime.Groups.Where(g => g.Subject == Subject.Adult).ToList();
        var table = OutcomeTable.Build(Jurisdiction.Wales, Subject.Adult, date, groups);
        var cases = Enumerable.Range(0, 200).Select(i => CriteriaArbitraries.Build(new Random(i)))
            .Select(f => new CaseFacts(Jurisdiction.Wales, Subject.Adult, date, f.AbuseOrNeglect, f.Harm, f.ConcernAboutJointWorking, f.DiedInCustody,
                f.CareAndSupportNeeds, f.AgeAtDeath, f.PerpetratorRelationship, f.ProtectionOrLookedAfterInPriorSixMonths, homicide: f.Homicide,
                offensiveWeapon: f.OffensiveWeapon, perpetratorKnownToMentalHealthServices: f.PerpetratorKnownToMentalHealthServices))
            .ToArray();
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, _ =>
        {
            var buffer = new KindOutcome[CriteriaEvaluator.MaxDeterminations];
            foreach (var facts in cases)
            {
                table.Write(facts.Codes, buffer, 0);
                for (int g = 0; g < groups.Count; g++)
                {
                    if (Evaluator.Decide(groups[g], in facts, out var missing) != buffer[g].Outcome || missing != buffer[g].MissingFacts)
                    {
                        failures.Add(groups[g].Kind + " " + CaseFactsValues.Describe(facts, FactSet.All));
                    }
                }
            }
        });
        Assert.Empty(failures);
    }

    [Theory]
    [InlineData(Jurisdiction.England, Subject.Child, "2013-05-01", Harm.SeriouslyHarmed, "SeriousIncidentNotification, SeriousCaseReview")]
    [InlineData(Jurisdiction.England, Subject.Child, "2024-05-01", Harm.Died, "SeriousIncidentNotification, RapidReview, LocalChildSafeguardingPracticeReview, DomesticHomicideReview, LookedAfterChildDeathNotification, CareLeaverDeathNotification")]
    [InlineData(Jurisdiction.England, Subject.Adult, "2024-05-01", Harm.Unknown, "SafeguardingAdultsReview, DomesticHomicideReview, CareLeaverDeathNotification, OffensiveWeaponsHomicideReview")]
    [InlineData(Jurisdiction.Wales, Subject.Adult, "2025-05-01", Harm.SeriouslyHarmed, "AdultPracticeReview, MentalHealthHomicideReview, SingleUnifiedSafeguardingReview")]
    [InlineData(Jurisdiction.Wales, Subject.Adult, "2025-05-01", Harm.Died, "AdultPracticeReview, MentalHealthHomicideReview, SingleUnifiedSafeguardingReview, DomesticHomicideReview, OffensiveWeaponsHomicideReview")]
    public void EvaluateOutcomes_ReadsOneTableForTheRegimeAndItsCompanions(Jurisdiction jurisdiction, Subject subject, string date, Harm harm, string kinds)
    {
        // Neighbouring regimes share a table while their facts have few enough combinations together: these cases,
        // the Welsh adult's ten determinations' worth of facts included, are one index computation and one read.
        var day = NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value;
        var reading = CriteriaOptions.Default.Timeline.At(jurisdiction, subject, DateKey.Of(day), harm)!;
        var table = Assert.Single(reading.Tables);
        Assert.InRange(table.Combinations, 1, OutcomeTimeline.MaxMergedCombinations);
        var buffer = new KindOutcome[CriteriaEvaluator.MaxDeterminations];
        int n = table.Write(new CaseFacts(jurisdiction, subject, day, harm: harm).Codes, buffer, 0);
        Assert.Equal(kinds, string.Join(", ", buffer.Take(n).Select(o => o.Kind)));
    }

    [Fact]
    public void EvaluateOutcomes_WithOptionsMadeAfreshForEveryCase_DoesNotAllocate()
    {
        var facts = new CaseFacts(Jurisdiction.Wales, Subject.Adult, new LocalDate(2025, 1, 1), harm: Harm.Died, homicide: TriState.Yes);
        var buffer = new KindOutcome[CriteriaEvaluator.MaxDeterminations];
        var fresh = Enumerable.Range(0, 400).Select(_ => new CriteriaOptions(EnglandTransition.SafeguardingPartners, TimescaleCatalogue.Default)).ToArray();

        // Warm: the first options find (or add) the timeline; the JIT settles on the path.
        foreach (var options in fresh.Take(300))
        {
            CriteriaEvaluator.EvaluateOutcomes(in facts, options, buffer, out _);
        }

        fresh = fresh.Skip(300).ToArray();
        long before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var options in fresh)
        {
            CriteriaEvaluator.EvaluateOutcomes(in facts, options, buffer, out _);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
