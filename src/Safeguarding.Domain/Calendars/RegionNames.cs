using Safeguarding.Domain.Internal;

namespace Safeguarding.Domain.Calendars;

/// <summary>The contract's wire names of the holiday regions.</summary>
internal static class RegionNames
{
    private static readonly KebabNames<HolidayRegion> Names = new(
        (HolidayRegion.EnglandAndWales, "england-and-wales"),
        (HolidayRegion.Scotland, "scotland"),
        (HolidayRegion.NorthernIreland, "northern-ireland"));

    public static string Expected => Names.Expected;

    public static string Name(HolidayRegion region) => Names.Name(region);

    /// <summary>
    /// A region by its wire name, or by the name of a jurisdiction, which names the calendar its clocks count
    /// (<c>england</c> and <c>wales</c> name the one calendar the two nations share).
    /// </summary>
    public static bool TryParse(string id, out HolidayRegion region)
    {
        if (Names.TryParse(id, out region))
        {
            return true;
        }

        if (VocabularyNames.Jurisdictions.TryParse(id, out var jurisdiction))
        {
            region = HolidayCalendar.RegionOf(jurisdiction);
            return true;
        }

        return false;
    }

    public static KebabNames<HolidayRegion> Map => Names;
}
