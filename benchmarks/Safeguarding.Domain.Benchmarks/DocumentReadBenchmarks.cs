using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Criteria;
using Safeguarding.Domain.Internal;
using Safeguarding.Domain.Lifecycle;
using Safeguarding.Domain.Serialization;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Domain.Benchmarks;

/// <summary>
/// Strict reads of a review record (12 events, the whole lifecycle) and of an action plan (10 recommendations, 50 actions
/// with evidence and updates), each against one Utf8JsonReader pass over the same bytes, beside a plain JsonDocument
/// parse and the strict reader's DOM walk (every document before the forward pass; a broken one still).
/// </summary>
[MemoryDiagnoser]
public class DocumentReadBenchmarks
{
    private byte[] _document = Array.Empty<byte>();

    [Params("review-record", "action-plan")]
    public string Document { get; set; } = "review-record";

    [GlobalSetup]
    public void Setup()
    {
        _document = Encoding.UTF8.GetBytes(Document == "review-record" ? Record().ToJson() : ActionPlanDocument.Write(Plan()));
        if (!StrictRead() || !StrictReadDom())
        {
            throw new InvalidOperationException("The benchmark's document must be valid.");
        }
    }

    [Benchmark(Baseline = true, Description = "Utf8JsonReader pass")]
    public int ReaderPass() => JsonTokens.Count(_document);

    [Benchmark]
    public int JsonDocumentParse()
    {
        using var document = JsonDocument.Parse(_document);
        return document.RootElement.GetPropertyCount();
    }

    [Benchmark(Description = "Strict read, DOM walk (before)")]
    public bool StrictReadDom() => Document == "review-record"
        ? JsonInput.Read(_document, JsonReadLimits.Default, root => ReviewRecordJson.ReadRecord(root, TimescaleCatalogue.Default)).Success
        : JsonInput.Read(_document, JsonReadLimits.Default, ActionPlanDocument.ReadPlan).Success;

    [Benchmark(Description = "Strict read")]
    public bool StrictRead() => Document == "review-record" ? ReviewRecordJson.Read(_document).Success : ActionPlanDocument.Read(_document).Success;

    private static ReviewRecord Record() => new(DeterminationKind.LocalChildSafeguardingPracticeReview, Jurisdiction.England,
        new ReviewPolicy(Period.FromMonths(18), MembersInformedRule.ByPublication), ImmutableArray.Create(
            new ReviewEvent(ReviewEventType.IncidentKnown, new LocalDate(2022, 9, 14), incidentDate: new LocalDate(2022, 9, 12)),
            new ReviewEvent(ReviewEventType.Notified, new LocalDate(2022, 9, 21)),
            new ReviewEvent(ReviewEventType.RapidReviewCompleted, new LocalDate(2022, 10, 12)),
            new ReviewEvent(ReviewEventType.Decided, new LocalDate(2022, 10, 14), ReviewDecision.Initiate, reasons: "The criteria are met and learning is likely."),
            new ReviewEvent(ReviewEventType.Commissioned, new LocalDate(2022, 11, 1), reviewerIndependent: true, methodology: "systems",
                scopeStart: new LocalDate(2021, 1, 1), scopeEnd: new LocalDate(2022, 9, 14)),
            new ReviewEvent(ReviewEventType.ReportCompleted, new LocalDate(2023, 5, 2)),
            new ReviewEvent(ReviewEventType.SignedOff, new LocalDate(2023, 5, 22)),
            new ReviewEvent(ReviewEventType.Anonymised, new LocalDate(2023, 5, 30)),
            new ReviewEvent(ReviewEventType.SentToPanel, new LocalDate(2023, 6, 1)),
            new ReviewEvent(ReviewEventType.Published, new LocalDate(2023, 6, 8)),
            new ReviewEvent(ReviewEventType.MembersInformed, new LocalDate(2023, 6, 8)),
            new ReviewEvent(ReviewEventType.ActionPlanAgreed, new LocalDate(2023, 7, 3))));

    private static ActionPlan Plan()
    {
        var start = new LocalDate(2020, 1, 1);
        var findings = Enumerable.Range(1, 5).Select(i => new Finding("F" + i, "Finding " + i, "Practitioners did not share what they knew.", new[] { "information-sharing" })).ToList();
        var recs = Enumerable.Range(1, 10).Select(i => new Recommendation("R" + i, new[] { "F" + (((i - 1) % 5) + 1) }, "Partners should agree a shared approach.",
            new Addressee(AddresseeLevel.Local, "The safeguarding partnership"), start, start.PlusDays(30))).ToList();
        var actions = (from r in Enumerable.Range(1, 10)
                       from a in Enumerable.Range(1, 5)
                       select new PlanAction(
                           r + "." + a, new[] { "R" + r }, "Deliver multi-agency training on the new protocol.", "agency-" + (a % 4), "Head of service",
                           start.PlusDays(((r * 17) + (a * 31)) % 1500), "Audit shows the protocol in use.", start.PlusDays(a * 10), a % 3 == 0 ? start.PlusDays(300) : null,
                           new[] { new Evidence(EvidenceKind.Output, start.PlusDays(a * 20), "Training delivered"), new Evidence(EvidenceKind.Impact, start.PlusDays(400), "Audit") },
                           Enumerable.Range(0, 4).Select(q => new StatusUpdate(start.PlusMonths(q * 3), (ReportedStatus)(q % 5), "On track")).ToArray(),
                           Array.Empty<string>())).ToList();
        return new ActionPlan("Benchmark review", Period.FromMonths(3), start, null, findings, recs, actions);
    }
}
