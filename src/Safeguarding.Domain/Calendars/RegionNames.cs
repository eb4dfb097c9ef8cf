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

    /// <summary>A region by its wire name; <c>england</c> and <c>wales</c> name the one calendar the two nations share.</summary>
    public static bool TryParse(string id, out HolidayRegion region)
    {
        if (id is "england" or "wales")
        {
            region = HolidayRegion.EnglandAndWales;
            return true;
        }

        return Names.TryParse(id, out region);
    }

    public static KebabNames<HolidayRegion> Map => Names;
}
