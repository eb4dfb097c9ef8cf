using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Safeguarding.Domain.Calendars;

namespace Safeguarding.Domain.Tests.Arbitraries;

/// <summary>Generators for calendar properties: covered dates, spans of up to 40 years, and regions.</summary>
public static class CalendarArbitraries
{
    private static readonly LocalDate First = new(2000, 1, 1);

    /// <summary>A date from 2000-01-01 to 2059-12-31, so that 40 years either way mostly stays covered.</summary>
    public static Gen<LocalDate> Date { get; } = Gen.Choose(0, 21_914).Select(d => First.PlusDays(d));

    public static Gen<HolidayCalendar> Calendar { get; } =
        Gen.Elements(HolidayCalendar.EnglandAndWales, HolidayCalendar.Scotland, HolidayCalendar.NorthernIreland);

    /// <summary>A signed count of working days up to about 40 years (10,400 working days).</summary>
    public static Gen<int> WorkingDays { get; } =
        Gen.Frequency((3, Gen.Choose(-30, 30)), (2, Gen.Choose(-500, 500)), (1, Gen.Choose(-10_400, 10_400)));

    public static Arbitrary<(HolidayCalendar Calendar, LocalDate Date, int N)> CalendarDateCount { get; } =
        Arb.From(
            from calendar in Calendar
            from date in Date
            from n in WorkingDays
            where calendar.TryAddWorkingDays(date, n, out _)
            select (calendar, date, n));

    public static Arbitrary<(HolidayCalendar Calendar, LocalDate Date, int M, int N)> CalendarDateTwoCounts { get; } =
        Arb.From(
            from calendar in Calendar
            from date in Date
            from m in WorkingDays
            from n in WorkingDays
            where calendar.TryAddWorkingDays(date, m, out _) && calendar.TryAddWorkingDays(date, m + n, out _)
            select (calendar, date, m, n));

    public static Arbitrary<(HolidayCalendar Calendar, LocalDate From, LocalDate To)> CalendarSpan { get; } =
        Arb.From(
            from calendar in Calendar
            from start in Date
            from days in Gen.Frequency((3, Gen.Choose(-60, 60)), (1, Gen.Choose(-14_610, 14_610)))
            let end = start.PlusDays(days)
            where HolidayCalendar.Covers(end)
            select (calendar, start, end));

    public static Arbitrary<(HolidayCalendar Calendar, int Year)> CalendarYear { get; } =
        Arb.From(from calendar in Calendar from year in Gen.Choose(HolidayCalendar.FirstYear, HolidayCalendar.LastYear) select (calendar, year));
}
