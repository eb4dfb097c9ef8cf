using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Text.Json;
using NodaTime;
using Safeguarding.Domain.Lifecycle;
using Safeguarding.Domain.Timescales;
using Safeguarding.Domain.Criteria;

namespace Safeguarding.Domain.Tests.Lifecycle;

public sealed class ReviewLifecycleTests
{
    private static readonly ReviewLifecycle Lcspr = ReviewLifecycle.For(DeterminationKind.LocalChildSafeguardingPracticeReview);

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static ReviewEvent E(ReviewEventType type, int y, int m, int d) => new(type, D(y, m, d));

    private static Review LcsprReadyToPublish(bool sent = true)
    {
        var events = new[]
        {
            E(ReviewEventType.IncidentKnown, 2022, 9, 14), E(ReviewEventType.Notified, 2022, 9, 21), E(ReviewEventType.RapidReviewCompleted, 2022, 10, 12),
            new ReviewEvent(ReviewEventType.Decided, D(2022, 10, 14), ReviewDecision.Initiate), E(ReviewEventType.Commissioned, 2022, 11, 1),
            E(ReviewEventType.ReportCompleted, 2023, 5, 2), E(ReviewEventType.SignedOff, 2023, 5, 22), E(ReviewEventType.Anonymised, 2023, 5, 30),
        }.ToList();
        if (sent)
        {
            events.Add(E(ReviewEventType.SentToPanel, 2023, 6, 1));
        }

        var replay = Lcspr.Replay(Review.Start(DeterminationKind.LocalChildSafeguardingPracticeReview, Jurisdiction.England, ReviewPolicy.None).Value, events);
        Assert.True(replay.IsValid);
        return replay.Review;
    }

    [Fact]
    public void Publish_LessThanSevenDaysAfterSentToPanel_IsRefusedWithRegulation16()
    {
        var review = LcsprReadyToPublish();
        var refused = Lcspr.Fire(review, ReviewTrigger.Publish, D(2023, 6, 7));
        Assert.False(refused.IsAccepted);
        var guard = Assert.Single(refused.UnmetGuards);
        Assert.Equal("panel-notice-before-publication", guard.Id);
        Assert.Equal("SI 2018/789 reg 16(1)", guard.Citation.ToString());
        Assert.True(Lcspr.Fire(review, ReviewTrigger.Publish, D(2023, 6, 8)).IsAccepted);
    }

    [Fact]
    public void Publish_WithPanelNoticeInWorkingDays_CountsWorkingDays()
    {
        var lifecycle = ReviewLifecycle.For(DeterminationKind.LocalChildSafeguardingPracticeReview, TimescaleCatalogue.Create(TimescaleOptions.Default.WithPanelNoticeInWorkingDays(true)));
        var review = LcsprReadyToPublish();
        Assert.False(lifecycle.Fire(review, ReviewTrigger.Publish, D(2023, 6, 9)).IsAccepted);
        Assert.True(lifecycle.Fire(review, ReviewTrigger.Publish, D(2023, 6, 12)).IsAccepted); // Thu 1 June + 7 working days
    }

    [Fact]
    public void Publish_RightAfterTheReport_ListsEveryUnmetGuard()
    {
        var atReport = Lcspr.Replay(Review.Start(DeterminationKind.LocalChildSafeguardingPracticeReview, Jurisdiction.England, ReviewPolicy.None).Value,
            LcsprReadyToPublish().Events.Take(6)).Review;
        Assert.Equal(ReviewState.ReportCompleted, atReport.State);
        var refused = Lcspr.Fire(atReport, ReviewTrigger.Publish, D(2023, 5, 1));
        Assert.Equal(
            new[] { "in-date-order", "signed-off-before-publication", "anonymised-before-publication", "panel-notice-before-publication" },
            refused.UnmetGuards.Select(g => g.Id));
        Assert.False(Lcspr.CanFire(atReport, ReviewTrigger.Publish, D(2023, 5, 1), out var unmet));
        Assert.Equal(refused.UnmetGuards.Select(g => g.Id), unmet.Select(g => g.Id));
    }

    [Fact]
    public void SignOffAndAnonymisation_MayComeInEitherOrder_ButOnlyOnce()
    {
        var lifecycle = ReviewLifecycle.For(DeterminationKind.SeriousCaseReview);
        var review = lifecycle.Replay(Review.Start(DeterminationKind.SeriousCaseReview, Jurisdiction.England, ReviewPolicy.None).Value, new[]
        {
            E(ReviewEventType.IncidentKnown, 2015, 1, 5), E(ReviewEventType.Notified, 2015, 1, 8),
            new ReviewEvent(ReviewEventType.Decided, D(2015, 2, 2), ReviewDecision.Initiate), E(ReviewEventType.Commissioned, 2015, 3, 2),
            E(ReviewEventType.ReportCompleted, 2015, 9, 1), E(ReviewEventType.Anonymised, 2015, 9, 10), E(ReviewEventType.SignedOff, 2015, 9, 20),
        });
        Assert.True(review.IsValid);
        Assert.Equal(new[] { "anonymised-not-yet-recorded" }, lifecycle.Fire(review.Review, ReviewTrigger.Anonymise, D(2015, 9, 21)).UnmetGuards.Select(g => g.Id));
        Assert.True(lifecycle.Fire(review.Review, ReviewTrigger.Publish, D(2015, 9, 21)).IsAccepted);
    }

    [Fact]
    public void Commission_DependentReviewerAndScopeAfterTheIncident_AreBothReported()
    {
        var lifecycle = ReviewLifecycle.For(DeterminationKind.SeriousCaseReview);
        var initiated = lifecycle.Replay(Review.Start(DeterminationKind.SeriousCaseReview, Jurisdiction.England, ReviewPolicy.None).Value, new[]
        {
            new ReviewEvent(ReviewEventType.IncidentKnown, D(2015, 1, 5), incidentDate: D(2014, 12, 30)), E(ReviewEventType.Notified, 2015, 1, 8),
            new ReviewEvent(ReviewEventType.Decided, D(2015, 2, 2), ReviewDecision.Initiate),
        }).Review;
        var refused = lifecycle.Fire(initiated, new ReviewEvent(ReviewEventType.Commissioned, D(2015, 3, 2), reviewerIndependent: false, scopeEnd: D(2015, 1, 5)));
        Assert.Equal(new[] { "reviewer-independent", "scope-ends-by-incident" }, refused.UnmetGuards.Select(g => g.Id));
        Assert.True(lifecycle.Fire(initiated, new ReviewEvent(ReviewEventType.Commissioned, D(2015, 3, 2), reviewerIndependent: true, scopeEnd: D(2014, 12, 30))).IsAccepted);
    }

    [Fact]
    public void NotInitiatedAndWithdrawn_AreFinal()
    {
        var lifecycle = ReviewLifecycle.For(DeterminationKind.SafeguardingAdultsReview);
        var start = Review.Start(DeterminationKind.SafeguardingAdultsReview, Jurisdiction.England, ReviewPolicy.None).Value;
        var notInitiated = lifecycle.Replay(start, new[]
        {
            E(ReviewEventType.IncidentKnown, 2020, 1, 6), E(ReviewEventType.Notified, 2020, 1, 7),
            new ReviewEvent(ReviewEventType.Decided, D(2020, 2, 3), ReviewDecision.NotInitiate),
        }).Review;
        Assert.Equal(ReviewState.NotInitiated, notInitiated.State);
        Assert.Equal(new[] { ReviewTrigger.InformMembers }, lifecycle.PermittedTriggers(notInitiated, D(2020, 3, 1)));
        Assert.Contains(ReviewState.NotInitiated, lifecycle.FinalStates);
        Assert.Contains(ReviewState.Withdrawn, lifecycle.FinalStates);

        var withdrawn = lifecycle.Replay(start, new[]
        {
            E(ReviewEventType.IncidentKnown, 2020, 1, 6), E(ReviewEventType.Notified, 2020, 1, 7),
            new ReviewEvent(ReviewEventType.Decided, D(2020, 2, 3), ReviewDecision.Initiate), E(ReviewEventType.Commissioned, 2020, 3, 2),
            E(ReviewEventType.Withdrawn, 2020, 6, 1),
        }).Review;
        Assert.Equal(ReviewState.Withdrawn, withdrawn.State);
        var refused = lifecycle.Fire(withdrawn, ReviewTrigger.CompleteReport, D(2020, 7, 1));
        Assert.Equal("permitted-in-state", Assert.Single(refused.UnmetGuards).Id);
        Assert.DoesNotContain(ReviewClocks.Of(withdrawn, D(2021, 1, 1), TimescaleCatalogue.Default), c => c.Id == "completion");
    }

    [Fact]
    public void RapidReviewKind_EndsAtTheDecision_AndCountsFifteenWorkingDaysFromTheNotification()
    {
        var lifecycle = ReviewLifecycle.For(DeterminationKind.RapidReview);
        Assert.DoesNotContain(ReviewTrigger.Publish, lifecycle.Triggers);
        var review = lifecycle.Replay(Review.Start(DeterminationKind.RapidReview, Jurisdiction.England, ReviewPolicy.None).Value, new[]
        {
            E(ReviewEventType.IncidentKnown, 2022, 9, 14), E(ReviewEventType.Notified, 2022, 9, 21),
        }).Review;
        var clocks = ReviewClocks.Of(review, D(2022, 10, 20), TimescaleCatalogue.Default);
        var rapid = clocks.Single(c => c.Id == "rapid-review");
        Assert.Equal(D(2022, 10, 12), rapid.Due);
        Assert.Equal((ClockStatus.Overdue, 8, 6), (rapid.Status, rapid.DaysLate, rapid.WorkingDaysLate));
        Assert.Equal(ClockStatus.Met, clocks.Single(c => c.Id == "notification").Status); // 19 September 2022 was a bank holiday
    }

    [Fact]
    public void EveryKind_HasATableWithCitedGuards_AndDiagrams()
    {
        foreach (var lifecycle in ReviewLifecycle.All)
        {
            Assert.NotEmpty(lifecycle.Transitions);
            Assert.All(lifecycle.Transitions.SelectMany(t => t.Guards), g => Assert.False(string.IsNullOrWhiteSpace(g.Citation.ToString())));
            Assert.StartsWith("stateDiagram-v2\n", lifecycle.ToMermaid(), StringComparison.Ordinal);
            Assert.StartsWith("digraph", lifecycle.ToDot(), StringComparison.Ordinal);
            using var json = JsonDocument.Parse(lifecycle.ToJson());
            Assert.Equal(LifecycleNames.Name(lifecycle.Kind), json.RootElement.GetProperty("kind").GetString());
        }
    }

    [Fact]
    public void Fire_OnAReviewOfAnotherKind_Throws()
    {
        var review = Review.Start(DeterminationKind.SeriousCaseReview, Jurisdiction.England, ReviewPolicy.None).Value;
        Assert.Throws<ArgumentException>(() => Lcspr.Fire(review, ReviewTrigger.RecordIncident, D(2020, 1, 1)));
        Assert.Equal("$.jurisdiction kind-not-in-jurisdiction",
            Review.Start(DeterminationKind.LearningReview, Jurisdiction.England, ReviewPolicy.None).Errors.Single() is var e ? e.Path + " " + e.Code : null);
    }

    [Fact]
    public void CheckPeriod_RefusesShorterThanTwelveMonths_IncludingThreeHundredAndSixtyFiveDays()
    {
        var year = Period.FromMonths(12);
        Assert.True(PublicationWindow.CheckPeriod(Period.FromMonths(18), year));
        Assert.True(PublicationWindow.CheckPeriod(Period.FromYears(1), year));
        Assert.True(PublicationWindow.CheckPeriod(Period.FromDays(366), year));
        Assert.False(PublicationWindow.CheckPeriod(Period.FromDays(365), year));
        Assert.False(PublicationWindow.CheckPeriod(Period.FromMonths(11), year));
        Assert.True(PublicationWindow.CheckPeriod(Period.FromMonths(1), null));
    }

    [Fact]
    public void MembersInformedRule_WithinTenWorkingDaysOfTheDecision_IsAClock()
    {
        var policy = new ReviewPolicy(null, new MembersInformedRule(ReviewEventType.Decided, ClockLength.WorkingDays(10)));
        var lifecycle = ReviewLifecycle.For(DeterminationKind.DomesticHomicideReview);
        var review = lifecycle.Replay(Review.Start(DeterminationKind.DomesticHomicideReview, Jurisdiction.Wales, policy).Value, new[]
        {
            E(ReviewEventType.IncidentKnown, 2023, 4, 3), E(ReviewEventType.Notified, 2023, 4, 4),
            new ReviewEvent(ReviewEventType.Decided, D(2023, 4, 28), ReviewDecision.Initiate),
        }).Review;
        var members = ReviewClocks.Of(review, D(2023, 5, 20), TimescaleCatalogue.Default).Single(c => c.Id == "members-informed");
        Assert.Equal(D(2023, 5, 16), members.Due); // 1 and 8 May 2023 were bank holidays
        Assert.Equal(ClockStatus.Overdue, members.Status);
        Assert.Equal(Safeguarding.Domain.Citations.SourceKind.LocalPolicy, members.Timescale.Citation.Kind);
    }

    [Fact]
    public void DomesticHomicideReview_NeedsTheHomeOfficePanelBeforePublication()
    {
        var lifecycle = ReviewLifecycle.For(DeterminationKind.DomesticHomicideReview);
        var review = lifecycle.Replay(Review.Start(DeterminationKind.DomesticHomicideReview, Jurisdiction.England, ReviewPolicy.None).Value, new[]
        {
            E(ReviewEventType.IncidentKnown, 2023, 4, 3), E(ReviewEventType.Notified, 2023, 4, 4),
            new ReviewEvent(ReviewEventType.Decided, D(2023, 4, 28), ReviewDecision.Initiate), E(ReviewEventType.Commissioned, 2023, 5, 2),
            E(ReviewEventType.ReportCompleted, 2023, 11, 1), E(ReviewEventType.SignedOff, 2023, 11, 20), E(ReviewEventType.Anonymised, 2023, 11, 27),
        }).Review;
        Assert.Equal("home-office-quality-assurance-before-publication", Assert.Single(lifecycle.Fire(review, ReviewTrigger.Publish, D(2024, 1, 8)).UnmetGuards).Id);
    }

    [Fact]
    public void NotPublished_NeedsSignOffAndReasons_AndForALocalChildReviewTheReportAtThePanel()
    {
        var notSent = LcsprReadyToPublish(sent: false);
        var bare = Lcspr.Fire(notSent, ReviewTrigger.DecideNotToPublish, D(2023, 6, 20));
        Assert.Equal(new[] { "reasons-for-not-publishing", "report-to-panel-when-not-published" }, bare.UnmetGuards.Select(g => g.Id));
        var withReasons = Lcspr.Fire(LcsprReadyToPublish(), new ReviewEvent(ReviewEventType.NotPublished, D(2023, 6, 20), reasons: "identifies the family"));
        Assert.True(withReasons.IsAccepted);
        Assert.Equal(ReviewState.NotPublished, withReasons.Review.State);
        Assert.DoesNotContain("family", withReasons.Event.ToString(), StringComparison.Ordinal);
        Assert.True(Lcspr.Fire(withReasons.Review, ReviewTrigger.AgreeActionPlan, D(2023, 7, 1)).IsAccepted);
    }

    [Fact]
    public void PermittedTriggers_AfterTheReport_AreTheReportingStepsWithdrawalAndMembers()
    {
        var atReport = Lcspr.Replay(Review.Start(DeterminationKind.LocalChildSafeguardingPracticeReview, Jurisdiction.England, ReviewPolicy.None).Value,
            LcsprReadyToPublish().Events.Take(6)).Review;
        Assert.Equal(
            new[] { ReviewTrigger.SignOff, ReviewTrigger.Anonymise, ReviewTrigger.SendToPanel, ReviewTrigger.InformMembers, ReviewTrigger.AgreeActionPlan, ReviewTrigger.Withdraw, ReviewTrigger.RecordDelay },
            Lcspr.PermittedTriggers(atReport, D(2023, 5, 10)));
    }

    [Fact]
    public void WelshConcisePracticeReview_UsesTheEnglandAndWalesCalendar_AndItsRegimeByDate()
    {
        var lifecycle = ReviewLifecycle.For(DeterminationKind.ChildPracticeReviewConcise);
        var start = Review.Start(DeterminationKind.ChildPracticeReviewConcise, Jurisdiction.Wales, ReviewPolicy.None).Value;
        var early = lifecycle.Fire(start, ReviewTrigger.RecordIncident, D(2015, 6, 1)).Review;
        var late = lifecycle.Fire(start, ReviewTrigger.RecordIncident, D(2017, 6, 1)).Review;
        Assert.Equal("wales-cpr-2013", early.RegimeId.Value);
        Assert.Equal("wales-2016", late.RegimeId.Value);
        Assert.Same(Safeguarding.Domain.Calendars.HolidayCalendar.EnglandAndWales, late.Calendar);
        Assert.Equal("SI 2015/1466 reg 4(5): independent reviewers",
            lifecycle.Transitions.Single(t => t.Trigger == ReviewTrigger.Commission).Guards.Single(g => g.Id == "reviewer-independent").Citation.ToString());
        Assert.Same(Safeguarding.Domain.Calendars.HolidayCalendar.Scotland, Review.Start(DeterminationKind.LearningReview, Jurisdiction.Scotland, ReviewPolicy.None).Value.Calendar);
    }

    [Fact]
    public void ReviewEvent_RejectsFactsOnTheWrongType()
    {
        Assert.Throws<ArgumentException>(() => new ReviewEvent(ReviewEventType.Published, D(2020, 1, 1), reviewerIndependent: true));
        Assert.Throws<ArgumentException>(() => new ReviewEvent(ReviewEventType.Decided, D(2020, 1, 1)));
        Assert.Throws<ArgumentException>(() => new ReviewEvent(ReviewEventType.Published, D(2020, 1, 1), openActions: 0));
        Assert.Throws<ArgumentException>(() => new ReviewEvent(ReviewEventType.Published, D(2020, 1, 1), reasons: "x"));
        Assert.Equal("decided 2020-01-01 (not-initiate)", new ReviewEvent(ReviewEventType.Decided, D(2020, 1, 1), ReviewDecision.NotInitiate).ToString());
    }
}
