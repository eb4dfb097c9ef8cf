using Safeguarding.Domain.Timescales;
using System.Linq;
using System.Text;
using Safeguarding.Domain.Criteria;

namespace Safeguarding.Domain.Tests.Criteria;

public sealed class CaseFactsJsonTests
{
    private static Safeguarding.Domain.Result<CaseFactsDocument> Read(string json) => CaseFactsJson.Read(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Read_ContractExample_ReadsEveryFact()
    {
        var read = Read("""{ "jurisdiction": "england", "subject": "child", "decisionDate": "2013-05-01", "abuseOrNeglect": "suspected", "harm": "seriously-harmed", "concernAboutJointWorking": "yes" }""");
        Assert.True(read.Success);
        var facts = read.Value.Facts;
        Assert.Equal(AbuseOrNeglect.Suspected, facts.AbuseOrNeglect);
        Assert.Equal(Harm.SeriouslyHarmed, facts.Harm);
        Assert.Equal(TriState.Yes, facts.ConcernAboutJointWorking);
        Assert.Equal(TriState.Unknown, facts.DiedInCustody);
        Assert.Same(CriteriaOptions.Default.GetType(), read.Value.Options.GetType());
        Assert.Equal(EnglandTransition.SafeguardingPartners, read.Value.Options.EnglandTransition);
    }

    [Fact]
    public void Read_UnknownValue_IsTheSameAsAbsent()
    {
        var a = Read("""{ "jurisdiction": "wales", "subject": "adult", "decisionDate": "2017-01-01", "harm": "unknown", "neglectOnly": "unknown" }""").Value.Facts;
        var b = Read("""{ "jurisdiction": "wales", "subject": "adult", "decisionDate": "2017-01-01" }""").Value.Facts;
        Assert.Equal(a, b);
    }

    [Fact]
    public void Read_EveryProblem_IsReportedWithItsPathAndCode()
    {
        var read = Read("""{ "jurisdiction": "mars", "decisionDate": "2013-02-30", "harm": 3, "ageAtDeath": 200, "harmm": "died", "awareOn": "1999-12-31", "englandTransition": "later" }""");
        Assert.False(read.Success);
        var errors = read.Errors.Select(e => e.Path + " " + e.Code).ToList();
        Assert.Contains("$.jurisdiction invalid-enum", errors);
        Assert.Contains("$.subject missing-property", errors);
        Assert.Contains("$.decisionDate invalid-date", errors);
        Assert.Contains("$.harm wrong-type", errors);
        Assert.Contains("$.ageAtDeath number-out-of-range", errors);
        Assert.Contains("$.harmm unknown-property", errors);
        Assert.Contains("$.awareOn date-out-of-range", errors);
        Assert.Contains("$.englandTransition invalid-enum", errors);
        Assert.DoesNotContain(read.Errors, e => e.Message.Contains("mars") || e.Message.Contains("harmm") || e.Message.Contains("later"));
    }

    [Fact]
    public void Read_AdultAgedUnder18_IsInconsistent()
    {
        var read = Read("""{ "jurisdiction": "england", "subject": "adult", "decisionDate": "2020-01-01", "ageAtDeath": 12 }""");
        Assert.Equal("$.ageAtDeath inconsistent-facts", read.Errors.Select(e => e.Path + " " + e.Code).Single());
    }

    [Fact]
    public void Read_Options_AreReadFromTheDocument()
    {
        var read = Read("""{ "jurisdiction": "england", "subject": "child", "decisionDate": "2019-01-01", "englandTransition": "local-safeguarding-children-board", "rapidReviewClockStart": "notification-sent" }""");
        Assert.Equal(EnglandTransition.LocalSafeguardingChildrenBoard, read.Value.Options.EnglandTransition);
        Assert.Equal(RapidReviewClockStart.NotificationSent, read.Value.Options.RapidReviewClockStart);
    }

    [Fact]
    public void ToJson_ContractExample_HasTheContractShape()
    {
        var facts = Read("""{ "jurisdiction": "england", "subject": "child", "decisionDate": "2013-05-01", "abuseOrNeglect": "suspected", "harm": "seriously-harmed", "concernAboutJointWorking": "yes" }""").Value.Facts;
        using var document = System.Text.Json.JsonDocument.Parse(EvaluationJson.ToJson(CriteriaEvaluator.Evaluate(facts).Value));
        var root = document.RootElement;
        Assert.Equal("england-lscb-2006", root.GetProperty("regime").GetString());
        var scr = root.GetProperty("determinations").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == "serious-case-review");
        Assert.Equal("required", scr.GetProperty("outcome").GetString());
        Assert.Equal(0, scr.GetProperty("missingFacts").GetArrayLength());
        var reason = scr.GetProperty("reasons")[0];
        Assert.Equal("met", reason.GetProperty("result").GetString());
        Assert.Equal("SI 2006/90 reg 5(2)", reason.GetProperty("citation").GetString());
        Assert.True(reason.GetProperty("reasons").GetArrayLength() > 0);
    }
}
