using System;
using System.Linq;
using FsCheck.Xunit;
using NodaTime;
using Safeguarding.Domain.Criteria;
using Safeguarding.Domain.Tests.Arbitraries;

namespace Safeguarding.Domain.Tests.Criteria;

/// <summary>
/// Domestic abuse related death reviews (DVCVA 2004 s8A, from the Victims and Prisoners Act 2024 s19), switched on only
/// by a commencement day the caller supplies: source examples, both sides of the day, the Domestic Abuse Act 2021
/// test, the options and parsing, and the laws.
/// </summary>
public sealed class DomesticAbuseRelatedDeathReviewTests
{
    private static readonly LocalDate Commences = new(2027, 4, 1);

    private static CriteriaOptions Commenced(LocalDate day) =>
        CriteriaOptions.Default.WithCommencement(new Commencement("vpa-2024-s19", day));

    private static CaseFacts Death(LocalDate date, PerpetratorRelationship relationship, TriState perpetratorSixteen = TriState.Yes, int? age = 30,
        Subject subject = Subject.Adult, Jurisdiction jurisdiction = Jurisdiction.England) =>
        new(jurisdiction, subject, date, AbuseOrNeglect.Known, Harm.Died, ageAtDeath: age, perpetratorRelationship: relationship,
            perpetratorAgedSixteenOrOver: perpetratorSixteen);

    private static string Kinds(Evaluation evaluation) => string.Join(",", evaluation.Determinations.Select(d => d.Kind));

    [Fact]
    public void SharedParent_CommencedDardrIsRequired_WhereTheDhrWasNot()
    {
        var facts = Death(new LocalDate(2027, 6, 1), PerpetratorRelationship.SharedParent);
        var today = CriteriaEvaluator.Evaluate(facts).Value;
        Assert.Equal(ReviewOutcome.NotRequired, today.Determinations.Single(d => d.Kind == DeterminationKind.DomesticHomicideReview).Outcome);
        Assert.DoesNotContain(today.Determinations, d => d.Kind == DeterminationKind.DomesticAbuseRelatedDeathReview);
        Assert.Equal("vpa-2024-s19", Assert.Single(today.PendingChanges).Provision);

        var planned = CriteriaEvaluator.Evaluate(facts, Commenced(Commences)).Value;
        Assert.DoesNotContain(planned.Determinations, d => d.Kind == DeterminationKind.DomesticHomicideReview);
        var dardr = planned.Determinations.Single(d => d.Kind == DeterminationKind.DomesticAbuseRelatedDeathReview);
        Assert.Equal(ReviewOutcome.Required, dardr.Outcome);
        Assert.Empty(planned.PendingChanges);
        var reason = Assert.Single(dardr.Reasons);
        Assert.Equal("Domestic Violence, Crime and Victims Act 2004 s8A (inserted by the Victims and Prisoners Act 2024 s19; not commenced)", reason.Citation.ToString());
        Assert.Equal("Domestic Abuse Act 2021 s2", reason.Reasons.Single(r => r.CriterionId == "da-2021-s2-personally-connected").Citation.ToString());
    }

    [Theory]
    [InlineData(PerpetratorRelationship.Relative, ReviewOutcome.Required)]
    [InlineData(PerpetratorRelationship.IntimatePartner, ReviewOutcome.Required)]
    [InlineData(PerpetratorRelationship.FormerIntimatePartner, ReviewOutcome.Required)]
    [InlineData(PerpetratorRelationship.SharedParent, ReviewOutcome.Required)]
    [InlineData(PerpetratorRelationship.HouseholdMember, ReviewOutcome.NotRequired)]
    [InlineData(PerpetratorRelationship.Other, ReviewOutcome.NotRequired)]
    [InlineData(PerpetratorRelationship.Unknown, ReviewOutcome.Undetermined)]
    public void Relationship_IsTheDomesticAbuseAct2021sPersonalConnection(PerpetratorRelationship relationship, ReviewOutcome expected)
    {
        var evaluation = CriteriaEvaluator.Evaluate(Death(new LocalDate(2027, 6, 1), relationship), Commenced(Commences)).Value;
        Assert.Equal(expected, evaluation.Determinations.Single(d => d.Kind == DeterminationKind.DomesticAbuseRelatedDeathReview).Outcome);
    }

    [Theory]
    [InlineData(TriState.Yes, 16, ReviewOutcome.Required, "")]
    [InlineData(TriState.No, 30, ReviewOutcome.NotRequired, "")]
    [InlineData(TriState.Unknown, 30, ReviewOutcome.Undetermined, "perpetratorAgedSixteenOrOver")]
    [InlineData(TriState.Yes, 15, ReviewOutcome.NotRequired, "")]
    [InlineData(TriState.Yes, null, ReviewOutcome.Undetermined, "ageAtDeath")]
    public void Ages_BothAreSixteenOrOver(TriState perpetrator, int? age, ReviewOutcome expected, string missing)
    {
        var facts = Death(new LocalDate(2027, 6, 1), PerpetratorRelationship.Relative, perpetrator, age, Subject.Child);
        var dardr = CriteriaEvaluator.Evaluate(facts, Commenced(Commences)).Value.Determinations.Single(d => d.Kind == DeterminationKind.DomesticAbuseRelatedDeathReview);
        Assert.Equal(expected, dardr.Outcome);
        Assert.Equal(missing, string.Join(", ", dardr.MissingFacts.Select(CaseFacts.WireName)));
    }

    [Theory]
    [InlineData("2027-03-31", false)]
    [InlineData("2027-04-01", true)]
    public void Commencement_ReplacesTheDhrFromItsDayOnly(string date, bool dardr)
    {
        var day = NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value;
        foreach (var jurisdiction in new[] { Jurisdiction.England, Jurisdiction.Wales })
        {
            var evaluation = CriteriaEvaluator.Evaluate(Death(day, PerpetratorRelationship.Relative, jurisdiction: jurisdiction), Commenced(Commences)).Value;
            Assert.Equal(dardr, evaluation.Determinations.Any(d => d.Kind == DeterminationKind.DomesticAbuseRelatedDeathReview));
            Assert.Equal(!dardr, evaluation.Determinations.Any(d => d.Kind == DeterminationKind.DomesticHomicideReview));
            Assert.Equal(dardr ? string.Empty : "vpa-2024-s19 (commences-after-decision)", string.Join(",", evaluation.PendingChanges));
        }
    }

    [Fact]
    public void Commencement_ChangesNothingElsewhere()
    {
        // Scotland and Northern Ireland, and a case where nobody died, are the same with or without the commencement.
        foreach (var facts in new[]
        {
            new CaseFacts(Jurisdiction.Scotland, Subject.Child, new LocalDate(2027, 6, 1), harm: Harm.Died),
            new CaseFacts(Jurisdiction.NorthernIreland, Subject.Child, new LocalDate(2027, 6, 1), harm: Harm.Died),
            new CaseFacts(Jurisdiction.England, Subject.Adult, new LocalDate(2027, 6, 1), harm: Harm.SeriouslyHarmed),
        })
        {
            Assert.Equal(EvaluationJson.ToJson(CriteriaEvaluator.Evaluate(facts).Value), EvaluationJson.ToJson(CriteriaEvaluator.Evaluate(facts, Commenced(Commences)).Value));
        }
    }

    [Fact]
    public void Regime_IsBuiltOncePerDayAndIsEnglishOrWelsh()
    {
        var england = RuleSet.DomesticAbuseRelatedDeathReviews(Jurisdiction.England, Commences);
        Assert.Same(england, RuleSet.DomesticAbuseRelatedDeathReviews(Jurisdiction.England, Commences));
        Assert.Equal("england-wales-dardr", england.Id.Value);
        Assert.Equal(Commences, england.Validity.From);
        Assert.True(england.PresentOnlyForDeaths);
        Assert.Equal("jurisdiction", Assert.Throws<ArgumentException>(() => RuleSet.DomesticAbuseRelatedDeathReviews(Jurisdiction.Scotland, Commences)).ParamName);
        Assert.Empty(RuleSet.FindConflictsIn(System.Collections.Immutable.ImmutableArray.Create(england, RuleSet.DomesticAbuseRelatedDeathReviews(Jurisdiction.Wales, Commences))));
    }

    [Theory]
    [InlineData("vpa-2024-s19=2027-04-01", null, null)]
    [InlineData("vpa-2024-s19", "invalid-commencement", "Expected provision=YYYY-MM-DD, for example vpa-2024-s19=2027-04-01.")]
    [InlineData("=2027-04-01", "invalid-commencement", "Expected provision=YYYY-MM-DD, for example vpa-2024-s19=2027-04-01.")]
    [InlineData("vpa-2024-s20=2027-04-01", "unknown-provision", "Expected one of: vpa-2024-s19.")]
    [InlineData("vpa-2024-s19=2027-02-30", "invalid-date", null)]
    [InlineData("vpa-2024-s19=9999-01-01", "date-out-of-range", null)]
    public void Parse_GivesOneClearErrorThatNeverRepeatsTheText(string text, string? code, string? message)
    {
        var read = Commencement.Parse(text, "--commencement");
        if (code is null)
        {
            Assert.Equal(new Commencement("vpa-2024-s19", Commences), read.Value);
            Assert.Equal(text, read.Value.ToString());
            return;
        }

        var error = Assert.Single(read.Errors);
        Assert.Equal("--commencement", error.Path);
        Assert.Equal(code, error.Code);
        if (message is not null)
        {
            Assert.Equal(message, error.Message);
        }

        Assert.DoesNotContain("s20", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_KeepOneDayPerProvisionAndSurviveOtherChanges()
    {
        Assert.Null(CriteriaOptions.Default.DomesticAbuseRelatedDeathReviewsCommence);
        Assert.Empty(CriteriaOptions.Default.Commencements);
        var twice = Commenced(new LocalDate(2027, 1, 1)).WithCommencement(new Commencement("vpa-2024-s19", Commences));
        Assert.Equal(Commences, twice.DomesticAbuseRelatedDeathReviewsCommence);
        Assert.Single(twice.Commencements);
        Assert.Equal(Commences, twice.WithRapidReviewClockStart(Safeguarding.Domain.Timescales.RapidReviewClockStart.IncidentAwareness).DomesticAbuseRelatedDeathReviewsCommence);
        Assert.Equal("commencement", Assert.Throws<ArgumentNullException>(() => CriteriaOptions.Default.WithCommencement(null!)).ParamName);
        Assert.Equal("provision", Assert.Throws<ArgumentException>(() => new Commencement("vpa-2024-s20", Commences)).ParamName);
    }

    /// <summary>DARDR never applies without a commencement.</summary>
    [Property(Arbitrary = new[] { typeof(CriteriaArbitraries) }, MaxTest = 300)]
    public bool NeverWithoutACommencement(CaseFacts facts) =>
        CriteriaEvaluator.Evaluate(facts) is var result
        && (!result.Success || result.Value.Determinations.All(d => d.Kind != DeterminationKind.DomesticAbuseRelatedDeathReview));

    /// <summary>A household member alone never qualifies: DARDR is never required for a household member.</summary>
    [Property(Arbitrary = new[] { typeof(CriteriaArbitraries) }, MaxTest = 300)]
    public bool HouseholdMemberAloneNeverQualifies(CaseFacts facts)
    {
        var household = CaseFactsValues.Set(facts, FactName.PerpetratorRelationship, "household-member");
        var result = CriteriaEvaluator.Evaluate(household, Commenced(new LocalDate(2020, 1, 1)));
        return !result.Success || result.Value.Determinations.All(d => d.Kind != DeterminationKind.DomesticAbuseRelatedDeathReview || d.Outcome == ReviewOutcome.NotRequired);
    }
}
