using System;
using System.Linq;
using System.Text;
using NodaTime;
using Safeguarding.Domain.Criteria;
using Safeguarding.Domain.Lifecycle;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Domain.Tests.Lifecycle;

/// <summary>
/// The events issue #19 adds to the lifecycle: <c>delayed</c> (every kind, while the review is open), deposit in
/// the national case review repository (child review kinds, after publication), and the Home Office
/// quality-assurance loop of domestic homicide reviews (submitted, assessed publish or resubmit).
/// </summary>
public sealed class NationalSubmissionTests
{
    private static readonly ReviewLifecycle Dhr = ReviewLifecycle.For(DeterminationKind.DomesticHomicideReview);
    private static readonly ReviewLifecycle Scr = ReviewLifecycle.For(DeterminationKind.SeriousCaseReview);

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static ReviewEvent E(ReviewEventType type, int y, int m, int d) => new(type, D(y, m, d));

    private static Review DhrSignedOff() => Dhr.Replay(Review.Start(DeterminationKind.DomesticHomicideReview, Jurisdiction.England, ReviewPolicy.None).Value, new[]
    {
        E(ReviewEventType.IncidentKnown, 2021, 3, 1), E(ReviewEventType.Notified, 2021, 3, 4),
        new ReviewEvent(ReviewEventType.Decided, D(2021, 3, 30), ReviewDecision.Initiate), E(ReviewEventType.Commissioned, 2021, 5, 1),
        E(ReviewEventType.ReportCompleted, 2022, 1, 10), E(ReviewEventType.SignedOff, 2022, 2, 1), E(ReviewEventType.Anonymised, 2022, 2, 2),
    }).Review;

    private static Review ScrPublished() => Scr.Replay(Review.Start(DeterminationKind.SeriousCaseReview, Jurisdiction.England, ReviewPolicy.None).Value, new[]
    {
        E(ReviewEventType.IncidentKnown, 2013, 1, 7), E(ReviewEventType.Notified, 2013, 1, 10),
        new ReviewEvent(ReviewEventType.Decided, D(2013, 2, 1), ReviewDecision.Initiate), E(ReviewEventType.Commissioned, 2013, 3, 1),
        E(ReviewEventType.ReportCompleted, 2013, 9, 1), E(ReviewEventType.SignedOff, 2013, 9, 10), E(ReviewEventType.Anonymised, 2013, 9, 20),
        E(ReviewEventType.Published, 2013, 10, 1),
    }).Review;

    [Fact]
    public void HomeOffice_ResubmitThenPublish_ClearsThePublicationGuard()
    {
        var review = DhrSignedOff();
        var early = Dhr.Fire(review, ReviewTrigger.Publish, D(2022, 3, 1));
        Assert.Contains(early.UnmetGuards, g => g.Id == "home-office-quality-assurance-before-publication");

        review = Dhr.Fire(review, ReviewTrigger.SubmitToHomeOffice, D(2022, 2, 10)).Review;
        Assert.Contains(Dhr.Fire(review, ReviewTrigger.Publish, D(2022, 3, 1)).UnmetGuards, g => g.Id == "home-office-quality-assurance-before-publication");
        var again = Dhr.Fire(review, ReviewTrigger.SubmitToHomeOffice, D(2022, 2, 11));
        Assert.Equal("home-office-no-submission-awaiting", Assert.Single(again.UnmetGuards).Id);

        review = Dhr.Fire(review, new ReviewEvent(ReviewEventType.HomeOfficeAssessed, D(2022, 4, 1), homeOfficeOutcome: HomeOfficeOutcome.Resubmit)).Review;
        Assert.Contains(Dhr.Fire(review, ReviewTrigger.Publish, D(2022, 4, 2)).UnmetGuards, g => g.Id == "home-office-quality-assurance-before-publication");
        Assert.Equal("home-office-submission-awaiting", Assert.Single(Dhr.Fire(review, ReviewTrigger.HomeOfficeClearsForPublication, D(2022, 4, 2)).UnmetGuards).Id);

        review = Dhr.Fire(review, ReviewTrigger.SubmitToHomeOffice, D(2022, 5, 1)).Review;
        review = Dhr.Fire(review, ReviewTrigger.HomeOfficeClearsForPublication, D(2022, 6, 1)).Review;
        Assert.Equal(ReviewState.Anonymised, review.State);
        Assert.Equal("home-office-not-yet-cleared", Assert.Single(Dhr.Fire(review, ReviewTrigger.SubmitToHomeOffice, D(2022, 6, 2)).UnmetGuards).Id);
        var published = Dhr.Fire(review, ReviewTrigger.Publish, D(2022, 6, 15));
        Assert.True(published.IsAccepted);
        Assert.Equal(ReviewState.Published, published.Review.State);
    }

    [Fact]
    public void HomeOffice_SentToPanelWithoutHomeOfficeEvents_StillClearsPublication_ButNotWhenASubmissionAwaits()
    {
        var sent = Dhr.Fire(DhrSignedOff(), ReviewTrigger.SendToPanel, D(2022, 2, 10)).Review;
        Assert.True(Dhr.Fire(sent, ReviewTrigger.Publish, D(2022, 3, 1)).IsAccepted);
        var awaiting = Dhr.Fire(sent, ReviewTrigger.SubmitToHomeOffice, D(2022, 2, 11)).Review;
        Assert.False(Dhr.Fire(awaiting, ReviewTrigger.Publish, D(2022, 3, 1)).IsAccepted);
    }

    [Fact]
    public void HomeOfficeEvents_BelongToDomesticHomicideReviewsOnly_AndRepositoryToChildReviews()
    {
        foreach (var lifecycle in ReviewLifecycle.All)
        {
            bool dhr = lifecycle.Kind == DeterminationKind.DomesticHomicideReview;
            Assert.Equal(dhr, lifecycle.Triggers.Contains(ReviewTrigger.SubmitToHomeOffice));
            Assert.Equal(dhr, lifecycle.Triggers.Contains(ReviewTrigger.HomeOfficeClearsForPublication));
            bool child = lifecycle.Kind is DeterminationKind.SeriousCaseReview or DeterminationKind.LocalChildSafeguardingPracticeReview
                or DeterminationKind.ChildPracticeReviewConcise or DeterminationKind.ChildPracticeReviewExtended
                or DeterminationKind.CaseManagementReview or DeterminationKind.LearningReview;
            Assert.Equal(child, lifecycle.Triggers.Contains(ReviewTrigger.DepositInRepository));
            Assert.Contains(ReviewTrigger.RecordDelay, lifecycle.Triggers);
        }
    }

    [Fact]
    public void RepositoryDeposit_AfterPublicationOnce_NotBefore()
    {
        var published = ScrPublished();
        var deposited = Scr.Fire(published, ReviewTrigger.DepositInRepository, D(2014, 1, 5));
        Assert.True(deposited.IsAccepted);
        Assert.Equal(ReviewState.Published, deposited.Review.State);
        Assert.Equal("repository-deposited-not-yet-recorded", Assert.Single(Scr.Fire(deposited.Review, ReviewTrigger.DepositInRepository, D(2014, 1, 6)).UnmetGuards).Id);
        var beforePublication = Scr.Replay(Review.Start(DeterminationKind.SeriousCaseReview, Jurisdiction.England, ReviewPolicy.None).Value, published.Events.Take(7)).Review;
        Assert.Equal("permitted-in-state", Assert.Single(Scr.Fire(beforePublication, ReviewTrigger.DepositInRepository, D(2013, 9, 21)).UnmetGuards).Id);
    }

    [Fact]
    public void Delayed_IsAcceptedWhileOpen_AndRefusedOnceClosed()
    {
        var published = ScrPublished();
        var open = Scr.Replay(Review.Start(DeterminationKind.SeriousCaseReview, Jurisdiction.England, ReviewPolicy.None).Value, published.Events.Take(4)).Review;
        var delayed = Scr.Fire(open, new ReviewEvent(ReviewEventType.Delayed, D(2013, 6, 1), delayReason: DelayReason.ParallelProceedings, note: "trial listed"));
        Assert.True(delayed.IsAccepted);
        Assert.Equal(ReviewState.Commissioned, delayed.Review.State);
        Assert.Equal("delayed 2013-06-01 (parallel-proceedings)", delayed.Event.ToString());
        Assert.Equal("permitted-in-state", Assert.Single(Scr.Fire(published, ReviewTrigger.RecordDelay, D(2014, 1, 1)).UnmetGuards).Id);
        var rapid = ReviewLifecycle.For(DeterminationKind.RapidReview);
        var decided = rapid.Replay(Review.Start(DeterminationKind.RapidReview, Jurisdiction.England, ReviewPolicy.None).Value, new[]
        {
            E(ReviewEventType.IncidentKnown, 2020, 1, 6), E(ReviewEventType.Notified, 2020, 1, 8), E(ReviewEventType.RapidReviewCompleted, 2020, 1, 28),
            new ReviewEvent(ReviewEventType.Decided, D(2020, 2, 1), ReviewDecision.Initiate),
        }).Review;
        Assert.False(rapid.Fire(decided, ReviewTrigger.RecordDelay, D(2020, 2, 2)).IsAccepted);
    }

    [Fact]
    public void NewFacts_BelongToTheirEventTypes()
    {
        var day = D(2020, 1, 1);
        Assert.Equal("delayReason", Assert.Throws<ArgumentException>(() => new ReviewEvent(ReviewEventType.Delayed, day)).ParamName);
        Assert.Equal("delayReason", Assert.Throws<ArgumentException>(() => new ReviewEvent(ReviewEventType.Published, day, delayReason: DelayReason.Other)).ParamName);
        Assert.Equal("note", Assert.Throws<ArgumentException>(() => new ReviewEvent(ReviewEventType.Published, day, note: "x")).ParamName);
        Assert.Equal("homeOfficeOutcome", Assert.Throws<ArgumentException>(() => new ReviewEvent(ReviewEventType.HomeOfficeAssessed, day)).ParamName);
        Assert.Equal("referralSource", Assert.Throws<ArgumentException>(() => new ReviewEvent(ReviewEventType.Notified, day, referralSource: "police")).ParamName);
        Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(() => new ReviewEvent(ReviewEventType.Delayed, day, delayReason: (DelayReason)9));
        var a = new ReviewEvent(ReviewEventType.Delayed, day, delayReason: DelayReason.Other, note: "n");
        Assert.NotEqual(a, new ReviewEvent(ReviewEventType.Delayed, day, delayReason: DelayReason.Other, note: "m"));
        Assert.NotEqual(a, new ReviewEvent(ReviewEventType.Delayed, day, delayReason: DelayReason.FamilyEngagement, note: "n"));
        Assert.DoesNotContain("police", new ReviewEvent(ReviewEventType.IncidentKnown, day, referralSource: "police").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Reader_ReadsAndWritesTheNewFacts_AndNamesPathsOfFaults()
    {
        const string json = """
            { "kind": "domestic-homicide-review", "jurisdiction": "england", "events": [
              { "type": "incident-known", "date": "2021-03-01", "referralSource": "police" },
              { "type": "delayed", "date": "2021-03-02", "reason": "agency-information", "note": "chronologies late" },
              { "type": "home-office-assessed", "date": "2021-03-03", "outcome": "resubmit" } ] }
            """;
        var read = ReviewRecordJson.Read(Encoding.UTF8.GetBytes(json));
        Assert.True(read.Success);
        var events = read.Value.Events;
        Assert.Equal("police", events[0].ReferralSource);
        Assert.Equal((DelayReason.AgencyInformation, "chronologies late"), (events[1].DelayReason!.Value, events[1].Note));
        Assert.Equal(HomeOfficeOutcome.Resubmit, events[2].HomeOfficeOutcome);
        Assert.Equal(read.Value, ReviewRecordJson.Read(Encoding.UTF8.GetBytes(read.Value.ToJson())).Value);

        var bad = ReviewRecordJson.Read(Encoding.UTF8.GetBytes("""
            { "kind": "domestic-homicide-review", "jurisdiction": "england", "events": [
              { "type": "delayed", "date": "2021-03-02" },
              { "type": "delayed", "date": "2021-03-02", "reason": "holidays" },
              { "type": "notified", "date": "2021-03-03", "reason": "other", "outcome": "publish", "note": "x", "referralSource": "police" },
              { "type": "home-office-assessed", "date": "2021-03-03" } ] }
            """));
        Assert.Equal(
            new[]
            {
                "$.events[0].reason missing-property", "$.events[1].reason invalid-enum",
                "$.events[2].referralSource property-not-allowed", "$.events[2].reason property-not-allowed", "$.events[2].note property-not-allowed",
                "$.events[2].outcome property-not-allowed", "$.events[3].outcome missing-property",
            },
            bad.Errors.Select(e => e.Path + " " + e.Code));
    }
}
