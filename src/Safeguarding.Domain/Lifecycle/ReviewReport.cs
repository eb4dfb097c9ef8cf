using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
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
[JsonConverter(typeof(ReviewReportJsonConverter))]
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

    /// <summary>
    /// The report as the contract's JSON: <c>state</c>, <c>valid</c>, <c>rejected</c> (<c>index</c>, <c>type</c>,
    /// <c>unmetGuards</c>), <c>clocks</c> and <c>publicationWindow</c>, plus <c>kind</c>, <c>jurisdiction</c>,
    /// <c>regime</c>, <c>asOf</c> and <c>actionPlan</c>.
    /// </summary>
    /// <returns>The JSON text, indented.</returns>
    public string ToJson()
    {
        return JsonText.Write(WriteTo);
    }

    /// <summary>Writes the document onto a writer, whose options set the indentation and escaping.</summary>
    internal void WriteTo(Utf8JsonWriter w)
    {
        var review = Replay.Review;
        w.WriteStartObject();
        w.WriteString("kind", LifecycleNames.Name(Record.Kind));
        w.WriteString("jurisdiction", LifecycleNames.Name(Record.Jurisdiction));
        w.WriteString("regime", review.RegimeId);
        w.WriteString("asOf", ReviewClock.Iso(AsOf));
        w.WriteString("state", LifecycleNames.Name(review.State));
        w.WriteString("actionPlan", LifecycleNames.Name(review.ActionPlan));
        w.WriteBoolean("valid", IsValid);
        if (Replay.RejectedEvent is ReviewEvent rejected)
        {
            w.WriteStartObject("rejected");
            w.WriteNumber("index", Replay.RejectedIndex!.Value);
            w.WriteString("type", LifecycleNames.Name(rejected.Type));
            w.WriteString("date", ReviewClock.Iso(rejected.Date));
            w.WriteStartArray("unmetGuards");
            foreach (var g in Replay.UnmetGuards)
            {
                ReviewLifecycle.WriteGuard(w, g);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("rejected");
        }

        w.WriteStartArray("clocks");
        foreach (var c in Clocks)
        {
            w.WriteStartObject();
            w.WriteString("clock", c.Id);
            w.WriteString("start", ReviewClock.Iso(c.Start));
            w.WriteString("due", ReviewClock.Iso(c.Due));
            if (c.Done is LocalDate done)
            {
                w.WriteString("done", ReviewClock.Iso(done));
            }
            else
            {
                w.WriteNull("done");
            }

            w.WriteString("status", LifecycleNames.Name(c.Status));
            if (c.DaysLate is int days)
            {
                w.WriteNumber("daysLate", days);
                if (c.WorkingDaysLate is int working)
                {
                    w.WriteNumber("workingDaysLate", working);
                }
            }

            // Time left on an open clock; an earliest date is typed and worded as one, not as a deadline.
            w.WriteString("type", c.IsEarliestDate ? "earliest-date" : "deadline");
            if (c.EarliestDate is LocalDate earliest)
            {
                w.WriteString("earliest", ReviewClock.Iso(earliest));
                if (c.DaysRemaining is int wait)
                {
                    w.WriteBoolean("allowed", wait == 0);
                    w.WriteNumber("daysUntilEarliest", wait);
                    if (c.WorkingDaysRemaining is int workingWait)
                    {
                        w.WriteNumber("workingDaysUntilEarliest", workingWait);
                    }
                }
            }
            else if (c.DaysRemaining is int left)
            {
                w.WriteNumber("daysRemaining", left);
                if (c.WorkingDaysRemaining is int workingLeft)
                {
                    w.WriteNumber("workingDaysRemaining", workingLeft);
                }
            }

            w.WriteString("rule", c.Timescale.Length.ToString());
            w.WriteBoolean("provisional", c.IsProvisional);
            w.WriteString("citation", c.Timescale.Citation.ToString());
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (PublicationWindow is PublicationWindow window)
        {
            w.WriteStartObject("publicationWindow");
            w.WriteString("start", ReviewClock.Iso(window.Start));
            if (window.End is LocalDate end)
            {
                w.WriteString("end", ReviewClock.Iso(end));
            }
            else
            {
                w.WriteNull("end");
            }

            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("publicationWindow");
        }

        w.WriteEndObject();
    }

    /// <summary>The report as text for people: state, any refusal with its guards, clocks, publication window.</summary>
    /// <returns>The text; lines end with <c>\n</c>.</returns>
    public string ToText()
    {
        var review = Replay.Review;
        var text = new StringBuilder();
        text.Append(LifecycleNames.Name(Record.Kind)).Append(" (").Append(LifecycleNames.Name(Record.Jurisdiction)).Append(", ").Append(review.RegimeId)
            .Append("), as of ").Append(ReviewClock.Iso(AsOf)).Append('\n');
        text.Append("state: ").Append(LifecycleNames.Name(review.State)).Append("; action plan: ").Append(LifecycleNames.Name(review.ActionPlan)).Append('\n');
        if (Replay.RejectedEvent is ReviewEvent rejected)
        {
            text.Append("INVALID: the ").Append(PlanText.Ordinal(Replay.RejectedIndex!.Value + 1)).Append(" event (").Append(rejected)
                .Append(") is refused; unmet guards:\n");
            foreach (var g in Replay.UnmetGuards)
            {
                text.Append("  - ").Append(g.Id).Append(": ").Append(g.Description).Append(" [").Append(g.Citation).Append("]\n");
            }
        }
        else
        {
            text.Append("valid: every event is allowed by the lifecycle\n");
        }

        text.Append("clocks:\n");
        if (Clocks.IsEmpty)
        {
            text.Append("  (none started)\n");
        }

        foreach (var c in Clocks)
        {
            text.Append("  ").Append(c).Append(" [").Append(c.Timescale.Citation).Append("]\n");
        }

        text.Append("publication window: ").Append(PublicationWindow?.ToString() ?? "not published").Append('\n');
        return text.ToString();
    }
}
