using System;
using System.Linq;
using NodaTime;
using Safeguarding.Domain.Criteria;
using Safeguarding.Domain.Lifecycle;

namespace Safeguarding.Domain.Tests.Lifecycle;

/// <summary>The shared history behind reviews made one from another must behave as if each had its own copy.</summary>
public sealed class ReviewHistoryTests
{
    private static readonly ReviewLifecycle Lifecycle = ReviewLifecycle.For(DeterminationKind.SeriousCaseReview);

    [Fact]
    public void EveryEventType_FitsTheFirstEventIndex()
    {
        Assert.All(Enum.GetValues<ReviewEventType>(), t => Assert.InRange((int)t, 0, Review.MaxEventTypes - 1));
    }

    [Fact]
    public void Branching_FromAnEarlierReview_DoesNotChangeEitherHistory()
    {
        var start = Review.Start(DeterminationKind.SeriousCaseReview, Jurisdiction.England, ReviewPolicy.None).Value;
        var known = Lifecycle.Fire(start, new ReviewEvent(ReviewEventType.IncidentKnown, new LocalDate(2013, 1, 7))).After!;
        var notifiedA = Lifecycle.Fire(known, new ReviewEvent(ReviewEventType.Notified, new LocalDate(2013, 1, 10))).After!;
        var notifiedB = Lifecycle.Fire(known, new ReviewEvent(ReviewEventType.Notified, new LocalDate(2013, 1, 14))).After!;
        var decidedA = Lifecycle.Fire(notifiedA, new ReviewEvent(ReviewEventType.Decided, new LocalDate(2013, 2, 1), ReviewDecision.Initiate)).After!;

        Assert.Equal(new[] { 7 }, known.Events.Select(e => e.Date.Day));
        Assert.Equal(new[] { 7, 10 }, notifiedA.Events.Select(e => e.Date.Day));
        Assert.Equal(new[] { 7, 14 }, notifiedB.Events.Select(e => e.Date.Day));
        Assert.Equal(new[] { 7, 10, 1 }, decidedA.Events.Select(e => e.Date.Day));
        Assert.Equal(new LocalDate(2013, 1, 14), notifiedB.First(ReviewEventType.Notified)!.Date);
        Assert.Equal(new LocalDate(2013, 1, 10), decidedA.First(ReviewEventType.Notified)!.Date);
        Assert.Null(known.First(ReviewEventType.Notified));
        Assert.Equal(new LocalDate(2013, 1, 7), known.LastDate);
        Assert.Equal(2, notifiedB.EventCount);
    }
}
