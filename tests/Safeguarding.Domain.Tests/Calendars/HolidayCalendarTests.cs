using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using Safeguarding.Domain.Calendars;

namespace Safeguarding.Domain.Tests.Calendars;

public sealed class HolidayCalendarTests
{
    public static TheoryData<string, int, string> OfficialYears()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var (region, year, dates) in OfficialHolidays.All)
        {
            data.Add(region, year, dates);
        }

        return data;
    }

    private static HolidayCalendar Calendar(string id)
    {
        Assert.True(HolidayCalendar.TryParseRegion(id, out var region));
        return HolidayCalendar.For(region);
    }

    [Theory]
    [MemberData(nameof(OfficialYears))]
    public void HolidaysIn_OfficialYear_MatchesTheGovUkListExactly(string region, int year, string dates)
    {
        var actual = Calendar(region).HolidaysIn(year).Holidays.Select(h => h.Date.ToString("MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal(dates.Split(' '), actual);
    }

    [Fact]
    public void OfficialList_CoversEveryRegionFor2012To2028()
    {
        Assert.Equal(3 * 17, OfficialHolidays.All.Length);
    }

    [Theory]
    [InlineData(2002, "01-01 03-29 04-01 05-06 06-03 06-04 08-26 12-25 12-26")] // Golden Jubilee: spring holiday moved, extra day
    [InlineData(2011, "01-03 04-22 04-25 04-29 05-02 05-30 08-29 12-26 12-27")] // royal wedding; fact sheet check list
    [InlineData(2010, "01-01 04-02 04-05 05-03 05-31 08-30 12-27 12-28")]       // fact sheet check list, from the rules
    public void HolidaysIn_EnglandAndWalesBefore2012_MatchesTheFactSheet(int year, string dates)
    {
        var actual = HolidayCalendar.EnglandAndWales.HolidaysIn(year).Holidays.Select(h => h.Date.ToString("MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal(dates.Split(' '), actual);
    }

    [Fact]
    public void StAndrewsDay_IsAScottishHolidayOnlyFrom2007()
    {
        Assert.False(HolidayCalendar.Scotland.TryGetHoliday(new LocalDate(2006, 11, 30), out _));
        Assert.True(HolidayCalendar.Scotland.TryGetHoliday(new LocalDate(2007, 11, 30), out var holiday));
        Assert.Equal("St Andrew's Day", holiday.Name);
        Assert.Equal(8, HolidayCalendar.Scotland.HolidaysIn(2006).Holidays.Length);
        Assert.False(HolidayCalendar.EnglandAndWales.TryGetHoliday(new LocalDate(2007, 11, 30), out _));
    }

    [Fact]
    public void Scotland2026_HasTheOneOffOfFifteenthJune_OtherRegionsDoNot()
    {
        Assert.True(HolidayCalendar.Scotland.TryGetHoliday(new LocalDate(2026, 6, 15), out var holiday));
        Assert.True(holiday.IsOneOff);
        Assert.False(HolidayCalendar.EnglandAndWales.TryGetHoliday(new LocalDate(2026, 6, 15), out _));
        Assert.False(HolidayCalendar.NorthernIreland.TryGetHoliday(new LocalDate(2026, 6, 15), out _));
    }

    [Theory]
    [InlineData(2021, 12, 27, "Christmas Day")] // 25 Dec on a Saturday
    [InlineData(2021, 12, 28, "Boxing Day")]
    [InlineData(2022, 12, 27, "Christmas Day")] // 25 Dec on a Sunday: Boxing Day keeps Monday
    [InlineData(2020, 12, 28, "Boxing Day")]    // 26 Dec on a Saturday
    public void SubstituteDays_ChristmasCases_FollowTheRule(int y, int m, int d, string name)
    {
        Assert.True(HolidayCalendar.EnglandAndWales.TryGetHoliday(new LocalDate(y, m, d), out var holiday));
        Assert.Equal(name, holiday.Name);
        Assert.True(holiday.IsSubstitute);
    }

    [Fact]
    public void SubstituteDays_ScottishNewYear2022_TakesTwoDays()
    {
        var january = HolidayCalendar.Scotland.HolidaysIn(2022).Holidays.Where(h => h.Date.Month == 1).Select(h => h.Date.Day);
        Assert.Equal(new[] { 3, 4 }, january);
    }

    [Fact]
    public void NorthernIreland_BoyneAtAWeekend_MovesToMonday()
    {
        Assert.True(HolidayCalendar.NorthernIreland.TryGetHoliday(new LocalDate(2025, 7, 14), out var boyne));
        Assert.True(boyne.IsSubstitute);
        Assert.Equal(new LocalDate(2020, 7, 13), HolidayCalendar.NorthernIreland.HolidaysIn(2020).Holidays.Single(h => h.Name.StartsWith("Battle", StringComparison.Ordinal)).Date);
    }

    [Theory]
    [InlineData(2028, false)]
    [InlineData(2029, true)]
    [InlineData(2035, true)]
    public void HolidaysIn_AfterTheLastAnnouncedYear_IsProvisional(int year, bool provisional)
    {
        Assert.Equal(provisional, HolidayCalendar.EnglandAndWales.HolidaysIn(year).IsProvisional);
    }

    [Fact]
    public void AddWorkingDays_IntoAnUnannouncedYear_SaysSo()
    {
        var answer = HolidayCalendar.EnglandAndWales.AddWorkingDays(new LocalDate(2028, 12, 20), 10);
        Assert.Equal(new LocalDate(2029, 1, 8), answer.Date);
        Assert.True(answer.IsProvisional);
        Assert.False(HolidayCalendar.EnglandAndWales.AddWorkingDays(new LocalDate(2028, 12, 1), 5).IsProvisional);
        Assert.True(HolidayCalendar.EnglandAndWales.CountWorkingDays(new LocalDate(2028, 12, 1), new LocalDate(2029, 1, 2)).IsProvisional);
    }

    [Theory]
    [InlineData("2022-09-14", 5, "2022-09-22")]  // state funeral Monday 19 September skipped
    [InlineData("2022-09-17", 1, "2022-09-20")]  // a Saturday start is not counted; Monday is a holiday
    [InlineData("2021-12-24", 1, "2021-12-29")]  // two-day Christmas substitute
    [InlineData("2023-05-05", 1, "2023-05-09")]  // coronation Monday
    [InlineData("2022-09-20", -1, "2022-09-16")] // backwards over the funeral
    [InlineData("2022-09-18", -1, "2022-09-16")] // backwards from a Sunday
    [InlineData("2022-09-18", 0, "2022-09-18")]
    public void AddWorkingDays_EnglandAndWales_GivesTheContractAnswer(string from, int n, string expected)
    {
        var start = LocalDate.FromDateTime(DateTime.Parse(from, CultureInfo.InvariantCulture));
        Assert.Equal(LocalDate.FromDateTime(DateTime.Parse(expected, CultureInfo.InvariantCulture)), HolidayCalendar.EnglandAndWales.AddWorkingDays(start, n).Date);
    }

    [Fact]
    public void CountWorkingDays_EndPointRules_AreAsDocumented()
    {
        var cal = HolidayCalendar.EnglandAndWales;
        var friday = new LocalDate(2024, 6, 7);
        var monday = new LocalDate(2024, 6, 10);
        Assert.Equal(1, cal.CountWorkingDays(friday, monday).Days);  // Monday counted, Friday not
        Assert.Equal(-1, cal.CountWorkingDays(monday, friday).Days); // Friday counted, Monday not
        Assert.Equal(0, cal.CountWorkingDays(friday, friday).Days);
        Assert.Equal(0, cal.CountWorkingDays(friday, friday.PlusDays(2)).Days); // to Sunday
    }

    [Fact]
    public void WorkingDayArithmetic_OutsideTheCoveredYears_ThrowsForMisuse()
    {
        var cal = HolidayCalendar.EnglandAndWales;
        Assert.Throws<ArgumentOutOfRangeException>(() => cal.AddWorkingDays(new LocalDate(1999, 12, 31), 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => cal.AddWorkingDays(new LocalDate(2099, 12, 30), 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => cal.CountWorkingDays(new LocalDate(2000, 1, 1), new LocalDate(2100, 1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => cal.HolidaysIn(1999));
        Assert.False(cal.TryAddWorkingDays(new LocalDate(2099, 12, 30), 5, out _));
        Assert.True(cal.TryAddWorkingDays(new LocalDate(2099, 12, 1), 5, out var ok));
        Assert.Equal(new LocalDate(2099, 12, 8), ok.Date);
    }

    [Fact]
    public void Create_WithANewProclamation_AddsTheHolidayAndMovesTheAnnouncedYear()
    {
        var extra = new OneOffChange(
            System.Collections.Immutable.ImmutableArray.Create(HolidayRegion.EnglandAndWales),
            new LocalDate(2030, 6, 14), "Hypothetical extra holiday", null,
            new Citations.Citation("Banking and Financial Dealings Act 1971", "s1(3)", Citations.SourceKind.Statute, false));
        var cal = HolidayCalendar.Create(HolidayRegion.EnglandAndWales, new[] { extra }, 2030);
        Assert.False(cal.IsWorkingDay(new LocalDate(2030, 6, 14)));
        Assert.True(HolidayCalendar.EnglandAndWales.IsWorkingDay(new LocalDate(2030, 6, 14)));
        Assert.False(cal.HolidaysIn(2030).IsProvisional);
        Assert.Equal(9, cal.HolidaysIn(2030).Holidays.Length);
    }

    [Fact]
    public void Create_OneOffOnAnExistingHoliday_IsRefused()
    {
        var clash = new OneOffChange(
            System.Collections.Immutable.ImmutableArray.Create(HolidayRegion.EnglandAndWales),
            new LocalDate(2030, 12, 25), "Clash", null,
            new Citations.Citation("Banking and Financial Dealings Act 1971", "s1(3)", Citations.SourceKind.Statute, false));
        Assert.Throws<ArgumentException>(() => HolidayCalendar.Create(HolidayRegion.EnglandAndWales, new[] { clash }, 2030));
    }

    [Fact]
    public void OneOffChanges_EachCarriesASourceAndFallsOnAWeekday()
    {
        Assert.All(OneOffChanges.All, change =>
        {
            Assert.NotNull(change.Source);
            Assert.True(change.Date.DayOfWeek < IsoDayOfWeek.Saturday);
        });
        var years = OneOffChanges.All.Select(c => c.Date.Year).Distinct().ToHashSet();
        Assert.Superset(new HashSet<int> { 2002, 2011, 2012, 2020, 2022, 2023, 2026 }, years);
    }
}
