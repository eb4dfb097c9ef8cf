using System.Linq;
using System.Text;
using Safeguarding.Domain.ActionPlans;

namespace Safeguarding.Domain.Tests.ActionPlans;

public sealed class ActionPlanDocumentTests
{
    private static string[] Errors(string json) =>
        ActionPlanDocument.Read(Encoding.UTF8.GetBytes(json)).Errors.Select(e => e.Path + " " + e.Code).ToArray();

    [Fact]
    public void Read_UnknownProperty_IsRejectedWithItsPath()
    {
        Assert.Contains("$.actions[0].targetdate unknown-property",
            Errors("""{ "review": "X", "actions": [ { "id": "1", "owner": "police", "targetdate": "2020-01-01" } ] }"""));
    }

    [Fact]
    public void Read_BadValues_AreAllReported()
    {
        var errors = Errors("""
            { "review": "X", "reportingCycle": "3 months",
              "actions": [ { "id": "1", "owner": "police", "targetDate": "2020-02-30",
                             "evidence": [ { "kind": "outcome", "date": "2020-01-01" } ],
                             "updates": [ { "date": "2020-01-01", "reportedStatus": "Green" } ] } ] }
            """);
        Assert.Contains("$.reportingCycle invalid-period", errors);
        Assert.Contains("$.actions[0].targetDate invalid-date", errors);
        Assert.Contains("$.actions[0].evidence[0].kind invalid-enum", errors);
        Assert.Contains("$.actions[0].updates[0].reportedStatus invalid-enum", errors);
    }

    [Fact]
    public void Read_MissingRequired_AndWrongTypes_AreReported()
    {
        var errors = Errors("""{ "findings": [ { "title": "t" } ], "recommendations": [ { "id": "R1", "findings": "F1" } ], "actions": [ 3 ] }""");
        Assert.Contains("$.review missing-property", errors);
        Assert.Contains("$.findings[0].id missing-property", errors);
        Assert.Contains("$.recommendations[0].findings wrong-type", errors);
        Assert.Contains("$.actions[0] wrong-type", errors);
    }

    [Fact]
    public void Read_ErrorMessages_NeverRepeatTheInput()
    {
        var read = ActionPlanDocument.Read(Encoding.UTF8.GetBytes("""{ "review": "X", "actions": [ { "id": "1", "owner": "police", "updates": [ { "date": "2020-01-01", "reportedStatus": "secret-words" } ] } ] }"""));
        Assert.All(read.Errors, e => Assert.DoesNotContain("secret-words", e.Message, System.StringComparison.Ordinal));
    }

    [Fact]
    public void Read_DanglingReferences_StillRead_ValidationReportsThem()
    {
        var read = ActionPlanDocument.Read(Encoding.UTF8.GetBytes("""{ "review": "X", "actions": [ { "id": "1", "owner": "police", "recommendations": ["R1"] } ] }"""));
        Assert.True(read.Success);
        Assert.Equal("unknown-recommendation", Assert.Single(PlanValidation.Validate(read.Value)).Code);
    }

    [Fact]
    public void Write_ThenRead_GivesTheSamePlan_WithWeeksStoredAsDays()
    {
        var plan = new ActionPlan("X", NodaTime.Period.FromWeeks(6), null, null, new[] { new Finding("F1", null, "none needed") },
            System.Array.Empty<Recommendation>(), System.Array.Empty<PlanAction>());
        string json = ActionPlanDocument.Write(plan);
        Assert.Contains("\"reportingCycle\": \"P42D\"", json);
        Assert.Equal(plan, ActionPlanDocument.Read(Encoding.UTF8.GetBytes(json)).Value);
    }
}
