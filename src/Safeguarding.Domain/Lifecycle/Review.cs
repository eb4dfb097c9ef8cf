using Safeguarding.Domain.Calendars;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Domain.Lifecycle;

/// <summary>
/// A review as its lifecycle sees it: kind, jurisdiction, local policy, the events recorded so far, and
/// where those events put it (main track and action-plan track). Obtain one with <see cref="Start"/> and
/// move it on only through <see cref="ReviewLifecycle.Fire(Review, ReviewEvent)"/>, so nothing happens off the record.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is over every field, events in order.</remarks>
public sealed class Review : IEquatable<Review>
{
    private static readonly LocalDate Wales2016 = new(2016, 4, 6);

    // The history is an append-only log shared by a review and the reviews made from it: each sees only its
    // first _count events, so recording an event costs O(1) instead of copying the whole history. The first
    // event of each type is indexed, so guards never scan the history.
    private readonly EventLog _log;
    private readonly int _count;
    private readonly int[] _first;
    private ImmutableArray<ReviewEvent> _events;

    private Review(DeterminationKind kind, Jurisdiction jurisdiction, ReviewPolicy policy, ReviewState state, ActionPlanState actionPlan, EventLog log, int count, int[] first)
    {
        Kind = kind;
        Jurisdiction = jurisdiction;
        Policy = policy;
        State = state;
        ActionPlan = actionPlan;
        _log = log;
        _count = count;
        _first = first;
    }

    /// <summary>The review kind.</summary>
    public DeterminationKind Kind { get; }

    /// <summary>The jurisdiction; it picks the holiday calendar.</summary>
    public Jurisdiction Jurisdiction { get; }

    /// <summary>The local policy (publication period, members' protocol).</summary>
    public ReviewPolicy Policy { get; }

    /// <summary>Where the review stands on its main track.</summary>
    public ReviewState State { get; }

    /// <summary>Where the review's action plan stands.</summary>
    public ActionPlanState ActionPlan { get; }

    /// <summary>Every event recorded, in the order recorded.</summary>
    public ImmutableArray<ReviewEvent> Events
    {
        get
        {
            if (_events.IsDefault)
            {
                var builder = ImmutableArray.CreateBuilder<ReviewEvent>(_count);
                lock (_log)
                {
                    for (int i = 0; i < _count; i++)
                    {
                        builder.Add(_log.Items[i]);
                    }
                }

                _events = builder.MoveToImmutable();
            }

            return _events;
        }
    }

    /// <summary>How many events are recorded.</summary>
    internal int EventCount => _count;

    /// <summary>The holiday calendar of the jurisdiction (England and Wales share one).</summary>
    public HolidayCalendar Calendar => HolidayCalendar.For(Jurisdiction);

    /// <summary>
    /// The id of the regime whose clocks apply, for example <c>england-lscb-2006</c>. Welsh child practice
    /// reviews whose first event is before 6 April 2016 belong to <c>wales-cpr-2013</c>, later ones to <c>wales-2016</c>.
    /// </summary>
    public RegimeId RegimeId => RegimeOf(Kind, Jurisdiction, _count == 0 ? (LocalDate?)null : At(0).Date);

    /// <summary>
    /// A review with nothing recorded yet, or why there cannot be one, with the issues <c>ReviewRecord.Create</c> and the
    /// record reader give for the same kind, jurisdiction and policy: <c>kind-not-in-jurisdiction</c> at
    /// <c>$.jurisdiction</c>, or <c>publication-period-below-minimum</c> at <c>$.localPolicy.publicationPeriod</c> when the
    /// policy's period is shorter than the statutory minimum of the review's regime. So a review is refused when it is
    /// made, never later (its publication window is always well defined).
    /// </summary>
    /// <param name="kind">The review kind.</param>
    /// <param name="jurisdiction">The jurisdiction; it must be one where the kind exists (see <see cref="IsKindOf"/>).</param>
    /// <param name="policy">The local policy; <see cref="ReviewPolicy.None"/> when there is none.</param>
    /// <param name="catalogue">The timescale catalogue that gives the statutory minimum; null for <see cref="TimescaleCatalogue.Default"/>.</param>
    /// <returns>The review, in <see cref="ReviewState.NotStarted"/>, or the issue.</returns>
    /// <remarks>
    /// The regime is the one the kind has before any event. Only the Welsh child practice reviews change regime with
    /// their first event's date (<see cref="RegimeId"/>), and neither of their regimes sets a minimum; a test keeps
    /// that true of the catalogue, so no first event can make a review's policy too short.
    /// </remarks>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException">An enum value is not defined.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public static Result<Review> Start(DeterminationKind kind, Jurisdiction jurisdiction, ReviewPolicy policy, TimescaleCatalogue? catalogue = null)
    {
        Guard.Against.EnumOutOfRange(kind);
        Guard.Against.EnumOutOfRange(jurisdiction);
        Guard.Against.Null(policy);
        return ReviewRecord.Create(kind, jurisdiction, policy, ImmutableArray<ReviewEvent>.Empty, catalogue)
            .Map(_ => NotStarted(kind, jurisdiction, policy));
    }

    /// <summary>A review with nothing recorded yet, of a kind, jurisdiction and policy already checked.</summary>
    internal static Review NotStarted(DeterminationKind kind, Jurisdiction jurisdiction, ReviewPolicy policy) =>
        new(kind, jurisdiction, policy, ReviewState.NotStarted, ActionPlanState.None, new EventLog(), 0, NoEvents);

    /// <summary>
    /// Whether a review kind exists in a jurisdiction: serious case reviews in England and Wales; domestic
    /// homicide reviews in England, Wales and (from December 2020) Northern Ireland; the other English kinds in
    /// England; the child and adult practice reviews, Single Unified Safeguarding Reviews and mental health homicide
    /// reviews in Wales; case management reviews in Northern Ireland; learning reviews in Scotland.
    /// </summary>
    /// <param name="kind">The kind.</param>
    /// <param name="jurisdiction">The jurisdiction.</param>
    /// <returns>Whether the kind exists there.</returns>
    public static bool IsKindOf(DeterminationKind kind, Jurisdiction jurisdiction) => kind switch
    {
        DeterminationKind.SeriousCaseReview => jurisdiction is Jurisdiction.England or Jurisdiction.Wales,
        DeterminationKind.DomesticHomicideReview => jurisdiction is Jurisdiction.England or Jurisdiction.Wales or Jurisdiction.NorthernIreland,
        DeterminationKind.OffensiveWeaponsHomicideReview or DeterminationKind.DomesticAbuseRelatedDeathReview => jurisdiction is Jurisdiction.England or Jurisdiction.Wales,
        DeterminationKind.ChildPracticeReviewConcise or DeterminationKind.ChildPracticeReviewExtended or DeterminationKind.AdultPracticeReview
            or DeterminationKind.SingleUnifiedSafeguardingReview or DeterminationKind.MentalHealthHomicideReview => jurisdiction == Jurisdiction.Wales,
        DeterminationKind.CaseManagementReview => jurisdiction == Jurisdiction.NorthernIreland,
        DeterminationKind.LearningReview => jurisdiction == Jurisdiction.Scotland,
        _ when !LifecycleWire.HasLifecycle(kind) => false, // no review lifecycle (yet) for this kind
        _ => jurisdiction == Jurisdiction.England,
    };

    /// <summary>The first recorded event of a type, or null.</summary>
    /// <param name="type">The event type.</param>
    /// <returns>The event, or null when none is recorded.</returns>
    public ReviewEvent? First(ReviewEventType type)
    {
        int index = (int)type < _first.Length ? _first[(int)type] : -1;
        return index < 0 ? null : At(index);
    }

    /// <summary>Whether an event of a type is recorded.</summary>
    /// <param name="type">The event type.</param>
    /// <returns>Whether one is recorded.</returns>
    internal bool Has(ReviewEventType type) => First(type) is not null;

    /// <summary>The date of the last recorded event, or null when nothing is recorded.</summary>
    internal LocalDate? LastDate => _count == 0 ? null : At(_count - 1).Date;

    /// <summary>Returns the kind and state, for example <c>serious-case-review: published (action plan agreed)</c>.</summary>
    /// <returns>The review as text.</returns>
    public override string ToString() =>
        LifecycleNames.Name(Kind) + ": " + LifecycleNames.Name(State) + " (action plan " + LifecycleNames.Name(ActionPlan) + ")";

    /// <inheritdoc />
    public bool Equals(Review? other) =>
        other is not null
        && Kind == other.Kind
        && Jurisdiction == other.Jurisdiction
        && Policy.Equals(other.Policy)
        && State == other.State
        && ActionPlan == other.ActionPlan
        && Events.SequenceEqual(other.Events);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Review);

    /// <inheritdoc />
    public override int GetHashCode() => ((int)Kind * 397) ^ ((int)State * 31) ^ Events.Length;

    internal Review With(ReviewState state, ActionPlanState actionPlan, ReviewEvent recorded)
    {
        EventLog log;
        lock (_log)
        {
            if (_log.Items.Count == _count)
            {
                _log.Items.Add(recorded);
                log = _log;
            }
            else
            {
                // Another review already extended this history: branch with a copy.
                log = new EventLog();
                log.Items.AddRange(_log.Items.GetRange(0, _count));
                log.Items.Add(recorded);
            }
        }

        var first = _first;
        if (first[(int)recorded.Type] < 0)
        {
            first = (int[])first.Clone();
            first[(int)recorded.Type] = _count;
        }

        return new(Kind, Jurisdiction, Policy, state, actionPlan, log, _count + 1, first);
    }

    private static readonly int[] NoEvents = CreateNoEvents();

    private static int[] CreateNoEvents()
    {
        // Room for every ReviewEventType value (a test checks that all fit).
        var first = new int[MaxEventTypes];
        for (int i = 0; i < first.Length; i++)
        {
            first[i] = -1;
        }

        return first;
    }

    internal const int MaxEventTypes = 32;

    private ReviewEvent At(int index)
    {
        lock (_log)
        {
            return _log.Items[index];
        }
    }

    /// <summary>The shared, append-only history behind reviews made one from another.</summary>
    private sealed class EventLog
    {
        public List<ReviewEvent> Items { get; } = new();
    }

    internal static RegimeId RegimeOf(DeterminationKind kind, Jurisdiction jurisdiction, LocalDate? firstEvent) => kind switch
    {
        DeterminationKind.SeriousCaseReview => jurisdiction == Jurisdiction.Wales ? RegimeId.WalesLscb2006 : RegimeId.EnglandLscb2006,
        DeterminationKind.SeriousIncidentNotification or DeterminationKind.RapidReview or DeterminationKind.LocalChildSafeguardingPracticeReview => RegimeId.EnglandCspr2018,
        DeterminationKind.SafeguardingAdultsReview => RegimeId.EnglandCareAct2014,
        DeterminationKind.DomesticHomicideReview => jurisdiction switch
        {
            Jurisdiction.Wales => RegimeId.WalesDhr2011,
            Jurisdiction.NorthernIreland => RegimeId.NorthernIrelandDhr2020,
            _ => RegimeId.EnglandDhr2011,
        },
        DeterminationKind.ChildPracticeReviewConcise or DeterminationKind.ChildPracticeReviewExtended =>
            firstEvent is LocalDate d && d < Wales2016 ? RegimeId.WalesCpr2013 : RegimeId.Wales2016,
        DeterminationKind.AdultPracticeReview => RegimeId.Wales2016,
        DeterminationKind.SingleUnifiedSafeguardingReview or DeterminationKind.MentalHealthHomicideReview => RegimeId.WalesSusr2024,
        DeterminationKind.CaseManagementReview => RegimeId.NorthernIrelandCmr2012,
        DeterminationKind.OffensiveWeaponsHomicideReview => RegimeId.EnglandWalesOwhr2023,
        DeterminationKind.DomesticAbuseRelatedDeathReview => RegimeId.EnglandWalesDardr,
        _ => RegimeId.ScotlandLearningReview2021,
    };
}
