using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Safeguarding.Domain.Lifecycle;
using Safeguarding.Domain.Timescales;
using Safeguarding.Domain.Criteria;

namespace Safeguarding.Domain.Benchmarks;

/// <summary>
/// Replaying a review's record through its lifecycle (every guard evaluated on every event) and computing
/// its clocks, against the baseline of appending the same events to a list with no rules at all.
/// </summary>
[MemoryDiagnoser]
public class LifecycleBenchmarks
{
    private static readonly ReviewLifecycle Lifecycle = ReviewLifecycle.For(DeterminationKind.LocalChildSafeguardingPracticeReview);

    private static readonly Review Start = Review.Start(DeterminationKind.LocalChildSafeguardingPracticeReview, Jurisdiction.England,
        new ReviewPolicy(Period.FromMonths(18), MembersInformedRule.ByPublication)).Value;

    private static readonly ImmutableArray<ReviewEvent> Events = ImmutableArray.Create(
        new ReviewEvent(ReviewEventType.IncidentKnown, new LocalDate(2022, 9, 14)),
        new ReviewEvent(ReviewEventType.Notified, new LocalDate(2022, 9, 21)),
        new ReviewEvent(ReviewEventType.RapidReviewCompleted, new LocalDate(2022, 10, 12)),
        new ReviewEvent(ReviewEventType.Decided, new LocalDate(2022, 10, 14), ReviewDecision.Initiate),
        new ReviewEvent(ReviewEventType.Commissioned, new LocalDate(2022, 11, 1), reviewerIndependent: true),
        new ReviewEvent(ReviewEventType.ReportCompleted, new LocalDate(2023, 5, 2)),
        new ReviewEvent(ReviewEventType.SignedOff, new LocalDate(2023, 5, 22)),
        new ReviewEvent(ReviewEventType.Anonymised, new LocalDate(2023, 5, 30)),
        new ReviewEvent(ReviewEventType.SentToPanel, new LocalDate(2023, 6, 1)),
        new ReviewEvent(ReviewEventType.Published, new LocalDate(2023, 6, 8)),
        new ReviewEvent(ReviewEventType.MembersInformed, new LocalDate(2023, 6, 8)),
        new ReviewEvent(ReviewEventType.ActionPlanAgreed, new LocalDate(2023, 7, 3)));

    /// <summary>A record of 1,000 events: the whole lifecycle, then members told again every week.</summary>
    private static readonly ImmutableArray<ReviewEvent> Thousand = Events.AddRange(
        System.Linq.Enumerable.Range(1, 1000 - Events.Length).Select(i => new ReviewEvent(ReviewEventType.MembersInformed, new LocalDate(2023, 7, 3).PlusDays(7 * i))));

    private static readonly Review BeforePublication = Lifecycle.Replay(Start, Events.RemoveRange(9, 3)).Review;

    private static readonly ReviewEvent Publish = Events[9];

    [GlobalSetup]
    public void Check()
    {
        if (!Lifecycle.Replay(Start, Thousand).IsValid || Thousand.Length != 1000 || !Lifecycle.Fire(BeforePublication, Publish).IsAccepted)
        {
            throw new System.InvalidOperationException("The benchmark's records must be valid.");
        }
    }

    [Benchmark(Baseline = true)]
    public int AppendWithoutRules() => ImmutableArray<ReviewEvent>.Empty.AddRange(Events).Length;

    [Benchmark(Description = "Fire one transition (publish, all guards)")]
    public bool FireOne() => Lifecycle.Fire(BeforePublication, Publish).IsAccepted;

    [Benchmark]
    public bool Replay() => Lifecycle.Replay(Start, Events).IsValid;

    [Benchmark(Description = "Replay 1,000 events")]
    public bool ReplayThousand() => Lifecycle.Replay(Start, Thousand).IsValid;

    [Benchmark]
    public int ReplayAndClocks() => ReviewClocks.Of(Lifecycle.Replay(Start, Events).Review, new LocalDate(2024, 1, 1), TimescaleCatalogue.Default).Length;
}
