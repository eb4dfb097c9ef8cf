using System;
using System.Linq;
using System.Text;
using NodaTime;
using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Serialization;
using Safeguarding.Domain.Tests.Support;

namespace Safeguarding.Domain.Tests.ActionPlans;

/// <summary>
/// The action-plan document exactly: the written text of a plan with every property, what each property
/// reads as, and the complete, ordered list of errors for documents with one fault in each place the reader
/// looks (the hostile corpus in the CLI tests covers the faults of whole documents).
/// </summary>
public sealed class ActionPlanDocumentExactTests
{
    private static Result<ActionPlan> Read(string json) => ActionPlanDocument.Read(Encoding.UTF8.GetBytes(json));

    private static string[] Errors(string json) => Read(json).Errors.Select(e => e.Path + " " + e.Code).ToArray();

    /// <summary>Every property of the document with a value, and an action with nothing optional.</summary>
    private static ActionPlan Full() => new(
        "Kit & \"Lu\"",
        Period.FromWeeks(2),
        new LocalDate(2020, 8, 1),
        new LocalDate(2021, 12, 31),
        new[] { new Finding("F1", "thresholds misread", null), new Finding("F2", null, "answered by the neglect strategy") },
        new[] { new Recommendation("R1", new[] { "F1", "F2" }, "Review thresholds"), new Recommendation("R2", Array.Empty<string>(), null) },
        new[]
        {
            new PlanAction("1.1", new[] { "R1", "R2" }, "police", "inspector", new LocalDate(2020, 12, 31), "audit shows use",
                new LocalDate(2020, 8, 2), new LocalDate(2020, 11, 30),
                new[]
                {
                    new Evidence(EvidenceKind.Output, new LocalDate(2020, 9, 1), "briefing"),
                    new Evidence(EvidenceKind.Completion, new LocalDate(2020, 11, 30), null),
                    new Evidence(EvidenceKind.Impact, new LocalDate(2021, 3, 1), "audit"),
                },
                new[]
                {
                    new StatusUpdate(new LocalDate(2020, 9, 30), ReportedStatus.Amber, "on track"),
                    new StatusUpdate(new LocalDate(2020, 12, 31), ReportedStatus.UpdatePending, null),
                },
                new[] { "0.1", "0.2" }),
            new PlanAction("0.1", new[] { "R1" }, "health", null, null, null, null, null, Array.Empty<Evidence>(), Array.Empty<StatusUpdate>(), Array.Empty<string>()),
        });

    [Fact]
    public void Write_APlanWithEveryProperty_MatchesTheReviewedSnapshot() =>
        Snapshot.Matches("action-plan-document-full", ActionPlanDocument.Write(Full()));

    [Fact]
    public void Write_NullPlan_Throws() =>
        Assert.Equal("plan", Assert.Throws<ArgumentNullException>(() => ActionPlanDocument.Write(null!)).ParamName);

    [Fact]
    public void Read_WhatWriteWrote_IsTheSamePlan()
    {
        var read = Read(ActionPlanDocument.Write(Full()));
        Assert.True(read.Success);
        Assert.Empty(read.Errors);
        Assert.Equal(Full(), read.Value);
    }

    [Fact]
    public void Read_EveryProperty_GoesToItsPlaceInThePlan()
    {
        var read = Read("""
            { "review": "Kit & \"Lu\"", "reportingCycle": "P2W", "agreedOn": "2020-08-01", "horizon": "2021-12-31",
              "findings": [ { "id": "F1", "title": "thresholds misread" }, { "id": "F2", "rationale": "answered by the neglect strategy" } ],
              "recommendations": [ { "id": "R1", "findings": [ "F1", "F2" ], "text": "Review thresholds" }, { "id": "R2" } ],
              "actions": [
                { "id": "1.1", "recommendations": [ "R1", "R2" ], "owner": "police", "lead": "inspector", "targetDate": "2020-12-31",
                  "successMeasure": "audit shows use", "startedOn": "2020-08-02", "completedOn": "2020-11-30",
                  "evidence": [ { "kind": "output", "date": "2020-09-01", "description": "briefing" },
                                { "date": "2020-11-30", "kind": "completion" },
                                { "kind": "impact", "date": "2021-03-01", "description": "audit" } ],
                  "updates": [ { "date": "2020-09-30", "reportedStatus": "amber", "note": "on track" },
                               { "reportedStatus": "update-pending", "date": "2020-12-31" } ],
                  "dependsOn": [ "0.1", "0.2" ] },
                { "owner": "health", "id": "0.1", "recommendations": [ "R1" ], "lead": null, "targetDate": null, "startedOn": null, "completedOn": null }
              ] }
            """);
        Assert.Empty(read.Errors);
        Assert.Equal(Full(), read.Value);
    }

    [Fact]
    public void Read_OnlyTheReview_TakesTheDefaults()
    {
        var plan = Read("""{ "review": "Kit", "agreedOn": null, "horizon": null }""").Value;
        Assert.Equal(new ActionPlan("Kit", Period.FromMonths(3), null, null, Array.Empty<Finding>(), Array.Empty<Recommendation>(), Array.Empty<PlanAction>()), plan);
    }

    [Fact]
    public void Read_AFaultInEachPlace_ReportsEveryErrorInReadingOrder()
    {
        var read = Read("""
            { "review": "X", "reportingCycle": "P1M", "agreedOn": "2020-13-01", "horizon": "1899-12-31",
              "findings": [ { "title": "t" }, { "id": "F2", "title": " ", "rationale": 3, "extra": 1 } ],
              "recommendations": [ { "findings": [ "F1" ] }, { "id": "R2", "findings": [ "F1", "" ], "text": "" }, { "id": "R3", "x": 1 } ],
              "actions": [
                { "owner": "police" },
                { "id": "2" },
                { "id": "3", "owner": "police", "recommendations": [ 1 ] },
                { "id": "4", "owner": "police", "evidence": [ { "date": "2020-01-01" } ] },
                { "id": "5", "owner": "police", "evidence": [ { "kind": "output" } ] },
                { "id": "6", "owner": "police", "updates": [ { "reportedStatus": "red" } ] },
                { "id": "7", "owner": "police", "updates": [ { "date": "2020-01-01" } ] },
                { "id": "8", "owner": "police", "dependsOn": [ "" ] },
                { "id": "9", "owner": "police", "lead": "", "successMeasure": 1, "startedOn": "x", "completedOn": "2020-02-30", "targetDate": null,
                  "evidence": [ { "kind": "impact", "date": "2020-01-01", "description": "", "y": 1 } ],
                  "updates": [ { "date": "2020-01-01", "reportedStatus": "blue", "note": " ", "z": 2 } ] }
              ],
              "unknown": true }
            """);
        Assert.False(read.Success);
        Assert.Equal(
            new[]
            {
                "$.agreedOn invalid-date",
                "$.horizon date-out-of-range",
                "$.findings[0].id missing-property",
                "$.findings[1].title empty-string",
                "$.findings[1].rationale wrong-type",
                "$.findings[1].extra unknown-property",
                "$.recommendations[0].id missing-property",
                "$.recommendations[1].findings[1] empty-string",
                "$.recommendations[1].text empty-string",
                "$.recommendations[2].x unknown-property",
                "$.actions[0].id missing-property",
                "$.actions[1].owner missing-property",
                "$.actions[2].recommendations[0] wrong-type",
                "$.actions[3].evidence[0].kind missing-property",
                "$.actions[4].evidence[0].date missing-property",
                "$.actions[5].updates[0].date missing-property",
                "$.actions[6].updates[0].reportedStatus missing-property",
                "$.actions[7].dependsOn[0] empty-string",
                "$.actions[8].lead empty-string",
                "$.actions[8].successMeasure wrong-type",
                "$.actions[8].startedOn invalid-date",
                "$.actions[8].completedOn invalid-date",
                "$.actions[8].evidence[0].description empty-string",
                "$.actions[8].evidence[0].y unknown-property",
                "$.actions[8].updates[0].note empty-string",
                "$.actions[8].updates[0].z unknown-property",
                "$.unknown unknown-property",
            },
            read.Errors.Select(e => e.Path + " " + e.Code));
    }

    [Fact]
    public void Read_OneFaultyItemAmongGoodOnes_FailsWithThatErrorOnly()
    {
        Assert.Equal(new[] { "$.findings[1].id empty-string" }, Errors("""{ "review": "X", "findings": [ { "id": "F1" }, { "id": "" }, { "id": "F3" } ] }"""));
        Assert.Equal(new[] { "$.recommendations[0].findings[2] wrong-type" }, Errors("""{ "review": "X", "recommendations": [ { "id": "R1", "findings": [ "F1", "F2", null ] } ] }"""));
        Assert.Equal(new[] { "$.actions[0].updates[1] wrong-type" },
            Errors("""{ "review": "X", "actions": [ { "id": "1", "owner": "p", "updates": [ { "date": "2020-01-01", "reportedStatus": "red" }, [] ] } ] }"""));
    }

    [Fact]
    public void Read_NullLimits_Throws() =>
        Assert.Equal("limits", Assert.Throws<ArgumentNullException>(() => ActionPlanDocument.Read(Encoding.UTF8.GetBytes("{}"), null!)).ParamName);

    [Fact]
    public void Read_LooserTextLimit_StillRefusesTextsTheModelCannotHold_AndKeepsTheOtherLimits()
    {
        var looser = new JsonReadLimits(1_000_000, 32, 50_000, 2);
        string Title(int length) => "{ \"review\": \"X\", \"findings\": [ { \"id\": \"F1\", \"title\": \"" + new string('t', length) + "\" } ] }";
        var refused = ActionPlanDocument.Read(Encoding.UTF8.GetBytes(Title(20_001)), looser);
        var error = Assert.Single(refused.Errors);
        Assert.Equal(("$.findings[0].title", "string-too-long", "The text is 20001 characters; the limit is 20000."), (error.Path, error.Code, error.Message));
        Assert.True(ActionPlanDocument.Read(Encoding.UTF8.GetBytes(Title(20_000)), looser).Success);

        Assert.Equal("too-many-items", Assert.Single(ActionPlanDocument.Read(
            Encoding.UTF8.GetBytes("""{ "review": "X", "findings": [ { "id": "F1" }, { "id": "F2" }, { "id": "F3" } ] }"""), looser).Errors).Code);
        Assert.Equal("too-large", Assert.Single(ActionPlanDocument.Read(
            Encoding.UTF8.GetBytes(Title(10)), new JsonReadLimits(20, 32, 50_000, 10)).Errors).Code);
    }

    [Fact]
    public void Read_StricterTextLimit_IsKept()
    {
        var stricter = new JsonReadLimits(1_000_000, 32, 5, 100);
        var error = Assert.Single(ActionPlanDocument.Read(Encoding.UTF8.GetBytes("""{ "review": "Kit and Lu" }"""), stricter).Errors);
        Assert.Equal(("$.review", "string-too-long", "The text is 10 characters; the limit is 5."), (error.Path, error.Code, error.Message));
    }
}
