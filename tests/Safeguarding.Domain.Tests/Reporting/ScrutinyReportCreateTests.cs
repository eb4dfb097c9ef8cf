using System;
using System.Linq;
using NodaTime;
using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Rating;
using Safeguarding.Domain.Reporting;

namespace Safeguarding.Domain.Tests.Reporting;

/// <summary>The report's arguments, its trend dates for each shape of reporting cycle, and chart colours at their boundaries.</summary>
public sealed class ScrutinyReportCreateTests
{
    private static readonly LocalDate AsOf = new(2021, 1, 15);

    private static ActionPlan Plan(Period cycle, LocalDate? agreedOn = null) =>
        new("Fay", cycle, agreedOn, null, Array.Empty<Finding>(), Array.Empty<Recommendation>(), Array.Empty<PlanAction>());

    private static string[] TrendDates(ScrutinyReport report) => report.Trend.Select(p => p.AsOf.ToString("uuuu-MM-dd", null)).ToArray();

    [Fact]
    public void Create_NullPlan_ThrowsNamingIt() =>
        Assert.Equal("plan", Assert.Throws<ArgumentNullException>(() => ScrutinyReport.Create(null!, AsOf, null)).ParamName);

    [Fact]
    public void Create_NullPlanAndBadTrendCycles_ReportsTheNullPlanFirst() =>
        Assert.Equal("plan", Assert.Throws<ArgumentNullException>(
            () => ScrutinyReport.Create(null!, AsOf, null, RatingScheme.BlueRedAmberGreen, EscalationPolicy.Default, 0)).ParamName);

    [Fact]
    public void ToHtml_RedAsTheBestStatusOfACouncilScheme_StillHasWhiteText()
    {
        // Red, green and blue keep their own fill and white text wherever a council ranks them; other names are greys.
        var scheme = new RatingScheme("reds-last", new[] { "late", "going", "red" }, "late", "going", "late", "red", "red", RollUpMethod.WorstOf);
        var plan = new ActionPlan("Fay", Period.FromMonths(1), null, null, Array.Empty<Finding>(), Array.Empty<Recommendation>(),
            new[]
            {
                new PlanAction("1", new[] { "R1" }, "police", null, null, null, new LocalDate(2021, 1, 1), new LocalDate(2021, 1, 2),
                    new[] { new Evidence(EvidenceKind.Completion, new LocalDate(2021, 1, 2), null) }, Array.Empty<StatusUpdate>(), Array.Empty<string>()),
            });
        string html = ScrutinyReport.Create(plan, AsOf, null, scheme, EscalationPolicy.Default, 1).ToHtml();
        Assert.Contains("<pattern id=\"status-2\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\"><rect width=\"8\" height=\"8\" fill=\"#c62828\"/><path d=\"M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4\" stroke=\"#fff\"",
            html, StringComparison.Ordinal);
        Assert.Contains("fill=\"url(#status-2)\" stroke=\"#000\" stroke-width=\"0.5\"><title>police: red 1</title></rect>\n"
            + "<text x=\"271\" y=\"17\" text-anchor=\"middle\" fill=\"#fff\" stroke=\"#000\" stroke-width=\"3\" paint-order=\"stroke\">1</text>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(61)]
    public void Create_TrendCyclesOutOfRange_ThrowsNamingThem(int cycles) =>
        Assert.Equal("trendCycles", Assert.Throws<ArgumentOutOfRangeException>(
            () => ScrutinyReport.Create(Plan(Period.FromMonths(1)), AsOf, null, RatingScheme.BlueRedAmberGreen, EscalationPolicy.Default, cycles)).ParamName);

    [Fact]
    public void Create_OneAndSixtyCycles_AreAccepted_AndTheTrendEndsWithTheCurrentSnapshot()
    {
        var one = ScrutinyReport.Create(Plan(Period.FromMonths(1)), AsOf, null, RatingScheme.BlueRedAmberGreen, EscalationPolicy.Default, 1);
        Assert.Same(one.Current, Assert.Single(one.Trend));
        var sixty = ScrutinyReport.Create(Plan(Period.FromMonths(1)), AsOf, null, RatingScheme.BlueRedAmberGreen, EscalationPolicy.Default, 60);
        Assert.Equal(60, sixty.Trend.Length);
        Assert.Equal(new LocalDate(2016, 2, 15), sixty.Trend[0].AsOf);
        Assert.Same(sixty.Current, sixty.Trend[59]);
    }

    [Fact]
    public void Create_WithoutACompareDate_HasNoEarlierSnapshotOrComparison()
    {
        var report = ScrutinyReport.Create(Plan(Period.FromMonths(3)), AsOf, null);
        Assert.Null(report.Earlier);
        Assert.Null(report.Comparison);
        Assert.Equal(ScrutinyReport.DefaultTrendCycles, report.Trend.Length);
        Assert.Equal("scrutiny report 2021-01-15 none: 0 actions, 0 overdue", report.ToString());
    }

    [Fact]
    public void Create_WithACompareDate_ComparesThatDateWithTheReportsDate()
    {
        var report = ScrutinyReport.Create(Plan(Period.FromMonths(3)), AsOf, new LocalDate(2020, 11, 1));
        Assert.Equal(new LocalDate(2020, 11, 1), report.Earlier!.AsOf);
        Assert.Equal(new LocalDate(2020, 11, 1), report.Comparison!.From);
        Assert.Equal(AsOf, report.Comparison.To);
        Assert.Equal(AsOf, report.Current.AsOf);
    }

    [Fact]
    public void Trend_YearlyCycle_StepsBackWholeYears() =>
        Assert.Equal(new[] { "2019-01-15", "2020-01-15", "2021-01-15" },
            TrendDates(ScrutinyReport.Create(Plan(Period.FromYears(1)), AsOf, null, RatingScheme.BlueRedAmberGreen, EscalationPolicy.Default, 3)));

    [Fact]
    public void Trend_FortnightlyCycle_StepsBackFourteenDays() =>
        Assert.Equal(new[] { "2020-12-18", "2021-01-01", "2021-01-15" },
            TrendDates(ScrutinyReport.Create(Plan(Period.FromWeeks(2)), AsOf, null, RatingScheme.BlueRedAmberGreen, EscalationPolicy.Default, 3)));

    [Fact]
    public void Trend_MixedCycle_StepsBackEachUnitTimesTheNumberOfCycles()
    {
        var cycle = new PeriodBuilder { Years = 1, Months = 1, Days = 1 }.Build();
        Assert.Equal(new[] { "2018-11-13", "2019-12-14", "2021-01-15" },
            TrendDates(ScrutinyReport.Create(Plan(cycle), AsOf, null, RatingScheme.BlueRedAmberGreen, EscalationPolicy.Default, 3)));
    }

    [Fact]
    public void Trend_LeavesOutOnlyDatesBeforeThePlanWasAgreed()
    {
        Assert.Equal(new[] { "2020-10-15", "2020-11-15", "2020-12-15", "2021-01-15" },
            TrendDates(ScrutinyReport.Create(Plan(Period.FromMonths(1), new LocalDate(2020, 10, 15)), AsOf, null)));
        Assert.Equal(new[] { "2020-11-15", "2020-12-15", "2021-01-15" },
            TrendDates(ScrutinyReport.Create(Plan(Period.FromMonths(1), new LocalDate(2020, 10, 16)), AsOf, null)));
    }

    [Fact]
    public void Trend_AgreedAfterTheReportsDate_StillEndsWithTheCurrentSnapshot() =>
        Assert.Equal(new[] { "2021-01-15" }, TrendDates(ScrutinyReport.Create(Plan(Period.FromMonths(1), new LocalDate(2021, 6, 1)), AsOf, null)));

    [Fact]
    public void ToHtml_GreyAtTheLightnessBoundary_HasDarkText()
    {
        // 46 statuses: rank 26 is grey 40 + 180 * 26 / 45 = 144 (#909090), the lightest grey still given white text is 143.
        var names = Enumerable.Range(0, 46).Select(i => "s" + i.ToString("00", null)).ToArray();
        var scheme = new RatingScheme("many", names, "s00", "s26", "s00", "s44", "s45", RollUpMethod.WorstOf);
        var plan = new ActionPlan("Fay", Period.FromMonths(1), null, null, Array.Empty<Finding>(), Array.Empty<Recommendation>(),
            new[]
            {
                new PlanAction("1", new[] { "R1" }, "police", null, null, null, new LocalDate(2021, 1, 1), null,
                    Array.Empty<Evidence>(), Array.Empty<StatusUpdate>(), Array.Empty<string>()),
            });
        string html = ScrutinyReport.Create(plan, AsOf, null, scheme, EscalationPolicy.Default, 1).ToHtml();
        Assert.Contains("<pattern id=\"status-26\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\"><rect width=\"8\" height=\"8\" fill=\"#909090\"/><path d=\"M-2,6 l4,4 M0,0 l8,8 M6,-2 l4,4\" stroke=\"#000\"",
            html, StringComparison.Ordinal);
        Assert.Contains("fill=\"url(#status-26)\" stroke=\"#000\" stroke-width=\"0.5\"><title>police: s26 1</title></rect>\n"
            + "<text x=\"271\" y=\"17\" text-anchor=\"middle\" fill=\"#000\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">1</text>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"status\"><span class=\"st nowrap\"><svg class=\"swatch\" width=\"16\" height=\"16\" aria-hidden=\"true\" focusable=\"false\"><rect x=\"0.5\" y=\"0.5\" width=\"15\" height=\"15\" fill=\"url(#status-26)\"", html, StringComparison.Ordinal);
    }
}
