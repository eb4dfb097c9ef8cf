using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Safeguarding.Domain.Lifecycle;
using Safeguarding.Domain.Tests.Arbitraries;
using Safeguarding.Domain.Timescales;
using Safeguarding.Domain.Criteria;

namespace Safeguarding.Domain.Tests.Lifecycle;

/// <summary>Laws of the lifecycles, checked on random states, triggers and event streams.</summary>
public sealed class ReviewLifecycleProperties
{
    private static readonly LocalDate Day = new(2016, 3, 1);

    [Property(MaxTest = 500)]
    public Property Fire_InAnyStateWithAnyTrigger_IsATransitionOrARefusalWithReasons() =>
        Prop.ForAll(LifecycleArbitraries.KindStateTrigger, t =>
        {
            var lifecycle = ReviewLifecycle.For(t.Kind);
            var review = InState(t.Kind, t.State);
            var result = lifecycle.Fire(review, t.Trigger, Day.PlusDays(t.Days));
            if (result.IsAccepted)
            {
                return lifecycle.TryGetTransition(t.State, t.Trigger, out var row)
                    && result.Review.State == (row.Destination ?? t.State)
                    && result.Review.Events.Length == review.Events.Length + 1
                    && result.UnmetGuards.IsEmpty;
            }

            return !result.UnmetGuards.IsEmpty
                && result.Review.Equals(review)
                && result.UnmetGuards.All(g => g.Description.Length > 0 && g.Citation.Instrument.Length > 0);
        });

    [Property(MaxTest = 300)]
    public Property Replay_EqualsFiringOneByOne_OrStopsAtTheFirstRefusedEvent() =>
        Prop.ForAll(LifecycleArbitraries.Walk, walk =>
        {
            var replay = walk.Lifecycle.Replay(walk.Start, walk.Events);
            var review = walk.Start;
            for (int i = 0; i < walk.Events.Length; i++)
            {
                var result = walk.Lifecycle.Fire(review, walk.Events[i]);
                if (!result.IsAccepted)
                {
                    return replay.RejectedIndex == i
                        && replay.Review.Equals(review)
                        && replay.UnmetGuards.SequenceEqual(result.UnmetGuards.Select(g => g), GuardComparer.Instance);
                }

                review = result.Review;
            }

            return replay.IsValid && replay.Review.Equals(review) && replay.Review.Events.SequenceEqual(walk.Events);
        });

    [Property(MaxTest = 300)]
    public Property PermittedWalk_NeverPublishesWithoutSignOffAndAnonymisation() =>
        Prop.ForAll(LifecycleArbitraries.PermittedWalk, walk =>
        {
            var replay = walk.Lifecycle.Replay(walk.Start, walk.Events);
            var events = replay.Review.Events;
            int published = events.IndexOf(events.FirstOrDefault(e => e.Type == ReviewEventType.Published)!);
            if (published < 0)
            {
                return replay.IsValid;
            }

            var before = events.Take(published).ToList();
            return replay.IsValid
                && before.Any(e => e.Type == ReviewEventType.SignedOff)
                && before.Any(e => e.Type == ReviewEventType.Anonymised);
        });

    [Property(MaxTest = 300)]
    public Property PublicationWindow_NeverEndsBeforeItStarts_NorLastsLessThanTheMinimum() =>
        Prop.ForAll(LifecycleArbitraries.PublicationCase, t =>
        {
            var minimum = Period.FromMonths(12);
            if (!PublicationWindow.CheckPeriod(t.Local, minimum))
            {
                try
                {
                    PublicationWindow.Create(t.Start, t.Local, minimum);
                    return false;
                }
                catch (System.ArgumentException)
                {
                    return true;
                }
            }

            var window = PublicationWindow.Create(t.Start, t.Local, minimum);
            return window.End is LocalDate end && end > window.Start && end >= t.Start.Plus(minimum)
                && !window.Contains(end) && window.Contains(t.Start);
        });

    [Property(MaxTest = 300)]
    public Property WorkingDayClocks_AreNeverDueOnANonWorkingDay() =>
        Prop.ForAll(LifecycleArbitraries.PermittedWalk, walk =>
        {
            var review = walk.Lifecycle.Replay(walk.Start, walk.Events).Review;
            var asOf = (review.LastDate ?? Day).PlusDays(10);
            var clocks = ReviewClocks.Of(review, asOf, TimescaleCatalogue.Create(TimescaleOptions.Default.WithRapidReviewClockStart(RapidReviewClockStart.IncidentAwareness)))
                .AddRange(ReviewClocks.Of(review, asOf, TimescaleCatalogue.Default));
            return clocks.Where(c => c.Timescale.Length.Unit == ClockUnit.WorkingDays && c.Timescale.Length.Count > 0)
                .All(c => review.Calendar.IsWorkingDay(c.Due));
        });

    [Property(MaxTest = 200)]
    public Property Clocks_StatusAgreesWithTheDates() =>
        Prop.ForAll(LifecycleArbitraries.PermittedWalk, walk =>
        {
            var review = walk.Lifecycle.Replay(walk.Start, walk.Events).Review;
            var asOf = (review.LastDate ?? Day).PlusDays(3);
            return ReviewClocks.Of(review, asOf, TimescaleCatalogue.Default).Where(c => c.Timescale.Rule == TimescaleRule.Deadline).All(c => c.Status switch
            {
                ClockStatus.Met => c.Done <= c.Due && c.DaysLate is null,
                ClockStatus.Late => c.Done > c.Due && c.DaysLate == Period.DaysBetween(c.Due, c.Done!.Value) && c.WorkingDaysLate >= 0,
                ClockStatus.Due => c.Done is null && asOf <= c.Due,
                _ => c.Done is null && asOf > c.Due && c.DaysLate == Period.DaysBetween(c.Due, asOf),
            });
        });

    [Property(MaxTest = 200)]
    public Property ReviewRecord_JsonRoundTrip_GivesAnEqualRecord() =>
        Prop.ForAll(LifecycleArbitraries.Walk, walk =>
        {
            var record = new ReviewRecord(walk.Start.Kind, walk.Start.Jurisdiction, walk.Start.Policy, walk.Events);
            var read = ReviewRecordJson.Read(System.Text.Encoding.UTF8.GetBytes(record.ToJson()));
            return read.Success && read.Value.Equals(record) && read.Value.ToJson() == record.ToJson();
        });

    [Fact]
    public void Fire_EveryKindStateAndTrigger_IsATransitionOrARefusalWithReasons()
    {
        foreach (var lifecycle in ReviewLifecycle.All)
        {
            for (int s = 0; s <= (int)ReviewState.Withdrawn; s++)
            {
                var review = InState(lifecycle.Kind, (ReviewState)s);
                for (int t = 0; t <= (int)ReviewTrigger.Withdraw; t++)
                {
                    var result = lifecycle.Fire(review, (ReviewTrigger)t, Day);
                    bool hasRow = lifecycle.TryGetTransition((ReviewState)s, (ReviewTrigger)t, out _);
                    Assert.True(result.IsAccepted ? hasRow && result.UnmetGuards.IsEmpty : !result.UnmetGuards.IsEmpty,
                        LifecycleNames.Name(lifecycle.Kind) + " " + (ReviewState)s + " " + (ReviewTrigger)t);
                    Assert.True(hasRow || result.UnmetGuards.Any(g => g.Id == "permitted-in-state"));
                }
            }
        }
    }

    [Fact]
    public void Generators_ReachTheDeepStates()
    {
        // The walks must reach publication, its end and a closed action plan, or the laws above prove little.
        var walks = LifecycleArbitraries.PermittedWalk.Generator.Sample(1000, 50);
        var reached = walks.Select(w => w.Lifecycle.Replay(w.Start, w.Events).Review).ToList();
        Assert.Contains(reached, r => r.State == ReviewState.Published);
        Assert.Contains(reached, r => r.State == ReviewState.PublicationEnded);
        Assert.Contains(reached, r => r.ActionPlan == ActionPlanState.Closed);
        Assert.Contains(reached, r => r.State == ReviewState.Withdrawn);
        Assert.Contains(reached, r => r.State == ReviewState.NotPublished);
        Assert.Contains(reached, r => r.State == ReviewState.NotInitiated);
        Assert.All(walks, w => Assert.True(w.Lifecycle.Replay(w.Start, w.Events).IsValid));
        Assert.Contains(LifecycleArbitraries.Walk.Generator.Sample(1000, 50), w => !w.Lifecycle.Replay(w.Start, w.Events).IsValid);
    }

    internal static Review InState(DeterminationKind kind, ReviewState state) =>
        state == ReviewState.NotStarted
            ? Review.Start(kind, LifecycleArbitraries.JurisdictionOf(kind), ReviewPolicy.None).Value
            : Review.Start(kind, LifecycleArbitraries.JurisdictionOf(kind), ReviewPolicy.None).Value
                .With(state, ActionPlanState.None, ReviewEvent.For(ReviewTrigger.RecordIncident, new LocalDate(2016, 1, 4)));

    private sealed class GuardComparer : System.Collections.Generic.IEqualityComparer<LifecycleGuard>
    {
        public static readonly GuardComparer Instance = new();

        public bool Equals(LifecycleGuard? x, LifecycleGuard? y) => x?.Id == y?.Id;

        public int GetHashCode(LifecycleGuard obj) => obj.Id.GetHashCode(System.StringComparison.Ordinal);
    }
}
