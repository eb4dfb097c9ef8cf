using System;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using Safeguarding.Domain.Citations;
using Safeguarding.Domain.Criteria;
using Safeguarding.Domain.Lifecycle;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Domain.Tests.Lifecycle;

/// <summary>Fire, CanFire, PermittedTriggers and Replay: their outcomes, texts and argument checks.</summary>
public sealed class LifecycleFiringTests
{
    private static readonly ReviewLifecycle Scr = ReviewLifecycle.For(DeterminationKind.SeriousCaseReview);

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static ReviewEvent E(ReviewEventType type, LocalDate date) => new(type, date);

    private static Review Start() => Review.Start(DeterminationKind.SeriousCaseReview, Jurisdiction.England, ReviewPolicy.None).Value;

    private static ReviewEvent[] ToReport() => new[]
    {
        E(ReviewEventType.IncidentKnown, D(2015, 1, 5)), E(ReviewEventType.Notified, D(2015, 1, 8)),
        new ReviewEvent(ReviewEventType.Decided, D(2015, 2, 2), ReviewDecision.Initiate), E(ReviewEventType.Commissioned, D(2015, 3, 2)),
        E(ReviewEventType.ReportCompleted, D(2015, 9, 1)),
    };

    [Fact]
    public void Fire_Accepted_GivesTheNewReviewAndItsEvent()
    {
        var start = Start();
        var e = E(ReviewEventType.IncidentKnown, D(2015, 1, 5));
        var result = Scr.Fire(start, e);
        Assert.True(result.IsAccepted);
        Assert.Same(start, result.Before);
        Assert.Same(e, result.Event);
        Assert.Same(result.After, result.Review);
        Assert.Equal(ReviewState.IncidentKnown, result.After!.State);
        Assert.Equal(new[] { e }, result.After.Events);
        Assert.Empty(result.UnmetGuards);
        Assert.Equal("accepted: incident-known 2015-01-05", result.ToString());
        Assert.True(Scr.CanFire(start, e, out var unmet));
        Assert.True(unmet.IsEmpty);
    }

    [Fact]
    public void Fire_Refused_KeepsTheReviewAndNamesEveryGuard()
    {
        var start = Start();
        var result = Scr.Fire(start, ReviewTrigger.Publish, D(2015, 1, 5));
        Assert.False(result.IsAccepted);
        Assert.Null(result.After);
        Assert.Same(start, result.Review);
        Assert.Equal("refused: permitted-in-state", result.ToString());
        Assert.Equal(ReviewEventType.Published, result.Event.Type);

        var known = Scr.Fire(start, ReviewTrigger.RecordIncident, D(2015, 1, 5)).Review;
        Assert.Equal("refused: permitted-in-state, in-date-order", Scr.Fire(known, ReviewTrigger.Publish, D(2015, 1, 4)).ToString());
        Assert.False(Scr.CanFire(known, ReviewTrigger.Publish, D(2015, 1, 4), out var unmet));
        Assert.Equal(new[] { "permitted-in-state", "in-date-order" }, unmet.Select(g => g.Id));
    }

    [Fact]
    public void Fire_BothDecisions_GoTheirOwnWays()
    {
        var notified = Scr.Replay(Start(), ToReport().Take(2)).Review;
        Assert.Equal(ReviewState.Initiated, Scr.Fire(notified, ReviewTrigger.DecideToInitiate, D(2015, 2, 2)).Review.State);
        var not = Scr.Fire(notified, ReviewTrigger.DecideNotToInitiate, D(2015, 2, 2));
        Assert.Equal(ReviewState.NotInitiated, not.Review.State);
        Assert.Equal(ReviewDecision.NotInitiate, not.Event.Decision);
    }

    [Fact]
    public void PermittedTriggers_AtTheStart_IsOnlyTheIncident()
    {
        Assert.Equal(new[] { ReviewTrigger.RecordIncident }, Scr.PermittedTriggers(Start(), D(2015, 1, 5)));
        var notified = Scr.Replay(Start(), ToReport().Take(2)).Review;
        Assert.Equal(new[] { ReviewTrigger.DecideToInitiate, ReviewTrigger.DecideNotToInitiate, ReviewTrigger.InformMembers, ReviewTrigger.RecordDelay }, Scr.PermittedTriggers(notified, D(2015, 2, 2)));
        Assert.Empty(Scr.PermittedTriggers(notified, D(2015, 1, 7)));
    }

    [Fact]
    public void TryGetTransition_FindsARowOnlyWhereTheTableHasOne()
    {
        Assert.True(Scr.TryGetTransition(ReviewState.SignedOff, ReviewTrigger.Publish, out var row));
        Assert.Equal(ReviewTrigger.Publish, row.Trigger);
        Assert.Equal(ReviewState.Published, row.Destination);
        Assert.False(Scr.TryGetTransition(ReviewState.Published, ReviewTrigger.Publish, out _));
        Assert.False(Scr.TryGetTransition(ReviewState.Notified, ReviewTrigger.CompleteRapidReview, out _));
    }

    [Fact]
    public void Replay_Valid_RebuildsTheReview()
    {
        var events = ToReport();
        var replay = Scr.Replay(Start(), events);
        Assert.True(replay.IsValid);
        Assert.Null(replay.RejectedIndex);
        Assert.Null(replay.RejectedEvent);
        Assert.Empty(replay.UnmetGuards);
        Assert.Equal(events, replay.Review.Events);
        Assert.Equal("valid: report-completed", replay.ToString());
        Assert.Equal("valid: not-started", Scr.Replay(Start(), Array.Empty<ReviewEvent>()).ToString());
    }

    [Fact]
    public void Replay_StopsAtTheFirstRefusedEvent_WithEveryUnmetGuardInTableOrder()
    {
        var events = ToReport().Concat(new[]
        {
            E(ReviewEventType.Published, D(2015, 8, 31)),        // before the report, not signed off, not anonymised
            E(ReviewEventType.SignedOff, D(2015, 9, 10)),        // would have been allowed, but the replay has stopped
        }).ToArray();
        var replay = Scr.Replay(Start(), events);
        Assert.False(replay.IsValid);
        Assert.Equal(5, replay.RejectedIndex);
        Assert.Same(events[5], replay.RejectedEvent);
        Assert.Equal(new[] { "in-date-order", "signed-off-before-publication", "anonymised-before-publication" }, replay.UnmetGuards.Select(g => g.Id));
        Assert.Equal(ReviewState.ReportCompleted, replay.Review.State);
        Assert.Equal(5, replay.Review.EventCount);
        Assert.Equal("rejected at 5: published 2015-08-31", replay.ToString());

        var first = Scr.Replay(Start(), new[] { E(ReviewEventType.Notified, D(2015, 1, 8)) });
        Assert.Equal(0, first.RejectedIndex);
        Assert.Equal(0, first.Review.EventCount);
    }

    [Fact]
    public void ArgumentChecks_NameTheArgument()
    {
        var start = Start();
        var e = E(ReviewEventType.IncidentKnown, D(2015, 1, 5));
        Assert.Equal("review", Assert.Throws<ArgumentNullException>(() => Scr.Fire(null!, e)).ParamName);
        Assert.Equal("recorded", Assert.Throws<ArgumentNullException>(() => Scr.Fire(start, null!)).ParamName);
        Assert.Equal("start", Assert.Throws<ArgumentNullException>(() => Scr.Replay(null!, new[] { e })).ParamName);
        Assert.Equal("events", Assert.Throws<ArgumentNullException>(() => Scr.Replay(start, null!)).ParamName);
        Assert.Throws<ArgumentNullException>(() => Scr.Replay(start, new ReviewEvent[] { e, null! }));
        var other = ReviewLifecycle.For(DeterminationKind.DomesticHomicideReview);
        var wrong = Assert.Throws<ArgumentException>(() => other.Fire(start, e));
        Assert.Equal("review", wrong.ParamName);
        Assert.StartsWith("The review is of another kind than this lifecycle.", wrong.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => other.CanFire(start, e, out _));
        Assert.Equal("kind", Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(() => ReviewLifecycle.For((DeterminationKind)99)).ParamName);
        Assert.Equal("kind", Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(() => ReviewLifecycle.For((DeterminationKind)(-1), TimescaleCatalogue.Default)).ParamName);
        Assert.Same(ReviewLifecycle.For(DeterminationKind.RapidReview), ReviewLifecycle.For(DeterminationKind.RapidReview, null));
    }

    [Fact]
    public void For_AnotherCatalogue_BuildsANewLifecycleOnIt()
    {
        var catalogue = TimescaleCatalogue.Create(TimescaleOptions.Default.WithPanelNoticeInWorkingDays(true));
        var lifecycle = ReviewLifecycle.For(DeterminationKind.LocalChildSafeguardingPracticeReview, catalogue);
        Assert.Same(catalogue, lifecycle.Catalogue);
        Assert.Equal(DeterminationKind.LocalChildSafeguardingPracticeReview, lifecycle.Kind);
        Assert.NotSame(ReviewLifecycle.For(DeterminationKind.LocalChildSafeguardingPracticeReview), lifecycle);
    }

    [Fact]
    public void Transition_ArgumentChecks()
    {
        var none = ImmutableArray<LifecycleGuard>.Empty;
        foreach (var sources in new[] { ImmutableArray<ReviewState>.Empty, default, ImmutableArray.Create(ReviewState.Published, ReviewState.Published) })
        {
            var ex = Assert.Throws<ArgumentException>(() => new LifecycleTransition(ReviewTrigger.Publish, sources, ReviewState.Published, null, none));
            Assert.Equal("sources", ex.ParamName);
            Assert.StartsWith("A transition is permitted from at least one state, each named once.", ex.Message, StringComparison.Ordinal);
        }

        Assert.Equal("trigger", Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(() =>
            new LifecycleTransition((ReviewTrigger)99, ImmutableArray.Create(ReviewState.Published), null, null, none)).ParamName);
        var row = new LifecycleTransition(ReviewTrigger.AgreeActionPlan, ImmutableArray.Create(ReviewState.Published, ReviewState.NotPublished), null, ActionPlanState.Agreed, default);
        Assert.True(row.Guards.IsEmpty);
        Assert.Equal(new[] { ReviewState.Published, ReviewState.NotPublished }, row.Sources);
        Assert.Null(row.Destination);
        Assert.Equal(ActionPlanState.Agreed, row.ActionPlan);
        Assert.Equal(ReviewEventType.ActionPlanAgreed, row.RecordedEvent);
        Assert.Equal("action-plan-agreed -> (same state)", row.ToString());
    }

    [Fact]
    public void Guard_ArgumentChecks_AndItsTest()
    {
        var citation = new Citation("SI 2018/789", "reg 16(1)", SourceKind.Regulation, true);
        Func<Review, ReviewEvent, bool> isMet = (r, e) => e.Date.Year == 2020;
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new LifecycleGuard(" ", "d", citation, isMet)).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => new LifecycleGuard(null!, "d", citation, isMet)).ParamName);
        Assert.Equal("description", Assert.Throws<ArgumentException>(() => new LifecycleGuard("g", "", citation, isMet)).ParamName);
        Assert.Equal("citation", Assert.Throws<ArgumentNullException>(() => new LifecycleGuard("g", "d", null!, isMet)).ParamName);
        Assert.Equal("isMet", Assert.Throws<ArgumentNullException>(() => new LifecycleGuard("g", "d", citation, null!)).ParamName);
        var guard = new LifecycleGuard("in-2020", "Dated in 2020.", citation, isMet);
        Assert.Equal(("in-2020", "Dated in 2020.", citation), (guard.Id, guard.Description, guard.Citation));
        Assert.True(guard.IsMet(Start(), E(ReviewEventType.IncidentKnown, D(2020, 1, 1))));
        Assert.False(guard.IsMet(Start(), E(ReviewEventType.IncidentKnown, D(2021, 1, 1))));
        Assert.Equal("review", Assert.Throws<ArgumentNullException>(() => guard.IsMet(null!, E(ReviewEventType.IncidentKnown, D(2020, 1, 1)))).ParamName);
        Assert.Equal("recorded", Assert.Throws<ArgumentNullException>(() => guard.IsMet(Start(), null!)).ParamName);
        Assert.Equal("in-2020 (SI 2018/789 reg 16(1))", guard.ToString());
    }

    [Fact]
    public void Names_ReadAndWriteTheWireNames()
    {
        Assert.Equal(15, LifecycleNames.KindIds.Length);
        Assert.Equal("domestic-abuse-related-death-review", LifecycleNames.KindIds[14]);
        Assert.Equal("serious-case-review", LifecycleNames.KindIds[0]);
        Assert.Equal("adult-practice-review", LifecycleNames.KindIds[10]);
        Assert.StartsWith("serious-case-review, serious-incident-notification, ", LifecycleNames.ExpectedKinds, StringComparison.Ordinal);
        Assert.True(LifecycleNames.TryParseKind("rapid-review", out var kind));
        Assert.Equal(DeterminationKind.RapidReview, kind);
        Assert.False(LifecycleNames.TryParseKind("Rapid-Review", out _));
        Assert.False(LifecycleNames.TryParseKind(null!, out _));
        Assert.True(LifecycleNames.TryParseEventType("sent-to-panel", out var type));
        Assert.Equal(ReviewEventType.SentToPanel, type);
        Assert.False(LifecycleNames.TryParseEventType(null!, out _));
        Assert.False(LifecycleNames.TryParseEventType("decided-initiate", out _));
        Assert.Equal("northern-ireland", LifecycleNames.Name(Jurisdiction.NorthernIreland));
        Assert.Equal("overdue", LifecycleNames.Name(ClockStatus.Overdue));
        Assert.Equal("closed", LifecycleNames.Name(ActionPlanState.Closed));
        Assert.Equal("decided-not-initiate", LifecycleNames.Name(ReviewTrigger.DecideNotToInitiate));
        Assert.Equal("review-started", LifecycleNames.Name(ReviewEventType.ReviewStarted));
        Assert.Equal("publication-ended", LifecycleNames.Name(ReviewState.PublicationEnded));
    }

    [Fact]
    public void EveryTrigger_RecordsItsEventType_AndTheEventLeadsBackToIt()
    {
        foreach (var trigger in Enum.GetValues<ReviewTrigger>())
        {
            var e = ReviewEvent.For(trigger, D(2020, 1, 1));
            Assert.Equal(ReviewEvent.EventTypeOf(trigger), e.Type);
            Assert.Equal(trigger, e.Trigger);
            Assert.Equal(
                trigger switch
                {
                    ReviewTrigger.DecideToInitiate or ReviewTrigger.DecideNotToInitiate => "decided",
                    ReviewTrigger.HomeOfficeClearsForPublication or ReviewTrigger.HomeOfficeAsksForResubmission => "home-office-assessed",
                    _ => LifecycleNames.Name(trigger),
                },
                LifecycleNames.Name(e.Type));
        }

        Assert.Equal(ReviewDecision.Initiate, ReviewEvent.For(ReviewTrigger.DecideToInitiate, D(2020, 1, 1)).Decision);
        Assert.Null(ReviewEvent.For(ReviewTrigger.Publish, D(2020, 1, 1)).Decision);
        Assert.Equal(DelayReason.Other, ReviewEvent.For(ReviewTrigger.RecordDelay, D(2020, 1, 1)).DelayReason);
        Assert.Equal(HomeOfficeOutcome.Publish, ReviewEvent.For(ReviewTrigger.HomeOfficeClearsForPublication, D(2020, 1, 1)).HomeOfficeOutcome);
        Assert.Equal(HomeOfficeOutcome.Resubmit, ReviewEvent.For(ReviewTrigger.HomeOfficeAsksForResubmission, D(2020, 1, 1)).HomeOfficeOutcome);
        Assert.Equal("trigger", Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(() => ReviewEvent.For((ReviewTrigger)99, D(2020, 1, 1))).ParamName);
    }
}
