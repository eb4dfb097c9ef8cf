using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck.Xunit;
using NodaTime;
using Safeguarding.Domain.Criteria;
using static Safeguarding.Domain.DeterminationKind;
using static Safeguarding.Domain.Criteria.ReviewOutcome;

namespace Safeguarding.Domain.Tests.Criteria;

/// <summary>
/// Laws of the Welsh Single Unified Safeguarding Review (from 1 October 2024), stated through its constituent
/// determinations rather than through its own rule: it is required when a constituent is, not required exactly when
/// every constituent is not, and its missing facts are exactly the unknown facts whose value alone can change whether
/// some constituent is required (the contract's definition, checked on every completion of the unknown facts).
/// </summary>
public sealed class DevolvedCriteriaProperties
{
    private static readonly DeterminationKind[] Constituents =
        { ChildPracticeReviewConcise, ChildPracticeReviewExtended, AdultPracticeReview, MentalHealthHomicideReview, DomesticHomicideReview, OffensiveWeaponsHomicideReview };

    /// <summary>A Welsh case decided on or after 1 October 2024, each fact unknown a third of the time.</summary>
    private static CaseFacts WelshCase(int seed, bool complete = false)
    {
        var random = new Random(seed);
        var subject = random.Next(2) == 0 ? Subject.Child : Subject.Adult;
        T Pick<T>(params T[] values) => complete ? values[1 + random.Next(values.Length - 1)] : values[random.Next(values.Length)];
        TriState Tri() => Pick(TriState.Unknown, TriState.Yes, TriState.No);
        int? age = complete || random.Next(3) != 0 ? (subject == Subject.Adult ? 18 + random.Next(80) : random.Next(18)) : null;
        return new CaseFacts(Jurisdiction.Wales, subject, new LocalDate(2024, 10, 1).PlusDays(random.Next(900)),
            Pick(AbuseOrNeglect.Unknown, AbuseOrNeglect.Known, AbuseOrNeglect.Suspected, AbuseOrNeglect.NotSuspected),
            Pick(Harm.Unknown, Harm.Died, Harm.SeriouslyHarmed, Harm.NotSeriouslyHarmed),
            ageAtDeath: age,
            perpetratorRelationship: Pick(PerpetratorRelationship.Unknown, PerpetratorRelationship.Relative, PerpetratorRelationship.IntimatePartner,
                PerpetratorRelationship.FormerIntimatePartner, PerpetratorRelationship.HouseholdMember, PerpetratorRelationship.Other, PerpetratorRelationship.SharedParent),
            protectionOrLookedAfterInPriorSixMonths: Tri(),
            neglectOnly: Tri(),
            homicide: Tri(),
            offensiveWeapon: Tri(),
            offensiveWeaponsPilot: Tri(),
            perpetratorKnownToMentalHealthServices: Tri());
    }

    private static (ReviewOutcome Susr, List<ReviewOutcome> Parts, FactSet Missing) Decide(CaseFacts facts)
    {
        var outcomes = CriteriaPropertyTests.Outcomes(facts);
        var susr = outcomes[SingleUnifiedSafeguardingReview];
        return (susr.Outcome, outcomes.Values.Where(o => Constituents.Contains(o.Kind)).Select(o => o.Outcome).ToList(), susr.MissingFacts);
    }

    /// <summary>On complete facts the SUSR rule is "some constituent is required".</summary>
    private static bool AnyConstituentRequired(CaseFacts complete) => Decide(complete).Parts.Contains(Required);

    [Property(MaxTest = 300)]
    public void Susr_IsRequiredWhenAConstituentIs_AndNotRequiredExactlyWhenAllAreNot(int seed)
    {
        var (susr, parts, missing) = Decide(WelshCase(seed));
        Assert.NotEqual(Discretionary, susr);
        if (parts.Contains(Required))
        {
            Assert.Equal(Required, susr);
        }

        Assert.Equal(parts.TrueForAll(o => o == NotRequired), susr == NotRequired);
        Assert.Equal(susr == Undetermined, !missing.IsEmpty);
    }

    [Property(MaxTest = 300)]
    public void Susr_OnCompleteFacts_IsRequiredIfAndOnlyIfSomeConstituentIsRequired(int seed)
    {
        var (susr, parts, missing) = Decide(WelshCase(seed, complete: true));
        Assert.Equal(parts.Contains(Required), susr == Required);
        Assert.Equal(parts.Contains(Required) ? Required : NotRequired, susr);
        Assert.True(missing.IsEmpty);
    }

    [Property(MaxTest = 60)]
    public void Susr_OutcomeAndMissingFacts_FollowTheConstituentsOnEveryCompletion(int seed)
    {
        var facts = WelshCase(seed);
        var (susr, _, missing) = Decide(facts);
        var regime = RuleSet.Select(facts.Jurisdiction, facts.Subject, facts.DecisionDate, EnglandTransition.SafeguardingPartners)!;
        Assert.Equal("wales-susr-2024", regime.Id.Value);

        // Every completion of the unknown facts the SUSR reads (ages in their bands), keyed by its codes.
        var unknown = regime.FactsFor(facts.Subject, SingleUnifiedSafeguardingReview, facts.DecisionDate).Intersect(facts.UnknownFacts).ToImmutableArray();
        var required = new Dictionary<string, bool>();
        string Key(CaseFacts c) => string.Join(",", unknown.Select(f => c.Code(f)));
        Evaluator.ForEachCompletion(facts, FactSet.Of(unknown.ToArray()), c => required[Key(c)] = AnyConstituentRequired(c));

        // The outcome: required when every completion has a required constituent, not required when none has.
        var expected = required.Values.All(r => r) ? Required : required.Values.Any(r => r) ? Undetermined : NotRequired;
        Assert.Equal(expected, susr);

        // The missing facts: exactly those whose value alone changes the answer in some completion.
        foreach (var fact in unknown)
        {
            bool influences = false;
            Evaluator.ForEachCompletion(facts, FactSet.Of(unknown.ToArray()), c =>
            {
                for (int v = 0; v < CaseFacts.DomainSize(fact) && !influences; v++)
                {
                    influences |= required[Key(c.With(fact, v))] != required[Key(c)];
                }
            });
            Assert.True(influences == missing.Contains(fact), fact + (influences ? " changes the answer but is not listed" : " is listed but changes nothing"));
        }
    }
}
