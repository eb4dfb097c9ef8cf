using System.Globalization;
using Safeguarding.Domain.Internal;
using Safeguarding.Domain.Serialization;

namespace Safeguarding.Domain.Calendars;

/// <summary>One year's bank holidays in one region, and whether they were officially announced.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class HolidayYear
{
    // Made by the library only, with an object initialiser that names each property.
    internal HolidayYear()
    {
    }

    /// <summary>The region.</summary>
    public HolidayRegion Region { get; internal init; }

    /// <summary>The year.</summary>
    public int Year { get; internal init; }

    /// <summary>Every day of the year that is not a working day because of a holiday, substitute days included, in date order.</summary>
    public ImmutableArray<BankHoliday> Holidays { get; internal init; }

    /// <summary>
    /// Whether the year is after the calendar's last officially announced year, so the list comes from the
    /// standing rules alone and a later proclamation could change it.
    /// </summary>
    public bool IsProvisional { get; internal init; }

}
