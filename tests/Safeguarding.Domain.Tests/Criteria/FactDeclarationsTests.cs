using System.Collections.Generic;
using System.Linq;
using Safeguarding.Domain.Criteria;
using Xunit;

namespace Safeguarding.Domain.Tests.Criteria;

public sealed class FactDeclarationsTests
{
    [Fact]
    public void All_IsOneRowPerFact_InTheOrderOfFactName()
    {
        Assert.Equal(FactSet.Count, FactDeclarations.All.Length);
        Assert.Equal(System.Enum.GetValues<FactName>(), FactDeclarations.All.Select(d => d.Name));
        Assert.Equal(FactDeclarations.All.Length, FactDeclarations.All.Select(d => d.WireName).Distinct().Count());
    }

    [Fact]
    public void CodeSlots_DoNotOverlap_AndFitTheirValues()
    {
        ulong used = 0;
        foreach (var fact in FactDeclarations.All)
        {
            ulong bits = fact.Mask << fact.Shift;
            Assert.Equal(0UL, used & bits);
            used |= bits;
            Assert.True((ulong)fact.Radix - 1 <= fact.Mask, fact.WireName);
        }
    }

    [Fact]
    public void ReadBy_IsTheJurisdictionsWhoseRulesReadTheFact()
    {
        var actual = new Dictionary<FactName, SortedSet<Jurisdiction>>();
        // The domestic abuse related death review regimes (England and Wales) are made for a commencement date.
        var dardr = new[] { Jurisdiction.England, Jurisdiction.Wales }
            .Select(j => RuleSet.DomesticAbuseRelatedDeathReviews(j, new NodaTime.LocalDate(2030, 1, 1)));
        foreach (var regime in RuleSet.Regimes.AddRange(RuleSet.Companions).AddRange(dardr))
        {
            foreach (var group in regime.Groups)
            {
                foreach (var rule in group.Rules)
                {
                    foreach (var fact in rule.Condition.Facts.ToImmutableArray())
                    {
                        if (!actual.TryGetValue(fact, out var set))
                        {
                            actual[fact] = set = new SortedSet<Jurisdiction>();
                        }

                        set.Add(regime.Jurisdiction);
                    }
                }
            }
        }

        string Show(IEnumerable<(FactName, IEnumerable<Jurisdiction>)> rows) =>
            string.Join("\n", rows.Select(r => r.Item1 + ": " + string.Join(",", r.Item2)));
        Assert.Equal(
            Show(FactDeclarations.All.Select(d => (d.Name, (IEnumerable<Jurisdiction>)d.ReadBy.OrderBy(j => j)))),
            Show(FactDeclarations.All.Select(d => (d.Name, actual.TryGetValue(d.Name, out var s) ? (IEnumerable<Jurisdiction>)s : Enumerable.Empty<Jurisdiction>()))));
    }
}
