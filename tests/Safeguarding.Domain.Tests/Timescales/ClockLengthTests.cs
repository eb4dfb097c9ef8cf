using System;
using NodaTime;
using Safeguarding.Domain.Calendars;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Domain.Tests.Timescales;

/// <summary><see cref="ClockLength.TryDueFrom"/>: the one answer for a due date beyond the calendar's years.</summary>
public sealed class ClockLengthTests
{
    private static readonly HolidayCalendar Calendar = HolidayCalendar.EnglandAndWales;

    [Theory]
    [InlineData(2022, 9, 14, 5)]
    [InlineData(2099, 12, 1, 15)]
    [InlineData(2000, 1, 20, -5)]
    public void TryDueFrom_WorkingDaysInsideTheCalendar_IsDueFrom(int year, int month, int day, int count)
    {
        var start = new LocalDate(year, month, day);
        var length = ClockLength.WorkingDays(count);

        Assert.True(length.TryDueFrom(start, Calendar, out var due));
        Assert.Equal(length.DueFrom(start, Calendar), due);
    }

    [Fact]
    public void TryDueFrom_WorkingDaysEndingAfterTheLastYear_IsFalseWhereDueFromThrows()
    {
        var start = new LocalDate(HolidayCalendar.LastYear, 12, 20);
        var length = ClockLength.WorkingDays(15);

        Assert.False(length.TryDueFrom(start, Calendar, out var due));
        Assert.Equal(default, due);
        Assert.Throws<ArgumentOutOfRangeException>(() => length.DueFrom(start, Calendar));
    }

    [Fact]
    public void TryDueFrom_WorkingDaysStartingBeforeTheFirstYear_IsFalse()
    {
        Assert.False(ClockLength.WorkingDays(5).TryDueFrom(new LocalDate(HolidayCalendar.FirstYear - 1, 12, 1), Calendar, out _));
    }

    [Fact]
    public void TryDueFrom_MonthsAndDaysBeyondTheCalendar_StillHaveADueDate()
    {
        var start = new LocalDate(HolidayCalendar.LastYear, 12, 20);

        Assert.True(ClockLength.Months(6).TryDueFrom(start, Calendar, out var months));
        Assert.Equal(new CalendarDate(new LocalDate(HolidayCalendar.LastYear + 1, 6, 20), false), months);
        Assert.True(ClockLength.CalendarDays(30).TryDueFrom(start, Calendar, out var days));
        Assert.Equal(new CalendarDate(start.PlusDays(30), false), days);
    }

    [Fact]
    public void TryDueFrom_NullCalendar_Throws()
    {
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => ClockLength.Months(1).TryDueFrom(new LocalDate(2020, 1, 1), null!, out _)).ParamName);
    }
}
