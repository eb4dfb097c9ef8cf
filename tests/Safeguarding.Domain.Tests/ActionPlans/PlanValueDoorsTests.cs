using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using NodaTime;
using Safeguarding.Domain.ActionPlans;

namespace Safeguarding.Domain.Tests.ActionPlans;

/// <summary>
/// The C# doors for a plan's values (ActionPlanBuilder and the Create methods) against the JSON door (ActionPlanDocument.Read):
/// each rule gives the same issues both ways, with the path made relative to the value.
/// </summary>
public sealed class PlanValueDoorsTests
{
    private static readonly LocalDate Day = new(2020, 10, 1);

    // The reader's issues for one value placed at `at` inside a plan document, its paths made relative to the value.
    private static IEnumerable<Issue> Read(string document, string at)
    {
        var read = ActionPlanDocument.Read(Encoding.UTF8.GetBytes(document));
        Assert.False(read.Success);
        return read.Errors.Select(e =>
        {
            Assert.StartsWith(at, e.Path, StringComparison.Ordinal);
            return new Issue(string.Concat("$", e.Path.AsSpan(at.Length)), e.Code, e.Severity, e.Message);
        }).ToList();
    }

    private static IEnumerable<Issue> ReadPlan(string members) => Read("{ " + members + " }", "$");

    private static IEnumerable<Issue> ReadFinding(string finding) => Read("{ \"review\": \"X\", \"findings\": [ " + finding + " ] }", "$.findings[0]");

    private static IEnumerable<Issue> ReadRecommendation(string recommendation) =>
        Read("{ \"review\": \"X\", \"recommendations\": [ " + recommendation + " ] }", "$.recommendations[0]");

    private static IEnumerable<Issue> ReadEntry(string list, string entry) =>
        Read("{ \"review\": \"X\", \"actions\": [ { \"id\": \"1\", \"owner\": \"p\", \"" + list + "\": [ " + entry + " ] } ] }", "$.actions[0]." + list + "[0]");

    private static IEnumerable<Issue> Errors<T>(Result<T> result)
    {
        Assert.False(result.Success);
        return result.Errors;
    }

    [Fact]
    public void ActionPlanBuilder_NamedDates_LandWhereTheirNamesSay()
    {
        var plan = new ActionPlanBuilder { Horizon = new LocalDate(2021, 12, 31), Review = "Sam and Kyle", AgreedOn = new LocalDate(2020, 8, 1) }.Build().Value;
        Assert.Equal((new LocalDate(2020, 8, 1), new LocalDate(2021, 12, 31)), (plan.AgreedOn, plan.Horizon));
        Assert.Equal(ActionPlan.DefaultReportingCycle, plan.ReportingCycle);
    }

    [Fact]
    public void ActionPlanBuilder_WithEveryPart_MakesThePlanTheReaderMakes()
    {
        var built = new ActionPlanBuilder
        {
            Review = "Sam and Kyle", ReportingCycle = Period.FromWeeks(6), AgreedOn = new LocalDate(2020, 8, 1), Horizon = new LocalDate(2021, 12, 31),
            Findings = new[] { Finding.Create("F1", "t", "r", new[] { "theme" }).Value },
            Recommendations = new[] { Recommendation.Create("R1", new[] { "F1" }, "x", Addressee.Create(AddresseeLevel.National, "Home Office").Value, Day, Day.PlusDays(3)).Value },
            Actions = new[] { new PlanActionBuilder { Id = "1", Owner = "police", Recommendations = new[] { "R1" } }.Build().Value },
        }.Build();
        var read = ActionPlanDocument.Read(Encoding.UTF8.GetBytes("""
            { "review": "Sam and Kyle", "reportingCycle": "P6W", "agreedOn": "2020-08-01", "horizon": "2021-12-31",
              "findings": [ { "id": "F1", "title": "t", "rationale": "r", "themes": [ "theme" ] } ],
              "recommendations": [ { "id": "R1", "findings": [ "F1" ], "text": "x", "addressee": { "level": "national", "body": "Home Office" },
                                     "sentOn": "2020-10-01", "respondedOn": "2020-10-04" } ],
              "actions": [ { "id": "1", "owner": "police", "recommendations": [ "R1" ] } ] }
            """));
        Assert.True(read.Success, read.ToString());
        Assert.Equal(read.Value, built.Value);
    }

    [Fact]
    public void ActionPlanBuilder_NoReview_IsTheReadersMissingProperty()
    {
        Assert.Equal(ReadPlan("\"actions\": []"), Errors(new ActionPlanBuilder().Build()));
    }

    [Fact]
    public void ActionPlanBuilder_BlankReviewAndDatesOutOfRange_GiveTheReadersIssuesInItsOrder()
    {
        var built = new ActionPlanBuilder { Review = " ", AgreedOn = new LocalDate(1899, 12, 31), Horizon = new LocalDate(2200, 1, 1) }.Build();
        var read = ReadPlan("\"review\": \" \", \"agreedOn\": \"1899-12-31\", \"horizon\": \"2200-01-01\"");
        Assert.Equal(read, Errors(built));
        Assert.Equal(new[] { "empty-string", "date-out-of-range", "date-out-of-range" }, built.Errors.Select(e => e.Code));
    }

    [Theory]
    [InlineData("P0D", 0, 0)]
    [InlineData("P-1M", 0, -1)]
    [InlineData("P101Y", 101, 0)]
    public void ActionPlanBuilder_ReportingCycleNotPositive_IsTheReadersInvalidPeriod(string text, int years, int months)
    {
        var cycle = Period.FromYears(years) + Period.FromMonths(months);
        var built = new ActionPlanBuilder { Review = "X", ReportingCycle = cycle }.Build();
        Assert.Equal(ReadPlan("\"review\": \"X\", \"reportingCycle\": \"" + text + "\""), Errors(built));
        Assert.Equal("$.reportingCycle invalid-period", built.Errors.Single().Path + " " + built.Errors.Single().Code);
    }

    [Fact]
    public void ActionPlanBuilder_ReportingCycleWithATimePart_IsTheReadersInvalidPeriod()
    {
        Assert.Equal(ReadPlan("\"review\": \"X\", \"reportingCycle\": \"PT24H\""), Errors(new ActionPlanBuilder { Review = "X", ReportingCycle = Period.FromHours(24) }.Build()));
    }

    [Fact]
    public void ActionPlanBuilder_NullFinding_IsAProgrammerError()
    {
        Assert.Throws<ArgumentNullException>(() => new ActionPlanBuilder { Review = "X", Findings = new Finding[] { null! } }.Build());
    }

    [Fact]
    public void FindingCreate_BadIdTextsAndThemes_GiveTheReadersIssues()
    {
        string longId = new('x', 65);
        Assert.Equal(ReadFinding("{ }"), Errors(Finding.Create(null, null, null)));
        Assert.Equal(
            ReadFinding("{ \"id\": \"" + longId + "\", \"title\": \"\", \"rationale\": \" \", \"themes\": [ \"a\", null, \"\" ] }"),
            Errors(Finding.Create(longId, "", " ", new[] { "a", null!, "" })));
    }

    [Fact]
    public void RecommendationCreate_ResponseWithoutSending_IsTheReadersIssue()
    {
        var created = Recommendation.Create("R1", null, null, respondedOn: Day);
        Assert.Equal(ReadRecommendation("{ \"id\": \"R1\", \"respondedOn\": \"2020-10-01\" }"), Errors(created));
        Assert.Equal("response-without-sending", created.Errors.Single().Code);
    }

    [Fact]
    public void RecommendationCreate_SwappedDates_AreRefusedAsTheReaderRefusesThem()
    {
        // sentOn 2020-10-04, respondedOn 2020-10-01: the two dates given the wrong way round.
        var created = Recommendation.Create("R1", new[] { "F1" }, null, null, Day.PlusDays(3), Day);
        Assert.Equal(
            ReadRecommendation("{ \"id\": \"R1\", \"findings\": [ \"F1\" ], \"sentOn\": \"2020-10-04\", \"respondedOn\": \"2020-10-01\" }"),
            Errors(created));
        Assert.Equal("responded-before-sent", created.Errors.Single().Code);
    }

    [Fact]
    public void RecommendationCreate_DateOutOfRange_SkipsTheResponseRulesAsTheReaderDoes()
    {
        var created = Recommendation.Create("R1", null, "", null, new LocalDate(1800, 1, 1), Day);
        Assert.Equal(
            ReadRecommendation("{ \"id\": \"R1\", \"text\": \"\", \"sentOn\": \"1800-01-01\", \"respondedOn\": \"2020-10-01\" }"),
            Errors(created));
        Assert.Equal(new[] { "empty-string", "date-out-of-range" }, created.Errors.Select(e => e.Code));
    }

    [Fact]
    public void AddresseeCreate_BodyTooLongOrBlank_GivesTheReadersIssue()
    {
        string body = new('b', 201);
        var read = ReadRecommendation("{ \"id\": \"R1\", \"addressee\": { \"level\": \"local\", \"body\": \"" + body + "\" } }")
            .Select(e => new Issue(e.Path.Replace("$.addressee", "$", StringComparison.Ordinal), e.Code, e.Severity, e.Message));
        Assert.Equal(read, Errors(Addressee.Create(AddresseeLevel.Local, body)));
        Assert.Equal("$.body missing-property", Errors(Addressee.Create(AddresseeLevel.Local, null)).Single() is var e ? e.Path + " " + e.Code : null);
    }

    [Fact]
    public void EvidenceCreate_DateOutOfRangeAndBlankDescription_GiveTheReadersIssues()
    {
        Assert.Equal(
            ReadEntry("evidence", "{ \"kind\": \"output\", \"date\": \"2200-01-01\", \"description\": \" \" }"),
            Errors(Evidence.Create(EvidenceKind.Output, new LocalDate(2200, 1, 1), " ")));
    }

    [Fact]
    public void StatusUpdateCreate_DateOutOfRangeAndLongNote_GiveTheReadersIssues()
    {
        string note = new('n', 20_001);
        Assert.Equal(
            ReadEntry("updates", "{ \"date\": \"1899-01-01\", \"reportedStatus\": \"red\", \"note\": \"" + note + "\" }"),
            Errors(StatusUpdate.Create(new LocalDate(1899, 1, 1), ReportedStatus.Red, note)));
    }

    [Fact]
    public void Create_UndefinedEnum_IsAProgrammerError()
    {
        Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(() => Evidence.Create((EvidenceKind)9, Day, null));
        Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(() => StatusUpdate.Create(Day, (ReportedStatus)9, null));
        Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(() => Addressee.Create((AddresseeLevel)9, "x"));
    }
}
