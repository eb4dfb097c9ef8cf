using Safeguarding.Domain.Citations;

namespace Safeguarding.Domain.Calendars;

/// <summary>
/// A change to one year's bank holidays made by royal proclamation: an extra holiday, or a standing
/// holiday moved to another date. Data, with its source, so that a new proclamation is a data change.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class OneOffChange
{
    /// <summary>Creates a one-off change.</summary>
    /// <param name="regions">The regions it applies to; at least one.</param>
    /// <param name="date">The holiday's date.</param>
    /// <param name="name">The holiday's name.</param>
    /// <param name="replaces">For a moved holiday, the standing date it replaces; null for an extra holiday.</param>
    /// <param name="source">Where the change is recorded.</param>
    /// <exception cref="ArgumentException"><paramref name="regions"/> is empty, or <paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="source"/> is null.</exception>
    public OneOffChange(ImmutableArray<HolidayRegion> regions, LocalDate date, string name, LocalDate? replaces, Citation source)
    {
        if (regions.IsDefaultOrEmpty)
        {
            throw new ArgumentException("A one-off change applies to at least one region.", nameof(regions));
        }

        Regions = regions;
        Date = date;
        Name = Guard.Against.NullOrWhiteSpace(name);
        Replaces = replaces;
        Source = Guard.Against.Null(source);
    }

    /// <summary>The regions the change applies to.</summary>
    public ImmutableArray<HolidayRegion> Regions { get; }

    /// <summary>The holiday's date.</summary>
    public LocalDate Date { get; }

    /// <summary>The holiday's name.</summary>
    public string Name { get; }

    /// <summary>For a moved holiday, the standing date that is no longer a holiday; null for an extra holiday.</summary>
    public LocalDate? Replaces { get; }

    /// <summary>Where the change is recorded.</summary>
    public Citation Source { get; }
}
