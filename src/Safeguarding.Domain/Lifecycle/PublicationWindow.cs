using System.Globalization;
using Safeguarding.Domain.Serialization;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Domain.Lifecycle;

/// <summary>
/// How long a published report stays available: the window <c>[Start, End)</c>, where <see cref="End"/> is
/// the first day the report may be taken down. Its length is the local policy's period where there is one,
/// otherwise the regime's statutory minimum (SI 2018/789 reg 17: at least one year for local child
/// safeguarding practice reviews; Working Together 2013/2015: at least 12 months for serious case reviews).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PublicationWindow : IEquatable<PublicationWindow>
{
    private static readonly LocalDate ProbeStart = new(2000, 1, 1);

    private PublicationWindow(LocalDate start, Period? period, Period? statutoryMinimum)
    {
        Start = start;
        Period = period;
        StatutoryMinimum = statutoryMinimum;
        End = period is null ? null : start.Plus(period);
    }

    /// <summary>The day the report was published.</summary>
    public LocalDate Start { get; }

    /// <summary>The first day the report may be taken down (exclusive end); null when neither a local policy nor a statutory minimum sets one.</summary>
    public LocalDate? End { get; }

    /// <summary>The period the window lasts; null when unknown.</summary>
    public Period? Period { get; }

    /// <summary>The regime's statutory minimum; null when the regime sets none.</summary>
    public Period? StatutoryMinimum { get; }

    /// <summary>The days the report must stay available, inclusive, as a NodaTime interval.</summary>
    /// <returns>The interval; null when <see cref="End"/> is null.</returns>
    public DateInterval? ToDateInterval() => End is LocalDate end ? new DateInterval(Start, end.PlusDays(-1)) : null;

    /// <summary>
    /// The statutory minimum publication period of a regime and kind, from the catalogue's
    /// <c>publication-minimum</c> clock; null when the regime sets none.
    /// </summary>
    /// <param name="regimeId">The regime id, for example <see cref="RegimeId.EnglandCspr2018"/>.</param>
    /// <param name="kind">The review kind.</param>
    /// <param name="catalogue">The timescale catalogue.</param>
    /// <returns>The minimum, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalogue"/> is null.</exception>
    internal static Period? StatutoryMinimumOf(RegimeId regimeId, DeterminationKind kind, TimescaleCatalogue catalogue)
    {
        Guard.Against.Null(catalogue);
        foreach (var t in catalogue.For(regimeId, kind))
        {
            if (t.Rule == TimescaleRule.MinimumPeriod && t.EndsOn == ReviewEventType.PublicationEnded)
            {
                return t.Length.Unit switch
                {
                    ClockUnit.Months => NodaTime.Period.FromMonths(t.Length.Count),
                    _ => NodaTime.Period.FromDays(t.Length.Count),
                };
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a local publication period is at least the statutory minimum from every possible start date
    /// (checked over a whole leap-year cycle, so that <c>P365D</c> is shorter than <c>P12M</c>).
    /// </summary>
    /// <param name="localPeriod">The local policy's period; null (none) always passes.</param>
    /// <param name="statutoryMinimum">The minimum; null (none) always passes.</param>
    /// <returns>Whether the local period is long enough (code <c>publication-period-below-minimum</c> when not).</returns>
    internal static bool CheckPeriod(Period? localPeriod, Period? statutoryMinimum)
    {
        if (localPeriod is null || statutoryMinimum is null)
        {
            return true;
        }

        for (int d = 0; d < 1461; d++)
        {
            var start = ProbeStart.PlusDays(d);
            if (start.Plus(localPeriod) < start.Plus(statutoryMinimum))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The window of a review; null until it is published.</summary>
    /// <param name="review">The review.</param>
    /// <param name="catalogue">The timescale catalogue (for the statutory minimum).</param>
    /// <returns>The window, or null.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The review's local period is shorter than the statutory minimum.</exception>
    internal static PublicationWindow? Of(Review review, TimescaleCatalogue catalogue)
    {
        Guard.Against.Null(review);
        Guard.Against.Null(catalogue);
        var published = review.First(ReviewEventType.Published);
        if (published is null)
        {
            return null;
        }

        return Create(published.Date, review.Policy.PublicationPeriod, StatutoryMinimumOf(review.RegimeId, review.Kind, catalogue));
    }

    /// <summary>A window that starts on a publication date.</summary>
    /// <param name="start">The publication date.</param>
    /// <param name="localPeriod">The local policy's period; null for the statutory minimum.</param>
    /// <param name="statutoryMinimum">The regime's minimum; null when it sets none.</param>
    /// <returns>The window.</returns>
    /// <exception cref="ArgumentException"><paramref name="localPeriod"/> is shorter than <paramref name="statutoryMinimum"/>.</exception>
    internal static PublicationWindow Create(LocalDate start, Period? localPeriod, Period? statutoryMinimum)
    {
        if (!CheckPeriod(localPeriod, statutoryMinimum))
        {
            throw new ArgumentException("The local publication period is shorter than the statutory minimum (publication-period-below-minimum).", nameof(localPeriod));
        }

        return new PublicationWindow(start, localPeriod ?? statutoryMinimum, statutoryMinimum);
    }

    /// <summary>Whether the report must be available on a date: <c>Start &lt;= date &lt; End</c> (no end: on or after the start).</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether the date is in the window.</returns>
    public bool Contains(LocalDate date) => date >= Start && (End is not LocalDate end || date < end);

    /// <summary>Returns <c>[start, end)</c>, for example <c>[2014-12-15, 2016-06-15)</c>.</summary>
    /// <returns>The window as text.</returns>
    public override string ToString() =>
        "[" + ContractDate.Format(Start) + ", "
        + (End is LocalDate end ? ContractDate.Format(end) : "open") + ")";

    /// <inheritdoc />
    public bool Equals(PublicationWindow? other) =>
        other is not null && Start == other.Start && Equals(Period, other.Period) && Equals(StatutoryMinimum, other.StatutoryMinimum);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PublicationWindow);

    /// <inheritdoc />
    public override int GetHashCode() => Start.GetHashCode() ^ (Period?.GetHashCode() ?? 0);
}
