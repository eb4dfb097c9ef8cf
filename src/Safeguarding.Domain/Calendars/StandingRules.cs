namespace Safeguarding.Domain.Calendars;

/// <summary>
/// The standing bank-holiday rules of each region (Banking and Financial Dealings Act 1971 Sch 1, the
/// St Andrew's Day Bank Holiday (Scotland) Act 2007, and the common-law holidays of Good Friday and
/// Christmas Day), before substitution and before one-off changes.
/// </summary>
internal static class StandingRules
{
    /// <summary>The first year St Andrew's Day (30 November) is a Scottish bank holiday.</summary>
    public const int StAndrewsDayFrom = 2007;

    public static List<(LocalDate Date, string Name)> For(HolidayRegion region, int year)
    {
        var easter = Easter.Sunday(year);
        var list = new List<(LocalDate, string)>
        {
            (new LocalDate(year, 1, 1), "New Year's Day"),
        };
        if (region == HolidayRegion.Scotland)
        {
            list.Add((new LocalDate(year, 1, 2), "2nd January"));
        }

        if (region == HolidayRegion.NorthernIreland)
        {
            list.Add((new LocalDate(year, 3, 17), "St Patrick's Day"));
        }

        list.Add((easter.PlusDays(-2), "Good Friday"));
        if (region != HolidayRegion.Scotland)
        {
            list.Add((easter.PlusDays(1), "Easter Monday"));
        }

        list.Add((FirstMonday(year, 5), "Early May bank holiday"));
        list.Add((LastMonday(year, 5), "Spring bank holiday"));
        if (region == HolidayRegion.NorthernIreland)
        {
            list.Add((new LocalDate(year, 7, 12), "Battle of the Boyne (Orangemen's Day)"));
        }

        list.Add((region == HolidayRegion.Scotland ? FirstMonday(year, 8) : LastMonday(year, 8), "Summer bank holiday"));
        if (region == HolidayRegion.Scotland && year >= StAndrewsDayFrom)
        {
            list.Add((new LocalDate(year, 11, 30), "St Andrew's Day"));
        }

        list.Add((new LocalDate(year, 12, 25), "Christmas Day"));
        list.Add((new LocalDate(year, 12, 26), "Boxing Day"));
        return list;
    }

    private static LocalDate FirstMonday(int year, int month)
    {
        var first = new LocalDate(year, month, 1);
        int offset = ((int)IsoDayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7;
        return first.PlusDays(offset);
    }

    private static LocalDate LastMonday(int year, int month)
    {
        var last = new LocalDate(year, month, 1).PlusMonths(1).PlusDays(-1);
        int back = ((int)last.DayOfWeek - (int)IsoDayOfWeek.Monday + 7) % 7;
        return last.PlusDays(-back);
    }
}
