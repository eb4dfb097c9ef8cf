using System.Linq;
using System.Text;
using NodaTime;
using Safeguarding.Domain.Criteria;
using Safeguarding.Domain.Lifecycle;
using Safeguarding.Domain.Serialization;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Domain.Tests.Lifecycle;

/// <summary>The review record reader's own codes and paths, one fault at a time, and the writer's optional parts.</summary>
public sealed class ReviewRecordReaderTests
{
    private static Result<ReviewRecord> Read(string json) => ReviewRecordJson.Read(Encoding.UTF8.GetBytes(json));

    private static string Doc(string events, string policy = "", string kind = "serious-case-review") =>
        "{ \"kind\": \"" + kind + "\", \"jurisdiction\": \"england\"" + (policy.Length == 0 ? string.Empty : ", \"localPolicy\": " + policy)
        + ", \"events\": [" + events + "] }";

    private static Issue OneError(string json)
    {
        var read = Read(json);
        Assert.False(read.Success);
        return Assert.Single(read.Errors);
    }

    [Theory]
    [InlineData("1999-12-31")]
    [InlineData("2100-01-01")]
    public void Read_DateOutsideTheCalendarsYears_IsOutOfRange(string date)
    {
        var error = OneError(Doc("{ \"type\": \"incident-known\", \"date\": \"" + date + "\" }"));
        Assert.Equal(("$.events[0].date", "date-out-of-range"), (error.Path, error.Code));
        Assert.Equal("Review dates must be between 2000-01-01 and 2099-12-31, the years the calendars cover.", error.Message);
    }

    [Fact]
    public void Read_TheCalendarsFirstAndLastDays_AreAccepted()
    {
        var read = Read(Doc("{ \"type\": \"incident-known\", \"date\": \"2000-01-01\" }, { \"type\": \"notified\", \"date\": \"2099-12-31\" }"));
        Assert.True(read.Success, string.Join("; ", read.Errors));
        Assert.Equal(new[] { new LocalDate(2000, 1, 1), new LocalDate(2099, 12, 31) }, read.Value.Events.Select(e => e.Date));
    }

    [Theory]
    [InlineData("scopeStart")]
    [InlineData("scopeEnd")]
    public void Read_ScopeDateOutOfRange_IsReportedAtItsPath(string name)
    {
        var error = OneError(Doc("{ \"type\": \"commissioned\", \"date\": \"2014-02-01\", \"" + name + "\": \"1999-01-01\" }"));
        Assert.Equal(("$.events[0]." + name, "date-out-of-range"), (error.Path, error.Code));
    }

    [Fact]
    public void Read_IncidentDate_OnOrBeforeTheEvent()
    {
        var after = OneError(Doc("{ \"type\": \"incident-known\", \"date\": \"2014-02-01\", \"incidentDate\": \"2014-02-02\" }"));
        Assert.Equal(("$.events[0].incidentDate", "incident-after-event", "The incident date is after the day it became known."), (after.Path, after.Code, after.Message));
        var same = Read(Doc("{ \"type\": \"incident-known\", \"date\": \"2014-02-01\", \"incidentDate\": \"2014-02-01\" }"));
        Assert.Equal(new LocalDate(2014, 2, 1), same.Value.Events[0].IncidentDate);
        Assert.Equal(("$.events[0].incidentDate", "date-out-of-range"),
            (OneError(Doc("{ \"type\": \"incident-known\", \"date\": \"2014-02-01\", \"incidentDate\": \"1999-02-02\" }")).Path, "date-out-of-range"));
    }

    [Fact]
    public void Read_ScopeOfOneDay_IsAccepted_AndABackwardScopeIsNot()
    {
        var read = Read(Doc("{ \"type\": \"commissioned\", \"date\": \"2014-02-01\", \"scopeStart\": \"2013-01-01\", \"scopeEnd\": \"2013-01-01\", \"reviewerIndependent\": false, \"methodology\": \"silp\" }"));
        var e = read.Value.Events[0];
        Assert.Equal((new LocalDate(2013, 1, 1), new LocalDate(2013, 1, 1), false, "silp"), (e.ScopeStart!.Value, e.ScopeEnd!.Value, e.ReviewerIndependent!.Value, e.Methodology));
        var error = OneError(Doc("{ \"type\": \"commissioned\", \"date\": \"2014-02-01\", \"scopeStart\": \"2013-01-02\", \"scopeEnd\": \"2013-01-01\" }"));
        Assert.Equal(("$.events[0].scopeEnd", "invalid-scope", "The scope period ends before it starts."), (error.Path, error.Code, error.Message));
    }

    [Theory]
    [InlineData("reviewerIndependent", "true")]
    [InlineData("methodology", "\"silp\"")]
    [InlineData("scopeStart", "\"2013-01-01\"")]
    [InlineData("scopeEnd", "\"2013-01-01\"")]
    [InlineData("incidentDate", "\"2013-01-01\"")]
    [InlineData("decision", "\"initiate\"")]
    [InlineData("openActions", "0")]
    [InlineData("reasons", "\"x\"")]
    [InlineData("openActions", "-1")]                    // misplaced and out of range: only the misplacement is reported
    [InlineData("scopeStart", "\"1999-01-01\"")]
    [InlineData("incidentDate", "\"2019-02-30\"")]
    [InlineData("reviewerIndependent", "\"yes\"")]
    [InlineData("methodology", "\"\"")]
    public void Read_AFactOnTheWrongEventType_IsNotAllowed(string name, string value)
    {
        var error = OneError(Doc("{ \"type\": \"anonymised\", \"date\": \"2014-02-01\", \"" + name + "\": " + value + " }"));
        Assert.Equal(("$.events[0]." + name, "property-not-allowed", "This fact does not belong to this event type."), (error.Path, error.Code, error.Message));
    }

    [Fact]
    public void Read_FactsOnTheirOwnEventTypes_AreKept()
    {
        var read = Read(Doc(
            "{ \"type\": \"decided\", \"date\": \"2014-01-01\", \"decision\": \"not-initiate\", \"reasons\": \"below threshold\" },"
            + "{ \"type\": \"not-published\", \"date\": \"2014-01-02\", \"reasons\": \"identifies the family\" },"
            + "{ \"type\": \"withdrawn\", \"date\": \"2014-01-03\", \"reasons\": \"merged\" },"
            + "{ \"type\": \"action-plan-closed\", \"date\": \"2014-01-04\", \"openActions\": 2 }"));
        Assert.True(read.Success, string.Join("; ", read.Errors));
        var events = read.Value.Events;
        Assert.Equal((ReviewDecision.NotInitiate, "below threshold"), (events[0].Decision!.Value, events[0].Reasons));
        Assert.Equal("identifies the family", events[1].Reasons);
        Assert.Equal("merged", events[2].Reasons);
        Assert.Equal(2, events[3].OpenActions);
    }

    [Fact]
    public void Read_ADecisionThatIsNotOneOfTheTwo_IsAnInvalidEnum()
    {
        var error = OneError(Doc("{ \"type\": \"decided\", \"date\": \"2014-01-01\", \"decision\": \"maybe\" }"));
        Assert.Equal(("$.events[0].decision", "invalid-enum", "Expected one of: initiate, not-initiate."), (error.Path, error.Code, error.Message));
    }

    [Theory]
    [InlineData("\"workingDays\": 10, \"days\": 3")]
    [InlineData("\"days\": 3, \"months\": 1")]
    [InlineData("\"workingDays\": 10, \"months\": 1")]
    public void Read_MembersRuleWithTwoLengths_Conflicts(string lengths)
    {
        var error = OneError(Doc("", "{ \"membersInformed\": { \"startsOn\": \"published\", " + lengths + " } }"));
        Assert.Equal(("$.localPolicy.membersInformed", "conflicting-properties", "Give only one of workingDays, days or months."), (error.Path, error.Code, error.Message));
    }

    [Theory]
    [InlineData("\"workingDays\": 10", "10 working days")]
    [InlineData("\"days\": 3", "3 calendar days")]
    [InlineData("\"months\": 1", "1 month")]
    public void Read_MembersRule_TakesItsOneLength(string length, string expected)
    {
        var read = Read(Doc("", "{ \"membersInformed\": { \"startsOn\": \"decided\", " + length + " } }"));
        Assert.True(read.Success, string.Join("; ", read.Errors));
        var rule = read.Value.Policy.MembersInformed!;
        Assert.Equal("members-informed: " + expected + " after decided", rule.ToString());
        Assert.Null(read.Value.Policy.PublicationPeriod);
    }

    [Fact]
    public void Read_MembersRuleWithoutALength_IsBySameDay()
    {
        var read = Read(Doc("", "{ \"membersInformed\": { \"startsOn\": \"published\" } }"));
        Assert.Equal(MembersInformedRule.ByPublication, read.Value.Policy.MembersInformed);
    }

    [Fact]
    public void Read_MembersRuleStartingOnItself_OrWithoutAStart_IsRefused()
    {
        var itself = OneError(Doc("", "{ \"membersInformed\": { \"startsOn\": \"members-informed\", \"days\": 3 } }"));
        Assert.Equal(("$.localPolicy.membersInformed.startsOn", "invalid-enum", "The members' clock cannot start on members-informed itself."), (itself.Path, itself.Code, itself.Message));
        var missing = OneError(Doc("", "{ \"membersInformed\": { \"days\": 3 } }"));
        Assert.Equal(("$.localPolicy.membersInformed.startsOn", "missing-property"), (missing.Path, missing.Code));
    }

    [Fact]
    public void Read_UnknownPropertiesInThePolicy_AreNamed()
    {
        Assert.Equal("$.localPolicy.publicationPeriods", OneError(Doc("", "{ \"publicationPeriods\": \"P18M\" }")).Path);
        Assert.Equal("$.localPolicy.membersInformed.weeks", OneError(Doc("", "{ \"membersInformed\": { \"startsOn\": \"published\", \"weeks\": 2 } }")).Path);
    }

    [Fact]
    public void Read_PeriodBelowTheMinimum_SaysTheMinimum()
    {
        var error = OneError(Doc("{ \"type\": \"incident-known\", \"date\": \"2019-01-07\" }", "{ \"publicationPeriod\": \"P11M\" }", "local-child-safeguarding-practice-review"));
        Assert.Equal("The local publication period is shorter than the statutory minimum of the review's regime (P12M).", error.Message);
        Assert.Equal("$.localPolicy.publicationPeriod", error.Path);
    }

    [Fact]
    public void Read_PeriodWithNoEventsYet_IsCheckedAgainstTheKindsRegime()
    {
        var read = Read(Doc("", "{ \"publicationPeriod\": \"P12M\" }"));
        Assert.True(read.Success, string.Join("; ", read.Errors));
        Assert.Equal(Period.FromMonths(12), read.Value.Policy.PublicationPeriod);
        Assert.Empty(read.Value.Events);
        Assert.Equal("publication-period-below-minimum", OneError(Doc("", "{ \"publicationPeriod\": \"P364D\" }")).Code);
    }

    [Fact]
    public void Read_MissingEvents_IsReported()
    {
        var error = OneError("{ \"kind\": \"serious-case-review\", \"jurisdiction\": \"england\" }");
        Assert.Equal(("$.events", "missing-property"), (error.Path, error.Code));
    }

    [Fact]
    public void Read_ArgumentChecks_NameTheArgument()
    {
        var utf8 = Encoding.UTF8.GetBytes(Doc(""));
        Assert.Equal("limits", Assert.Throws<System.ArgumentNullException>(() => ReviewRecordJson.Read(utf8, null!, TimescaleCatalogue.Default)).ParamName);
        Assert.Equal("catalogue", Assert.Throws<System.ArgumentNullException>(() => ReviewRecordJson.Read(utf8, JsonReadLimits.Default, null!)).ParamName);
        Assert.True(ReviewRecordJson.Read(utf8, JsonReadLimits.Default, TimescaleCatalogue.Default).Success);
    }

    [Fact]
    public void ToJson_WritesThePolicyOnlyWhenThereIsOne_AndEachLengthByItsUnit()
    {
        ReviewRecord Record(ReviewPolicy policy) => new(DeterminationKind.SeriousCaseReview, Jurisdiction.England, policy, System.Collections.Immutable.ImmutableArray<ReviewEvent>.Empty);
        Assert.Equal("{\n  \"kind\": \"serious-case-review\",\n  \"jurisdiction\": \"england\",\n  \"events\": []\n}", Record(ReviewPolicy.None).ToJson());
        Assert.Equal(
            "{\n  \"kind\": \"serious-case-review\",\n  \"jurisdiction\": \"england\",\n  \"localPolicy\": {\n    \"membersInformed\": {\n      \"startsOn\": \"signed-off\",\n      \"months\": 2\n    }\n  },\n  \"events\": []\n}",
            Record(new ReviewPolicy(null, new MembersInformedRule(ReviewEventType.SignedOff, ClockLength.Months(2)))).ToJson());
        Assert.Equal(
            "{\n  \"kind\": \"serious-case-review\",\n  \"jurisdiction\": \"england\",\n  \"localPolicy\": {\n    \"publicationPeriod\": \"P1Y6M\",\n    \"membersInformed\": {\n      \"startsOn\": \"published\",\n      \"days\": 0\n    }\n  },\n  \"events\": []\n}",
            Record(new ReviewPolicy(Period.FromYears(1) + Period.FromMonths(6), MembersInformedRule.ByPublication)).ToJson());
        Assert.Contains("\"workingDays\": 10", Record(new ReviewPolicy(null, new MembersInformedRule(ReviewEventType.Decided, ClockLength.WorkingDays(10)))).ToJson(), System.StringComparison.Ordinal);
    }
}
