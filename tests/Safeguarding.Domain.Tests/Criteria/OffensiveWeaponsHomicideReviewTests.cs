using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FsCheck.Xunit;
using NodaTime;
using Safeguarding.Domain.Criteria;
using Safeguarding.Domain.Tests.Arbitraries;

namespace Safeguarding.Domain.Tests.Criteria;

/// <summary>
/// Offensive weapons homicide reviews (Police, Crime, Sentencing and Courts Act 2022 s24, s26; SI 2023/227): source
/// examples, both sides of the pilot's first day, the s26 exclusions from the same evaluation, a sampled brute-force
/// oracle, and the law that the review is never required when a domestic homicide or safeguarding adults review is.
/// </summary>
public sealed class OffensiveWeaponsHomicideReviewTests
{
    private static LocalDate D(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;

    private static CaseFacts Stabbing(string date = "2023-06-01", Jurisdiction jurisdiction = Jurisdiction.England, AbuseOrNeglect abuse = AbuseOrNeglect.NotSuspected,
        PerpetratorRelationship relationship = PerpetratorRelationship.Other, TriState needs = TriState.No, TriState pilot = TriState.Yes,
        TriState weapon = TriState.Yes, TriState homicide = TriState.Yes, TriState prior = TriState.No, Harm harm = Harm.Died) =>
        new(jurisdiction, Subject.Adult, D(date), abuse, harm, careAndSupportNeeds: needs, ageAtDeath: 19, perpetratorRelationship: relationship,
            protectionOrLookedAfterInPriorSixMonths: prior, neglectOnly: TriState.No, homicide: homicide, offensiveWeapon: weapon,
            offensiveWeaponsPilot: pilot, perpetratorAgedSixteenOrOver: TriState.Yes);

    private static Determination? Owhr(CaseFacts facts, CriteriaOptions? options = null) =>
        CriteriaEvaluator.Evaluate(facts, options).Value.Determinations.SingleOrDefault(d => d.Kind == DeterminationKind.OffensiveWeaponsHomicideReview);

    [Theory]
    [InlineData(Jurisdiction.England)]
    [InlineData(Jurisdiction.Wales)]
    public void KnifeDeathOfAStrangerInThePilot_IsRequired(Jurisdiction jurisdiction)
    {
        var owhr = Owhr(Stabbing(jurisdiction: jurisdiction))!;
        Assert.Equal(ReviewOutcome.Required, owhr.Outcome);
        Assert.Empty(owhr.MissingFacts);
        var reason = Assert.Single(owhr.Reasons);
        Assert.Equal("Police, Crime, Sentencing and Courts Act 2022 s24", reason.Citation.ToString());
        Assert.Equal("SI 2023/227 the pilot partners and the 9 months beginning 1 April 2023",
            reason.Reasons[0].Reasons.Single(r => r.CriterionId == "si-2023-227-pilot").Citation.ToString());
        Assert.Equal(CriterionResult.Met, reason.Reasons.Single(r => r.CriterionId == "pcsca-2022-s26-none").Result);
    }

    [Theory]
    [InlineData("2023-03-31", false)]
    [InlineData("2023-04-01", true)]
    public void Pilot_StartsOn1April2023(string date, bool present)
    {
        Assert.Equal(present, Owhr(Stabbing(date)) is not null);
        Assert.Equal(RuleSet.OffensiveWeaponsHomicideReviewStart, D("2023-04-01"));
    }

    [Fact]
    public void IsForAdultDeathsOnly()
    {
        Assert.Null(Owhr(Stabbing(harm: Harm.SeriouslyHarmed)));
        Assert.NotNull(Owhr(Stabbing(harm: Harm.Unknown)));
        Assert.Null(Owhr(new CaseFacts(Jurisdiction.England, Subject.Child, D("2023-06-01"), harm: Harm.Died, homicide: TriState.Yes, offensiveWeapon: TriState.Yes, offensiveWeaponsPilot: TriState.Yes)));
        Assert.Null(Owhr(new CaseFacts(Jurisdiction.Scotland, Subject.Child, D("2023-06-01"), harm: Harm.Died)));
    }

    [Theory]
    [InlineData(TriState.No, TriState.Yes, TriState.Yes)]
    [InlineData(TriState.Yes, TriState.No, TriState.Yes)]
    [InlineData(TriState.Yes, TriState.Yes, TriState.No)]
    public void OutsideThePilotOrWithoutAWeaponOrHomicide_IsNotRequired(TriState pilot, TriState weapon, TriState homicide) =>
        Assert.Equal(ReviewOutcome.NotRequired, Owhr(Stabbing(pilot: pilot, weapon: weapon, homicide: homicide))!.Outcome);

    [Fact]
    public void DomesticHomicideReview_Excludes()
    {
        // s26: a death that may be the subject of a domestic homicide review is excluded.
        var facts = Stabbing(abuse: AbuseOrNeglect.Known, relationship: PerpetratorRelationship.IntimatePartner);
        var evaluation = CriteriaEvaluator.Evaluate(facts).Value;
        Assert.Equal(ReviewOutcome.Required, evaluation.Determinations.Single(d => d.Kind == DeterminationKind.DomesticHomicideReview).Outcome);
        Assert.Equal(ReviewOutcome.NotRequired, Owhr(facts)!.Outcome);

        // While the domestic homicide review is undetermined, so is this review, on the same facts.
        var open = Owhr(Stabbing(abuse: AbuseOrNeglect.Known, relationship: PerpetratorRelationship.Unknown))!;
        Assert.Equal(ReviewOutcome.Undetermined, open.Outcome);
        Assert.Equal(new[] { FactName.PerpetratorRelationship }, open.MissingFacts.ToArray());
    }

    [Fact]
    public void SafeguardingAdultsReview_ExcludesInEngland()
    {
        var facts = Stabbing(needs: TriState.Yes);
        var sar = CriteriaEvaluator.Evaluate(facts).Value.Determinations.Single(d => d.Kind == DeterminationKind.SafeguardingAdultsReview);
        Assert.NotEqual(ReviewOutcome.NotRequired, sar.Outcome);
        Assert.Equal(ReviewOutcome.NotRequired, Owhr(facts)!.Outcome);
        Assert.Equal(ReviewOutcome.Undetermined, Owhr(Stabbing(needs: TriState.Unknown))!.Outcome);
    }

    [Fact]
    public void AdultPracticeReview_ExcludesInWales()
    {
        // Abuse known, death, protective action in the six months before: an extended adult practice review is required.
        var facts = Stabbing(jurisdiction: Jurisdiction.Wales, abuse: AbuseOrNeglect.Known, prior: TriState.Yes);
        Assert.Equal(ReviewOutcome.Required, CriteriaEvaluator.Evaluate(facts).Value.Determinations.Single(d => d.Kind == DeterminationKind.AdultPracticeReview).Outcome);
        Assert.Equal(ReviewOutcome.NotRequired, Owhr(facts)!.Outcome);
        // Care and support needs do not matter in Wales.
        Assert.Equal(ReviewOutcome.Required, Owhr(Stabbing(jurisdiction: Jurisdiction.Wales, needs: TriState.Yes))!.Outcome);
    }

    [Fact]
    public void CommencedDardr_ReplacesTheDomesticHomicideExclusion()
    {
        // A parent of the same child: no domestic homicide review, so no exclusion today; a commenced DARDR excludes it.
        var facts = Stabbing("2027-06-01", abuse: AbuseOrNeglect.Known, relationship: PerpetratorRelationship.SharedParent);
        Assert.Equal(ReviewOutcome.Required, Owhr(facts)!.Outcome);
        var commenced = CriteriaOptions.Default.WithCommencement(new Commencement("vpa-2024-s19", D("2027-04-01")));
        Assert.Equal(ReviewOutcome.NotRequired, Owhr(facts, commenced)!.Outcome);
        Assert.Equal(ReviewOutcome.Required, Owhr(Stabbing("2027-03-31", abuse: AbuseOrNeglect.Known, relationship: PerpetratorRelationship.SharedParent), commenced)!.Outcome);
    }

    [Fact]
    public void Regimes_AreSoundAndTheSampledOracleAgrees()
    {
        var regimes = RuleSet.Companions.Where(r => r.Id == RegimeId.EnglandWalesOwhr2023)
            .Append(RuleSet.OffensiveWeaponsHomicideReviews(Jurisdiction.England, D("2025-01-01")))
            .Append(RuleSet.OffensiveWeaponsHomicideReviews(Jurisdiction.Wales, D("2025-01-01"))).ToList();
        Assert.Equal(4, regimes.Count);
        Assert.Empty(RuleSet.FindConflictsIn(regimes.ToImmutableArray()));

        // Every combination is too many to walk through the brute-force oracle; a seeded sample of each group and date is.
        var random = new Random(20231);
        int checkedCases = 0;
        foreach (var regime in regimes)
        {
            for (int g = 0; g < regime.Groups.Length; g++)
            {
                var group = regime.Groups[g];
                foreach (var date in RuleSet.BoundaryDates(regime, group))
                {
                    var read = group.FactsOn(date);
                    var all = CaseFactsValues.Combinations(new CaseFacts(regime.Jurisdiction, group.Subject, date), read);
                    foreach (var facts in all.Where(_ => random.Next(40) == 0).Take(150))
                    {
                        DecisionOracleTests.CheckOne(regime, g, date, read, facts);
                        checkedCases++;
                    }
                }
            }
        }

        Assert.True(checkedCases >= 600, "checked " + checkedCases);
    }

    /// <summary>The review is never required when a domestic homicide review, or a safeguarding adults review (required or discretionary), is.</summary>
    [Property(Arbitrary = new[] { typeof(CriteriaArbitraries) }, MaxTest = 300)]
    public bool NeverRequiredBesideADomesticHomicideOrSafeguardingAdultsReview(CaseFacts facts)
    {
        var adult = new CaseFacts(facts.Jurisdiction == Jurisdiction.Wales ? Jurisdiction.Wales : Jurisdiction.England, Subject.Adult,
            facts.DecisionDate.PlusYears(18), facts.AbuseOrNeglect, facts.Harm, facts.ConcernAboutJointWorking, facts.DiedInCustody,
            facts.CareAndSupportNeeds, facts.AgeAtDeath is int age ? Math.Max(age, 18) : null, facts.PerpetratorRelationship,
            facts.ProtectionOrLookedAfterInPriorSixMonths, neglectOnly: facts.NeglectOnly, homicide: facts.Homicide,
            offensiveWeapon: facts.OffensiveWeapon, offensiveWeaponsPilot: facts.OffensiveWeaponsPilot);
        var result = CriteriaEvaluator.Evaluate(adult);
        if (!result.Success)
        {
            return true;
        }

        var outcomes = result.Value.Determinations.ToDictionary(d => d.Kind, d => d.Outcome);
        bool other = (outcomes.TryGetValue(DeterminationKind.DomesticHomicideReview, out var dhr) && dhr == ReviewOutcome.Required)
            || (outcomes.TryGetValue(DeterminationKind.SafeguardingAdultsReview, out var sar) && sar is ReviewOutcome.Required or ReviewOutcome.Discretionary)
            || (outcomes.TryGetValue(DeterminationKind.AdultPracticeReview, out var apr) && apr == ReviewOutcome.Required);
        return !other || !outcomes.TryGetValue(DeterminationKind.OffensiveWeaponsHomicideReview, out var owhr) || owhr == ReviewOutcome.NotRequired;
    }
}
