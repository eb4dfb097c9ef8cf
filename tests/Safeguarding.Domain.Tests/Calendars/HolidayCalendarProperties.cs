using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Safeguarding.Domain.Calendars;
using Safeguarding.Domain.Tests.Arbitraries;

namespace Safeguarding.Domain.Tests.Calendars;

/// <summary>Laws of working-day arithmetic, checked on random dates and spans of up to 40 years.</summary>
public sealed class HolidayCalendarProperties
{
    [Property(MaxTest = 300)]
    public Property AddWorkingDays_NonZero_LandsOnAWorkingDay() =>
        Prop.ForAll(CalendarArbitraries.CalendarDateCount, t =>
            t.N == 0 || t.Calendar.IsWorkingDay(t.Calendar.AddWorkingDays(t.Date, t.N).Date));

    [Property(MaxTest = 300)]
    public Property CountWorkingDays_UndoesAddWorkingDays() =>
        Prop.ForAll(CalendarArbitraries.CalendarDateCount, t =>
            t.Calendar.CountWorkingDays(t.Date, t.Calendar.AddWorkingDays(t.Date, t.N).Date).Days == t.N);

    [Property(MaxTest = 300)]
    public Property AddWorkingDays_MThenN_EqualsMPlusN_WhenBothGoTheSameWay() =>
        Prop.ForAll(CalendarArbitraries.CalendarDateTwoCounts, t =>
        {
            // From a non-working day, +1 then -1 does not return to the start, so from any date the law
            // holds for steps that go the same way (the next property covers mixed steps from a working day).
            var cal = t.Calendar;
            bool sameWay = (t.M >= 0 && t.N >= 0) || (t.M <= 0 && t.N <= 0);
            if (!sameWay)
            {
                return true;
            }

            var stepwise = cal.AddWorkingDays(cal.AddWorkingDays(t.Date, t.M).Date, t.N).Date;
            return stepwise == cal.AddWorkingDays(t.Date, t.M + t.N).Date;
        });

    [Property(MaxTest = 300)]
    public Property AddWorkingDays_FromAWorkingDay_IsAdditiveInBothDirections() =>
        Prop.ForAll(CalendarArbitraries.CalendarDateTwoCounts, t =>
        {
            var cal = t.Calendar;
            var start = cal.IsWorkingDay(t.Date) ? t.Date : cal.NextWorkingDay(t.Date).Date;
            if (!cal.TryAddWorkingDays(start, t.M, out var mid) || !cal.TryAddWorkingDays(start, t.M + t.N, out var direct)
                || !cal.TryAddWorkingDays(mid.Date, t.N, out var stepwise))
            {
                return true;
            }

            return stepwise.Date == direct.Date;
        });

    [Property(MaxTest = 120)]
    public Property FastPaths_EqualTheNaiveDayByDayReference() =>
        Prop.ForAll(CalendarArbitraries.CalendarSpan, t =>
        {
            bool countAgrees = t.Calendar.CountWorkingDays(t.From, t.To).Days == NaiveCalendar.CountWorkingDays(t.Calendar, t.From, t.To);
            int n = NaiveCalendar.CountWorkingDays(t.Calendar, t.From, t.To);
            bool addAgrees = !t.Calendar.TryAddWorkingDays(t.From, n, out var fast) || fast.Date == NaiveCalendar.AddWorkingDays(t.Calendar, t.From, n);
            bool workingAgrees = t.Calendar.IsWorkingDay(t.To) == NaiveCalendar.IsWorkingDay(t.Calendar, t.To);
            return countAgrees && addAgrees && workingAgrees;
        });

    [Property(MaxTest = 200)]
    public Property NoHoliday_FallsOnAWeekend() =>
        Prop.ForAll(CalendarArbitraries.CalendarYear, t =>
            t.Calendar.HolidaysIn(t.Year).Holidays.All(h => h.Date.DayOfWeek < IsoDayOfWeek.Saturday));

    [Property(MaxTest = 200)]
    public Property EveryYear_HasTheRegionsCountOfHolidays_AdjustedByItsOneOffs() =>
        Prop.ForAll(CalendarArbitraries.CalendarYear, t =>
        {
            int standing = t.Calendar.Region switch
            {
                HolidayRegion.EnglandAndWales => 8,
                HolidayRegion.Scotland => t.Year >= 2007 ? 9 : 8,
                _ => 10,
            };
            int extra = t.Calendar.OneOffs.Count(o => o.Date.Year == t.Year && o.Replaces is null);
            return t.Calendar.HolidaysIn(t.Year).Holidays.Length == standing + extra;
        });

    [Property(MaxTest = 200)]
    public Property Holidays_AreInDateOrderAndDistinct() =>
        Prop.ForAll(CalendarArbitraries.CalendarYear, t =>
        {
            var dates = t.Calendar.HolidaysIn(t.Year).Holidays.Select(h => h.Date).ToList();
            return dates.SequenceEqual(dates.OrderBy(d => d).Distinct()) && dates.All(d => d.Year == t.Year);
        });

    [Property(MaxTest = 200)]
    public Property MonthArithmetic_ClampsToTheEndOfTheMonth() =>
        Prop.ForAll(Arb.From(from date in CalendarArbitraries.Date from months in Gen.Choose(-120, 120) select (date, months)), t =>
        {
            var due = Safeguarding.Domain.Timescales.ClockLength.Months(t.months).DueFrom(t.date, HolidayCalendar.EnglandAndWales).Date;
            var firstOfTarget = new LocalDate(t.date.Year, t.date.Month, 1).PlusMonths(t.months);
            int daysInTarget = firstOfTarget.Calendar.GetDaysInMonth(firstOfTarget.Year, firstOfTarget.Month);
            return due.Year == firstOfTarget.Year && due.Month == firstOfTarget.Month
                && due.Day == System.Math.Min(t.date.Day, daysInTarget);
        });
}
