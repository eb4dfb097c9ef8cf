using NodaTime;
using Safeguarding.Domain.Calendars;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Domain.Tests.Timescales;

public sealed class ClockLengthTests
{
    [Theory]
    [InlineData(2019, 8, 31, 6, 2020, 2, 29)]  // leap year
    [InlineData(2018, 8, 31, 6, 2019, 2, 28)]
    [InlineData(2013, 1, 31, 1, 2013, 2, 28)]
    [InlineData(2013, 1, 10, 1, 2013, 2, 10)]  // the contract's decision clock example
    public void Months_EndOfMonthClamps(int y, int m, int d, int months, int ey, int em, int ed)
    {
        Assert.Equal(new LocalDate(ey, em, ed), ClockLength.Months(months).DueFrom(new LocalDate(y, m, d), HolidayCalendar.EnglandAndWales).Date);
    }

    [Fact]
    public void CalendarDays_CountEveryDay()
    {
        Assert.Equal(new LocalDate(2014, 12, 8), ClockLength.CalendarDays(-7).DueFrom(new LocalDate(2014, 12, 15), HolidayCalendar.EnglandAndWales).Date);
    }

    [Fact]
    public void WorkingDays_DependOnTheRegion()
    {
        var easter = new LocalDate(2024, 3, 28); // Thursday before Good Friday
        Assert.Equal(new LocalDate(2024, 4, 2), ClockLength.WorkingDays(1).DueFrom(easter, HolidayCalendar.EnglandAndWales).Date);
        Assert.Equal(new LocalDate(2024, 4, 1), ClockLength.WorkingDays(1).DueFrom(easter, HolidayCalendar.Scotland).Date); // no Easter Monday
    }

    [Theory]
    [InlineData(5, "5 working days")]
    [InlineData(1, "1 working day")]
    public void ToString_SaysTheUnit(int n, string text) => Assert.Equal(text, ClockLength.WorkingDays(n).ToString());

    [Fact]
    public void DescribeRule_StatesTheEndPointRule()
    {
        Assert.Contains("strictly after the start", ClockLength.WorkingDays(5).DescribeRule());
        Assert.Contains("5th", ClockLength.WorkingDays(5).DescribeRule());
        Assert.Contains("11th", ClockLength.WorkingDays(11).DescribeRule());
        Assert.Contains("last day", ClockLength.Months(6).DescribeRule());
    }
}
