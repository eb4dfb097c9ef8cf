using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Criteria;
using Safeguarding.Domain.Lifecycle;
using Safeguarding.Domain.Serialization;
using Safeguarding.Domain.Tests.Arbitraries;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Domain.Tests.Serialization;

/// <summary>
/// Lossless JSON through <see cref="SafeguardingJsonContext"/>: any valid document serialised by the context is the library's
/// own text, byte for byte, and reads back, through the context, to an equal value.
/// </summary>
[Properties(Arbitrary = new[] { typeof(CriteriaArbitraries), typeof(ActionPlanArbitraries) }, MaxTest = 200)]
public sealed class JsonContextProperties
{
    // The library writes JSON with the relaxed encoder (readable apostrophes and non-ASCII text); a context under the same
    // encoder writes the same bytes.
    private static readonly SafeguardingJsonContext Context = new(new JsonSerializerOptions(SafeguardingJsonContext.Default.Options)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    [Property]
    public void ActionPlan_ThroughTheContext_IsTheLibrarysTextAndReadsBackEqual(ActionPlan plan)
    {
        byte[] utf8 = JsonSerializer.SerializeToUtf8Bytes(plan, Context.ActionPlan);

        Assert.Equal(ActionPlanDocument.Write(plan), System.Text.Encoding.UTF8.GetString(utf8));
        Assert.Equal(plan, JsonSerializer.Deserialize(utf8, Context.ActionPlan));
    }

    [Property]
    public void CaseFacts_ThroughTheContext_IsTheLibrarysTextAndReadsBackEqual(CaseFacts facts, EnglandTransition transition, bool fromAwareness)
    {
        var options = new CriteriaOptions(transition, TimescaleCatalogue.Default)
            .WithRapidReviewClockStart(fromAwareness ? RapidReviewClockStart.IncidentAwareness : RapidReviewClockStart.NotificationSent);
        var document = new CaseFactsDocument(facts, options);

        string json = JsonSerializer.Serialize(document, Context.CaseFactsDocument);
        var read = JsonSerializer.Deserialize(json, Context.CaseFactsDocument)!;

        Assert.Equal(CaseFactsJson.Write(document), json);
        Assert.Equal(facts, read.Facts);
        Assert.Equal(options.EnglandTransition, read.Options.EnglandTransition);
        Assert.Equal(options.RapidReviewClockStart, read.Options.RapidReviewClockStart);
    }

    [Property(MaxTest = 150)]
    public Property ReviewRecord_ThroughTheContext_IsTheLibrarysTextAndReadsBackEqual() =>
        Prop.ForAll(LifecycleArbitraries.Walk, walk =>
        {
            var record = new ReviewRecord(walk.Start.Kind, walk.Start.Jurisdiction, walk.Start.Policy, walk.Events);
            string json = JsonSerializer.Serialize(record, Context.ReviewRecord);
            return json == record.ToJson() && record.Equals(JsonSerializer.Deserialize(json, Context.ReviewRecord));
        });
}
