using Safeguarding.Domain.Calendars;
using Safeguarding.Domain.Citations;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Domain.Criteria;

/// <summary>When a duty found by the criteria falls due, computed from a date the case facts give.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Deadline
{
    // Made by the library only, with an object initialiser that names each property.
    internal Deadline()
    {
    }

    /// <summary>The clock's name: <c>notification</c>, <c>rapid-review</c> or <c>decision</c>.</summary>
    public string Clock { get; internal init => field = Guard.Against.NullOrWhiteSpace(value, nameof(Clock)); } = null!;

    /// <summary>The case facts property the clock starts from.</summary>
    public string StartsFrom { get; internal init => field = Guard.Against.NullOrWhiteSpace(value, nameof(StartsFrom)); } = null!;

    /// <summary>The start date.</summary>
    public LocalDate Start { get; internal init; }

    /// <summary>The clock's length.</summary>
    public ClockLength Length { get; internal init; }

    /// <summary>The due date; provisional when it depends on bank holidays not yet announced.</summary>
    public CalendarDate Due { get; internal init; }

    /// <summary>Where the timescale comes from.</summary>
    public Citation Citation { get; internal init => field = Guard.Against.Null(value, nameof(Citation)); } = null!;

    /// <summary>Returns clock and due date.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Clock + " due " + Due;
}
