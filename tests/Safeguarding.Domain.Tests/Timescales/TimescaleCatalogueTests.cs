using System.Linq;
using NodaTime;
using Safeguarding.Domain.Calendars;
using Safeguarding.Domain.Citations;
using Safeguarding.Domain.Lifecycle;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Domain.Tests.Timescales;

public sealed class TimescaleCatalogueTests
{
    private static Timescale Get(TimescaleCatalogue catalogue, string regime, string id)
    {
        Assert.True(RegimeId.TryParse(regime, out var regimeId), regime);
        Assert.True(catalogue.TryGet(regimeId, id, out var timescale), regime + "/" + id);
        return timescale;
    }

    [Theory]
    [InlineData("england-lscb-2006", "notification", ClockUnit.WorkingDays, 5)]
    [InlineData("england-lscb-2006", "decision", ClockUnit.Months, 1)]
    [InlineData("england-lscb-2006", "completion", ClockUnit.Months, 6)]
    [InlineData("england-lscb-2006", "publication-minimum", ClockUnit.Months, 12)]
    [InlineData("england-cspr-2018", "notification", ClockUnit.WorkingDays, 5)]
    [InlineData("england-cspr-2018", "rapid-review", ClockUnit.WorkingDays, 15)]
    [InlineData("england-cspr-2018", "completion", ClockUnit.Months, 6)]
    [InlineData("england-cspr-2018", "panel-notice", ClockUnit.CalendarDays, 7)]
    [InlineData("england-cspr-2018", "publication-minimum", ClockUnit.Months, 12)]
    [InlineData("england-care-act-2014", "completion", ClockUnit.Months, 6)]
    [InlineData("england-dhr-2011", "decision", ClockUnit.Months, 1)]
    [InlineData("england-dhr-2011", "completion", ClockUnit.Months, 6)]
    public void Default_HasEveryClockOfTheFactSheet(string regime, string id, ClockUnit unit, int count)
    {
        var timescale = Get(TimescaleCatalogue.Default, regime, id);
        Assert.Equal(unit, timescale.Length.Unit);
        Assert.Equal(count, timescale.Length.Count);
    }

    [Fact]
    public void PanelNotice_IsTheRegulationsSevenCalendarDays_NotWorkingDays()
    {
        var notice = Get(TimescaleCatalogue.Default, "england-cspr-2018", "panel-notice");
        Assert.Equal("SI 2018/789 reg 16(1)", notice.Citation.ToString());
        Assert.Equal(SourceKind.Regulation, notice.Citation.Kind);
        Assert.True(notice.Citation.Verified);
        Assert.Equal(TimescaleRule.NotBefore, notice.Rule);
        Assert.Equal(ReviewEventType.SentToPanel, notice.StartsOn);
        Assert.Equal(ReviewEventType.Published, notice.EndsOn);
    }

    [Fact]
    public void PanelNotice_WorkingDayVariant_IsAParameterAndUnverified()
    {
        var catalogue = TimescaleCatalogue.Create(TimescaleOptions.Default.WithPanelNoticeInWorkingDays(true));
        var notice = Get(catalogue, "england-cspr-2018", "panel-notice");
        Assert.Equal(ClockLength.WorkingDays(7), notice.Length);
        Assert.False(notice.Citation.Verified);
        Assert.Equal(nameof(TimescaleOptions.PanelNoticeInWorkingDays), notice.Parameter);
    }

    [Theory]
    [InlineData(RapidReviewClockStart.NotificationSent, ReviewEventType.Notified)]
    [InlineData(RapidReviewClockStart.IncidentAwareness, ReviewEventType.IncidentKnown)]
    public void RapidReview_ClockStart_IsConfigurable(RapidReviewClockStart start, ReviewEventType expected)
    {
        var catalogue = TimescaleCatalogue.Create(TimescaleOptions.Default.WithRapidReviewClockStart(start));
        Assert.Equal(expected, Get(catalogue, "england-cspr-2018", "rapid-review").StartsOn);
    }

    [Fact]
    public void UnverifiedFigures_AreParametersWithDefaults_AndVerifiedOnesAreNot()
    {
        foreach (var timescale in TimescaleCatalogue.Default.All)
        {
            if (!timescale.Citation.Verified)
            {
                Assert.True(timescale.IsParameter, timescale.ToString());
            }
        }

        Assert.False(Get(TimescaleCatalogue.Default, "england-cspr-2018", "publication-minimum").IsParameter);
        var longer = TimescaleCatalogue.Create(TimescaleOptions.Default.WithCompletionMonths(9, 7, 8));
        Assert.Equal(9, Get(longer, "england-cspr-2018", "completion").Length.Count);
        Assert.Equal(7, Get(longer, "england-care-act-2014", "completion").Length.Count);
        Assert.Equal(8, Get(longer, "england-dhr-2011", "completion").Length.Count);
    }

    [Fact]
    public void For_ReturnsOnlyTheClocksOfThatKind()
    {
        var ids = TimescaleCatalogue.Default.For(RegimeId.EnglandCspr2018, DeterminationKind.LocalChildSafeguardingPracticeReview).Select(t => t.Id);
        Assert.Equal(new[] { "notification", "rapid-review", "completion", "panel-notice", "publication-minimum" }, ids);
        Assert.Equal(new[] { "notification", "rapid-review" },
            TimescaleCatalogue.Default.For(RegimeId.EnglandCspr2018, DeterminationKind.RapidReview).Select(t => t.Id));
        Assert.Empty(TimescaleCatalogue.Default.For(default, DeterminationKind.RapidReview));
    }

    [Fact]
    public void DueFrom_NotificationOverTheStateFuneral_SkipsTheBankHoliday()
    {
        var notify = Get(TimescaleCatalogue.Default, "england-cspr-2018", "notification");
        Assert.Equal(new LocalDate(2022, 9, 22), notify.Length.DueFrom(new LocalDate(2022, 9, 14), HolidayCalendar.EnglandAndWales).Date);
    }

    [Fact]
    public void WalesAnnualReport_IsDueThirtyFirstJuly()
    {
        Assert.Equal(new LocalDate(2025, 7, 31), AnnualReportDeadline.Wales(2025));
        Assert.Equal(SourceKind.Statute, AnnualReportDeadline.WalesCitation.Kind);
    }
}
