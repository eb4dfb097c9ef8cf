using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Text;
using Ardalis.GuardClauses;
using NodaTime;
using Safeguarding.Domain.Timescales;
using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Internal;
using Safeguarding.Domain.Serialization;

namespace Safeguarding.Domain.Lifecycle;

/// <summary>
/// Where a recorded review stands on an as-of date: its events replayed through its lifecycle (with the
/// first refused event and every unmet guard), every clock with its status, and the publication window.
/// This is the contract's <c>safeguarding review</c> output.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ReviewReport
{
    private ReviewReport(ReviewRecord record, LocalDate asOf, ReplayResult replay, ImmutableArray<ReviewClock> clocks, PublicationWindow? window)
    {
        Record = record;
        AsOf = asOf;
        Replay = replay;
        Clocks = clocks;
        PublicationWindow = window;
    }

    /// <summary>The record replayed.</summary>
    public ReviewRecord Record { get; }

    /// <summary>The as-of date of the clocks.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The replay: the review rebuilt, or the first refused event with its unmet guards.</summary>
    public ReplayResult Replay { get; }

    /// <summary>The main-track state (before the first refused event, if any).</summary>
    public ReviewState State => Replay.Review.State;

    /// <summary>Whether every event was allowed.</summary>
    public bool IsValid => Replay.IsValid;

    /// <summary>Every clock of the replayed review on the as-of date.</summary>
    public ImmutableArray<ReviewClock> Clocks { get; }

    /// <summary>The publication window; null until published.</summary>
    public PublicationWindow? PublicationWindow { get; }

    /// <summary>Replays a record and computes its clocks on a date.</summary>
    /// <param name="record">The record.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="catalogue">The timescale catalogue.</param>
    /// <returns>The report.</returns>
    /// <exception cref="System.ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="System.ArgumentException">The record's local publication period is shorter than the statutory minimum.</exception>
    public static ReviewReport Create(ReviewRecord record, LocalDate asOf, TimescaleCatalogue catalogue)
    {
        Guard.Against.Null(record);
        Guard.Against.Null(catalogue);
        var replay = ReviewLifecycle.Replay(record, catalogue);
        var clocks = ReviewClocks.Of(replay.Review, asOf, catalogue);
        var window = PublicationWindow.Of(replay.Review, catalogue);
        return new ReviewReport(record, asOf, replay, clocks, window);
    }

}
