using System.Collections.Concurrent;
using System.IO;
using System.Text;
using NodaTime.Text;
using Safeguarding.Domain.Internal;
using Safeguarding.Domain.Serialization;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Domain.Lifecycle;

/// <summary>
/// The contract's review record document: a review's kind, jurisdiction, local policy and dated events,
/// as given by an integrator. Build one in C# with <see cref="Create"/>, or read one with <c>ReviewRecordJson.Read</c> (the wire layer,
/// Safeguarding.Domain.Wire); replay it with <see cref="ReviewReport.Create"/>.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe; equality is over every field, events in order. <c>ToJson</c> writes
/// the document that <c>ReviewRecordJson.Read</c> reads back to an equal record. Error codes, beside the shared ones of the strict reader:
/// <c>kind-not-in-jurisdiction</c>, <c>publication-period-below-minimum</c>, <c>property-not-allowed</c>
/// (a fact on an event type it does not belong to), <c>conflicting-properties</c>, <c>invalid-scope</c>
/// (scope ends before it starts), <c>incident-after-event</c>, and <c>date-out-of-range</c> for review dates
/// outside the calendars' years 2000 to 2099.</para>
/// </remarks>
public sealed class ReviewRecord : IEquatable<ReviewRecord>
{

    // Made by Create, by the record reader (which has made Create's checks) and by the library's own tests.
    internal ReviewRecord(DeterminationKind kind, Jurisdiction jurisdiction, ReviewPolicy policy, ImmutableArray<ReviewEvent> events)
    {
        Kind = Guard.Against.EnumOutOfRange(kind);
        Jurisdiction = Guard.Against.EnumOutOfRange(jurisdiction);
        Policy = Guard.Against.Null(policy);
        if (!Review.IsKindOf(kind, jurisdiction))
        {
            throw new ArgumentException("The review kind does not exist in this jurisdiction.", nameof(jurisdiction));
        }

        events = events.IsDefault ? ImmutableArray<ReviewEvent>.Empty : events;
        if (events.Any(e => e is null))
        {
            throw new ArgumentException("An event is null.", nameof(events));
        }

        Events = events;
    }

    /// <summary>
    /// Creates a record, or says why it cannot be one, with the same issues (code, path and message) as
    /// <c>ReviewRecordJson.Read</c> gives for the same document: <c>date-out-of-range</c> at <c>$.events[i].date</c> (or
    /// the event's <c>scopeStart</c>, <c>scopeEnd</c> or <c>incidentDate</c>) for a date outside 2000-01-01 to 2099-12-31,
    /// the years the calendars cover; then <c>kind-not-in-jurisdiction</c> at <c>$.jurisdiction</c>, or
    /// <c>publication-period-below-minimum</c> at <c>$.localPolicy.publicationPeriod</c> when the policy's period is
    /// shorter than the statutory minimum of the review's regime (which the first event's date can decide) for some start date.
    /// </summary>
    /// <param name="kind">The review kind.</param>
    /// <param name="jurisdiction">The jurisdiction; the kind must exist there.</param>
    /// <param name="policy">The local policy; <see cref="ReviewPolicy.None"/> when there is none.</param>
    /// <param name="events">The events, in the order they happened.</param>
    /// <param name="catalogue">The timescale catalogue that gives the statutory minimum; null for <see cref="TimescaleCatalogue.Default"/>.</param>
    /// <returns>The record, or the issues.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> or <paramref name="events"/> is null, or an event is null.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException">An enum value is not defined.</exception>
    public static Result<ReviewRecord> Create(
        DeterminationKind kind, Jurisdiction jurisdiction, ReviewPolicy policy, IEnumerable<ReviewEvent> events, TimescaleCatalogue? catalogue = null)
    {
        Guard.Against.EnumOutOfRange(kind);
        Guard.Against.EnumOutOfRange(jurisdiction);
        Guard.Against.Null(policy);
        Guard.Against.Null(events);
        var list = events.ToImmutableArray();
        if (list.Any(e => e is null))
        {
            throw new ArgumentNullException(nameof(events), "An event is null.");
        }

        // As the reader: every event's dates first; an event with a date refused is not read, so it cannot be the first event.
        var issues = ImmutableArray.CreateBuilder<Issue>();
        LocalDate? firstEvent = null;
        for (int i = 0; i < list.Length; i++)
        {
            int before = issues.Count;
            string path = IssuePaths.Index("$.events", i);
            var e = list[i];
            AddDateIssue(issues, path + ".date", e.Date);
            AddDateIssue(issues, path + ".scopeStart", e.ScopeStart);
            AddDateIssue(issues, path + ".scopeEnd", e.ScopeEnd);
            AddDateIssue(issues, path + ".incidentDate", e.IncidentDate);
            if (issues.Count == before && firstEvent is null)
            {
                firstEvent = e.Date;
            }
        }

        if (!Review.IsKindOf(kind, jurisdiction))
        {
            issues.Add(new Issue("$.jurisdiction", "kind-not-in-jurisdiction", KindNotInJurisdiction));
        }
        else if (PublicationPeriodError(kind, jurisdiction, policy.PublicationPeriod, firstEvent, catalogue ?? TimescaleCatalogue.Default) is string message)
        {
            issues.Add(new Issue(ReviewPolicy.PeriodPath, "publication-period-below-minimum", message));
        }

        return issues.Count > 0 ? Result<ReviewRecord>.Fail(issues.ToImmutable()) : Result<ReviewRecord>.Ok(new ReviewRecord(kind, jurisdiction, policy, list));
    }

    private static readonly LocalDate FirstReviewDate = new(2000, 1, 1);

    private static readonly LocalDate LastReviewDate = new(2099, 12, 31);

    /// <summary>
    /// The one rule for a date in a review record, for the event factories, <see cref="Create"/> and the record reader:
    /// <c>date-out-of-range</c> outside the documents' dates, or, narrower, outside 2000 to 2099 (the calendars' years); null inside.
    /// </summary>
    internal static Issue? ReviewDateIssue(string path, LocalDate date) =>
        ContractDate.RangeIssue(path, date)
        ?? (date < FirstReviewDate || date > LastReviewDate
            ? new Issue(path, "date-out-of-range", "Review dates must be between 2000-01-01 and 2099-12-31, the years the calendars cover.")
            : null);

    private static void AddDateIssue(ImmutableArray<Issue>.Builder issues, string path, LocalDate? date)
    {
        if (date is LocalDate d && ReviewDateIssue(path, d) is Issue outside)
        {
            issues.Add(outside);
        }
    }

    /// <summary>The message of <c>kind-not-in-jurisdiction</c>.</summary>
    internal const string KindNotInJurisdiction = "This review kind does not exist in this jurisdiction.";

    /// <summary>
    /// The one rule, for <see cref="Create"/> and the record reader: the message of <c>publication-period-below-minimum</c>
    /// when a local period is shorter than the statutory minimum of the regime that the kind, the jurisdiction and the first
    /// event's date select; null when it is long enough or there is no period or minimum.
    /// </summary>
    internal static string? PublicationPeriodError(DeterminationKind kind, Jurisdiction jurisdiction, Period? period, LocalDate? firstEvent, TimescaleCatalogue catalogue)
    {
        if (period is null)
        {
            return null;
        }

        var minimum = PublicationWindow.StatutoryMinimumOf(Review.RegimeOf(kind, jurisdiction, firstEvent), kind, catalogue);
        return CheckPeriod(period, minimum)
            ? null
            : "The local publication period is shorter than the statutory minimum of the review's regime (" + minimum + ").";
    }

    // PublicationWindow.CheckPeriod probes four years of start dates (about 3,000 date additions); a record names one of a
    // few periods, so each answer is kept. The cache is bounded: past its size, answers are computed, not kept.
    private static readonly ConcurrentDictionary<(Period Local, Period Minimum), bool> PeriodChecks = new();

    private const int MaxPeriodChecks = 1024;

    private static bool CheckPeriod(Period local, Period? minimum)
    {
        if (minimum is null)
        {
            return true;
        }

        if (PeriodChecks.TryGetValue((local, minimum), out bool ok))
        {
            return ok;
        }

        ok = PublicationWindow.CheckPeriod(local, minimum);
        if (PeriodChecks.Count < MaxPeriodChecks)
        {
            PeriodChecks.TryAdd((local, minimum), ok);
        }

        return ok;
    }

    /// <summary>The review kind.</summary>
    public DeterminationKind Kind { get; }

    /// <summary>The jurisdiction.</summary>
    public Jurisdiction Jurisdiction { get; }

    /// <summary>The local policy.</summary>
    public ReviewPolicy Policy { get; }

    /// <summary>The events, in the order they happened.</summary>
    public ImmutableArray<ReviewEvent> Events { get; }

    /// <summary>The review before any event: kind, jurisdiction and policy (checked when the record was made).</summary>
    internal Review ToReview() => Review.NotStarted(Kind, Jurisdiction, Policy);

    /// <inheritdoc />
    public bool Equals(ReviewRecord? other) =>
        other is not null && Kind == other.Kind && Jurisdiction == other.Jurisdiction && Policy.Equals(other.Policy) && Events.SequenceEqual(other.Events);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ReviewRecord);

    /// <inheritdoc />
    public override int GetHashCode() => ((int)Kind * 397) ^ ((int)Jurisdiction * 31) ^ Events.Length;

    /// <summary>Returns a summary, for example <c>serious-case-review in england, 7 events (notified 2014-01-06 to published 2015-06-01)</c>.</summary>
    /// <returns>The record as text.</returns>
    public override string ToString() =>
        LifecycleNames.Name(Kind) + " in " + LifecycleNames.Name(Jurisdiction) + ", " + Events.Length + (Events.Length == 1 ? " event" : " events")
        + (Events.Length == 0 ? string.Empty : " (" + Events[0] + (Events.Length == 1 ? string.Empty : " to " + Events[Events.Length - 1]) + ")");

}
