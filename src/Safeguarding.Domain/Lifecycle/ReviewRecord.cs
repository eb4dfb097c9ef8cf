using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.Text;
using Safeguarding.Domain.Internal;
using Safeguarding.Domain.Serialization;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Domain.Lifecycle;

/// <summary>
/// The contract's review record document: a review's kind, jurisdiction, local policy and dated events,
/// as given by an integrator. Build one in C#, or read one with <c>ReviewRecordJson.Read</c> (the wire layer,
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

    /// <summary>Creates a record.</summary>
    /// <param name="kind">The review kind.</param>
    /// <param name="jurisdiction">The jurisdiction; the kind must exist there.</param>
    /// <param name="policy">The local policy.</param>
    /// <param name="events">The events, in the order they happened.</param>
    /// <exception cref="ArgumentException">The kind does not exist in the jurisdiction, or an event is null.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public ReviewRecord(DeterminationKind kind, Jurisdiction jurisdiction, ReviewPolicy policy, ImmutableArray<ReviewEvent> events)
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

    /// <summary>The review kind.</summary>
    public DeterminationKind Kind { get; }

    /// <summary>The jurisdiction.</summary>
    public Jurisdiction Jurisdiction { get; }

    /// <summary>The local policy.</summary>
    public ReviewPolicy Policy { get; }

    /// <summary>The events, in the order they happened.</summary>
    public ImmutableArray<ReviewEvent> Events { get; }

    /// <summary>The review before any event: kind, jurisdiction and policy.</summary>
    /// <returns>The review, not started.</returns>
    public Review ToReview() => Review.Start(Kind, Jurisdiction, Policy);

    /// <inheritdoc />
    public bool Equals(ReviewRecord? other) =>
        other is not null && Kind == other.Kind && Jurisdiction == other.Jurisdiction && Policy.Equals(other.Policy) && Events.SequenceEqual(other.Events);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ReviewRecord);

    /// <inheritdoc />
    public override int GetHashCode() => ((int)Kind * 397) ^ ((int)Jurisdiction * 31) ^ Events.Length;

}
