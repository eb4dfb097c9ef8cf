using System.Linq;
using System.Text;
using System.Text.Json;
using NodaTime;
using Safeguarding.Domain.Lifecycle;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Domain.Tests.Lifecycle;

public sealed class ReviewRecordTests
{
    /// <summary>The contract's own example review record.</summary>
    public const string ContractExample = """
        {
          "kind": "serious-case-review",
          "jurisdiction": "england",
          "localPolicy": { "publicationPeriod": "P18M" },
          "events": [
            { "type": "incident-known", "date": "2013-01-07" },
            { "type": "notified", "date": "2013-01-10" },
            { "type": "decided", "date": "2013-03-20", "decision": "initiate" },
            { "type": "commissioned", "date": "2013-05-01" },
            { "type": "report-completed", "date": "2014-05-30" },
            { "type": "signed-off", "date": "2014-09-15" },
            { "type": "anonymised", "date": "2014-11-01" },
            { "type": "published", "date": "2014-12-15" }
          ]
        }
        """;

    private static Safeguarding.Domain.Result<ReviewRecord> Read(string json) => ReviewRecordJson.Read(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Read_ContractExample_GivesTheContractsOutput()
    {
        var read = Read(ContractExample);
        Assert.True(read.Success);
        var report = ReviewReport.Create(read.Value, new LocalDate(2015, 1, 1), TimescaleCatalogue.Default);
        using var json = JsonDocument.Parse(report.ToJson());
        var root = json.RootElement;
        Assert.Equal("published", root.GetProperty("state").GetString());
        Assert.True(root.GetProperty("valid").GetBoolean());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("rejected").ValueKind);
        var decision = root.GetProperty("clocks").EnumerateArray().Single(c => c.GetProperty("clock").GetString() == "decision");
        Assert.Equal("2013-01-10", decision.GetProperty("start").GetString());
        Assert.Equal("2013-02-10", decision.GetProperty("due").GetString());
        Assert.Equal("2013-03-20", decision.GetProperty("done").GetString());
        Assert.Equal("late", decision.GetProperty("status").GetString());
        Assert.Equal(38, decision.GetProperty("daysLate").GetInt32());
        Assert.Equal(28, decision.GetProperty("workingDaysLate").GetInt32());
        Assert.Equal("2014-12-15", root.GetProperty("publicationWindow").GetProperty("start").GetString());
        Assert.Equal("2016-06-15", root.GetProperty("publicationWindow").GetProperty("end").GetString());
    }

    [Fact]
    public void Read_PeriodBelowTheMinimum_IsRefusedWithItsCode()
    {
        var read = Read(ContractExample.Replace("P18M", "P6M"));
        var error = Assert.Single(read.Errors);
        Assert.Equal(("$.localPolicy.publicationPeriod", "publication-period-below-minimum"), (error.Path, error.Code));
    }

    [Fact]
    public void Read_EveryErrorWithItsPath()
    {
        var read = Read("""
            {
              "kind": "serious-case-reveiw",
              "jurisdiction": "england",
              "events": [
                { "type": "published", "date": "2014-13-01", "openActions": 2 },
                { "type": "decided", "date": "2014-01-01" },
                { "type": "signed-off", "date": "2014-01-02", "reasons": "secret words" },
                { "type": "commissioned", "date": "2014-02-01", "scopeStart": "2014-01-01", "scopeEnd": "2013-01-01", "reviewer": "x" }
              ],
              "extra": 1
            }
            """);
        Assert.False(read.Success);
        var found = read.Errors.Select(e => (e.Path, e.Code)).ToList();
        Assert.Contains(("$.kind", "invalid-enum"), found);
        Assert.Contains(("$.events[0].date", "invalid-date"), found);
        Assert.Contains(("$.events[0].openActions", "property-not-allowed"), found);
        Assert.Contains(("$.events[1].decision", "missing-property"), found);
        Assert.Contains(("$.events[3].reviewer", "unknown-property"), found);
        Assert.Contains(("$.events[3].scopeEnd", "invalid-scope"), found);
        Assert.Contains(("$.extra", "unknown-property"), found);
        Assert.Contains(("$.events[2].reasons", "property-not-allowed"), found);
        Assert.All(read.Errors, e => Assert.DoesNotContain("secret", e.Message, System.StringComparison.Ordinal));
        Assert.All(read.Errors, e => Assert.DoesNotContain("reveiw", e.Message, System.StringComparison.Ordinal));
    }

    [Fact]
    public void Read_KindOutsideItsJurisdiction_IsRefused()
    {
        var error = Assert.Single(Read(ContractExample.Replace("\"england\"", "\"scotland\"")).Errors);
        Assert.Equal(("$.jurisdiction", "kind-not-in-jurisdiction"), (error.Path, error.Code));
    }

    [Fact]
    public void Read_MembersRule_BecomesTheMembersClock()
    {
        var json = ContractExample.Replace("\"P18M\" }", "\"P18M\", \"membersInformed\": { \"startsOn\": \"published\", \"days\": 0 } }")
            .Replace("{ \"type\": \"published\", \"date\": \"2014-12-15\" }", "{ \"type\": \"published\", \"date\": \"2014-12-15\" }, { \"type\": \"members-informed\", \"date\": \"2015-02-10\" }");
        var read = Read(json);
        Assert.True(read.Success, string.Join("; ", read.Errors));
        var members = ReviewReport.Create(read.Value, new LocalDate(2015, 3, 1), TimescaleCatalogue.Default).Clocks.Single(c => c.Id == "members-informed");
        Assert.Equal((ClockStatus.Late, 57), (members.Status, members.DaysLate));
    }

    [Fact]
    public void Report_RejectedEvent_NamesIndexTypeAndEveryUnmetGuard()
    {
        var json = ContractExample.Replace("{ \"type\": \"anonymised\", \"date\": \"2014-11-01\" },", string.Empty)
            .Replace("{ \"type\": \"signed-off\", \"date\": \"2014-09-15\" },", string.Empty);
        var report = ReviewReport.Create(Read(json).Value, new LocalDate(2015, 1, 1), TimescaleCatalogue.Default);
        using var doc = JsonDocument.Parse(report.ToJson());
        var rejected = doc.RootElement.GetProperty("rejected");
        Assert.Equal(5, rejected.GetProperty("index").GetInt32());
        Assert.Equal("published", rejected.GetProperty("type").GetString());
        Assert.Equal(new[] { "signed-off-before-publication", "anonymised-before-publication" },
            rejected.GetProperty("unmetGuards").EnumerateArray().Select(g => g.GetProperty("guard").GetString()));
        Assert.Equal("report-completed", doc.RootElement.GetProperty("state").GetString());
        Assert.False(doc.RootElement.GetProperty("valid").GetBoolean());
    }
}
