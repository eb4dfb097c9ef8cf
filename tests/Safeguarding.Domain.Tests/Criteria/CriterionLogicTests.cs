using System;
using System.Linq;
using NodaTime;
using Safeguarding.Domain.Citations;
using Safeguarding.Domain.Criteria;
using static Safeguarding.Domain.Criteria.CriterionResult;

namespace Safeguarding.Domain.Tests.Criteria;

/// <summary>
/// Criteria in three-valued logic: every fact test on every value (unknown included), every branch of all,
/// any and not, validity edges, and the arguments the builders refuse.
/// </summary>
public sealed class CriterionLogicTests
{
    private static readonly Citation Cite = new("Test instrument", "reg 1", SourceKind.Regulation, true);
    private static readonly Validity Always = new(new LocalDate(2010, 1, 1), null);
    private static readonly LocalDate Day = new(2015, 6, 1);

    private static CaseFacts Facts(FactName fact, string value) =>
        CaseFactsValues.Set(new CaseFacts(Jurisdiction.England, Subject.Child, Day), fact, value);

    private static CriterionResult On(Criterion criterion, FactName fact, string value) => criterion.Evaluate(Facts(fact, value));

    private static readonly FactName[] YesNoFacts =
    {
        FactName.ConcernAboutJointWorking, FactName.DiedInCustody, FactName.CareAndSupportNeeds, FactName.ProtectionOrLookedAfterInPriorSixMonths,
        FactName.HarmedOutsideEnglandWhileNormallyResident, FactName.ChildOrSiblingOnRegisterOrLookedAfter, FactName.BoardConcernAboutEffectiveness,
        FactName.OutstandingPositiveLearning, FactName.NeglectOnly,
    };

    [Fact]
    public void YesAndNo_OnEveryYesOrNoFact_ReadOnlyThatFact()
    {
        foreach (var fact in YesNoFacts)
        {
            var yes = CriterionFactory.Yes("yes", "It is so", Cite, Always, fact);
            var no = CriterionFactory.No("no", "It is not so", Cite, Always, fact);
            Assert.Equal(FactSet.Of(fact), yes.Facts);
            Assert.Equal(FactSet.Of(fact), no.Facts);
            Assert.True(new[] { Met, NotMet, Unknown }.SequenceEqual(new[] { "yes", "no", "unknown" }.Select(v => On(yes, fact, v))), fact + " yes");
            Assert.True(new[] { NotMet, Met, Unknown }.SequenceEqual(new[] { "yes", "no", "unknown" }.Select(v => On(no, fact, v))), fact + " no");

            // Another fact set to yes does not move it.
            var other = YesNoFacts.First(f => f != fact);
            Assert.Equal(Unknown, yes.Evaluate(Facts(other, "yes")));
        }
    }

    [Fact]
    public void YesOrNo_OnAFactThatIsNotYesOrNo_IsRefused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => CriterionFactory.Yes("x", "x", Cite, Always, FactName.Harm));
        Assert.Equal("fact", error.ParamName);
        Assert.StartsWith("Not a yes-or-no fact.", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => CriterionFactory.No("x", "x", Cite, Always, FactName.AgeAtDeath));
    }

    [Fact]
    public void FactTests_GiveTheirResultForEveryValue()
    {
        string Row(Criterion c, FactName fact) =>
            string.Join(" ", CaseFactsValues.Known(fact).Append("unknown").Select(v => v + ":" + On(c, fact, v)));

        Assert.Equal("known:Met suspected:Met not-suspected:NotMet unknown:Unknown",
            Row(CriterionFactory.AbuseOrNeglect("a", Cite, Always), FactName.AbuseOrNeglect));
        Assert.Equal("died:Met seriously-harmed:NotMet not-seriously-harmed:NotMet unknown:Unknown",
            Row(CriterionFactory.Died("d", Cite, Always), FactName.Harm));
        Assert.Equal("died:NotMet seriously-harmed:Met not-seriously-harmed:NotMet unknown:Unknown",
            Row(CriterionFactory.SeriouslyHarmed("s", "Seriously harmed", Cite, Always), FactName.Harm));
        Assert.Equal("died:NotMet seriously-harmed:NotMet not-seriously-harmed:Met unknown:Unknown",
            Row(CriterionFactory.NotSeriouslyHarmed("n", "Less than serious", Cite, Always), FactName.Harm));
        Assert.Equal("died:Met seriously-harmed:Met not-seriously-harmed:NotMet unknown:Unknown",
            Row(CriterionFactory.DiedOrSeriouslyHarmed("h", "Died or harmed", Cite, Always), FactName.Harm));
        Assert.Equal("relative:Met intimate-partner:Met former-intimate-partner:Met household-member:Met other:NotMet shared-parent:NotMet unknown:Unknown",
            Row(CriterionFactory.DomesticRelationship("r", Cite, Always), FactName.PerpetratorRelationship));
        Assert.Equal("15:NotMet 16:Met 18:Met 24:Met 25:Met unknown:Unknown",
            Row(CriterionFactory.AgedSixteenOrOver("g", Cite, Always), FactName.AgeAtDeath));

        var always = CriterionFactory.Always("w", "Always", Cite, Always);
        Assert.Equal(Met, always.Evaluate(new CaseFacts(Jurisdiction.England, Subject.Child, Day)));
        Assert.True(always.Facts.IsEmpty);

        Assert.Equal("Abuse or neglect is known or suspected", CriterionFactory.AbuseOrNeglect("a", Cite, Always).Description);
        Assert.Equal("The person has died", CriterionFactory.Died("d", Cite, Always).Description);
        Assert.Equal("The person who died was aged 16 or over (an adult always is)", CriterionFactory.AgedSixteenOrOver("g", Cite, Always).Description);
    }

    [Fact]
    public void AgedSixteenOrOver_AnAdultAlwaysIs_EvenWithTheAgeUnknown()
    {
        var aged = CriterionFactory.AgedSixteenOrOver("g", Cite, Always);
        Assert.Equal(Met, aged.Evaluate(new CaseFacts(Jurisdiction.England, Subject.Adult, Day)));
        Assert.Equal(Met, aged.Evaluate(new CaseFacts(Jurisdiction.England, Subject.Adult, Day, ageAtDeath: 15)));
        Assert.Equal(Met, aged.Evaluate(new CaseFacts(Jurisdiction.England, Subject.Child, Day, ageAtDeath: 17)));
        Assert.Equal(NotMet, aged.Evaluate(new CaseFacts(Jurisdiction.England, Subject.Child, Day, ageAtDeath: 0)));
    }

    [Fact]
    public void AbuseNotNeglectAlone_NeedsAbuseAndNotNeglectAlone()
    {
        var c = CriterionFactory.AbuseNotNeglectAlone("e", Cite, Always);
        Assert.Equal(FactSet.Of(FactName.AbuseOrNeglect, FactName.NeglectOnly), c.Facts);
        var rows = from abuse in new[] { "known", "suspected", "not-suspected", "unknown" }
                   from neglect in new[] { "yes", "no", "unknown" }
                   let facts = CaseFactsValues.Set(Facts(FactName.AbuseOrNeglect, abuse), FactName.NeglectOnly, neglect)
                   select abuse + "/" + neglect + ":" + c.Evaluate(facts);
        Assert.Equal(
            "known/yes:NotMet known/no:Met known/unknown:Unknown "
            + "suspected/yes:NotMet suspected/no:Met suspected/unknown:Unknown "
            + "not-suspected/yes:NotMet not-suspected/no:NotMet not-suspected/unknown:NotMet "
            + "unknown/yes:NotMet unknown/no:Unknown unknown/unknown:Unknown",
            string.Join(" ", rows));
    }

    [Fact]
    public void AllAnyNot_FollowKleeneLogic()
    {
        // Two yes-or-no facts give each child Met, NotMet or Unknown independently.
        var first = CriterionFactory.Yes("first", "First", Cite, Always, FactName.ConcernAboutJointWorking);
        var second = CriterionFactory.Yes("second", "Second", Cite, Always, FactName.DiedInCustody);
        var all = CriterionFactory.AllOf("all", "All", Cite, Always, first, second);
        var any = CriterionFactory.AnyOf("any", "Any", Cite, Always, first, second);
        var not = CriterionFactory.NotOf("not", "Not", Cite, Always, first);
        string Table(Criterion c) => string.Join(" ",
            from a in new[] { "yes", "no", "unknown" }
            from b in new[] { "yes", "no", "unknown" }
            let facts = CaseFactsValues.Set(Facts(FactName.ConcernAboutJointWorking, a), FactName.DiedInCustody, b)
            select a + b + ":" + c.Evaluate(facts));

        Assert.Equal(
            "yesyes:Met yesno:NotMet yesunknown:Unknown noyes:NotMet nono:NotMet nounknown:NotMet unknownyes:Unknown unknownno:NotMet unknownunknown:Unknown",
            Table(all));
        Assert.Equal(
            "yesyes:Met yesno:Met yesunknown:Met noyes:Met nono:NotMet nounknown:Unknown unknownyes:Met unknownno:Unknown unknownunknown:Unknown",
            Table(any));
        Assert.Equal(
            "yesyes:NotMet yesno:NotMet yesunknown:NotMet noyes:Met nono:Met nounknown:Met unknownyes:Unknown unknownno:Unknown unknownunknown:Unknown",
            Table(not));
        Assert.Equal(CriterionKind.All, all.Kind);
        Assert.Equal(CriterionKind.Any, any.Kind);
        Assert.Equal(CriterionKind.Not, not.Kind);
        Assert.Equal(CriterionKind.Fact, first.Kind);
        Assert.Equal(FactSet.Of(FactName.ConcernAboutJointWorking, FactName.DiedInCustody), all.Facts);
        Assert.Equal(FactSet.Of(FactName.ConcernAboutJointWorking), not.Facts);
        Assert.Equal(new[] { first, second }, all.Children.ToArray());
        Assert.Empty(first.Children);
    }

    [Fact]
    public void Criterion_OutsideItsValidity_IsNotMetAndReadsNothing()
    {
        var window = new Validity(new LocalDate(2013, 4, 15), new LocalDate(2019, 9, 29));
        var inner = CriterionFactory.Yes("inner", "Inner", Cite, window, FactName.DiedInCustody);
        var outer = CriterionFactory.AnyOf("outer", "Outer", Cite, Always, CriterionFactory.Died("died", Cite, Always), inner);
        var facts = new CaseFacts(Jurisdiction.England, Subject.Child, new LocalDate(2013, 4, 14), diedInCustody: TriState.Yes);

        Assert.Equal(NotMet, inner.Evaluate(in facts));
        Assert.Equal(Met, inner.Evaluate(facts.WithDecisionDate(new LocalDate(2013, 4, 15))));
        Assert.Equal(Met, inner.Evaluate(facts.WithDecisionDate(new LocalDate(2019, 9, 29))));
        Assert.Equal(NotMet, inner.Evaluate(facts.WithDecisionDate(new LocalDate(2019, 9, 30))));

        Assert.Equal(FactSet.Empty, inner.FactsOn(new LocalDate(2013, 4, 14)));
        Assert.Equal(FactSet.Of(FactName.DiedInCustody), inner.FactsOn(new LocalDate(2013, 4, 15)));
        Assert.Equal(FactSet.Of(FactName.Harm), outer.FactsOn(new LocalDate(2013, 4, 14)));
        Assert.Equal(FactSet.Of(FactName.Harm, FactName.DiedInCustody), outer.FactsOn(new LocalDate(2019, 9, 29)));
        Assert.Equal(FactSet.Of(FactName.Harm), outer.FactsOn(new LocalDate(2019, 9, 30)));
        Assert.Equal(FactSet.Empty, outer.FactsOn(new LocalDate(2009, 12, 31)));
        Assert.Equal(FactSet.Of(FactName.Harm, FactName.DiedInCustody), outer.Facts);

        // Explain marks the criterion not in force, and reports it as not in force (its parent counts it as not met).
        var reason = CriteriaEvaluator.Explain(outer, in facts);
        Assert.True(reason.InForce);
        Assert.Equal(Unknown, reason.Result);
        Assert.False(reason.Reasons[1].InForce);
        Assert.Equal(CriterionResult.NotInForce, reason.Reasons[1].Result);

        // Beneath a criterion not in force, a child in force on the date is not in force too: it says nothing about the case.
        var shell = CriterionFactory.AllOf("shell", "Shell", Cite, window, CriterionFactory.Died("shell-died", Cite, Always));
        var explained = CriteriaEvaluator.Explain(shell, facts.WithDecisionDate(new LocalDate(2019, 9, 30)));
        Assert.Equal(CriterionResult.NotInForce, explained.Result);
        Assert.True(explained.Reasons[0].InForce);
        Assert.Equal(CriterionResult.NotInForce, explained.Reasons[0].Result);
        Assert.Equal(NotMet, shell.Evaluate(facts.WithDecisionDate(new LocalDate(2019, 9, 30))));
        Assert.Equal(Unknown, CriteriaEvaluator.Explain(shell, facts.WithDecisionDate(new LocalDate(2019, 9, 29))).Reasons[0].Result);
        Assert.True(reason.Reasons[0].InForce);
        Assert.Equal("outer", reason.CriterionId);
        Assert.Equal("Outer", reason.Criterion);
        Assert.Same(Cite, reason.Citation);
    }

    [Fact]
    public void Builders_RefuseEmptyCombinationsAndMissingParts()
    {
        var error = Assert.Throws<ArgumentException>(() => CriterionFactory.AllOf("x", "x", Cite, Always));
        Assert.Equal("children", error.ParamName);
        Assert.StartsWith("A combination needs at least one criterion.", error.Message, StringComparison.Ordinal);
        Assert.Equal("children", Assert.Throws<ArgumentException>(() => CriterionFactory.AnyOf("x", "x", Cite, Always, null!)).ParamName);
        Assert.Equal("child", Assert.Throws<ArgumentNullException>(() => CriterionFactory.NotOf("x", "x", Cite, Always, null!)).ParamName);
        Assert.Equal("test", Assert.Throws<ArgumentNullException>(() => Criterion.Test("x", "x", Cite, Always, FactSet.Empty, null!)).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => CriterionFactory.Died(" ", Cite, Always)).ParamName);
        Assert.Equal("description", Assert.Throws<ArgumentException>(() => CriterionFactory.Yes("x", "", Cite, Always, FactName.NeglectOnly)).ParamName);
        Assert.Equal("citation", Assert.Throws<ArgumentNullException>(() => CriterionFactory.Died("x", null!, Always)).ParamName);
    }

    [Fact]
    public void ValidityHelpers_BuildTheDatesGiven()
    {
        Assert.Equal(new Validity(new LocalDate(2018, 6, 29), null), CriterionFactory.From(2018, 6, 29));
        Assert.Equal(new Validity(new LocalDate(2006, 4, 1), new LocalDate(2019, 9, 29)), CriterionFactory.Between(2006, 4, 1, 2019, 9, 29));
    }
}
