using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NodaTime;
using Safeguarding.Domain.Calendars;
using Safeguarding.Domain.Tests.Support;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Domain.Tests.Calendars;

/// <summary>
/// The edges of the calendars: value equality, text forms, the covered range, argument checks, and the
/// holiday rules checked on calendars built inside the test (so the standing rules and Easter run here and not
/// only when the shared calendars were first built).
/// </summary>
public sealed class CalendarEdgeTests
{
    private static readonly LocalDate Day = new(2024, 5, 6);

    public static TheoryData<string, int, string> OfficialYears() => HolidayCalendarTests.OfficialYears();

    [Theory]
    [MemberData(nameof(OfficialYears))]
    public void FreshlyBuiltCalendar_OfficialYear_MatchesTheGovUkListExactly(string region, int year, string dates)
    {
        Assert.True(HolidayCalendar.TryParseRegion(region, out var id));
        var calendar = HolidayCalendar.Create(id, Array.Empty<OneOffChange>(), 2028);
        var actual = calendar.HolidaysIn(year).Holidays.Select(h => h.Date.ToString("MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal(dates.Split(' '), actual);
    }

    [Theory]
    [InlineData("england-and-wales", 2024, "2024-01-01 New Year's Day|2024-03-29 Good Friday|2024-04-01 Easter Monday|2024-05-06 Early May bank holiday|2024-05-27 Spring bank holiday|2024-08-26 Summer bank holiday|2024-12-25 Christmas Day|2024-12-26 Boxing Day")]
    [InlineData("scotland", 2021, "2021-01-01 New Year's Day|2021-01-04 2nd January|2021-04-02 Good Friday|2021-05-03 Early May bank holiday|2021-05-31 Spring bank holiday|2021-08-02 Summer bank holiday|2021-11-30 St Andrew's Day|2021-12-27 Christmas Day|2021-12-28 Boxing Day")]
    [InlineData("northern-ireland", 2023, "2023-01-02 New Year's Day|2023-03-17 St Patrick's Day|2023-04-07 Good Friday|2023-04-10 Easter Monday|2023-05-01 Early May bank holiday|2023-05-08 Bank holiday for the coronation of King Charles III|2023-05-29 Spring bank holiday|2023-07-12 Battle of the Boyne (Orangemen's Day)|2023-08-28 Summer bank holiday|2023-12-25 Christmas Day|2023-12-26 Boxing Day")]
    public void FreshlyBuiltCalendar_NamesEveryHoliday(string region, int year, string expected)
    {
        Assert.True(HolidayCalendar.TryParseRegion(region, out var id));
        var calendar = HolidayCalendar.Create(id, Array.Empty<OneOffChange>(), 2028);
        Assert.Equal(expected.Split('|'), calendar.HolidaysIn(year).Holidays.Select(h => h.ToString()));
    }

    [Fact]
    public void FreshlyBuiltCalendar_MarksSubstitutesAndOneOffs()
    {
        var calendar = HolidayCalendar.Create(HolidayRegion.EnglandAndWales, Array.Empty<OneOffChange>(), 2028);
        var y2022 = calendar.HolidaysIn(2022).Holidays;
        Assert.Equal(new[] { "2022-01-03", "2022-12-27" }, y2022.Where(h => h.IsSubstitute).Select(h => h.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)));
        Assert.Equal(new[] { "2022-06-02", "2022-06-03", "2022-09-19" }, y2022.Where(h => h.IsOneOff).Select(h => h.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)));
        Assert.All(y2022.Where(h => h.IsOneOff), h => Assert.False(h.IsSubstitute));
        Assert.Equal(string.Join("|", calendar.HolidaysIn(2022).Holidays.Select(h => $"{h} {h.IsSubstitute} {h.IsOneOff}")), string.Join("|", HolidayCalendar.EnglandAndWales.HolidaysIn(2022).Holidays.Select(h => $"{h} {h.IsSubstitute} {h.IsOneOff}")));
    }

    [Fact]
    public void FreshlyBuiltCalendar_CountsEveryWorkingDayOfTheCentury()
    {
        var calendar = HolidayCalendar.Create(HolidayRegion.Scotland, Array.Empty<OneOffChange>(), 2028);
        var start = new LocalDate(2000, 1, 1);
        var end = new LocalDate(2099, 12, 31);
        int weekdays = 0;
        int holidaysOnWeekdays = 0;
        for (var d = start; d <= end; d = d.PlusDays(1))
        {
            if (d.DayOfWeek < IsoDayOfWeek.Saturday)
            {
                weekdays++;
                if (calendar.TryGetHoliday(d, out _))
                {
                    holidaysOnWeekdays++;
                }
            }
        }

        Assert.Equal(weekdays - holidaysOnWeekdays, calendar.CountWorkingDays(start, end).Days + (calendar.IsWorkingDay(start) ? 1 : 0));
        Assert.Equal(new LocalDate(2000, 1, 5), calendar.AddWorkingDays(start, 1).Date); // 3 and 4 January 2000 were substitutes
        Assert.Equal(new LocalDate(2099, 12, 31), calendar.AddWorkingDays(new LocalDate(2099, 12, 30), 1).Date);
        Assert.False(calendar.TryAddWorkingDays(new LocalDate(2099, 12, 31), 1, out _));
        Assert.True(calendar.TryAddWorkingDays(new LocalDate(2099, 12, 30), 1, out var last));
        Assert.Equal(new LocalDate(2099, 12, 31), last.Date);
        Assert.True(last.IsProvisional);
    }

    [Fact]
    public void WorkingDayIndex_AtBothEndsOfTheRange()
    {
        var calendar = HolidayCalendar.EnglandAndWales;
        Assert.False(calendar.IsWorkingDay(new LocalDate(2000, 1, 1))); // Saturday
        Assert.True(calendar.IsWorkingDay(new LocalDate(2099, 12, 31))); // Thursday
        Assert.Equal(new LocalDate(2000, 1, 4), calendar.NextWorkingDay(new LocalDate(2000, 1, 1)).Date); // 3 Jan substitute
        Assert.Equal(new LocalDate(2099, 12, 30), calendar.PreviousWorkingDay(new LocalDate(2099, 12, 31)).Date);
        Assert.Equal(new LocalDate(2000, 1, 4), calendar.AddWorkingDays(new LocalDate(2000, 1, 5), -1).Date);
        Assert.Throws<ArgumentOutOfRangeException>(() => calendar.AddWorkingDays(new LocalDate(2000, 1, 4), -1));
        Assert.False(calendar.TryAddWorkingDays(new LocalDate(2000, 1, 4), -1, out _));
        Assert.True(calendar.TryAddWorkingDays(new LocalDate(2000, 1, 5), -1, out var first));
        Assert.Equal(new LocalDate(2000, 1, 4), first.Date);
        Assert.False(first.IsProvisional);
    }

    [Fact]
    public void Provisional_FollowsTheLaterOfTheTwoDates()
    {
        var calendar = HolidayCalendar.EnglandAndWales;
        var fromProvisional = calendar.AddWorkingDays(new LocalDate(2029, 1, 3), -5);
        Assert.Equal(2028, fromProvisional.Date.Year);
        Assert.True(fromProvisional.IsProvisional);
        Assert.False(calendar.AddWorkingDays(new LocalDate(2028, 12, 20), 2).IsProvisional);
        Assert.True(calendar.AddWorkingDays(new LocalDate(2028, 12, 20), 10).IsProvisional);
        Assert.True(calendar.CountWorkingDays(new LocalDate(2029, 1, 10), new LocalDate(2028, 12, 1)).IsProvisional);
        Assert.False(calendar.CountWorkingDays(new LocalDate(2028, 12, 1), new LocalDate(2028, 12, 29)).IsProvisional);
        Assert.False(calendar.IsProvisional(new LocalDate(2028, 12, 31)));
        Assert.True(calendar.IsProvisional(new LocalDate(2029, 1, 1)));
        Assert.False(calendar.HolidaysIn(2028).IsProvisional);
        Assert.True(calendar.HolidaysIn(2029).IsProvisional);
        Assert.Equal(new CalendarDate(new LocalDate(2028, 12, 20), false), calendar.AddWorkingDays(new LocalDate(2028, 12, 20), 0));
        Assert.Equal(new CalendarDate(new LocalDate(2029, 12, 20), true), calendar.AddWorkingDays(new LocalDate(2029, 12, 20), 0));
    }

    [Fact]
    public void CountWorkingDays_IsSignedAndSkipsTheStart()
    {
        var calendar = HolidayCalendar.EnglandAndWales;
        var thursday = new LocalDate(2024, 3, 28);
        var tuesday = new LocalDate(2024, 4, 2);
        Assert.Equal(1, calendar.CountWorkingDays(thursday, tuesday).Days);  // Good Friday and Easter Monday skipped
        Assert.Equal(-1, calendar.CountWorkingDays(tuesday, thursday).Days);
        Assert.Equal(0, calendar.CountWorkingDays(tuesday, tuesday).Days);
        Assert.Equal(5, calendar.CountWorkingDays(new LocalDate(2024, 5, 10), new LocalDate(2024, 5, 17)).Days);
        Assert.Equal(-5, calendar.CountWorkingDays(new LocalDate(2024, 5, 17), new LocalDate(2024, 5, 10)).Days);
    }

    [Fact]
    public void OutOfRange_IsRefusedWithTheRangeInTheMessage()
    {
        var calendar = HolidayCalendar.EnglandAndWales;
        var before = Assert.Throws<ArgumentOutOfRangeException>(() => calendar.IsWorkingDay(new LocalDate(1999, 12, 31)));
        Assert.Equal("date", before.ParamName);
        Assert.StartsWith("The calendars cover 2000-01-01 to 2099-12-31.", before.Message, StringComparison.Ordinal);
        var after = Assert.Throws<ArgumentOutOfRangeException>(() => calendar.CountWorkingDays(Day, new LocalDate(2100, 1, 1)));
        Assert.Equal("to", after.ParamName);
        Assert.Equal("from", Assert.Throws<ArgumentOutOfRangeException>(() => calendar.CountWorkingDays(new LocalDate(2100, 1, 1), Day)).ParamName);
        Assert.True(calendar.IsWorkingDay(new LocalDate(2000, 1, 4)));
        Assert.False(HolidayCalendar.Covers(new LocalDate(1999, 12, 31)));
        Assert.True(HolidayCalendar.Covers(new LocalDate(2000, 1, 1)));
        Assert.True(HolidayCalendar.Covers(new LocalDate(2099, 12, 31)));
        Assert.False(HolidayCalendar.Covers(new LocalDate(2100, 1, 1)));
        Assert.False(calendar.TryAddWorkingDays(new LocalDate(2100, 1, 1), 0, out _));

        var year = Assert.Throws<ArgumentOutOfRangeException>(() => calendar.HolidaysIn(1999));
        Assert.StartsWith("The calendars cover 2000 to 2099.", year.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => calendar.HolidaysIn(2100));
        Assert.Equal(2000, calendar.HolidaysIn(2000).Year);
        Assert.Equal(2099, calendar.HolidaysIn(2099).Year);

        var far = Assert.Throws<ArgumentOutOfRangeException>(() => calendar.AddWorkingDays(Day, 100_000));
        Assert.Equal("workingDays", far.ParamName);
        Assert.StartsWith("The answer falls outside the covered years 2000 to 2099.", far.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ChecksItsArguments()
    {
        var early = Assert.Throws<ArgumentOutOfRangeException>(() => HolidayCalendar.Create(HolidayRegion.Scotland, Array.Empty<OneOffChange>(), 1999));
        Assert.Equal("lastAnnouncedYear", early.ParamName);
        Assert.StartsWith("The year must be from 2000 to 2099.", early.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => HolidayCalendar.Create(HolidayRegion.Scotland, Array.Empty<OneOffChange>(), 2100));
        Assert.Equal(2000, HolidayCalendar.Create(HolidayRegion.Scotland, Array.Empty<OneOffChange>(), 2000).LastAnnouncedYear);
        Assert.Equal(2099, HolidayCalendar.Create(HolidayRegion.Scotland, Array.Empty<OneOffChange>(), 2099).LastAnnouncedYear);
        Assert.Throws<ArgumentNullException>(() => HolidayCalendar.Create(HolidayRegion.Scotland, null!, 2028));

        var cit = new Safeguarding.Domain.Citations.Citation("Test proclamation", string.Empty, Safeguarding.Domain.Citations.SourceKind.Statute, verified: false);
        foreach (var date in new[] { new LocalDate(1999, 6, 1), new LocalDate(2100, 6, 1) })
        {
            var outside = Assert.Throws<ArgumentException>(() => HolidayCalendar.Create(
                HolidayRegion.Scotland, new[] { new OneOffChange(ImmutableArray.Create(HolidayRegion.Scotland), date, "Outside", null, cit) }, 2028));
            Assert.Equal("additionalOneOffs", outside.ParamName);
            Assert.StartsWith("One-off changes must fall from 2000 to 2099.", outside.Message, StringComparison.Ordinal);
        }

        var clash = Assert.Throws<ArgumentException>(() => HolidayCalendar.Create(
            HolidayRegion.Scotland, new[] { new OneOffChange(ImmutableArray.Create(HolidayRegion.Scotland), new LocalDate(2030, 12, 25), "Clash", null, cit) }, 2028));
        Assert.StartsWith("A one-off change falls on a date that is already a holiday.", clash.Message, StringComparison.Ordinal);

        var unknown = Assert.Throws<ArgumentOutOfRangeException>(() => HolidayCalendar.For((HolidayRegion)99));
        Assert.StartsWith("Not a holiday region.", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_AddsALaterProclamation_OnlyToItsRegion_InDateOrder()
    {
        var cit = new Safeguarding.Domain.Citations.Citation("Test proclamation", string.Empty, Safeguarding.Domain.Citations.SourceKind.Statute, verified: false);
        var extra = new[]
        {
            new OneOffChange(ImmutableArray.Create(HolidayRegion.Scotland, HolidayRegion.EnglandAndWales), new LocalDate(2031, 9, 2), "Later one-off", null, cit),
            new OneOffChange(ImmutableArray.Create(HolidayRegion.Scotland), new LocalDate(2030, 9, 3), "Earlier one-off", null, cit),
        };
        var scotland = HolidayCalendar.Create(HolidayRegion.Scotland, extra, 2031);
        var dates = scotland.OneOffs.Select(o => o.Date).ToArray();
        Assert.Equal(dates.OrderBy(d => d), dates);
        Assert.Contains(new LocalDate(2030, 9, 3), dates);
        Assert.True(scotland.TryGetHoliday(new LocalDate(2031, 9, 2), out var later));
        Assert.True(later.IsOneOff);
        Assert.Equal("Later one-off", later.Name);
        Assert.False(scotland.IsWorkingDay(new LocalDate(2030, 9, 3)));
        Assert.False(scotland.HolidaysIn(2031).IsProvisional);
        Assert.True(scotland.HolidaysIn(2032).IsProvisional);

        var ni = HolidayCalendar.Create(HolidayRegion.NorthernIreland, extra, 2028);
        Assert.DoesNotContain(ni.OneOffs, o => o.Date.Year >= 2030);
        Assert.True(ni.IsWorkingDay(new LocalDate(2031, 9, 2)));
        Assert.Equal(HolidayCalendar.NorthernIreland.OneOffs.Length, ni.OneOffs.Length);
        Assert.All(HolidayCalendar.NorthernIreland.OneOffs, o => Assert.Contains(HolidayRegion.NorthernIreland, o.Regions));
    }

    [Fact]
    public void RegionNames_RoundTrip()
    {
        foreach (var region in new[] { HolidayRegion.EnglandAndWales, HolidayRegion.Scotland, HolidayRegion.NorthernIreland })
        {
            var calendar = HolidayCalendar.For(region);
            Assert.Equal(region, calendar.Region);
            Assert.True(HolidayCalendar.TryParseRegion(calendar.Id, out var back));
            Assert.Equal(region, back);
        }

        // The two nations that share a calendar name it too; anything else is refused.
        Assert.True(HolidayCalendar.TryParseRegion("wales", out var wales));
        Assert.True(HolidayCalendar.TryParseRegion("england", out var england));
        Assert.Equal(HolidayRegion.EnglandAndWales, wales);
        Assert.Equal(HolidayRegion.EnglandAndWales, england);
        Assert.False(HolidayCalendar.TryParseRegion("cymru", out _));
        Assert.False(HolidayCalendar.TryParseRegion("Wales", out _));
        Assert.False(HolidayCalendar.TryParseRegion(null!, out _));
        Assert.Equal("england-and-wales, scotland, northern-ireland", HolidayCalendar.RegionIds);
    }

    [Fact]
    public void OneOffChange_NeedsARegion()
    {
        var cit = new Safeguarding.Domain.Citations.Citation("Test proclamation", string.Empty, Safeguarding.Domain.Citations.SourceKind.Statute, verified: false);
        var ex = Assert.Throws<ArgumentException>(() => new OneOffChange(ImmutableArray<HolidayRegion>.Empty, new LocalDate(2030, 9, 3), "None", null, cit));
        Assert.StartsWith("A one-off change applies to at least one region.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BankHoliday_EqualityAndText()
    {
        var d = new LocalDate(2022, 9, 19);
        var holiday = new BankHoliday(d, "State funeral", isSubstitute: false, isOneOff: true);
        EqualityLaws.Hold(
            holiday,
            new BankHoliday(d, "State" + " funeral", isSubstitute: false, isOneOff: true),
            new BankHoliday(d.PlusDays(1), "State funeral", isSubstitute: false, isOneOff: true),
            new BankHoliday(d, "State funeral 2", isSubstitute: false, isOneOff: true));
        Assert.NotEqual(holiday, new BankHoliday(d, "State funeral", isSubstitute: true, isOneOff: true));
        Assert.NotEqual(holiday, new BankHoliday(d, "State funeral", isSubstitute: false, isOneOff: false));
        Assert.True(holiday != new BankHoliday(d, "State funeral", isSubstitute: true, isOneOff: true));
        Assert.Equal("2022-09-19 State funeral", holiday.ToString());
    }

    [Fact]
    public void CalendarDate_EqualityAndText()
    {
        var date = new CalendarDate(Day, isProvisional: false);
        EqualityLaws.Hold(date, new CalendarDate(new LocalDate(2024, 5, 6), false), new CalendarDate(Day.PlusDays(1), false), new CalendarDate(Day, true));
        Assert.Equal("2024-05-06", date.ToString());
        Assert.Equal("2024-05-06 (provisional)", new CalendarDate(Day, true).ToString());
    }

    [Fact]
    public void WorkingDayCount_EqualityAndText()
    {
        var count = new WorkingDayCount(15, isProvisional: false);
        EqualityLaws.Hold(count, new WorkingDayCount(15, false), new WorkingDayCount(16, false), new WorkingDayCount(15, true));
        Assert.Equal("15", count.ToString());
        Assert.Equal("-3 (provisional)", new WorkingDayCount(-3, true).ToString());
    }

    [Fact]
    public void ClockLength_EqualityAndText()
    {
        var five = ClockLength.WorkingDays(5);
        EqualityLaws.Hold(five, ClockLength.WorkingDays(5), ClockLength.WorkingDays(6), ClockLength.CalendarDays(5), ClockLength.Months(5));
        Assert.Equal("1 calendar day", ClockLength.CalendarDays(1).ToString());
        Assert.Equal("-7 calendar days", ClockLength.CalendarDays(-7).ToString());
        Assert.Equal("-1 calendar day", ClockLength.CalendarDays(-1).ToString());
        Assert.Equal("1 month", ClockLength.Months(1).ToString());
        Assert.Equal("6 months", ClockLength.Months(6).ToString());
        Assert.Equal("-1 working day", ClockLength.WorkingDays(-1).ToString());
        Assert.Equal("the start plus 7 calendar days", ClockLength.CalendarDays(7).DescribeRule());
        Assert.Equal("the start plus 6 months; where that day does not exist in the month, the month's last day", ClockLength.Months(6).DescribeRule());
        Assert.StartsWith("the 1st working day strictly after the start", ClockLength.WorkingDays(1).DescribeRule(), StringComparison.Ordinal);
        Assert.StartsWith("the 2nd working day", ClockLength.WorkingDays(2).DescribeRule(), StringComparison.Ordinal);
        Assert.StartsWith("the 3rd working day", ClockLength.WorkingDays(3).DescribeRule(), StringComparison.Ordinal);
        Assert.StartsWith("the 12th working day", ClockLength.WorkingDays(12).DescribeRule(), StringComparison.Ordinal);
        Assert.StartsWith("the 13th working day", ClockLength.WorkingDays(13).DescribeRule(), StringComparison.Ordinal);
        Assert.StartsWith("the 21st working day", ClockLength.WorkingDays(21).DescribeRule(), StringComparison.Ordinal);
        Assert.StartsWith("the 22nd working day", ClockLength.WorkingDays(22).DescribeRule(), StringComparison.Ordinal);
        Assert.StartsWith("the 111th working day", ClockLength.WorkingDays(111).DescribeRule(), StringComparison.Ordinal);
        Assert.StartsWith("the -2nd working day", ClockLength.WorkingDays(-2).DescribeRule(), StringComparison.Ordinal);
    }

    [Fact]
    public void ClockLength_CalendarUnitsAreNeverProvisional_AndNeedACalendar()
    {
        Assert.False(ClockLength.CalendarDays(7).DueFrom(new LocalDate(2040, 1, 1), HolidayCalendar.EnglandAndWales).IsProvisional);
        Assert.False(ClockLength.Months(6).DueFrom(new LocalDate(2040, 1, 1), HolidayCalendar.EnglandAndWales).IsProvisional);
        Assert.True(ClockLength.WorkingDays(6).DueFrom(new LocalDate(2040, 1, 1), HolidayCalendar.EnglandAndWales).IsProvisional);
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => ClockLength.Months(6).DueFrom(Day, null!)).ParamName);
    }
}
