using System.Collections.Generic;
using NodaTime;
using Safeguarding.Domain.Calendars;

namespace Safeguarding.Domain.Benchmarks;

/// <summary>
/// What an integrator writes without the package: a set of holiday dates and a loop that walks one day
/// at a time. Same calendar, same rules, so the comparison is only of the method.
/// </summary>
public sealed class NaiveWorkingDays
{
    private readonly HashSet<LocalDate> _holidays = new();

    public NaiveWorkingDays(HolidayCalendar calendar)
    {
        for (int year = HolidayCalendar.FirstYear; year <= HolidayCalendar.LastYear; year++)
        {
            foreach (var holiday in calendar.HolidaysIn(year).Holidays)
            {
                _holidays.Add(holiday.Date);
            }
        }
    }

    public bool IsWorkingDay(LocalDate date) => date.DayOfWeek < IsoDayOfWeek.Saturday && !_holidays.Contains(date);

    public LocalDate AddWorkingDays(LocalDate date, int n)
    {
        var day = date;
        while (n > 0)
        {
            day = day.PlusDays(1);
            if (IsWorkingDay(day))
            {
                n--;
            }
        }

        return day;
    }

    public int CountWorkingDays(LocalDate from, LocalDate to)
    {
        int count = 0;
        for (var d = from.PlusDays(1); d <= to; d = d.PlusDays(1))
        {
            if (IsWorkingDay(d))
            {
                count++;
            }
        }

        return count;
    }
}
