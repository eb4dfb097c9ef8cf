using System;
using System.Collections.Generic;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Safeguarding.Domain.Criteria;

namespace Safeguarding.Domain.Tests.Arbitraries;

/// <summary>
/// FsCheck generators for the criteria, built through the public constructors. Case facts are drawn from a
/// seed so that each generated case is reproducible from the seed FsCheck reports.
/// </summary>
public static class CriteriaArbitraries
{
    public static Arbitrary<CaseFacts> CaseFacts() =>
        Arb.From(Gen.Choose(0, int.MaxValue).Select(seed => Build(new Random(seed))));

    public static Arbitrary<EnglandTransition> Transitions() =>
        Arb.From(Gen.Elements(EnglandTransition.SafeguardingPartners, EnglandTransition.LocalSafeguardingChildrenBoard));

    /// <summary>Facts for a jurisdiction and subject that some regime covers, dated from 2005 to 2030, each fact unknown a third of the time.</summary>
    public static CaseFacts Build(Random random)
    {
        var pairs = new (Jurisdiction, Subject)[]
        {
            (Jurisdiction.England, Subject.Child), (Jurisdiction.England, Subject.Adult), (Jurisdiction.Wales, Subject.Child),
            (Jurisdiction.Wales, Subject.Adult), (Jurisdiction.NorthernIreland, Subject.Child), (Jurisdiction.Scotland, Subject.Child),
            (Jurisdiction.NorthernIreland, Subject.Adult), (Jurisdiction.Scotland, Subject.Adult),
        };
        var (jurisdiction, subject) = pairs[random.Next(pairs.Length)];
        var date = new LocalDate(2005, 1, 1).PlusDays(random.Next(365 * 26));
        var subjectAge = subject == Subject.Adult ? 18 + random.Next(80) : random.Next(18);
        LocalDate? awareOn = random.Next(2) == 0 ? null : date.PlusDays(-random.Next(60));
        LocalDate? notifiedOn = random.Next(2) == 0 ? null : date.PlusDays(-random.Next(30));
        if (notifiedOn < awareOn)
        {
            (awareOn, notifiedOn) = (notifiedOn, awareOn); // an incident is notified on or after the day of awareness
        }

        return new CaseFacts(jurisdiction, subject, date,
            Pick(random, AbuseOrNeglect.Unknown, AbuseOrNeglect.Known, AbuseOrNeglect.Suspected, AbuseOrNeglect.NotSuspected),
            Pick(random, Harm.Unknown, Harm.Died, Harm.SeriouslyHarmed, Harm.NotSeriouslyHarmed),
            Tri(random), Tri(random), Tri(random),
            random.Next(3) == 0 ? null : subjectAge,
            Pick(random, PerpetratorRelationship.Unknown, PerpetratorRelationship.Relative, PerpetratorRelationship.IntimatePartner,
                PerpetratorRelationship.FormerIntimatePartner, PerpetratorRelationship.HouseholdMember, PerpetratorRelationship.Other,
                PerpetratorRelationship.SharedParent),
            Tri(random), Tri(random), Tri(random), Tri(random), Tri(random), Tri(random),
            awareOn,
            notifiedOn,
            Tri(random), Tri(random), Tri(random), Tri(random), Tri(random), Tri(random), Tri(random), Tri(random), Tri(random), Tri(random));
    }

    /// <summary>Every value a fact can take, unknown included, as a copy of the facts.</summary>
    public static IEnumerable<CaseFacts> Variants(CaseFacts facts, FactName fact)
    {
        yield return facts.WithUnknown(fact);
        foreach (var value in KnownValues(facts, fact))
        {
            yield return value;
        }
    }

    /// <summary>Every known value of a fact, as a copy of the facts.</summary>
    public static IEnumerable<CaseFacts> KnownValues(CaseFacts f, FactName fact)
    {
        switch (fact)
        {
            case FactName.AbuseOrNeglect:
                foreach (var v in new[] { AbuseOrNeglect.Known, AbuseOrNeglect.Suspected, AbuseOrNeglect.NotSuspected })
                {
                    yield return Copy(f, abuse: v);
                }

                break;
            case FactName.Harm:
                foreach (var v in new[] { Harm.Died, Harm.SeriouslyHarmed, Harm.NotSeriouslyHarmed })
                {
                    yield return Copy(f, harm: v);
                }

                break;
            case FactName.AgeAtDeath:
                foreach (var v in f.Subject == Subject.Adult ? new[] { 18, 24, 25, 40, 90 } : new[] { 0, 15, 16, 17 })
                {
                    yield return Copy(f, age: v);
                }

                break;
            case FactName.PerpetratorRelationship:
                foreach (var v in new[] { PerpetratorRelationship.Relative, PerpetratorRelationship.IntimatePartner, PerpetratorRelationship.FormerIntimatePartner, PerpetratorRelationship.HouseholdMember, PerpetratorRelationship.Other, PerpetratorRelationship.SharedParent })
                {
                    yield return Copy(f, relationship: v);
                }

                break;
            default:
                yield return Copy(f, fact, TriState.Yes);
                yield return Copy(f, fact, TriState.No);
                break;
        }
    }

    private static CaseFacts Copy(CaseFacts f, AbuseOrNeglect? abuse = null, Harm? harm = null, int? age = null, PerpetratorRelationship? relationship = null) =>
        new(f.Jurisdiction, f.Subject, f.DecisionDate, abuse ?? f.AbuseOrNeglect, harm ?? f.Harm, f.ConcernAboutJointWorking, f.DiedInCustody,
            f.CareAndSupportNeeds, age ?? f.AgeAtDeath, relationship ?? f.PerpetratorRelationship, f.ProtectionOrLookedAfterInPriorSixMonths,
            f.HarmedOutsideEnglandWhileNormallyResident, f.ChildOrSiblingOnRegisterOrLookedAfter, f.BoardConcernAboutEffectiveness,
            f.OutstandingPositiveLearning, f.NeglectOnly, f.AwareOn, f.NotifiedOn, f.AtRiskOfHarm, f.CareAndRiskManagementHarm,
            f.SubjectToAdultProtectionProcesses, f.LookedAfter, f.CareLeaver, f.Homicide, f.OffensiveWeapon, f.OffensiveWeaponsPilot,
            f.PerpetratorKnownToMentalHealthServices, f.PerpetratorAgedSixteenOrOver);

    private static CaseFacts Copy(CaseFacts f, FactName fact, TriState v) =>
        new(f.Jurisdiction, f.Subject, f.DecisionDate, f.AbuseOrNeglect, f.Harm,
            fact == FactName.ConcernAboutJointWorking ? v : f.ConcernAboutJointWorking,
            fact == FactName.DiedInCustody ? v : f.DiedInCustody,
            fact == FactName.CareAndSupportNeeds ? v : f.CareAndSupportNeeds,
            f.AgeAtDeath, f.PerpetratorRelationship,
            fact == FactName.ProtectionOrLookedAfterInPriorSixMonths ? v : f.ProtectionOrLookedAfterInPriorSixMonths,
            fact == FactName.HarmedOutsideEnglandWhileNormallyResident ? v : f.HarmedOutsideEnglandWhileNormallyResident,
            fact == FactName.ChildOrSiblingOnRegisterOrLookedAfter ? v : f.ChildOrSiblingOnRegisterOrLookedAfter,
            fact == FactName.BoardConcernAboutEffectiveness ? v : f.BoardConcernAboutEffectiveness,
            fact == FactName.OutstandingPositiveLearning ? v : f.OutstandingPositiveLearning,
            fact == FactName.NeglectOnly ? v : f.NeglectOnly,
            f.AwareOn, f.NotifiedOn,
            fact == FactName.AtRiskOfHarm ? v : f.AtRiskOfHarm,
            fact == FactName.CareAndRiskManagementHarm ? v : f.CareAndRiskManagementHarm,
            fact == FactName.SubjectToAdultProtectionProcesses ? v : f.SubjectToAdultProtectionProcesses,
            fact == FactName.LookedAfter ? v : f.LookedAfter,
            fact == FactName.CareLeaver ? v : f.CareLeaver,
            fact == FactName.Homicide ? v : f.Homicide,
            fact == FactName.OffensiveWeapon ? v : f.OffensiveWeapon,
            fact == FactName.OffensiveWeaponsPilot ? v : f.OffensiveWeaponsPilot,
            fact == FactName.PerpetratorKnownToMentalHealthServices ? v : f.PerpetratorKnownToMentalHealthServices,
            fact == FactName.PerpetratorAgedSixteenOrOver ? v : f.PerpetratorAgedSixteenOrOver);

    private static T Pick<T>(Random random, params T[] values) => values[random.Next(values.Length)];

    private static TriState Tri(Random random) => Pick(random, TriState.Unknown, TriState.Yes, TriState.No);
}
