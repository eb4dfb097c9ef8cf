using Safeguarding.Domain.Citations;

namespace Safeguarding.Domain.Calendars;

/// <summary>
/// Every one-off change to UK bank holidays from 2000 on that the package knows of, with its source.
/// </summary>
/// <remarks>
/// Sources: the GOV.UK bank-holidays feed (2012 to 2028, verified against the copy in the fact sheet),
/// a secondary copy of the GOV.UK table for 2011, the Scottish Government's release of 5 February 2026
/// for Scotland's 15 June 2026 holiday (missing from the feed copy), and best knowledge for 2002 (marked
/// unverified). Each was appointed by royal proclamation under the Banking and Financial Dealings Act 1971 s1(3).
/// </remarks>
public static class OneOffChanges
{
    private static readonly ImmutableArray<HolidayRegion> AllRegions =
        ImmutableArray.Create(HolidayRegion.EnglandAndWales, HolidayRegion.Scotland, HolidayRegion.NorthernIreland);

    /// <summary>The known one-off changes, in date order.</summary>
    public static ImmutableArray<OneOffChange> All { get; } = ImmutableArray.Create(
        new OneOffChange(AllRegions, new LocalDate(2002, 6, 3), "Golden Jubilee bank holiday", null, Proclamation("2002 (Golden Jubilee)", verified: false)),
        new OneOffChange(AllRegions, new LocalDate(2002, 6, 4), "Spring bank holiday", new LocalDate(2002, 5, 27), Proclamation("2002 (Golden Jubilee)", verified: false)),
        new OneOffChange(AllRegions, new LocalDate(2011, 4, 29), "Royal wedding bank holiday", null, Proclamation("2011 (royal wedding)", verified: true)),
        new OneOffChange(AllRegions, new LocalDate(2012, 6, 4), "Spring bank holiday", new LocalDate(2012, 5, 28), Proclamation("2012 (Diamond Jubilee)", verified: true)),
        new OneOffChange(AllRegions, new LocalDate(2012, 6, 5), "Queen's Diamond Jubilee", null, Proclamation("2012 (Diamond Jubilee)", verified: true)),
        new OneOffChange(AllRegions, new LocalDate(2020, 5, 8), "Early May bank holiday (VE day)", new LocalDate(2020, 5, 4), Proclamation("2020 (VE day 75)", verified: true)),
        new OneOffChange(AllRegions, new LocalDate(2022, 6, 2), "Spring bank holiday", new LocalDate(2022, 5, 30), Proclamation("2022 (Platinum Jubilee)", verified: true)),
        new OneOffChange(AllRegions, new LocalDate(2022, 6, 3), "Platinum Jubilee bank holiday", null, Proclamation("2022 (Platinum Jubilee)", verified: true)),
        new OneOffChange(AllRegions, new LocalDate(2022, 9, 19), "Bank holiday for the state funeral of Queen Elizabeth II", null, Proclamation("2022 (state funeral)", verified: true)),
        new OneOffChange(AllRegions, new LocalDate(2023, 5, 8), "Bank holiday for the coronation of King Charles III", null, Proclamation("2023 (coronation)", verified: true)),
        new OneOffChange(ImmutableArray.Create(HolidayRegion.Scotland), new LocalDate(2026, 6, 15), "Bank holiday (Scotland men's football team's World Cup return)", null,
            Proclamation("4 February 2026 (Scotland)", verified: true)));

    private static Citation Proclamation(string which, bool verified) =>
        new("Banking and Financial Dealings Act 1971", "s1(3), royal proclamation " + which, SourceKind.Statute, verified);
}
