using System;
using System.Text;
using NodaTime;
using Safeguarding.Domain.Criteria;
using Safeguarding.Domain.Lifecycle;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Domain.Tests.Lifecycle;

/// <summary>The C# door (ReviewPolicy.Create, ReviewRecord.Create) refuses what the JSON door refuses, with the same issues.</summary>
public sealed class ReviewRecordCreateTests
{
    private static readonly LocalDate Notified = new(2016, 1, 4);

    private static Result<ReviewRecord> Read(string kind, string jurisdiction, string period) =>
        ReviewRecordJson.Read(Encoding.UTF8.GetBytes(
            "{ \"kind\": \"" + kind + "\", \"jurisdiction\": \"" + jurisdiction + "\", \"localPolicy\": { \"publicationPeriod\": \"" + period
            + "\" }, \"events\": [ { \"type\": \"notified\", \"date\": \"2016-01-04\" } ] }"));

    private static Result<ReviewRecord> Create(DeterminationKind kind, Jurisdiction jurisdiction, Period period) =>
        ReviewRecord.Create(kind, jurisdiction, ReviewPolicy.Create(period, null).Value, new[] { new ReviewEvent(ReviewEventType.Notified, Notified) });

    [Theory]
    [InlineData("P6M", 6)]
    [InlineData("P11M", 11)]
    public void Create_PeriodBelowTheStatutoryMinimum_GivesTheReadersIssue(string text, int months)
    {
        var read = Read("serious-case-review", "england", text);
        var created = Create(DeterminationKind.SeriousCaseReview, Jurisdiction.England, Period.FromMonths(months));
        Assert.False(created.Success);
        Assert.Equal<Issue>(read.Errors, created.Errors);
        var issue = Assert.Single(created.Errors);
        Assert.Equal(("$.localPolicy.publicationPeriod", "publication-period-below-minimum"), (issue.Path, issue.Code));
    }

    [Fact]
    public void Create_PeriodOfDaysShorterThanTwelveMonthsFromSomeStart_IsRefusedByBothDoors()
    {
        var read = Read("serious-case-review", "england", "P365D");
        var created = Create(DeterminationKind.SeriousCaseReview, Jurisdiction.England, Period.FromDays(365));
        Assert.Equal<Issue>(read.Errors, created.Errors);
        Assert.Equal("publication-period-below-minimum", Assert.Single(created.Errors).Code);
    }

    [Fact]
    public void Create_PeriodAtLeastTheMinimum_IsAcceptedByBothDoorsAsEqualRecords()
    {
        var read = Read("serious-case-review", "england", "P18M");
        var created = Create(DeterminationKind.SeriousCaseReview, Jurisdiction.England, Period.FromMonths(18));
        Assert.True(created.Success, created.ToString());
        Assert.Equal(read.Value, created.Value);
    }

    [Fact]
    public void Create_KindNotInJurisdiction_GivesTheReadersIssue()
    {
        var read = Read("learning-review", "england", "P18M");
        var created = Create(DeterminationKind.LearningReview, Jurisdiction.England, Period.FromMonths(18));
        Assert.False(created.Success);
        Assert.Equal<Issue>(read.Errors, created.Errors);
        Assert.Equal(("$.jurisdiction", "kind-not-in-jurisdiction"), (created.Errors[0].Path, created.Errors[0].Code));
    }

    [Fact]
    public void Create_RecordItAccepts_ReportsWithoutThrowing()
    {
        var record = ReviewRecord.Create(DeterminationKind.SeriousCaseReview, Jurisdiction.England, ReviewPolicy.Create(Period.FromMonths(12), null).Value, new[]
        {
            new ReviewEvent(ReviewEventType.IncidentKnown, new LocalDate(2016, 1, 1)),
            new ReviewEvent(ReviewEventType.Notified, Notified),
        }).Value;
        var report = ReviewReport.Create(record, new LocalDate(2016, 2, 1), TimescaleCatalogue.Default);
        Assert.Equal("serious-case-review in england as of 2016-02-01: valid: notified; 2 clocks, 0 late or overdue", report.ToString());
    }

    [Fact]
    public void Create_NullArguments_AreProgrammerErrors()
    {
        Assert.Throws<ArgumentNullException>(() => ReviewRecord.Create(DeterminationKind.SeriousCaseReview, Jurisdiction.England, null!, Array.Empty<ReviewEvent>()));
        Assert.Throws<ArgumentNullException>(() => ReviewRecord.Create(DeterminationKind.SeriousCaseReview, Jurisdiction.England, ReviewPolicy.None, null!));
        Assert.Throws<ArgumentNullException>(() => ReviewRecord.Create(DeterminationKind.SeriousCaseReview, Jurisdiction.England, ReviewPolicy.None, new ReviewEvent[] { null! }));
    }

    [Theory]
    [InlineData("P0D", 0, 0)]
    [InlineData("P-6M", -6, 0)]
    [InlineData("P101Y", 0, 101)]
    public void PolicyCreate_PeriodThatIsNeverValid_GivesTheReadersIssue(string text, int months, int years)
    {
        var period = years > 0 ? Period.FromYears(years) : Period.FromMonths(months);
        var read = Read("serious-case-review", "england", text);
        var created = ReviewPolicy.Create(period, null);
        Assert.False(created.Success);
        Assert.Equal<Issue>(read.Errors, created.Errors);
        Assert.Equal(("$.localPolicy.publicationPeriod", "invalid-period"), (created.Errors[0].Path, created.Errors[0].Code));
    }

    [Fact]
    public void PolicyCreate_PeriodWithATimePart_IsRefused()
    {
        var created = ReviewPolicy.Create(Period.FromHours(24), null);
        Assert.Equal("invalid-period", Assert.Single(created.Errors).Code);
    }

    [Fact]
    public void ToString_PolicyAndRecord_SayWhatTheyHold()
    {
        var policy = ReviewPolicy.Create(Period.FromMonths(18), MembersInformedRule.ByPublication).Value;
        Assert.Equal("publication P18M; " + MembersInformedRule.ByPublication, policy.ToString());
        Assert.Equal("publication statutory minimum; no members-informed protocol", ReviewPolicy.None.ToString());
        var record = ReviewRecord.Create(DeterminationKind.SeriousCaseReview, Jurisdiction.England, ReviewPolicy.None, new[]
        {
            new ReviewEvent(ReviewEventType.IncidentKnown, new LocalDate(2016, 1, 1)),
            new ReviewEvent(ReviewEventType.Notified, Notified),
        }).Value;
        Assert.Equal("serious-case-review in england, 2 events (incident-known 2016-01-01 to notified 2016-01-04)", record.ToString());
        var empty = ReviewRecord.Create(DeterminationKind.SeriousCaseReview, Jurisdiction.England, ReviewPolicy.None, Array.Empty<ReviewEvent>()).Value;
        Assert.Equal("serious-case-review in england, 0 events", empty.ToString());
    }
}
