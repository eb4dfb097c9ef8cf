using System.Globalization;
using System.IO;
using System.Text;
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
    // Made by the library only, with an object initialiser that names each property.
    private ReviewReport()
    {
    }

    /// <summary>The record replayed.</summary>
    public ReviewRecord Record { get; private init; } = null!;

    /// <summary>The as-of date of the clocks.</summary>
    public LocalDate AsOf { get; private init; }

    /// <summary>The replay: the review rebuilt, or the first refused event with its unmet guards.</summary>
    public ReplayResult Replay { get; private init; } = null!;

    /// <summary>The main-track state (before the first refused event, if any).</summary>
    public ReviewState State => Replay.Review.State;

    /// <summary>Whether every event was allowed.</summary>
    public bool IsValid => Replay.IsValid;

    /// <summary>Every clock of the replayed review on the as-of date.</summary>
    public ImmutableArray<ReviewClock> Clocks { get; private init; }

    /// <summary>The publication window; null until published.</summary>
    public PublicationWindow? PublicationWindow { get; private init; }

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
        return new ReviewReport { Record = record, AsOf = asOf, Replay = replay, Clocks = clocks, PublicationWindow = window };
    }

    /// <summary>
    /// Returns where the review stands, for example
    /// <c>serious-case-review in england as of 2016-01-01: valid: published; 9 clocks, 2 late or overdue; published [2014-12-15, 2016-06-15)</c>.
    /// </summary>
    /// <returns>The report as text.</returns>
    public override string ToString()
    {
        int late = 0;
        foreach (var clock in Clocks)
        {
            if (clock.Status is ClockStatus.Late or ClockStatus.Overdue)
            {
                late++;
            }
        }

        return LifecycleNames.Name(Record.Kind) + " in " + LifecycleNames.Name(Record.Jurisdiction) + " as of "
            + AsOf.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) + ": " + Replay + "; "
            + Clocks.Length + (Clocks.Length == 1 ? " clock, " : " clocks, ") + late + " late or overdue"
            + (PublicationWindow is null ? string.Empty : "; published " + PublicationWindow);
    }
}
