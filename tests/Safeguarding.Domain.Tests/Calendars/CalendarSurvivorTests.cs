using System;
using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Safeguarding.Domain.Calendars;
using Safeguarding.Domain.Citations;
using Safeguarding.Domain.Lifecycle;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Domain.Tests.Calendars;

/// <summary>
/// Tests written for the mutants that survived the first measured run of the calendars and clocks: Easter
/// outside the covered century, the last covered year, the working-day edges in both directions, and the
/// holiday year's JSON.
/// </summary>
public sealed class CalendarSurvivorTests
{
    /// <summary>Knuth's form of the Gregorian Easter rule (epact, then the Sunday after the full moon): an oracle written differently from the library's.</summary>
    private static LocalDate KnuthEaster(int year)
    {
        int golden = (year % 19) + 1;
        int century = (year / 100) + 1;
        int skipped = (3 * century / 4) - 12;
        int moonCorrection = ((8 * century) + 5) / 25 - 5;
        int sunday = (5 * year / 4) - skipped - 10;
        int epact = ((11 * golden) + 20 + moonCorrection - skipped) % 30;
        if ((epact == 25 && golden > 11) || epact == 24)
        {
            epact++;
        }

        int n = 44 - epact;
        if (n < 21)
        {
            n += 30;
        }

        n = n + 7 - ((sunday + n) % 7);
        return n > 31 ? new LocalDate(year, 4, n - 31) : new LocalDate(year, 3, n);
    }

    [Property(MaxTest = 500)]
    public Property Easter_AgreesWithAnIndependentRule_InAnyGregorianYear() =>
        Prop.ForAll(Gen.Choose(1583, 4099).ToArbitrary(), year => Easter.Sunday(year) == KnuthEaster(year));

    [Theory]
    [InlineData(1818, 3, 22)] // the earliest possible date
    [InlineData(2285, 3, 22)]
    [InlineData(1943, 4, 25)] // the latest possible date
    [InlineData(2038, 4, 25)]
    [InlineData(2000, 4, 23)]
    [InlineData(2011, 4, 24)]
    [InlineData(1900, 4, 15)]
    public void Easter_KnownDates(int year, int month, int day)
    {
        Assert.Equal(new LocalDate(year, month, day), Easter.Sunday(year));
        Assert.Equal(new LocalDate(year, month, day), KnuthEaster(year));
    }

    [Fact]
    public void FreshCalendar_BuildsTheLastCoveredYear_AndStAndrewsDayFrom2007()
    {
        var scotland = HolidayCalendar.Create(HolidayRegion.Scotland, Array.Empty<OneOffChange>(), 2028);
        var last = scotland.HolidaysIn(2099);
        Assert.Equal(2099, last.Year);
        Assert.True(last.IsProvisional);
        Assert.Contains(last.Holidays, h => h.Date == new LocalDate(2099, 12, 25));
        Assert.True(scotland.TryGetHoliday(new LocalDate(2007, 11, 30), out var standrew));
        Assert.Equal("St Andrew's Day", standrew.Name);
        Assert.False(scotland.TryGetHoliday(new LocalDate(2006, 11, 30), out _));
        Assert.Equal(9, scotland.HolidaysIn(2007).Holidays.Length);
    }

    [Fact]
    public void Create_AcceptsOneOffsInTheFirstAndLastCoveredYears()
    {
        var source = new Citation("Test proclamation", string.Empty, SourceKind.Statute, false);
        var extra = new[]
        {
            new OneOffChange(ImmutableArray.Create(HolidayRegion.NorthernIreland), new LocalDate(2000, 6, 14), "First-year one-off", null, source),
            new OneOffChange(ImmutableArray.Create(HolidayRegion.NorthernIreland), new LocalDate(2099, 6, 16), "Last-year one-off", null, source),
        };
        var calendar = HolidayCalendar.Create(HolidayRegion.NorthernIreland, extra, 2099);
        Assert.False(calendar.IsWorkingDay(new LocalDate(2000, 6, 14)));
        Assert.False(calendar.IsWorkingDay(new LocalDate(2099, 6, 16)));
        Assert.False(calendar.HolidaysIn(2099).IsProvisional);
    }

    [Fact]
    public void WorkingDayEdges_InBothDirections()
    {
        var calendar = HolidayCalendar.EnglandAndWales;

        // Past the last working day of the century.
        var beyond = Assert.Throws<ArgumentOutOfRangeException>(() => calendar.AddWorkingDays(new LocalDate(2099, 12, 31), 1));
        Assert.Equal("workingDays", beyond.ParamName);

        // From a non-working day, counting exactly to the first or the last working day of the century.
        Assert.True(calendar.TryAddWorkingDays(new LocalDate(2000, 1, 8), -4, out var first)); // Saturday; 4, 5, 6 and 7 January
        Assert.Equal(new LocalDate(2000, 1, 4), first.Date);
        Assert.False(calendar.TryAddWorkingDays(new LocalDate(2000, 1, 8), -5, out _));
        Assert.True(calendar.TryAddWorkingDays(new LocalDate(2099, 12, 28), 3, out var last)); // Boxing Day's substitute
        Assert.Equal(new LocalDate(2099, 12, 31), last.Date);
        Assert.False(calendar.TryAddWorkingDays(new LocalDate(2099, 12, 28), 4, out _));
        Assert.Equal(new LocalDate(2099, 12, 31), calendar.AddWorkingDays(new LocalDate(2099, 12, 28), 3).Date);
    }

    [Fact]
    public void HolidayYear_Json_ListsEveryHolidayWithItsFlags()
    {
        Assert.Equal(
            "[{\"date\":\"2020-01-01\",\"name\":\"New Year's Day\",\"substitute\":false,\"provisional\":false},"
            + "{\"date\":\"2020-04-10\",\"name\":\"Good Friday\",\"substitute\":false,\"provisional\":false},"
            + "{\"date\":\"2020-04-13\",\"name\":\"Easter Monday\",\"substitute\":false,\"provisional\":false},"
            + "{\"date\":\"2020-05-08\",\"name\":\"Early May bank holiday (VE day)\",\"substitute\":false,\"provisional\":false},"
            + "{\"date\":\"2020-05-25\",\"name\":\"Spring bank holiday\",\"substitute\":false,\"provisional\":false},"
            + "{\"date\":\"2020-08-31\",\"name\":\"Summer bank holiday\",\"substitute\":false,\"provisional\":false},"
            + "{\"date\":\"2020-12-25\",\"name\":\"Christmas Day\",\"substitute\":false,\"provisional\":false},"
            + "{\"date\":\"2020-12-28\",\"name\":\"Boxing Day\",\"substitute\":true,\"provisional\":false}]",
            Compact(HolidayCalendar.EnglandAndWales.HolidaysIn(2020).ToJson()));
        Assert.Contains("\"provisional\":true", Compact(HolidayCalendar.Scotland.HolidaysIn(2040).ToJson()), StringComparison.Ordinal);
    }

    private static readonly System.Text.Json.JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Compact(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return System.Text.Json.JsonSerializer.Serialize(document.RootElement, Relaxed);
    }

    [Fact]
    public void DefaultBankHoliday_HasAHashAndEqualsItself()
    {
        var empty = default(BankHoliday);
        Assert.Equal(default(LocalDate).GetHashCode(), empty.GetHashCode());
        Assert.True(empty.Equals(default(BankHoliday)));
        Assert.False(empty.Equals(new BankHoliday(default, string.Empty, false, false)));
    }

    [Fact]
    public void Timescale_NeedsAReviewKind()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Timescale(
            "notification", "A clock.", RegimeId.EnglandCspr2018, ImmutableArray<DeterminationKind>.Empty, ReviewEventType.IncidentKnown, ReviewEventType.Notified,
            TimescaleRule.Deadline, ClockLength.WorkingDays(5), new Citation("Act", "s1", SourceKind.Statute, true), null));
        Assert.Equal("reviewKinds", ex.ParamName);
        Assert.StartsWith("A timescale applies to at least one review kind.", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new Timescale(
            "notification", "A clock.", RegimeId.EnglandCspr2018, default, ReviewEventType.IncidentKnown, ReviewEventType.Notified,
            TimescaleRule.Deadline, ClockLength.WorkingDays(5), new Citation("Act", "s1", SourceKind.Statute, true), null));
    }
}
