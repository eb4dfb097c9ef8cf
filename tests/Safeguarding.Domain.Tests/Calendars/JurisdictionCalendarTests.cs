using System;
using Safeguarding.Domain.Calendars;
using Safeguarding.Domain.Lifecycle;

namespace Safeguarding.Domain.Tests.Calendars;

/// <summary>The one jurisdiction-to-calendar rule, <see cref="HolidayCalendar.For(Jurisdiction)"/>, and the region names that follow it.</summary>
public sealed class JurisdictionCalendarTests
{
    [Theory]
    [InlineData(Jurisdiction.England, HolidayRegion.EnglandAndWales)]
    [InlineData(Jurisdiction.Wales, HolidayRegion.EnglandAndWales)]
    [InlineData(Jurisdiction.Scotland, HolidayRegion.Scotland)]
    [InlineData(Jurisdiction.NorthernIreland, HolidayRegion.NorthernIreland)]
    public void For_Jurisdiction_IsTheBuiltInCalendarOfItsRegion(Jurisdiction jurisdiction, HolidayRegion region)
    {
        Assert.Same(HolidayCalendar.For(region), HolidayCalendar.For(jurisdiction));
    }

    [Fact]
    public void TryParseRegion_AJurisdictionsName_NamesTheCalendarItsClocksCount()
    {
        foreach (var jurisdiction in Enum.GetValues<Jurisdiction>())
        {
            Assert.True(HolidayCalendar.TryParseRegion(VocabularyNames.Jurisdictions.Name(jurisdiction), out var region));
            Assert.Equal(HolidayCalendar.For(jurisdiction).Region, region);
        }

        Assert.False(HolidayCalendar.TryParseRegion("england-and-scotland", out _));
        Assert.False(HolidayCalendar.TryParseRegion(null!, out _));
    }

    [Fact]
    public void Review_CountsInTheCalendarOfItsJurisdiction()
    {
        var review = Review.Start(DeterminationKind.LearningReview, Jurisdiction.Scotland, ReviewPolicy.None).Value;

        Assert.Same(HolidayCalendar.For(Jurisdiction.Scotland), review.Calendar);
    }
}
