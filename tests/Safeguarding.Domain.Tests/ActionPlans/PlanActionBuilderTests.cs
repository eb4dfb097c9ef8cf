using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using NodaTime;
using Safeguarding.Domain.ActionPlans;

namespace Safeguarding.Domain.Tests.ActionPlans;

/// <summary>The C# door for an action (PlanActionBuilder) against the JSON door (ActionPlanDocument.Read): same actions, same issues.</summary>
public sealed class PlanActionBuilderTests
{
    private const string ActionPath = "$.actions[0]";

    // The reader's issues for one action, with the action's own path made relative ($.actions[0].owner becomes $.owner).
    private static IEnumerable<Issue> ReadAction(string action)
    {
        var read = ActionPlanDocument.Read(Encoding.UTF8.GetBytes("{ \"review\": \"X\", \"actions\": [ " + action + " ] }"));
        Assert.False(read.Success);
        return read.Errors.Select(e =>
        {
            Assert.StartsWith(ActionPath, e.Path, StringComparison.Ordinal);
            return new Issue(string.Concat("$", e.Path.AsSpan(ActionPath.Length)), e.Code, e.Severity, e.Message);
        });
    }

    [Fact]
    public void Build_NamedDates_LandWhereTheirNamesSay()
    {
        var action = new PlanActionBuilder
        {
            Id = "1.1", Recommendations = new[] { "R1" }, Owner = "police",
            CompletedOn = new LocalDate(2021, 3, 1), StartedOn = new LocalDate(2020, 9, 1), TargetDate = new LocalDate(2021, 6, 30),
        }.Build().Value;
        Assert.Equal((new LocalDate(2021, 6, 30), new LocalDate(2020, 9, 1), new LocalDate(2021, 3, 1)), (action.TargetDate, action.StartedOn, action.CompletedOn));
    }

    [Fact]
    public void Build_EveryProperty_MakesTheActionTheReaderMakes()
    {
        var built = new PlanActionBuilder
        {
            Id = "3.2", Recommendations = new[] { "R3", "R4" }, Description = "d", Owner = "health", Lead = "named nurse",
            TargetDate = new LocalDate(2020, 10, 31), SuccessMeasure = "m", StartedOn = new LocalDate(2020, 8, 1), CompletedOn = new LocalDate(2020, 10, 15),
            Evidence = new[] { new Evidence(EvidenceKind.Completion, new LocalDate(2020, 10, 15), "e") },
            Updates = new[] { new StatusUpdate(new LocalDate(2020, 12, 15), ReportedStatus.Green, "u") },
            DependsOn = new[] { "1.1" },
        }.Build();
        var read = ActionPlanDocument.Read(Encoding.UTF8.GetBytes("""
            { "review": "X", "actions": [ { "id": "3.2", "recommendations": [ "R3", "R4" ], "description": "d", "owner": "health",
              "lead": "named nurse", "targetDate": "2020-10-31", "successMeasure": "m", "startedOn": "2020-08-01", "completedOn": "2020-10-15",
              "evidence": [ { "kind": "completion", "date": "2020-10-15", "description": "e" } ],
              "updates": [ { "date": "2020-12-15", "reportedStatus": "green", "note": "u" } ], "dependsOn": [ "1.1" ] } ] }
            """));
        Assert.True(read.Success, read.ToString());
        Assert.Equal(read.Value.Actions[0], built.Value);
    }

    [Fact]
    public void Build_NothingSet_GivesTheReadersMissingProperties()
    {
        var built = new PlanActionBuilder().Build();
        Assert.False(built.Success);
        Assert.Equal(ReadAction("{ }"), built.Errors);
        Assert.Equal(new[] { "$.id missing-property", "$.owner missing-property" }, built.Errors.Select(e => e.Path + " " + e.Code));
    }

    [Fact]
    public void Build_BadTextsAndDates_GiveTheReadersIssuesInItsOrder()
    {
        string longId = new('x', 65);
        string longText = new('y', 20_001);
        var built = new PlanActionBuilder
        {
            Id = " ", Recommendations = new[] { "R1", longId }, Description = longText, Owner = longId, Lead = "",
            TargetDate = new LocalDate(1899, 12, 31), SuccessMeasure = "\t", StartedOn = new LocalDate(2200, 1, 1), CompletedOn = new LocalDate(2199, 12, 31),
            DependsOn = new[] { "1", " " },
        }.Build();
        var read = ReadAction(
            "{ \"id\": \" \", \"recommendations\": [ \"R1\", \"" + longId + "\" ], \"description\": \"" + longText + "\", \"owner\": \"" + longId
            + "\", \"lead\": \"\", \"targetDate\": \"1899-12-31\", \"successMeasure\": \"\\t\", \"startedOn\": \"2200-01-01\", \"completedOn\": \"2199-12-31\""
            + ", \"dependsOn\": [ \"1\", \" \" ] }");
        Assert.False(built.Success);
        Assert.Equal(read, built.Errors);
        Assert.Equal(9, built.Errors.Length);
    }

    [Fact]
    public void Build_NullId_InALIst_IsAWrongTypeAsInTheReader()
    {
        var built = new PlanActionBuilder { Id = "1", Owner = "police", DependsOn = new string[] { null! } }.Build();
        Assert.Equal(ReadAction("{ \"id\": \"1\", \"owner\": \"police\", \"dependsOn\": [ null ] }"), built.Errors);
    }

    [Fact]
    public void Build_NullEvidenceOrUpdate_IsAProgrammerError()
    {
        Assert.Throws<ArgumentNullException>(() => new PlanActionBuilder { Id = "1", Owner = "p", Evidence = new Evidence[] { null! } }.Build());
        Assert.Throws<ArgumentNullException>(() => new PlanActionBuilder { Id = "1", Owner = "p", Updates = new StatusUpdate[] { null! } }.Build());
    }
}
