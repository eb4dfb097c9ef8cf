using NodaTime;
using Safeguarding.Domain.Calendars;

namespace Safeguarding.Domain.Tests.Calendars;

/// <summary>The obvious day-by-day reference that the fast tables must agree with.</summary>
internal static class NaiveCalendar
{
    public static bool IsWorkingDay(HolidayCalendar calendar, LocalDate date) =>
        date.DayOfWeek < IsoDayOfWeek.Saturday && !calendar.TryGetHoliday(date, out _);

    public static LocalDate AddWorkingDays(HolidayCalendar calendar, LocalDate date, int n)
    {
        int step = n >= 0 ? 1 : -1;
        int left = n < 0 ? -n : n;
        var day = date;
        while (left > 0)
        {
            day = day.PlusDays(step);
            if (IsWorkingDay(calendar, day))
            {
                left--;
            }
        }

        return day;
    }

    public static int CountWorkingDays(HolidayCalendar calendar, LocalDate from, LocalDate to)
    {
        int count = 0;
        if (to >= from)
        {
            for (var d = from.PlusDays(1); d <= to; d = d.PlusDays(1))
            {
                count += IsWorkingDay(calendar, d) ? 1 : 0;
            }

            return count;
        }

        for (var d = to; d < from; d = d.PlusDays(1))
        {
            count += IsWorkingDay(calendar, d) ? 1 : 0;
        }

        return -count;
    }
}
