using System.Text;
using NodaTime;
using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Rating;
using Safeguarding.Domain.Reporting;

namespace Safeguarding.Domain.Tests.ActionPlans;

/// <summary>The contract's own example document and output (CONTRACT.md, <c>safeguarding plan</c>).</summary>
public sealed class ContractExampleTests
{
    internal const string Example = """
        {
          "review": "Sam and Kyle",
          "reportingCycle": "P3M",
          "findings": [ { "id": "F1", "title": "..." } ],
          "recommendations": [ { "id": "R1", "findings": ["F1"], "text": "..." } ],
          "actions": [
            {
              "id": "1.1",
              "recommendations": ["R1"],
              "owner": "police",
              "targetDate": "2020-12-31",
              "startedOn": "2020-07-01",
              "completedOn": null,
              "evidence": [ { "kind": "output", "date": "2020-08-01", "description": "training date set" } ],
              "updates": [ { "date": "2020-09-30", "reportedStatus": "amber", "note": "..." } ]
            }
          ]
        }
        """;

    [Fact]
    public void Read_ContractExample_Succeeds()
    {
        var read = ActionPlanDocument.Read(Encoding.UTF8.GetBytes(Example));
        Assert.True(read.Success);
        var action = Assert.Single(read.Value.Actions);
        Assert.Equal("1.1", action.Id);
        Assert.Null(action.CompletedOn);
        Assert.Equal(Period.FromMonths(3), read.Value.ReportingCycle);
    }

    [Fact]
    public void Snapshot_ContractExample_MatchesTheContractsOutput()
    {
        var plan = ActionPlanDocument.Read(Encoding.UTF8.GetBytes(Example)).Value;
        var snapshot = PlanSnapshot.Take(plan, new LocalDate(2020, 11, 1));
        Assert.True(snapshot.IsValid);
        Assert.Empty(snapshot.Validation);
        var action = Assert.Single(snapshot.Actions);
        Assert.Equal("amber", action.Status);
        Assert.Equal(ReportedStatus.Amber, action.ReportedStatus);
        Assert.False(action.Overdue);
        Assert.False(action.UpdatePending);
        Assert.Equal(EscalationLevel.None, action.Escalation);
        Assert.Empty(action.Discrepancies);
        Assert.Equal("amber", Assert.Single(snapshot.Recommendations).Status);
        Assert.Equal("amber", Assert.Single(snapshot.Findings).Status);
        Assert.Equal("amber", snapshot.Status);
        Assert.Equal(1, snapshot.CountOf("amber"));
        Assert.Equal(0, snapshot.OverdueCount);
    }

    [Fact]
    public void Snapshot_ContractExample_AfterTheTargetDate_IsRedOverdueAndEscalated()
    {
        var plan = ActionPlanDocument.Read(Encoding.UTF8.GetBytes(Example)).Value;
        var action = PlanSnapshot.Take(plan, new LocalDate(2021, 1, 1)).Actions[0];
        Assert.Equal("red", action.Status);
        Assert.True(action.Overdue);
        Assert.True(action.UpdatePending);
        Assert.Equal(EscalationLevel.LeadOfficer, action.Escalation);
    }

    [Fact]
    public void Snapshot_ReportedGreenWithOnlyOutputEvidence_IsACompletedByOutputOnlyDiscrepancy()
    {
        var plan = ActionPlanDocument.Read(Encoding.UTF8.GetBytes(Example.Replace("\"amber\"", "\"green\""))).Value;
        var action = PlanSnapshot.Take(plan, new LocalDate(2020, 11, 1)).Actions[0];
        Assert.Equal("amber", action.Status);
        Assert.Equal("completed-by-output-only", Assert.Single(action.Discrepancies).Code);
    }
}
