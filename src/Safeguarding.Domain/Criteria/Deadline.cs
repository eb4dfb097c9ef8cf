using Safeguarding.Domain.Calendars;
using Safeguarding.Domain.Citations;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Domain.Criteria;

/// <summary>When a duty found by the criteria falls due, computed from a date the case facts give.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Deadline
{
    /// <summary>Creates a deadline.</summary>
    /// <param name="clock">The clock's name, for example <c>notification</c>.</param>
    /// <param name="startsFrom">The case facts property the clock starts from, for example <c>awareOn</c>.</param>
    /// <param name="start">The start date (not itself counted).</param>
    /// <param name="length">The clock's length.</param>
    /// <param name="due">The due date.</param>
    /// <param name="citation">Where the timescale comes from.</param>
    /// <exception cref="System.ArgumentException">A name is empty.</exception>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    internal Deadline(string clock, string startsFrom, LocalDate start, ClockLength length, CalendarDate due, Citation citation)
    {
        Clock = Guard.Against.NullOrWhiteSpace(clock);
        StartsFrom = Guard.Against.NullOrWhiteSpace(startsFrom);
        Start = start;
        Length = length;
        Due = due;
        Citation = Guard.Against.Null(citation);
    }

    /// <summary>The clock's name: <c>notification</c>, <c>rapid-review</c> or <c>decision</c>.</summary>
    public string Clock { get; }

    /// <summary>The case facts property the clock starts from.</summary>
    public string StartsFrom { get; }

    /// <summary>The start date.</summary>
    public LocalDate Start { get; }

    /// <summary>The clock's length.</summary>
    public ClockLength Length { get; }

    /// <summary>The due date; provisional when it depends on bank holidays not yet announced.</summary>
    public CalendarDate Due { get; }

    /// <summary>Where the timescale comes from.</summary>
    public Citation Citation { get; }

    /// <summary>Returns clock and due date.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Clock + " due " + Due;
}
