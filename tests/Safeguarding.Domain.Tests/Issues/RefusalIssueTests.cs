using System;
using System.Collections.Immutable;
using NodaTime;
using Safeguarding.Domain.Criteria;
using Safeguarding.Domain.Lifecycle;

namespace Safeguarding.Domain.Tests.Issues;

/// <summary>A lifecycle's refusal of an event, in the one outcome shape (an event-refused issue at the event).</summary>
public sealed class RefusalIssueTests
{
    private static ReviewRecord Record(params ReviewEvent[] events) =>
        new(DeterminationKind.SafeguardingAdultsReview, Jurisdiction.England, ReviewPolicy.None, ImmutableArray.Create(events));

    [Fact]
    public void Refusal_NamesTheRefusedEventAndItsUnmetGuards()
    {
        var record = Record(
            ReviewEvent.For(ReviewTrigger.RecordIncident, new LocalDate(2020, 1, 10)),
            ReviewEvent.For(ReviewTrigger.Notify, new LocalDate(2020, 1, 5)));

        var replay = ReviewLifecycle.Replay(record);
        var issue = replay.Refusal("$.reviews[2].record");

        Assert.NotNull(issue);
        Assert.Equal("$.reviews[2].record.events[1]", issue!.Path);
        Assert.Equal("event-refused", issue.Code);
        Assert.Equal(IssueSeverity.Error, issue.Severity);
        Assert.Contains("in-date-order", issue.Message, StringComparison.Ordinal);
        Assert.True(IssueCodes.TryGet(issue.Code, out _));
    }

    [Fact]
    public void Refusal_IsNullWhenEveryEventIsAccepted()
    {
        var record = Record(
            ReviewEvent.For(ReviewTrigger.RecordIncident, new LocalDate(2020, 1, 5)),
            ReviewEvent.For(ReviewTrigger.Notify, new LocalDate(2020, 1, 10)));

        var replay = ReviewLifecycle.Replay(record);

        Assert.True(replay.IsValid);
        Assert.Null(replay.Refusal("$"));
        Assert.Throws<ArgumentException>(() => replay.Refusal(" "));
    }
}
