using Safeguarding.Domain.Citations;

namespace Safeguarding.Domain.Criteria;

/// <summary>The fact tests the regimes share, each bound to the provision that uses it.</summary>
internal static class CriterionFactory
{
    private const CriterionResult Met = CriterionResult.Met;
    private const CriterionResult NotMet = CriterionResult.NotMet;
    private const CriterionResult Unknown = CriterionResult.Unknown;

    public static Criterion AllOf(string id, string description, Citation citation, Validity validity, params Criterion[] children) =>
        Criterion.AllOf(id, description, citation, validity, children);

    public static Criterion AnyOf(string id, string description, Citation citation, Validity validity, params Criterion[] children) =>
        Criterion.AnyOf(id, description, citation, validity, children);

    public static Criterion NotOf(string id, string description, Citation citation, Validity validity, Criterion child) =>
        Criterion.NotOf(id, description, citation, validity, child);

    public static Criterion AbuseOrNeglect(string id, Citation citation, Validity validity) =>
        Criterion.Test(id, "Abuse or neglect is known or suspected", citation, validity, FactSet.Of(FactName.AbuseOrNeglect),
            static (in CaseFacts f) => f.AbuseOrNeglect switch
            {
                Criteria.AbuseOrNeglect.Known or Criteria.AbuseOrNeglect.Suspected => Met,
                Criteria.AbuseOrNeglect.NotSuspected => NotMet,
                _ => Unknown,
            });

    /// <summary>"Abuse" without "or neglect" (SI 2015/1466 reg 4(4)): known or suspected, and not neglect alone.</summary>
    public static Criterion AbuseNotNeglectAlone(string id, Citation citation, Validity validity) =>
        Criterion.Test(id, "Abuse (not neglect alone) is known or suspected", citation, validity,
            FactSet.Of(FactName.AbuseOrNeglect, FactName.NeglectOnly),
            static (in CaseFacts f) =>
            {
                if (f.AbuseOrNeglect == Criteria.AbuseOrNeglect.NotSuspected || f.NeglectOnly == TriState.Yes)
                {
                    return NotMet;
                }

                return f.AbuseOrNeglect != Criteria.AbuseOrNeglect.Unknown && f.NeglectOnly == TriState.No ? Met : Unknown;
            });

    public static Criterion Died(string id, Citation citation, Validity validity) =>
        HarmIs(id, "The person has died", citation, validity, Harm.Died);

    public static Criterion SeriouslyHarmed(string id, string description, Citation citation, Validity validity) =>
        HarmIs(id, description, citation, validity, Harm.SeriouslyHarmed);

    public static Criterion NotSeriouslyHarmed(string id, string description, Citation citation, Validity validity) =>
        HarmIs(id, description, citation, validity, Harm.NotSeriouslyHarmed);

    public static Criterion DiedOrSeriouslyHarmed(string id, string description, Citation citation, Validity validity) =>
        Criterion.Test(id, description, citation, validity, FactSet.Of(FactName.Harm),
            static (in CaseFacts f) => f.Harm switch
            {
                Harm.Died or Harm.SeriouslyHarmed => Met,
                Harm.NotSeriouslyHarmed => NotMet,
                _ => Unknown,
            });

    public static Criterion Yes(string id, string description, Citation citation, Validity validity, FactName fact) =>
        Criterion.Test(id, description, citation, validity, FactSet.Of(fact), Read(fact, TriState.Yes));

    public static Criterion No(string id, string description, Citation citation, Validity validity, FactName fact) =>
        Criterion.Test(id, description, citation, validity, FactSet.Of(fact), Read(fact, TriState.No));

    public static Criterion Always(string id, string description, Citation citation, Validity validity) =>
        Criterion.Test(id, description, citation, validity, FactSet.Empty, static (in CaseFacts _) => Met);

    public static Criterion AgedSixteenOrOver(string id, Citation citation, Validity validity) => AgedAtLeast(id, 16, citation, validity);

    public static Criterion AgedEighteenOrOver(string id, Citation citation, Validity validity) => AgedAtLeast(id, 18, citation, validity);

    private static Criterion AgedAtLeast(string id, int years, Citation citation, Validity validity) =>
        Criterion.Test(id, "The person who died was aged " + years + " or over (an adult always is)", citation, validity, FactSet.Of(FactName.AgeAtDeath),
            (in CaseFacts f) =>
            {
                if (f.Subject == Subject.Adult)
                {
                    return Met;
                }

                return f.AgeAtDeath is int age ? (age >= years ? Met : NotMet) : Unknown;
            });

    public static Criterion AgedTwentyFourOrUnder(string id, Citation citation, Validity validity) =>
        Criterion.Test(id, "The person who died was aged 24 or under (a child always is)", citation, validity, FactSet.Of(FactName.AgeAtDeath),
            static (in CaseFacts f) =>
            {
                if (f.Subject == Subject.Child)
                {
                    return Met;
                }

                return f.AgeAtDeath is int age ? (age <= 24 ? Met : NotMet) : Unknown;
            });

    /// <summary>Domestic Abuse Act 2021 s2: personally connected (a household member who is not drops out; parents of the same child come in).</summary>
    public static Criterion PersonallyConnected(string id, Citation citation, Validity validity) =>
        RelationshipIn(id, "The suspected perpetrator was personally connected to the person who died: a relative, a current or former intimate partner, or each a parent of (or with parental responsibility for) the same child",
            citation, validity,
            PerpetratorRelationship.Relative, PerpetratorRelationship.IntimatePartner, PerpetratorRelationship.FormerIntimatePartner, PerpetratorRelationship.SharedParent);

    /// <summary>Domestic Violence, Crime and Victims Act 2004 s9(1): other and shared-parent are not a s9(1) relationship.</summary>
    public static Criterion DomesticRelationship(string id, Citation citation, Validity validity) =>
        RelationshipIn(id, "The suspected perpetrator was a relative, a current or former intimate partner, or a member of the same household",
            citation, validity,
            PerpetratorRelationship.Relative, PerpetratorRelationship.IntimatePartner, PerpetratorRelationship.FormerIntimatePartner, PerpetratorRelationship.HouseholdMember);

    // Met when the perpetrator's relationship is one of those listed, unknown while it is unknown, not met otherwise.
    private static Criterion RelationshipIn(string id, string description, Citation citation, Validity validity, params PerpetratorRelationship[] met)
    {
        int listed = 0; // one bit a relationship
        foreach (var relationship in met)
        {
            listed |= 1 << (int)relationship;
        }

        return Criterion.Test(id, description, citation, validity, FactSet.Of(FactName.PerpetratorRelationship),
            (in CaseFacts f) => f.PerpetratorRelationship == PerpetratorRelationship.Unknown ? Unknown
                : (listed & (1 << (int)f.PerpetratorRelationship)) != 0 ? Met : NotMet);
    }

    public static Validity From(int year, int month, int day) => new(new LocalDate(year, month, day), null);

    public static Validity Between(int fromYear, int fromMonth, int fromDay, int untilYear, int untilMonth, int untilDay) =>
        new(new LocalDate(fromYear, fromMonth, fromDay), new LocalDate(untilYear, untilMonth, untilDay));

    private static Criterion HarmIs(string id, string description, Citation citation, Validity validity, Harm harm) =>
        Criterion.Test(id, description, citation, validity, FactSet.Of(FactName.Harm), harm switch
        {
            Harm.Died => static (in CaseFacts f) => f.Harm == Harm.Unknown ? Unknown : f.Harm == Harm.Died ? Met : NotMet,
            Harm.SeriouslyHarmed => static (in CaseFacts f) => f.Harm == Harm.Unknown ? Unknown : f.Harm == Harm.SeriouslyHarmed ? Met : NotMet,
            _ => static (in CaseFacts f) => f.Harm == Harm.Unknown ? Unknown : f.Harm == Harm.NotSeriouslyHarmed ? Met : NotMet,
        });

    private static FactTest Read(FactName fact, TriState wanted)
    {
        if (!CaseFacts.IsYesNo(fact) || (uint)fact >= FactSet.Count)
        {
            throw new System.ArgumentOutOfRangeException(nameof(fact), "Not a yes-or-no fact.");
        }

        return (in CaseFacts f) => Is(f.YesNoUnchecked(fact), wanted);
    }

    private static CriterionResult Is(TriState value, TriState wanted) =>
        value == TriState.Unknown ? Unknown : value == wanted ? Met : NotMet;
}
