using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FsCheck.Xunit;
using NodaTime;
using Safeguarding.Domain.Criteria;
using Safeguarding.Domain.Tests.Arbitraries;

namespace Safeguarding.Domain.Tests.Criteria;

/// <summary>The laws of the criteria: monotonicity, exact missing facts, independence, total selection, determinism.</summary>
[Properties(Arbitrary = new[] { typeof(CriteriaArbitraries) }, MaxTest = 300)]
public sealed class CriteriaPropertyTests
{
    private static readonly FactName[] AllFacts = Enum.GetValues<FactName>();

    internal static Dictionary<DeterminationKind, KindOutcome> Outcomes(CaseFacts facts, CriteriaOptions? options = null)
    {
        Span<KindOutcome> buffer = stackalloc KindOutcome[CriteriaEvaluator.MaxDeterminations];
        int n = CriteriaEvaluator.EvaluateOutcomes(in facts, options ?? CriteriaOptions.Default, buffer, out _);
        var map = new Dictionary<DeterminationKind, KindOutcome>();
        for (int i = 0; i < n; i++)
        {
            map.Add(buffer[i].Kind, buffer[i]);
        }

        return map;
    }

    [Property]
    public bool Monotonicity_LearningAFactNeverFlipsADeterminedOutcome(CaseFacts facts)
    {
        foreach (var fact in AllFacts)
        {
            var less = Outcomes(facts.WithUnknown(fact));
            foreach (var known in CriteriaArbitraries.KnownValues(facts, fact))
            {
                var more = Outcomes(known);
                foreach (var (kind, before) in less)
                {
                    if (before.Outcome != ReviewOutcome.Undetermined && more.TryGetValue(kind, out var after) && after.Outcome != before.Outcome)
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }

    [Property]
    public bool MissingFacts_EmptyExactlyWhenDetermined_AndSettingThemDetermines(CaseFacts facts)
    {
        foreach (var (kind, result) in Outcomes(facts))
        {
            bool determined = result.Outcome != ReviewOutcome.Undetermined;
            if (determined != result.MissingFacts.IsEmpty)
            {
                return false;
            }

            if (!determined && Completions(facts, result.MissingFacts.ToImmutableArray().ToArray(), 0)
                    .Any(completed => Outcomes(completed).TryGetValue(kind, out var r) && r.Outcome == ReviewOutcome.Undetermined))
            {
                return false;
            }
        }

        return true;
    }

    [Property]
    public bool MissingFacts_EachListedFactCanChangeTheOutcomeAlone(CaseFacts facts)
    {
        // The converse of the law above: a listed fact is one whose value matters for some completion of the others.
        foreach (var (kind, result) in Outcomes(facts))
        {
            var missing = result.MissingFacts.ToImmutableArray();
            foreach (var fact in missing)
            {
                var others = missing.Where(m => m != fact).ToArray();
                bool matters = Completions(facts, others, 0).Any(completed =>
                    CriteriaArbitraries.KnownValues(completed, fact).Select(v => OutcomeOf(Outcomes(v), kind)).Distinct().Count() > 1);
                if (!matters)
                {
                    return false;
                }
            }
        }

        return true;
    }

    [Property]
    public bool Outcome_DoesNotDependOnFactsOutsideTheCriteria(CaseFacts facts)
    {
        var evaluation = CriteriaEvaluator.Evaluate(facts);
        if (!evaluation.Success)
        {
            return true;
        }

        foreach (var determination in evaluation.Value.Determinations)
        {
            foreach (var fact in AllFacts.Where(f => !determination.Facts.Contains(f)))
            {
                foreach (var variant in CriteriaArbitraries.Variants(facts, fact))
                {
                    if (Outcomes(variant).TryGetValue(determination.Kind, out var other)
                        && (other.Outcome != determination.Outcome || other.MissingFacts.ToImmutableArray().Length != determination.MissingFacts.Length))
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }

    [Property]
    public bool Selection_PicksExactlyOneRegime_AfterTheFirstBegins(CaseFacts facts, EnglandTransition transition)
    {
        foreach (var subject in new[] { Subject.Child, Subject.Adult })
        {
            var first = RuleSet.FirstInForce(facts.Jurisdiction, subject);
            var selected = RuleSet.Select(facts.Jurisdiction, subject, facts.DecisionDate, transition);
            if (first is not LocalDate start || facts.DecisionDate < start)
            {
                if (selected is not null)
                {
                    return false;
                }

                continue;
            }

            var covering = RuleSet.Regimes.Where(r => r.Covers(facts.Jurisdiction, subject, facts.DecisionDate)).ToList();
            bool overlap = facts.Jurisdiction == Jurisdiction.England && subject == Subject.Child
                && facts.DecisionDate >= RuleSet.EnglandSafeguardingPartnersStart && facts.DecisionDate <= RuleSet.EnglandLastSeriousCaseReviewDecision;
            if (selected is null || !covering.Contains(selected) || covering.Count != (overlap ? 2 : 1))
            {
                return false;
            }

            if (overlap && selected.Id.Value != (transition == EnglandTransition.SafeguardingPartners ? "england-cspr-2018" : "england-lscb-2006"))
            {
                return false;
            }
        }

        return true;
    }

    [Property]
    public bool Evaluation_IsDeterministic_AndIndependentOfPropertyOrder(CaseFacts facts, int shuffleSeed)
    {
        var direct = CriteriaEvaluator.Evaluate(facts);
        var again = CriteriaEvaluator.Evaluate(facts);
        var read = CaseFactsJson.Read(Encoding.UTF8.GetBytes(ToJson(facts, new Random(shuffleSeed))));
        if (!read.Success || read.Value.Facts != facts)
        {
            return false;
        }

        var fromJson = CriteriaEvaluator.Evaluate(read.Value.Facts, read.Value.Options);
        if (!direct.Success)
        {
            return !again.Success && !fromJson.Success && direct.Errors.SequenceEqual(fromJson.Errors);
        }

        string expected = EvaluationJson.ToJson(direct.Value);
        return expected == EvaluationJson.ToJson(again.Value) && expected == EvaluationJson.ToJson(fromJson.Value);
    }

    /// <summary>A kind's outcome; an absent companion determination (nobody died, or not yet in force) counts as not required.</summary>
    internal static ReviewOutcome OutcomeOf(Dictionary<DeterminationKind, KindOutcome> outcomes, DeterminationKind kind) =>
        outcomes.TryGetValue(kind, out var found) ? found.Outcome
        : kind is DeterminationKind.DomesticHomicideReview or DeterminationKind.DomesticAbuseRelatedDeathReview or DeterminationKind.OffensiveWeaponsHomicideReview
            or DeterminationKind.LookedAfterChildDeathNotification or DeterminationKind.CareLeaverDeathNotification ? ReviewOutcome.NotRequired
        : throw new InvalidOperationException("The determination is missing: " + kind);

    internal static IEnumerable<CaseFacts> Completions(CaseFacts facts, FactName[] over, int index)
    {
        if (index == over.Length)
        {
            yield return facts;
            yield break;
        }

        foreach (var value in CriteriaArbitraries.KnownValues(facts, over[index]))
        {
            foreach (var completed in Completions(value, over, index + 1))
            {
                yield return completed;
            }
        }
    }

    /// <summary>The facts as a case facts document, properties in a shuffled order; unknown facts are left out or written as unknown.</summary>
    internal static string ToJson(CaseFacts f, Random random)
    {
        var properties = new List<string>
        {
            Prop("jurisdiction", f.Jurisdiction switch { Jurisdiction.England => "england", Jurisdiction.Wales => "wales", Jurisdiction.Scotland => "scotland", _ => "northern-ireland" }),
            Prop("subject", f.Subject == Subject.Child ? "child" : "adult"),
            Prop("decisionDate", Iso(f.DecisionDate)),
        };
        void Add(string name, string? value)
        {
            if (value is not null)
            {
                properties.Add(Prop(name, value));
            }
            else if (random.Next(2) == 0)
            {
                properties.Add(Prop(name, "unknown"));
            }
        }

        Add("abuseOrNeglect", f.AbuseOrNeglect switch { AbuseOrNeglect.Known => "known", AbuseOrNeglect.Suspected => "suspected", AbuseOrNeglect.NotSuspected => "not-suspected", _ => null });
        Add("harm", f.Harm switch { Harm.Died => "died", Harm.SeriouslyHarmed => "seriously-harmed", Harm.NotSeriouslyHarmed => "not-seriously-harmed", _ => null });
        Add("concernAboutJointWorking", Tri(f.ConcernAboutJointWorking));
        Add("diedInCustody", Tri(f.DiedInCustody));
        Add("careAndSupportNeeds", Tri(f.CareAndSupportNeeds));
        Add("perpetratorRelationship", f.PerpetratorRelationship switch
        {
            PerpetratorRelationship.Relative => "relative",
            PerpetratorRelationship.IntimatePartner => "intimate-partner",
            PerpetratorRelationship.FormerIntimatePartner => "former-intimate-partner",
            PerpetratorRelationship.HouseholdMember => "household-member",
            PerpetratorRelationship.Other => "other",
            PerpetratorRelationship.SharedParent => "shared-parent",
            _ => null,
        });
        Add("protectionOrLookedAfterInPriorSixMonths", Tri(f.ProtectionOrLookedAfterInPriorSixMonths));
        Add("harmedOutsideEnglandWhileNormallyResident", Tri(f.HarmedOutsideEnglandWhileNormallyResident));
        Add("childOrSiblingOnRegisterOrLookedAfter", Tri(f.ChildOrSiblingOnRegisterOrLookedAfter));
        Add("boardConcernAboutEffectiveness", Tri(f.BoardConcernAboutEffectiveness));
        Add("outstandingPositiveLearning", Tri(f.OutstandingPositiveLearning));
        Add("neglectOnly", Tri(f.NeglectOnly));
        for (var fact = FactName.AtRiskOfHarm; fact <= FactName.PerpetratorAgedSixteenOrOver; fact++)
        {
            Add(CaseFacts.WireName(fact), Tri(f.YesNo(fact)));
        }

        if (f.AgeAtDeath is int age)
        {
            properties.Add("\"ageAtDeath\": " + age);
        }

        if (f.AwareOn is LocalDate aware)
        {
            properties.Add(Prop("awareOn", Iso(aware)));
        }

        if (f.NotifiedOn is LocalDate notified)
        {
            properties.Add(Prop("notifiedOn", Iso(notified)));
        }

        var shuffled = properties.OrderBy(_ => random.Next()).ToList();
        return "{" + string.Join(", ", shuffled) + "}";
    }

    private static string? Tri(TriState value) => value switch { TriState.Yes => "yes", TriState.No => "no", _ => null };

    private static string Prop(string name, string value) => "\"" + name + "\": \"" + value + "\"";

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
