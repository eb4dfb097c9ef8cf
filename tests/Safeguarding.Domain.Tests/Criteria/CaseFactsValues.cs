using System.Collections.Generic;
using System.Linq;
using Safeguarding.Domain.Criteria;

namespace Safeguarding.Domain.Tests.Criteria;

/// <summary>
/// The values each fact can take, set through the public constructor only (independent of the library's own
/// enumeration), and the combinations of them that the criteria tests walk through.
/// </summary>
internal static class CaseFactsValues
{
    /// <summary>The known values of a fact, as wire names; ages are both sides of every age threshold (16, 18, 24 or under).</summary>
    public static IReadOnlyList<string> Known(FactName fact) => fact switch
    {
        FactName.AbuseOrNeglect => new[] { "known", "suspected", "not-suspected" },
        FactName.Harm => new[] { "died", "seriously-harmed", "not-seriously-harmed" },
        FactName.AgeAtDeath => new[] { "15", "16", "18", "24", "25" },
        FactName.PerpetratorRelationship => new[] { "relative", "intimate-partner", "former-intimate-partner", "household-member", "other", "shared-parent" },
        _ => new[] { "yes", "no" },
    };

    /// <summary>A copy of the facts with one fact set to a wire value, or made unknown for <c>unknown</c>.</summary>
    public static CaseFacts Set(CaseFacts f, FactName fact, string value)
    {
        var abuse = f.AbuseOrNeglect;
        var harm = f.Harm;
        var concern = f.ConcernAboutJointWorking;
        var custody = f.DiedInCustody;
        var needs = f.CareAndSupportNeeds;
        var age = f.AgeAtDeath;
        var relationship = f.PerpetratorRelationship;
        var prior = f.ProtectionOrLookedAfterInPriorSixMonths;
        var outside = f.HarmedOutsideEnglandWhileNormallyResident;
        var register = f.ChildOrSiblingOnRegisterOrLookedAfter;
        var board = f.BoardConcernAboutEffectiveness;
        var learning = f.OutstandingPositiveLearning;
        var neglect = f.NeglectOnly;
        var others = new TriState[10];
        for (int i = 0; i < others.Length; i++)
        {
            others[i] = f.YesNo(FactName.AtRiskOfHarm + i);
        }

        var tri = value switch { "yes" => TriState.Yes, "no" => TriState.No, _ => TriState.Unknown };
        switch (fact)
        {
            case FactName.AbuseOrNeglect:
                abuse = value switch { "known" => AbuseOrNeglect.Known, "suspected" => AbuseOrNeglect.Suspected, "not-suspected" => AbuseOrNeglect.NotSuspected, _ => AbuseOrNeglect.Unknown };
                break;
            case FactName.Harm:
                harm = value switch { "died" => Harm.Died, "seriously-harmed" => Harm.SeriouslyHarmed, "not-seriously-harmed" => Harm.NotSeriouslyHarmed, _ => Harm.Unknown };
                break;
            case FactName.ConcernAboutJointWorking: concern = tri; break;
            case FactName.DiedInCustody: custody = tri; break;
            case FactName.CareAndSupportNeeds: needs = tri; break;
            case FactName.AgeAtDeath: age = value == "unknown" ? null : int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
            case FactName.PerpetratorRelationship:
                relationship = value switch
                {
                    "relative" => PerpetratorRelationship.Relative,
                    "intimate-partner" => PerpetratorRelationship.IntimatePartner,
                    "former-intimate-partner" => PerpetratorRelationship.FormerIntimatePartner,
                    "household-member" => PerpetratorRelationship.HouseholdMember,
                    "other" => PerpetratorRelationship.Other,
                    "shared-parent" => PerpetratorRelationship.SharedParent,
                    _ => PerpetratorRelationship.Unknown,
                };
                break;
            case FactName.ProtectionOrLookedAfterInPriorSixMonths: prior = tri; break;
            case FactName.HarmedOutsideEnglandWhileNormallyResident: outside = tri; break;
            case FactName.ChildOrSiblingOnRegisterOrLookedAfter: register = tri; break;
            case FactName.BoardConcernAboutEffectiveness: board = tri; break;
            case FactName.OutstandingPositiveLearning: learning = tri; break;
            case FactName.NeglectOnly: neglect = tri; break;
            default: others[fact - FactName.AtRiskOfHarm] = tri; break;
        }

        return new CaseFacts(f.Jurisdiction, f.Subject, f.DecisionDate, abuse, harm, concern, custody, needs, age, relationship,
            prior, outside, register, board, learning, neglect, f.AwareOn, f.NotifiedOn,
            others[0], others[1], others[2], others[3], others[4], others[5], others[6], others[7], others[8], others[9]);
    }

    /// <summary>The wire value of a fact in these facts (<c>unknown</c> when unknown).</summary>
    public static string Get(CaseFacts f, FactName fact)
    {
        foreach (var value in Known(fact))
        {
            if (Set(f, fact, value) == f)
            {
                return value;
            }
        }

        return f.IsKnown(fact) ? f.AgeAtDeath!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : "unknown";
    }

    /// <summary>Every complete combination of the given facts (in <see cref="FactName"/> order, the first varying slowest).</summary>
    public static IEnumerable<CaseFacts> Completions(CaseFacts start, FactSet over) => Combine(start, over.ToImmutableArray(), 0, false);

    /// <summary>Every combination of the given facts, unknown included.</summary>
    public static IEnumerable<CaseFacts> Combinations(CaseFacts start, FactSet over) => Combine(start, over.ToImmutableArray(), 0, true);

    public static string Describe(CaseFacts facts, FactSet over) =>
        string.Join(" ", over.ToImmutableArray().Select(f => CaseFacts.WireName(f) + "=" + Get(facts, f)));

    private static IEnumerable<CaseFacts> Combine(CaseFacts start, System.Collections.Immutable.ImmutableArray<FactName> facts, int k, bool withUnknown)
    {
        if (k == facts.Length)
        {
            yield return start;
            yield break;
        }

        var values = withUnknown ? Known(facts[k]).Append("unknown") : Known(facts[k]);
        foreach (var value in values)
        {
            foreach (var rest in Combine(Set(start, facts[k], value), facts, k + 1, withUnknown))
            {
                yield return rest;
            }
        }
    }
}
