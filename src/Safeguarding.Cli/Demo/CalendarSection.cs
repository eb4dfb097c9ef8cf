using System.Globalization;
using Safeguarding.Domain.Calendars;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Cli.Demo;

/// <summary>Bank holidays and working-day clocks, where hand-kept trackers most often go wrong.</summary>
internal sealed class CalendarSection : IDemoSection
{
    public string Title => "Statutory clocks and bank holidays";

    public void Write(TextWriter output)
    {
        // A serious incident learnt of in the week of the 2022 state funeral: the one-off holiday moves the deadline.
        var known = new LocalDate(2022, 9, 14);
        var notify = ClockLength.WorkingDays(5);
        output.WriteLine($"Incident known {ContractDate.Format(known)}: notify the Panel within {notify} -> due {ContractDate.Format(notify.DueFrom(known, HolidayCalendar.EnglandAndWales).Date)}"
            + $" (England and Wales; Monday 19 September 2022 was a bank holiday), {ContractDate.Format(notify.DueFrom(known, HolidayCalendar.Scotland).Date)} in Scotland's calendar.");
        var rapid = ClockLength.WorkingDays(15);
        output.WriteLine($"Rapid review within {rapid} of the same date -> due {ContractDate.Format(rapid.DueFrom(known, HolidayCalendar.EnglandAndWales).Date)}.");
        var decided = new LocalDate(2019, 8, 31);
        output.WriteLine($"Decision on {ContractDate.Format(decided)}; completion target {ClockLength.Months(6)} -> {ContractDate.Format(ClockLength.Months(6).DueFrom(decided, HolidayCalendar.EnglandAndWales).Date)} (end of month clamps).");
        var christmas = HolidayCalendar.EnglandAndWales.CountWorkingDays(new LocalDate(2021, 12, 24), new LocalDate(2022, 1, 4));
        output.WriteLine($"Working days after Fri 24 Dec 2021 up to Tue 4 Jan 2022 (England and Wales): {christmas.Days} (27, 28 Dec and 3 Jan were substitute days).");
        var scotland2026 = HolidayCalendar.Scotland.HolidaysIn(2026);
        output.WriteLine($"Scotland has {scotland2026.Holidays.Length} bank holidays in 2026, including the one-off of Monday 15 June.");
        var later = HolidayCalendar.EnglandAndWales.AddWorkingDays(new LocalDate(2028, 12, 20), 10);
        output.WriteLine($"10 working days after 2028-12-20 -> {later} (2029 is not yet announced, so the answer says so).");
    }
}
