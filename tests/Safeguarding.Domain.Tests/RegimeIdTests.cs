using System;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;
using NodaTime;
using Safeguarding.Domain.Criteria;
using Safeguarding.Domain.Lifecycle;
using Safeguarding.Domain.Tests.Support;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Domain.Tests;

/// <summary>
/// The regime ids are declared once, in <see cref="RegimeId"/>: every regime, timescale and review uses a declared id, every
/// declared id names a regime, and no compiled method of the model other than <see cref="RegimeId"/>'s own declarations
/// loads an id's text or makes an id.
/// </summary>
public sealed class RegimeIdTests
{
    private static readonly Assembly Model = typeof(RegimeId).Assembly;

    private static Regime[] AllRegimes() =>
        RuleSet.Regimes.Concat(RuleSet.Companions)
            .Append(RuleSet.DomesticAbuseRelatedDeathReviews(Jurisdiction.England, new LocalDate(2026, 1, 1)))
            .ToArray();

    [Fact]
    public void All_IsEveryDeclaredMember_WithDistinctTexts()
    {
        var declared = typeof(RegimeId).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(RegimeId))
            .Select(p => (RegimeId)p.GetValue(null)!)
            .ToList();

        Assert.Equal(declared, RegimeId.All);
        Assert.Equal(declared.Count, declared.Select(d => d.Value).Distinct(StringComparer.Ordinal).Count());
        Assert.All(declared, d => Assert.Equal(d.Value, d.ToString()));
    }

    [Fact]
    public void EveryRegime_HasADeclaredId_AndEveryDeclaredIdNamesARegime()
    {
        var used = AllRegimes().Select(r => r.Id).Distinct().ToList();

        Assert.All(used, id => Assert.Contains(id, RegimeId.All));
        Assert.All(RegimeId.All, id => Assert.Contains(id, used));
    }

    [Fact]
    public void EveryTimescaleAndEveryReview_UsesTheIdOfARegime()
    {
        var regimes = AllRegimes().Select(r => r.Id).ToHashSet();
        var reviews = Enum.GetValues<DeterminationKind>()
            .SelectMany(k => Enum.GetValues<Jurisdiction>().Where(j => Review.IsKindOf(k, j))
                .SelectMany(j => new LocalDate?[] { null, new LocalDate(2010, 1, 1), new LocalDate(2020, 1, 1) }.Select(d => Review.RegimeOf(k, j, d))));

        Assert.All(TimescaleCatalogue.Default.All, t => Assert.Contains(t.RegimeId, regimes));
        Assert.All(reviews, id => Assert.Contains(id, regimes));
    }

    [Fact]
    public void NoMethodOfTheModel_LoadsARegimeIdsTextOrMakesAnId_ExceptTheDeclarations()
    {
        var texts = RegimeId.All.Select(r => r.Value).ToHashSet(StringComparer.Ordinal);
        var constructor = typeof(RegimeId).GetConstructor(BindingFlags.NonPublic | BindingFlags.Instance, new[] { typeof(string) })!;
        var found = (from type in Model.GetTypes()
                     where type != typeof(RegimeId)
                     from method in ModelIl.MethodsOf(type)
                     from instruction in ModelIl.Tokens(method)
                     where instruction.OpCode == OpCodes.Ldstr
                         ? texts.Contains(method.Module.ResolveString(instruction.Token))
                         : instruction.OpCode == OpCodes.Newobj && Equals(ModelIl.Resolve(method, instruction.Token), constructor)
                     select type.FullName + "." + method.Name).ToList();
        var declarations = ModelIl.MethodsOf(typeof(RegimeId))
            .SelectMany(m => ModelIl.Tokens(m).Where(i => i.OpCode == OpCodes.Ldstr).Select(i => m.Module.ResolveString(i.Token)))
            .Where(texts.Contains)
            .ToList();

        Assert.Empty(found);
        Assert.Equal(texts.Count, declarations.Count);
    }

    [Fact]
    public void TryParse_FindsDeclaredIdsOnly()
    {
        Assert.True(RegimeId.TryParse("england-cspr-2018", out var cspr));
        Assert.Equal(RegimeId.EnglandCspr2018, cspr);
        Assert.False(RegimeId.TryParse("England-cspr-2018", out var none));
        Assert.Equal(default, none);
        Assert.False(RegimeId.TryParse(null, out _));
        Assert.False(RegimeId.TryParse(string.Empty, out _));
    }

    [Fact]
    public void Default_IsNoRegime()
    {
        Assert.Equal(string.Empty, default(RegimeId).Value);
        Assert.DoesNotContain(default, RegimeId.All);
        Assert.Throws<ArgumentException>(() => new Timescale(
            "notification", "A clock.", default, System.Collections.Immutable.ImmutableArray.Create(DeterminationKind.RapidReview),
            ReviewEventType.IncidentKnown, ReviewEventType.Notified, TimescaleRule.Deadline, ClockLength.WorkingDays(5),
            new Citations.Citation("x", "y", Citations.SourceKind.Statute, true), null));
    }

    [Fact]
    public void Equality_IsOrdinalOnTheText()
    {
        EqualityLaws.Hold(RegimeId.Wales2016, new RegimeId("wales-2016"), RegimeId.WalesCpr2013);
        Assert.True(RegimeId.Wales2016 == new RegimeId("wales-2016"));
        Assert.True(RegimeId.Wales2016 != RegimeId.WalesCpr2013);
    }
}
