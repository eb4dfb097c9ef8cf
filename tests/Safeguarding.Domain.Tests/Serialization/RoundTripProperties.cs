using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Criteria;
using Safeguarding.Domain.Lifecycle;
using Safeguarding.Domain.Rating;
using Safeguarding.Domain.Reporting;
using Safeguarding.Domain.Serialization;
using Safeguarding.Domain.Tests.Arbitraries;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Domain.Tests.Serialization;

/// <summary>
/// Lossless JSON: every valid input document written and read back is equal, and every output document of a generated
/// input is JSON that parses and carries the contract's property names. The action plan and review record round trips
/// live beside their models (ActionPlanProperties, ReviewLifecycleProperties); the case facts one is here.
/// </summary>
[Properties(Arbitrary = new[] { typeof(CriteriaArbitraries), typeof(ActionPlanArbitraries) }, MaxTest = 300)]
public sealed class RoundTripProperties
{
    [Property]
    public void CaseFacts_WriteThenRead_KeepsEveryFactUnknownsAndOptions(CaseFacts facts, EnglandTransition transition, bool fromAwareness)
    {
        var options = new CriteriaOptions(transition, TimescaleCatalogue.Default)
            .WithRapidReviewClockStart(fromAwareness ? RapidReviewClockStart.IncidentAwareness : RapidReviewClockStart.NotificationSent);
        string json = CaseFactsJson.Write(new CaseFactsDocument(facts, options));

        var read = CaseFactsJson.Read(Encoding.UTF8.GetBytes(json));

        Assert.True(read.Success, string.Join("; ", read.Errors));
        Assert.Equal(facts, read.Value.Facts);
        Assert.Equal(transition, read.Value.Options.EnglandTransition);
        Assert.Equal(options.RapidReviewClockStart, read.Value.Options.RapidReviewClockStart);
        foreach (var fact in Enum.GetValues<FactName>())
        {
            Assert.Equal(facts.IsKnown(fact), read.Value.Facts.IsKnown(fact));
        }

        Assert.Equal(json, CaseFactsJson.Write(read.Value));
    }

    [Fact]
    public void CaseFacts_Write_GivesTheContractsNames_AndUnknownAsUnknown()
    {
        var facts = new CaseFacts(Jurisdiction.NorthernIreland, Subject.Child, new LocalDate(2013, 5, 1), harm: Harm.Died, ageAtDeath: 4);
        using var document = JsonDocument.Parse(CaseFactsJson.Write(new CaseFactsDocument(facts, CriteriaOptions.Default)));
        var root = document.RootElement;
        Assert.Equal("northern-ireland", root.GetProperty("jurisdiction").GetString());
        Assert.Equal("child", root.GetProperty("subject").GetString());
        Assert.Equal("2013-05-01", root.GetProperty("decisionDate").GetString());
        Assert.Equal("died", root.GetProperty("harm").GetString());
        Assert.Equal(4, root.GetProperty("ageAtDeath").GetInt32());
        Assert.Equal("unknown", root.GetProperty("abuseOrNeglect").GetString());
        Assert.Equal("unknown", root.GetProperty("concernAboutJointWorking").GetString());
        Assert.Equal("safeguarding-partners", root.GetProperty("englandTransition").GetString());
        Assert.Equal("notification-sent", root.GetProperty("rapidReviewClockStart").GetString());
        Assert.False(root.TryGetProperty("awareOn", out _));
    }

    [Property]
    public void EvaluateOutput_OfAnyWrittenCaseFacts_IsJsonWithTheContractsNames(CaseFacts facts)
    {
        var read = CaseFactsJson.Read(Encoding.UTF8.GetBytes(CaseFactsJson.Write(new CaseFactsDocument(facts, CriteriaOptions.Default))));
        var evaluated = CriteriaEvaluator.Evaluate(read.Value.Facts, read.Value.Options);
        if (!evaluated.Success)
        {
            Assert.All(evaluated.Errors, e => Assert.StartsWith("$", e.Path, StringComparison.Ordinal));
            return;
        }

        using var document = JsonDocument.Parse(EvaluationJson.ToJson(evaluated.Value));
        var root = document.RootElement;
        Assert.Equal(evaluated.Value.Regime.Id.Value, root.GetProperty("regime").GetString());
        Assert.Equal(facts.DecisionDate.ToString("uuuu-MM-dd", null), root.GetProperty("decisionDate").GetString());
        Assert.NotEqual(0, root.GetProperty("determinations").GetArrayLength());
        foreach (var determination in root.GetProperty("determinations").EnumerateArray())
        {
            Assert.Equal(JsonValueKind.String, determination.GetProperty("kind").ValueKind);
            Assert.Contains(determination.GetProperty("outcome").GetString(), new[] { "required", "discretionary", "not-required", "undetermined" });
            Assert.Equal(JsonValueKind.Array, determination.GetProperty("missingFacts").ValueKind);
            Assert.Equal(JsonValueKind.Array, determination.GetProperty("reasons").ValueKind);
        }
    }

    [Property(MaxTest = 150)]
    public void PlanReportJson_OfAnyWrittenPlan_IsJsonWithTheContractsNames(ActionPlan plan, int days)
    {
        var read = ActionPlanDocument.Read(Encoding.UTF8.GetBytes(ActionPlanDocument.Write(plan)));
        var asOf = ActionPlanArbitraries.Epoch.PlusDays(Math.Abs(days % 2000));
        using var document = JsonDocument.Parse(ScrutinyReport.Create(read.Value, asOf, null).ToJson());
        var root = document.RootElement;
        Assert.Equal(plan.Review, root.GetProperty("review").GetString());
        Assert.Equal(asOf.ToString("uuuu-MM-dd", null), root.GetProperty("asOf").GetString());
        Assert.Equal(PlanValidation.IsValid(PlanValidation.Validate(plan)), root.GetProperty("valid").GetBoolean());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("validation").ValueKind);
        var actions = root.GetProperty("actions").EnumerateArray().ToList();
        Assert.Equal(plan.Actions.Select(a => a.Id), actions.Select(a => a.GetProperty("id").GetString()));
        foreach (var action in actions)
        {
            foreach (var name in new[] { "owner", "status", "reportedStatus", "overdue", "updatePending", "escalation" })
            {
                Assert.True(action.TryGetProperty(name, out _), name);
            }
        }
    }

    [Property(MaxTest = 150)]
    public Property ReviewReportJson_OfAnyWrittenRecord_IsJsonWithTheContractsNames() =>
        Prop.ForAll(LifecycleArbitraries.Walk, walk =>
        {
            var record = new ReviewRecord(walk.Start.Kind, walk.Start.Jurisdiction, walk.Start.Policy, walk.Events);
            var read = ReviewRecordJson.Read(Encoding.UTF8.GetBytes(record.ToJson()));
            var asOf = (walk.Events.IsEmpty ? new LocalDate(2021, 1, 12) : walk.Events.Max(e => e.Date)).PlusDays(10);
            using var document = JsonDocument.Parse(ReviewReport.Create(read.Value, asOf, TimescaleCatalogue.Default).ToJson());
            var root = document.RootElement;
            return root.GetProperty("kind").GetString() == LifecycleNames.Name(record.Kind)
                && root.GetProperty("jurisdiction").ValueKind == JsonValueKind.String
                && root.GetProperty("asOf").GetString() == asOf.ToString("uuuu-MM-dd", null)
                && root.GetProperty("state").ValueKind == JsonValueKind.String
                && root.GetProperty("valid").ValueKind is JsonValueKind.True or JsonValueKind.False;
        });

    private static readonly string[] StatusPool = { "red", "amber", "green", "blue", "off-track", "at-risk", "on-track", "complete", "embedded", "x" };

    private static Gen<EscalationThreshold> ThresholdGen =>
        from days in Gen.Frequency((1, Gen.Constant<int?>(null)), (3, Gen.Choose(1, 100_000).Select(d => (int?)d)))
        from silent in Gen.Frequency((1, Gen.Constant<int?>(null)), (3, Gen.Choose(1, 1_000).Select(d => (int?)d)))
        from red in Gen.Frequency((1, Gen.Constant<int?>(null)), (3, Gen.Choose(1, 1_000).Select(d => (int?)d)))
        select new EscalationThreshold(days, silent, red);

    private static Gen<LocalPolicy> PolicyGen =>
        from count in Gen.Choose(1, StatusPool.Length)
        from statuses in Gen.Shuffle(StatusPool).Select(all => all.Take(count).ToArray())
        from stages in Gen.ArrayOf(Gen.Choose(0, count - 1), 5).Select(s => s.OrderBy(i => i).ToArray())
        from rollUp in Gen.Elements(RollUpMethod.WorstOf, RollUpMethod.LowerMedian, RollUpMethod.MostCommon)
        from name in Gen.Elements("council", "lscp-north", "S")
        from lead in ThresholdGen
        from subgroup in ThresholdGen
        from board in ThresholdGen
        select new LocalPolicy(
            new RatingScheme(name, statuses, statuses[stages[1]], statuses[stages[2]], statuses[stages[0]], statuses[stages[3]], statuses[stages[4]], rollUp),
            new EscalationPolicy(lead, subgroup, board));

    [Property(MaxTest = 300)]
    public Property LocalPolicy_WriteThenRead_GivesAnEqualSchemeAndEscalation() =>
        Prop.ForAll(Arb.From(PolicyGen), policy =>
        {
            string json = policy.ToJson();
            var read = LocalPolicyJson.Read(Encoding.UTF8.GetBytes(json));
            Assert.True(read.Success, string.Join("; ", read.Errors));
            Assert.Equal(policy.Scheme, read.Value.Scheme);
            Assert.Equal(string.Join(",", policy.Scheme.Statuses), string.Join(",", read.Value.Scheme.Statuses));
            Assert.Equal(policy.Escalation, read.Value.Escalation);
            Assert.Equal(json, read.Value.ToJson());
        });

    [Fact]
    public void LocalPolicy_Default_WritesTheContractsNames()
    {
        using var document = JsonDocument.Parse(LocalPolicy.Default.ToJson());
        var scheme = document.RootElement.GetProperty("scheme");
        Assert.Equal("blue-red-amber-green", scheme.GetProperty("name").GetString());
        Assert.Equal("worst-of", scheme.GetProperty("rollUp").GetString());
        Assert.Equal(30, document.RootElement.GetProperty("escalation").GetProperty("subgroup").GetProperty("daysOverdue").GetInt32());
    }

    [Fact]
    public void PlanReader_UnderLooserTextLimits_ReportsTooLongTextsInsteadOfThrowing()
    {
        var loose = new JsonReadLimits(JsonReadLimits.Default.MaxDocumentBytes, 32, 100_000, 1_000);
        string review = new string('r', JsonReadLimits.Default.MaxTextLength + 1);
        var read = ActionPlanDocument.Read(Encoding.UTF8.GetBytes("{ \"review\": \"" + review + "\" }"), loose);
        Assert.False(read.Success);
        Assert.Equal(("$.review", "string-too-long"), (read.Errors.Single().Path, read.Errors.Single().Code));
    }
}
