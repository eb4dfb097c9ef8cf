using Safeguarding.Domain.Citations;
using Safeguarding.Domain.Timescales;
using Safeguarding.Domain.Serialization;

namespace Safeguarding.Domain.Lifecycle;

/// <summary>
/// The lifecycle of one review kind as an immutable transition table (in the manner of Stateless): states,
/// triggers, guards with descriptions and citations, and the event each transition records. Transitions are
/// pure: <see cref="Fire(Review, ReviewEvent)"/> returns the new review and its event, or the refusal with
/// every unmet guard. A review is rebuilt from its events with <see cref="Replay(Review, IEnumerable{ReviewEvent})"/>,
/// and a review record with <see cref="Replay(ReviewRecord, TimescaleCatalogue)"/>.
/// </summary>
/// <remarks>
/// Each kind's table is declared row by row (from, trigger, to, guards by name) in <c>ReviewLifecycle.Table.cs</c>,
/// from shared blocks of rows and no flags; every guard is defined once, in <c>ReviewLifecycle.Guards.cs</c>.
/// Immutable and thread-safe. <see cref="For(DeterminationKind, TimescaleCatalogue)"/> returns cached tables built on
/// <see cref="TimescaleCatalogue.Default"/>, and builds tables on another catalogue (for example the Panel notice counted in working days).
/// </remarks>
public sealed partial class ReviewLifecycle
{
    // Indexed by kind; null for a kind without a lifecycle (a notification of a death).
    private static readonly Lazy<ReviewLifecycle?[]> ByKind = new(() =>
    {
        var kinds = LifecycleWire.Kinds.Names.Select(n => LifecycleWire.Kinds.TryParse(n, out var k) ? k : throw new InvalidOperationException(n))
            .OrderBy(k => k).ToArray();
        var table = new ReviewLifecycle?[kinds.Max(k => (int)k) + 1];
        foreach (var kind in kinds)
        {
            table[(int)kind] = new ReviewLifecycle(kind, TimescaleCatalogue.Default);
        }

        return table;
    });

    private static readonly Lazy<ImmutableArray<ReviewLifecycle>> Defaults =
        new(() => ByKind.Value.Where(l => l is not null).Select(l => l!).ToImmutableArray());

    private readonly Dictionary<(ReviewState, ReviewTrigger), LifecycleTransition> _byStateAndTrigger;

    private ReviewLifecycle(DeterminationKind kind, TimescaleCatalogue catalogue)
    {
        Kind = kind;
        Catalogue = catalogue;
        Source = SourceOf(kind);
        Transitions = BuildTable(kind, catalogue, Source);
        _byStateAndTrigger = new Dictionary<(ReviewState, ReviewTrigger), LifecycleTransition>();
        foreach (var t in Transitions)
        {
            foreach (var s in t.Sources)
            {
                _byStateAndTrigger.Add((s, t.Trigger), t);
            }
        }

        var states = new SortedSet<ReviewState> { ReviewState.NotStarted };
        foreach (var t in Transitions)
        {
            states.UnionWith(t.Sources);
            if (t.Destination is ReviewState d)
            {
                states.Add(d);
            }
        }

        States = states.ToImmutableArray();
        Triggers = Transitions.Select(t => t.Trigger).Distinct().OrderBy(t => t).ToImmutableArray();
        FinalStates = States.Where(s => s != ReviewState.NotStarted
            && !Transitions.Any(t => t.Destination is ReviewState to && to != s && t.Sources.Contains(s))).ToImmutableArray();
    }

    /// <summary>The lifecycles of every review kind, on the default catalogue, in the order of <see cref="DeterminationKind"/>.</summary>
    public static ImmutableArray<ReviewLifecycle> All => Defaults.Value;

    /// <summary>The review kind.</summary>
    public DeterminationKind Kind { get; }

    /// <summary>The timescale catalogue the guards use (Panel notice, publication minimum).</summary>
    public TimescaleCatalogue Catalogue { get; }

    /// <summary>The instrument the lifecycle as a whole comes from.</summary>
    public Citation Source { get; }

    /// <summary>The transition table, in the order a review usually moves through it.</summary>
    public ImmutableArray<LifecycleTransition> Transitions { get; }

    /// <summary>Every main-track state of this kind, in the order of <see cref="ReviewState"/>.</summary>
    public ImmutableArray<ReviewState> States { get; }

    /// <summary>The states from which the main track cannot move on (only members-informed and the action plan may still be recorded).</summary>
    public ImmutableArray<ReviewState> FinalStates { get; }

    /// <summary>Every trigger this kind has, in the order of <see cref="ReviewTrigger"/>.</summary>
    public ImmutableArray<ReviewTrigger> Triggers { get; }

    private static DeterminationKind WithLifecycle(DeterminationKind kind) =>
        LifecycleWire.HasLifecycle(Guard.Against.EnumOutOfRange(kind))
            ? kind
            : throw new ArgumentOutOfRangeException(nameof(kind), "This determination kind has no review lifecycle.");

    /// <summary>The lifecycle of a kind, on a catalogue.</summary>
    /// <param name="kind">The review kind.</param>
    /// <param name="catalogue">The catalogue; null for <see cref="TimescaleCatalogue.Default"/>, whose lifecycles are cached.</param>
    /// <returns>The lifecycle: the cached one on the default catalogue, a new one on another.</returns>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="kind"/> is not defined.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> has no lifecycle (a notification of a death, or a kind not modelled as a review yet).</exception>
    public static ReviewLifecycle For(DeterminationKind kind, TimescaleCatalogue? catalogue = null) =>
        catalogue is null || ReferenceEquals(catalogue, TimescaleCatalogue.Default)
            ? ByKind.Value[(int)WithLifecycle(kind)]!
            : new(WithLifecycle(kind), catalogue);

    /// <summary>The table row for a trigger in a state, if the trigger is permitted there at all (guards aside).</summary>
    /// <param name="state">The state.</param>
    /// <param name="trigger">The trigger.</param>
    /// <param name="transition">The row, when there is one.</param>
    /// <returns>Whether the table has a row.</returns>
    internal bool TryGetTransition(ReviewState state, ReviewTrigger trigger, out LifecycleTransition transition) =>
        _byStateAndTrigger.TryGetValue((state, trigger), out transition!);

    /// <summary>Whether an event can be recorded on a review now, and if not, every unmet guard.</summary>
    /// <param name="review">The review.</param>
    /// <param name="recorded">The event.</param>
    /// <param name="unmetGuards">Every unmet guard; empty when it can.</param>
    /// <returns>Whether the event can be recorded.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The review is of another kind.</exception>
    public bool CanFire(Review review, ReviewEvent recorded, out ImmutableArray<LifecycleGuard> unmetGuards)
    {
        unmetGuards = Unmet(review, recorded);
        return unmetGuards.IsEmpty;
    }

    /// <summary>Whether a trigger can fire on a review on a date (with a bare event: no facts), and if not, every unmet guard.</summary>
    /// <param name="review">The review.</param>
    /// <param name="trigger">The trigger.</param>
    /// <param name="date">The date of the event it would record.</param>
    /// <param name="unmetGuards">Every unmet guard; empty when it can.</param>
    /// <returns>Whether the trigger can fire.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="review"/> is null.</exception>
    /// <exception cref="ArgumentException">The review is of another kind.</exception>
    internal bool CanFire(Review review, ReviewTrigger trigger, LocalDate date, out ImmutableArray<LifecycleGuard> unmetGuards) =>
        CanFire(review, ReviewEvent.For(trigger, date), out unmetGuards);

    /// <summary>The triggers that can fire on a review on a date (bare events, every guard met), in trigger order.</summary>
    /// <param name="review">The review.</param>
    /// <param name="date">The date.</param>
    /// <returns>The permitted triggers.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="review"/> is null.</exception>
    /// <exception cref="ArgumentException">The review is of another kind.</exception>
    public ImmutableArray<ReviewTrigger> PermittedTriggers(Review review, LocalDate date) =>
        Triggers.Where(t => CanFire(review, t, date, out _)).ToImmutableArray();

    /// <summary>Records an event on a review: the new review and the event, or the refusal with every unmet guard. Pure.</summary>
    /// <param name="review">The review.</param>
    /// <param name="recorded">The event.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The review is of another kind.</exception>
    public TransitionResult Fire(Review review, ReviewEvent recorded)
    {
        var unmet = Unmet(review, recorded);
        if (!unmet.IsEmpty)
        {
            return new TransitionResult(review, recorded, null, unmet);
        }

        var row = _byStateAndTrigger[(review.State, recorded.Trigger)];
        var after = review.With(row.Destination ?? review.State, row.ActionPlan ?? review.ActionPlan, recorded);
        return new TransitionResult(review, recorded, after, ImmutableArray<LifecycleGuard>.Empty);
    }

    /// <summary>Fires a trigger on a date with a bare event (no facts).</summary>
    /// <param name="review">The review.</param>
    /// <param name="trigger">The trigger.</param>
    /// <param name="date">The date.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="review"/> is null.</exception>
    /// <exception cref="ArgumentException">The review is of another kind.</exception>
    internal TransitionResult Fire(Review review, ReviewTrigger trigger, LocalDate date) => Fire(review, ReviewEvent.For(trigger, date));

    /// <summary>
    /// Rebuilds a review by replaying events from a starting review, in order. The first event the table
    /// would not have allowed stops the replay; the result then holds the review as it stood before it.
    /// </summary>
    /// <param name="start">The review to replay onto, usually <see cref="Review.Start"/>.</param>
    /// <param name="events">The events, in the order they happened.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentNullException">An argument or an event is null.</exception>
    /// <exception cref="ArgumentException">The review is of another kind.</exception>
    public ReplayResult Replay(Review start, IEnumerable<ReviewEvent> events)
    {
        Guard.Against.Null(events);
        var review = Guard.Against.Null(start);
        int index = 0;
        foreach (var e in events)
        {
            var result = Fire(review, Guard.Against.Null(e));
            if (!result.IsAccepted)
            {
                return new ReplayResult(review, index, e, result.UnmetGuards);
            }

            review = result.Review;
            index++;
        }

        return new ReplayResult(review, null, null, ImmutableArray<LifecycleGuard>.Empty);
    }

    /// <summary>
    /// Replays a review record through the lifecycle of its own kind: the review rebuilt from the record's events, or the
    /// first event the table would not have allowed and every unmet guard.
    /// </summary>
    /// <param name="record">The record.</param>
    /// <param name="catalogue">The timescale catalogue the guards use.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The record's kind has no lifecycle.</exception>
    public static ReplayResult Replay(ReviewRecord record, TimescaleCatalogue catalogue)
    {
        Guard.Against.Null(record);
        return For(record.Kind, Guard.Against.Null(catalogue)).Replay(record.ToReview(), record.Events);
    }

    /// <summary>Replays a review record through the lifecycle of its own kind, on <see cref="TimescaleCatalogue.Default"/>.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The outcome: the review rebuilt, or the first event the table would not have allowed and every unmet guard.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The record's kind has no lifecycle.</exception>
    public static ReplayResult Replay(ReviewRecord record)
    {
        Guard.Against.Null(record);
        return For(record.Kind).Replay(record.ToReview(), record.Events);
    }

    /// <summary>Returns the kind, for example <c>lifecycle of serious-case-review (15 transitions)</c>.</summary>
    /// <returns>The lifecycle as text.</returns>
    public override string ToString() => "lifecycle of " + LifecycleNames.Name(Kind) + " (" + Transitions.Length + " transitions)";

    private ImmutableArray<LifecycleGuard> Unmet(Review review, ReviewEvent recorded)
    {
        Guard.Against.Null(review);
        Guard.Against.Null(recorded);
        if (review.Kind != Kind)
        {
            throw new ArgumentException("The review is of another kind than this lifecycle.", nameof(review));
        }

        var unmet = ImmutableArray.CreateBuilder<LifecycleGuard>();
        if (!_byStateAndTrigger.TryGetValue((review.State, recorded.Trigger), out var row))
        {
            unmet.Add(NotPermitted(review.State, recorded.Trigger));
            if (!InDateOrder.IsMet(review, recorded))
            {
                unmet.Add(InDateOrder);
            }

            return unmet.ToImmutable();
        }

        foreach (var guard in row.Guards)
        {
            if (!guard.IsMet(review, recorded))
            {
                unmet.Add(guard);
            }
        }

        return unmet.ToImmutable();
    }

    private LifecycleGuard NotPermitted(ReviewState state, ReviewTrigger trigger) =>
        new("permitted-in-state",
            "The " + LifecycleNames.Name(ReviewEvent.EventTypeOf(trigger)) + " event is not permitted in the state " + LifecycleNames.Name(state) + " of a " + LifecycleNames.Name(Kind) + ".",
            Source,
            static (_, _) => false);
}
