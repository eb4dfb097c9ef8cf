using System;
using System.Linq;
using NodaTime;
using Safeguarding.Domain.Criteria;
using static Safeguarding.Domain.DeterminationKind;
using static Safeguarding.Domain.Criteria.ReviewOutcome;

namespace Safeguarding.Domain.Tests.Criteria;

/// <summary>The parameters and edges of issue #15's rules that the case table does not reach.</summary>
public sealed class DevolvedCriteriaTests
{
    private static readonly CaseFacts CarmChild = new(Jurisdiction.Scotland, Subject.Child, new LocalDate(2024, 3, 1),
        harm: Harm.NotSeriouslyHarmed, outstandingPositiveLearning: TriState.No, atRiskOfHarm: TriState.No, careAndRiskManagementHarm: TriState.Yes);

    private static ReviewOutcome LearningReviewOf(CaseFacts facts, CriteriaOptions options)
    {
        var full = CriteriaEvaluator.Evaluate(facts, options).Value.Determinations.Single(d => d.Kind == LearningReview).Outcome;
        var fast = CriteriaPropertyTests.Outcomes(facts, options)[LearningReview].Outcome;
        Assert.Equal(full, fast);
        return full;
    }

    [Fact]
    public void CareAndRiskManagementStart_IsTheFirstOfJanuary2024_ByDefault()
    {
        Assert.Equal(new LocalDate(2024, 1, 1), CriteriaOptions.Default.ScotlandCareAndRiskManagementStart);
        Assert.Equal(RuleSet.ScotlandCareAndRiskManagementDefaultStart, CriteriaOptions.Default.ScotlandCareAndRiskManagementStart);
        Assert.Equal(Discretionary, LearningReviewOf(CarmChild, CriteriaOptions.Default));
        Assert.Equal(NotRequired, LearningReviewOf(CarmChild.WithDecisionDate(new LocalDate(2023, 12, 31)), CriteriaOptions.Default));
    }

    [Fact]
    public void CareAndRiskManagementStart_IsAParameter_ThatMovesTheLimb()
    {
        var later = CriteriaOptions.Default.WithScotlandCareAndRiskManagementStart(new LocalDate(2024, 6, 1));
        Assert.Equal(new LocalDate(2024, 6, 1), later.ScotlandCareAndRiskManagementStart);
        Assert.Equal(NotRequired, LearningReviewOf(CarmChild, later));
        Assert.Equal(Discretionary, LearningReviewOf(CarmChild.WithDecisionDate(new LocalDate(2024, 6, 1)), later));

        var earlier = CriteriaOptions.Default.WithScotlandCareAndRiskManagementStart(new LocalDate(2021, 9, 1));
        Assert.Equal(Discretionary, LearningReviewOf(CarmChild.WithDecisionDate(new LocalDate(2021, 9, 1)), earlier));

        // The same regime id, the same reasons' citations; other options and other regimes are untouched.
        var evaluation = CriteriaEvaluator.Evaluate(CarmChild.WithDecisionDate(new LocalDate(2024, 6, 1)), later).Value;
        Assert.Equal("scotland-learning-review-2021", evaluation.Regime.Id.Value);
        Assert.Equal(CriteriaOptions.Default.EnglandTransition, later.EnglandTransition);
        Assert.Same(CriteriaOptions.Default.Timescales, later.Timescales);
        Assert.Same(later, later.WithScotlandCareAndRiskManagementStart(new LocalDate(2024, 6, 1)));
        Assert.Equal(new LocalDate(2024, 6, 1), later.WithRapidReviewClockStart(Safeguarding.Domain.Timescales.RapidReviewClockStart.IncidentAwareness).ScotlandCareAndRiskManagementStart);
        var english = new CaseFacts(Jurisdiction.England, Subject.Child, new LocalDate(2024, 3, 1), AbuseOrNeglect.Known, Harm.Died);
        Assert.Same(CriteriaEvaluator.Evaluate(english).Value.Regime, CriteriaEvaluator.Evaluate(english, later).Value.Regime);
    }

    [Fact]
    public void CareAndRiskManagementStart_BeforeTheScottishRegime_IsRefused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => CriteriaOptions.Default.WithScotlandCareAndRiskManagementStart(new LocalDate(2021, 8, 31)));
        Assert.Equal("start", error.ParamName);
    }

    [Fact]
    public void NorthernIrishDomesticHomicideReviews_HaveNoPendingDardr_BecauseSection9StaysThere()
    {
        var facts = new CaseFacts(Jurisdiction.NorthernIreland, Subject.Adult, new LocalDate(2025, 1, 10), AbuseOrNeglect.Known, Harm.Died,
            ageAtDeath: 30, perpetratorRelationship: PerpetratorRelationship.Relative);
        var evaluation = CriteriaEvaluator.Evaluate(facts).Value;
        Assert.Equal(Required, Assert.Single(evaluation.Determinations).Outcome);
        Assert.Empty(evaluation.PendingChanges);
    }

    [Fact]
    public void WelshSusr_ReasonsShowEveryConstituentWithItsOwnCitation()
    {
        var child = new CaseFacts(Jurisdiction.Wales, Subject.Child, new LocalDate(2025, 1, 6), AbuseOrNeglect.Suspected, Harm.SeriouslyHarmed,
            protectionOrLookedAfterInPriorSixMonths: TriState.No);
        var susr = CriteriaEvaluator.Evaluate(child).Value.Determinations.Single(d => d.Kind == SingleUnifiedSafeguardingReview);
        var root = Assert.Single(susr.Reasons);
        Assert.Equal("susr-child", root.CriterionId);
        Assert.Equal(new[] { "SI 2015/1466 reg 4(3)", "SI 2015/1466 reg 4(4)", "Domestic Violence, Crime and Victims Act 2004 s9(1)" },
            root.Reasons.Select(r => r.Citation.ToString()));
        Assert.Equal(new[] { CriterionResult.Met, CriterionResult.NotMet, CriterionResult.NotMet }, root.Reasons.Select(r => r.Result));
    }
}
