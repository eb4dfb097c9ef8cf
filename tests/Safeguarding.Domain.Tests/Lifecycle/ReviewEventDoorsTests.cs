using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using NodaTime;
using Safeguarding.Domain.Lifecycle;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Domain.Tests.Lifecycle;

/// <summary>
/// The C# doors for review events and reviews (the ReviewEvent factories, ReviewRecord.Create, Review.Start) against the
/// JSON door (ReviewRecordJson.Read): each rule gives the same issues both ways, an event's paths made relative to it.
/// </summary>
public sealed class ReviewEventDoorsTests
{
    private static readonly LocalDate Day = new(2020, 10, 1);

    private static Result<ReviewRecord> ReadRecord(string events, string kind = "serious-case-review", string jurisdiction = "england", string policy = "") =>
        ReviewRecordJson.Read(Encoding.UTF8.GetBytes(
            "{ \"kind\": \"" + kind + "\", \"jurisdiction\": \"" + jurisdiction + "\"" + policy + ", \"events\": [ " + events + " ] }"));

    // The reader's issues for one event, its paths made relative to the event ($.events[0].reasons becomes $.reasons).
    private static IEnumerable<Issue> ReadEvent(string e)
    {
        var read = ReadRecord(e);
        Assert.False(read.Success);
        return read.Errors.Select(i =>
        {
            Assert.StartsWith("$.events[0]", i.Path, StringComparison.Ordinal);
            return new Issue(string.Concat("$", i.Path.AsSpan("$.events[0]".Length)), i.Code, i.Severity, i.Message);
        }).ToList();
    }

    private static IEnumerable<Issue> Errors(Result<ReviewEvent> result)
    {
        Assert.False(result.Success);
        return result.Errors;
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Factories_BlankReasons_GiveTheReadersIssue(string reasons)
    {
        string r = "\"reasons\": \"" + reasons + "\"";
        Assert.Equal(ReadEvent("{ \"type\": \"decided\", \"date\": \"2020-10-01\", \"decision\": \"initiate\", " + r + " }"),
            Errors(ReviewEvent.Decided(Day, ReviewDecision.Initiate, reasons)));
        Assert.Equal(ReadEvent("{ \"type\": \"not-published\", \"date\": \"2020-10-01\", " + r + " }"), Errors(ReviewEvent.NotPublished(Day, reasons)));
        Assert.Equal(ReadEvent("{ \"type\": \"withdrawn\", \"date\": \"2020-10-01\", " + r + " }"), Errors(ReviewEvent.Withdrawn(Day, reasons)));
    }

    [Fact]
    public void Delayed_BlankNote_GivesTheReadersIssue()
    {
        Assert.Equal(ReadEvent("{ \"type\": \"delayed\", \"date\": \"2020-10-01\", \"reason\": \"other\", \"note\": \"\" }"),
            Errors(ReviewEvent.Delayed(Day, DelayReason.Other, "")));
    }

    [Fact]
    public void Commissioned_LongMethodologyAndScopeEndingBeforeItStarts_GiveTheReadersIssuesInItsOrder()
    {
        string methodology = new('m', 65);
        var created = ReviewEvent.Commissioned(Day, methodology: methodology, scopeStart: new LocalDate(2019, 5, 1), scopeEnd: new LocalDate(2019, 4, 30));
        Assert.Equal(
            ReadEvent("{ \"type\": \"commissioned\", \"date\": \"2020-10-01\", \"methodology\": \"" + methodology
                + "\", \"scopeStart\": \"2019-05-01\", \"scopeEnd\": \"2019-04-30\" }"),
            Errors(created));
        Assert.Equal(new[] { "string-too-long", "invalid-scope" }, created.Errors.Select(e => e.Code));
    }

    [Fact]
    public void Commissioned_ScopeDateOutsideTheCalendars_IsTheReadersIssue_AndNoScopeRule()
    {
        Assert.Equal(
            ReadEvent("{ \"type\": \"commissioned\", \"date\": \"2020-10-01\", \"scopeStart\": \"2019-05-01\", \"scopeEnd\": \"1999-04-30\" }"),
            Errors(ReviewEvent.Commissioned(Day, scopeStart: new LocalDate(2019, 5, 1), scopeEnd: new LocalDate(1999, 4, 30))));
    }

    [Fact]
    public void IncidentKnown_IncidentAfterTheEvent_IsTheReadersIssue_SoSwappedDatesAreRefused()
    {
        // The day it became known and the day of the incident, given the wrong way round.
        var created = ReviewEvent.IncidentKnown(Day, incidentDate: Day.PlusDays(2), referralSource: " ");
        Assert.Equal(
            ReadEvent("{ \"type\": \"incident-known\", \"date\": \"2020-10-01\", \"incidentDate\": \"2020-10-03\", \"referralSource\": \" \" }"),
            Errors(created));
        Assert.Equal(new[] { "empty-string", "incident-after-event" }, created.Errors.Select(e => e.Code));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(100_001)]
    public void ActionPlanClosed_OpenActionsOutOfRange_IsTheReadersIssue(int open)
    {
        Assert.Equal(ReadEvent("{ \"type\": \"action-plan-closed\", \"date\": \"2020-10-01\", \"openActions\": " + open + " }"),
            Errors(ReviewEvent.ActionPlanClosed(Day, open)));
    }

    [Theory]
    [InlineData(1999, 12, 31)]
    [InlineData(2100, 1, 1)]
    [InlineData(1899, 12, 31)]
    public void Factories_DateOutsideTheCalendars_AreTheReadersIssue(int y, int m, int d)
    {
        var date = new LocalDate(y, m, d);
        string text = date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(ReadEvent("{ \"type\": \"withdrawn\", \"date\": \"" + text + "\" }"), Errors(ReviewEvent.Withdrawn(date, null)));
    }

    [Fact]
    public void RecordCreate_BareEventOutsideTheCalendars_IsTheReadersIssue()
    {
        var created = ReviewRecord.Create(DeterminationKind.SeriousCaseReview, Jurisdiction.England, ReviewPolicy.None, new[]
        {
            ReviewEvent.For(ReviewTrigger.RecordIncident, Day),
            ReviewEvent.For(ReviewTrigger.Notify, new LocalDate(2100, 1, 4)),
        });
        var read = ReadRecord("{ \"type\": \"incident-known\", \"date\": \"2020-10-01\" }, { \"type\": \"notified\", \"date\": \"2100-01-04\" }");
        Assert.False(created.Success);
        Assert.Equal<Issue>(read.Errors, created.Errors);
        Assert.Equal("$.events[1].date date-out-of-range", created.Errors.Single().Path + " " + created.Errors.Single().Code);
    }

    [Fact]
    public void RecordCreate_EventDateAndKindNotInJurisdiction_GiveBothIssuesInTheReadersOrder()
    {
        var created = ReviewRecord.Create(DeterminationKind.LearningReview, Jurisdiction.England, ReviewPolicy.None, new[]
        {
            ReviewEvent.For(ReviewTrigger.RecordIncident, new LocalDate(1999, 1, 1)),
        });
        var read = ReadRecord("{ \"type\": \"incident-known\", \"date\": \"1999-01-01\" }", kind: "learning-review");
        Assert.Equal<Issue>(read.Errors, created.Errors);
        Assert.Equal(new[] { "date-out-of-range", "kind-not-in-jurisdiction" }, created.Errors.Select(e => e.Code));
    }

    [Fact]
    public void Factories_MakeTheEventsTheReaderMakes()
    {
        var created = new[]
        {
            ReviewEvent.IncidentKnown(Day, Day.PlusDays(-2), "police").Value,
            ReviewEvent.Decided(Day.PlusDays(10), ReviewDecision.Initiate, "r").Value,
            ReviewEvent.Commissioned(Day.PlusDays(20), true, "silp", new LocalDate(2019, 1, 1), new LocalDate(2020, 9, 1)).Value,
            ReviewEvent.Delayed(Day.PlusDays(30), DelayReason.ParallelProceedings, "n").Value,
        };
        var read = ReadRecord(
            "{ \"type\": \"incident-known\", \"date\": \"2020-10-01\", \"incidentDate\": \"2020-09-29\", \"referralSource\": \"police\" }, "
            + "{ \"type\": \"decided\", \"date\": \"2020-10-11\", \"decision\": \"initiate\", \"reasons\": \"r\" }, "
            + "{ \"type\": \"commissioned\", \"date\": \"2020-10-21\", \"reviewerIndependent\": true, \"methodology\": \"silp\", \"scopeStart\": \"2019-01-01\", \"scopeEnd\": \"2020-09-01\" }, "
            + "{ \"type\": \"delayed\", \"date\": \"2020-10-31\", \"reason\": \"parallel-proceedings\", \"note\": \"n\" }");
        Assert.True(read.Success, read.ToString());
        Assert.Equal(read.Value.Events, created);
    }

    [Fact]
    public void Start_KindNotInJurisdiction_IsTheReadersIssue()
    {
        var read = ReadRecord(string.Empty, kind: "case-management-review");
        var started = Review.Start(DeterminationKind.CaseManagementReview, Jurisdiction.England, ReviewPolicy.None);
        Assert.False(started.Success);
        Assert.Equal<Issue>(read.Errors, started.Errors);
    }

    [Fact]
    public void Start_PublicationPeriodBelowTheMinimum_IsRefusedWhenMade_AsTheReaderRefusesIt()
    {
        var read = ReadRecord(string.Empty, kind: "local-child-safeguarding-practice-review", policy: ", \"localPolicy\": { \"publicationPeriod\": \"P6M\" }");
        var policy = ReviewPolicy.Create(Period.FromMonths(6), null).Value;
        var started = Review.Start(DeterminationKind.LocalChildSafeguardingPracticeReview, Jurisdiction.England, policy);
        Assert.False(started.Success);
        Assert.Equal<Issue>(read.Errors, started.Errors);
        Assert.Equal("publication-period-below-minimum", started.Errors.Single().Code);
        Assert.True(Review.Start(DeterminationKind.LocalChildSafeguardingPracticeReview, Jurisdiction.England, ReviewPolicy.Create(Period.FromMonths(18), null).Value).Success);
    }

    [Fact]
    public void StatutoryMinimum_NeverDependsOnTheFirstEventsDate_SoStartCanCheckIt()
    {
        // Review.Start checks the policy against the regime a kind has before any event; this holds only while no kind whose
        // regime the first event's date decides (the Welsh child practice reviews) has a minimum that differs between its regimes.
        var firstEvents = new LocalDate?[] { null, new LocalDate(2000, 1, 1), new LocalDate(2016, 4, 5), new LocalDate(2016, 4, 6), new LocalDate(2099, 12, 31) };
        foreach (var lifecycle in ReviewLifecycle.All)
        {
            foreach (var jurisdiction in Enum.GetValues<Jurisdiction>().Where(j => Review.IsKindOf(lifecycle.Kind, j)))
            {
                var minimums = firstEvents
                    .Select(d => PublicationWindow.StatutoryMinimumOf(Review.RegimeOf(lifecycle.Kind, jurisdiction, d), lifecycle.Kind, TimescaleCatalogue.Default))
                    .Distinct()
                    .ToList();
                Assert.True(minimums.Count == 1, lifecycle.Kind + " in " + jurisdiction);
            }
        }
    }
}
