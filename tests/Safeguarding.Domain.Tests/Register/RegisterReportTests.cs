using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using NodaTime;
using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Criteria;
using Safeguarding.Domain.Lifecycle;
using Safeguarding.Domain.Rating;
using Safeguarding.Domain.Register;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Domain.Tests.Register;

/// <summary>
/// Each figure of the register on the five-year fixture of a fictional partnership (tests/…/Register/Fixtures), as of
/// 31 March 2026, with the answers worked out by hand from the dates in the fixture.
/// </summary>
public sealed class RegisterReportTests
{
    private static readonly LocalDate AsOf = new(2026, 3, 31);

    internal static PartnershipRegister Fixture()
    {
        var read = RegisterJson.Read(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Register", "Fixtures", "five-year-register.json")));
        Assert.True(read.Success, string.Join("\n", read.Errors));
        return read.Value;
    }

    private static RegisterReport Report(DisclosureControl? disclosure = null) => RegisterReport.Create(Fixture(), AsOf, TimescaleCatalogue.Default, disclosure);

    [Fact]
    public void Reviews_ByKindStateAndOpenWithAge()
    {
        var r = Report();
        Assert.Equal(13, r.Reviews.Length);
        Assert.Equal(9, r.ByKind[DeterminationKind.LocalChildSafeguardingPracticeReview]);
        Assert.Equal(2, r.ByKind[DeterminationKind.SafeguardingAdultsReview]);
        Assert.Equal((6, 1, 1, 3), (r.ByState[ReviewState.Published], r.ByState[ReviewState.Withdrawn], r.ByState[ReviewState.NotInitiated], r.ByState[ReviewState.Commissioned]));
        Assert.Equal(new[] { "2024-03", "2025-01", "2025-02", "2025-03", "2026-01" }, r.Open.Select(x => x.Id));
        // 2 September 2024 to 31 March 2026.
        Assert.Equal(575, r.Open[0].AgeDays);
        Assert.Equal(15, r.Open[4].AgeDays);
    }

    [Fact]
    public void Clocks_CompletionAcrossReviews_WithMedianAndLongestLateness()
    {
        var completion = Assert.Single(Report().Clocks, c => c.Clock == "completion");
        // Met: 2023-02 (report a week early) and 2025-02; late: 15, 49, 98, 162, 194 days; overdue: 231 (2025-01) and 364 (2024-03)
        // days; due: the SAR decided on 3 November 2025. The withdrawn review's clock is not listed.
        Assert.Equal((2, 5, 1, 2), (completion.Met, completion.Late, completion.Due, completion.Overdue));
        Assert.Equal(162, completion.MedianDaysLate);
        Assert.Equal(364, completion.MaxDaysLate);
        var rapid = Assert.Single(Report().Clocks, c => c.Clock == "rapid-review");
        Assert.Equal((9, 1), (rapid.Met, rapid.Due));
    }

    [Fact]
    public void Clocks_MedianOfAnEvenNumber_IsTheMeanOfTheMiddleTwo()
    {
        var register = Fixture();
        var two = new PartnershipRegister(register.Partnership, register.RecurringThemes, register.Themes,
            register.Reviews.Where(e => e.Id is "2021-01" or "2022-02"));
        var completion = Assert.Single(RegisterReport.Create(two, AsOf, TimescaleCatalogue.Default, null).Clocks, c => c.Clock == "completion");
        Assert.Equal((49 + 15) / 2.0, completion.MedianDaysLate);
        Assert.Equal(49, completion.MaxDaysLate);
    }

    [Fact]
    public void Delays_ByReason_AndOpenReviewsWithoutAReason()
    {
        var r = Report();
        Assert.Equal(new[] { 1, 1, 1, 1, 0 }, r.Delays.Values);
        // 2024-03 recorded reviewer-capacity after its clock started; 2025-01 recorded nothing.
        var unexplained = Assert.Single(r.UnexplainedDelays);
        Assert.Equal("2025-01: completion", unexplained.ToString());
    }

    [Fact]
    public void Themes_RecurringWhenInTwoReviewsPublishedWithinThreeYears()
    {
        var themes = Report().Themes.ToDictionary(t => t.Theme);
        // Information sharing: four reviews, but 2021-01 (January 2022) and 2022-02 (6 March 2023) were published before the window opened on 31 March 2023.
        Assert.Equal(new[] { "2021-01", "2022-02", "2023-01", "2023-02" }, themes["information-sharing"].Reviews);
        Assert.Equal(new[] { "2023-01", "2023-02" }, themes["information-sharing"].ReviewsInWindow);
        Assert.True(themes["information-sharing"].Recurring);
        // Babies: 2021-01 was published on 17 January 2022, more than three years before the as-of date.
        Assert.Equal(new[] { "2024-01" }, themes["vulnerability-of-babies"].ReviewsInWindow);
        Assert.False(themes["vulnerability-of-babies"].Recurring);
        Assert.True(themes["domestic-abuse"].Recurring);
        Assert.Equal("Sharing information between agencies in good time", themes["information-sharing"].Title);
        // The chosen list's order.
        Assert.Equal("information-sharing", Report().Themes[0].Theme);
    }

    [Fact]
    public void Themes_AReviewPublishedOnTheWindowsFirstDay_Counts()
    {
        var rule = new RecurringThemeRule(2, Period.FromYears(3));
        Assert.True(rule.InWindow(new LocalDate(2023, 3, 31), AsOf));
        Assert.False(rule.InWindow(new LocalDate(2023, 3, 30), AsOf));
        Assert.False(rule.InWindow(AsOf.PlusDays(1), AsOf));
        Assert.True(rule.InWindow(AsOf, AsOf));
    }

    [Fact]
    public void Recommendations_ByLevel_AndNationalOrRegionalAwaitingAResponse()
    {
        var r = Report();
        Assert.Equal((6, 2, 4), (r.RecommendationsByLevel[AddresseeLevel.Local], r.RecommendationsByLevel[AddresseeLevel.Regional], r.RecommendationsByLevel[AddresseeLevel.National]));
        // 2021-01/R2 and 2024-01/R2 were answered; 2024-01/R1 is local.
        Assert.Equal(new[] { "2022-01/R2", "2023-01/R1", "2023-02/R2", "2024-01/R3" }, r.AwaitingResponse);
        var before = RegisterReport.Create(Fixture(), new LocalDate(2024, 11, 14), TimescaleCatalogue.Default, null);
        Assert.DoesNotContain("2023-01/R1", before.AwaitingResponse); // sent on 15 November 2024
    }

    [Fact]
    public void Actions_SumTheDerivedStatusesOfEveryPlan()
    {
        var r = Report();
        var expected = Fixture().Reviews.Where(e => e.Plan is not null).Select(e => Safeguarding.Domain.Reporting.PlanSnapshot.Take(e.Plan!, AsOf)).ToList();
        foreach (var status in RegisterReport.ActionStatuses)
        {
            Assert.Equal(expected.Sum(s => s.CountOf(status)), r.ActionCounts[status]);
        }

        Assert.Equal(1, r.ActionCounts["blue"]); // 2021-01/1.1, with impact evidence
        Assert.Equal(expected.Sum(s => s.OverdueCount), r.OverdueActions.Length);
        Assert.Equal(expected.Sum(s => s.EscalatedCount), r.EscalatedActions.Length);
        Assert.Contains("2024-01/3.1", r.OverdueActions);
        Assert.Equal(r.EscalatedActions.Length, r.EscalationCounts.Values.Sum());
    }

    [Fact]
    public void Completeness_CountsWhatEachRecordLacks()
    {
        var r = Report();
        Assert.Equal(new[] { 1, 2, 3, 1 }, r.MissingCounts.Values);
        var e5 = Assert.Single(r.Reviews, x => x.Id == "2023-02");
        Assert.Equal(new[] { CompletenessItem.ReferralSource, CompletenessItem.DecisionReasons, CompletenessItem.Method }, e5.Missing);
        Assert.Equal("referral-source", RegisterReport.NameOf(CompletenessItem.ReferralSource));
    }

    [Fact]
    public void Validation_UnknownThemeAndRefusedEvent_WithPathsIntoTheDocument()
    {
        var register = Fixture();
        var e = register.Reviews[0];
        var plan = e.Plan!;
        var badPlan = new ActionPlan(plan.Review, plan.ReportingCycle, plan.AgreedOn, plan.Horizon,
            new[] { new Finding("F1", null, null, new[] { "information-sharing", "weather" }) }.Concat(plan.Findings.Skip(1)), plan.Recommendations, plan.Actions);
        var refused = new ReviewRecord(DeterminationKind.LocalChildSafeguardingPracticeReview, Jurisdiction.England, ReviewPolicy.None,
            System.Collections.Immutable.ImmutableArray.Create(new ReviewEvent(ReviewEventType.Published, new LocalDate(2020, 1, 1))));
        var bad = new PartnershipRegister(register.Partnership, register.RecurringThemes, register.Themes,
            new[] { new RegisterEntry("a", e.Record, badPlan), new RegisterEntry("b", refused, null) });
        var report = RegisterReport.Create(bad, AsOf, TimescaleCatalogue.Default, null);
        Assert.False(report.IsValid);
        Assert.Equal(new[] { "$.reviews[0].plan.findings[0].themes[1] unknown-theme", "$.reviews[1].record.events[0] event-refused" },
            report.Validation.Select(v => v.Path + " " + v.Code).OrderBy(x => x, StringComparer.Ordinal));
        Assert.False(report.Themes.Single(t => t.Theme == "weather").IsKnown);
        Assert.True(Report().IsValid);
    }

    [Fact]
    public void Publishable_SuppressesSmallCounts_WithholdsLists_AndSaysSo()
    {
        var full = Report();
        var published = Report(DisclosureControl.Default);
        using var json = JsonDocument.Parse(published.ToJson());
        var root = json.RootElement;
        Assert.True(root.GetProperty("publishable").GetBoolean());
        Assert.Equal(5, root.GetProperty("disclosure").GetProperty("suppressBelow").GetInt32());
        Assert.Equal(13, root.GetProperty("reviews").GetProperty("total").GetInt32());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("reviews").GetProperty("byKind").GetProperty("safeguarding-adults-review").ValueKind);
        Assert.Equal(9, root.GetProperty("reviews").GetProperty("byKind").GetProperty("local-child-safeguarding-practice-review").GetInt32());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("reviews").GetProperty("open").ValueKind);
        Assert.Equal(0, root.GetProperty("delays").EnumerateArray().Last().GetProperty("count").GetInt32()); // a true zero is shown
        var completion = root.GetProperty("clocks").EnumerateArray().Single(c => c.GetProperty("clock").GetString() == "completion");
        Assert.Equal(5, completion.GetProperty("late").GetInt32());
        Assert.Equal(JsonValueKind.Null, completion.GetProperty("met").ValueKind);
        Assert.Equal(162, completion.GetProperty("medianDaysLate").GetDouble()); // seven late or overdue clocks
        Assert.Equal(JsonValueKind.Null, root.GetProperty("recommendations").GetProperty("awaitingResponse").ValueKind);
        string text = published.ToText();
        Assert.Contains("counts from 1 to 4 are suppressed", text, StringComparison.Ordinal);
        Assert.Contains("[c]", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2025-01", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2025-01", published.ToHtml(), StringComparison.Ordinal);
        Assert.Contains("2025-01", full.ToText(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(full.ToJson()).RootElement.GetProperty("disclosure").ValueKind);
        Assert.True(new DisclosureControl(2).Suppresses(1));
        Assert.False(new DisclosureControl(2).Suppresses(2));
        Assert.Equal("number-out-of-range", Assert.Single(DisclosureControl.Create(1).Errors).Code);
    }

    [Fact]
    public void Json_HasTheContractsShape()
    {
        using var json = JsonDocument.Parse(Report().ToJson());
        var root = json.RootElement;
        Assert.Equal("2026-03-31", root.GetProperty("asOf").GetString());
        Assert.Equal(13, root.GetProperty("reviews").GetProperty("total").GetInt32());
        Assert.Equal(9, root.GetProperty("reviews").GetProperty("byKind").GetProperty("local-child-safeguarding-practice-review").GetInt32());
        Assert.Equal(new[] { "2024-03", "2025-01", "2025-02", "2025-03", "2026-01" }, root.GetProperty("reviews").GetProperty("open").EnumerateArray().Select(x => x.GetString()));
        var completion = root.GetProperty("clocks").EnumerateArray().Single(c => c.GetProperty("clock").GetString() == "completion");
        Assert.Equal((2, 5, 1, 2, 162, 364), (completion.GetProperty("met").GetInt32(), completion.GetProperty("late").GetInt32(), completion.GetProperty("due").GetInt32(),
            completion.GetProperty("overdue").GetInt32(), completion.GetProperty("medianDaysLate").GetInt32(), completion.GetProperty("maxDaysLate").GetInt32()));
        var notification = root.GetProperty("clocks").EnumerateArray().Single(c => c.GetProperty("clock").GetString() == "notification");
        Assert.Equal(JsonValueKind.Null, notification.GetProperty("medianDaysLate").ValueKind);
        Assert.Equal("parallel-proceedings", root.GetProperty("delays")[1].GetProperty("reason").GetString());
        var sharing = root.GetProperty("themes")[0];
        Assert.Equal(("information-sharing", true), (sharing.GetProperty("theme").GetString(), sharing.GetProperty("recurring").GetBoolean()));
        Assert.Equal(4, sharing.GetProperty("reviews").GetArrayLength());
        Assert.Equal(4, root.GetProperty("recommendations").GetProperty("byLevel").GetProperty("national").GetInt32());
        Assert.Equal("2022-01/R2", root.GetProperty("recommendations").GetProperty("awaitingResponse")[0].GetString());
        Assert.Equal(1, root.GetProperty("actions").GetProperty("counts").GetProperty("blue").GetInt32());
        Assert.True(root.GetProperty("actions").TryGetProperty("overdue", out _));
        Assert.Equal(3, root.GetProperty("completeness").GetProperty("missing").GetProperty("key-dates").GetInt32());
    }

    [Fact]
    public void Html_HasTheChartsInlineAndNoScripts_Markdown_HasTheTables()
    {
        string html = Report().ToHtml();
        Assert.Equal(2, html.Split("<svg", StringSplitOptions.None).Length - 1);
        Assert.Contains("url(#p-overdue)", html, StringComparison.Ordinal); // patterns, not colour alone
        Assert.Contains("(recurring)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        string md = Report().ToMarkdown();
        Assert.Contains("| completion | 2 | 5 | 1 | 2 | 162 | 364 |", md, StringComparison.Ordinal);
        Assert.Contains("## Themes across reviews", md, StringComparison.Ordinal);
    }

    [Fact]
    public void FreeText_NeverAppearsInReportsOrToString()
    {
        var r = Report();
        foreach (string output in new[] { r.ToText(), r.ToJson(), r.ToMarkdown(), r.ToHtml(), r.ToString(), Fixture().ToString() })
        {
            Assert.DoesNotContain("Criminal trial", output, StringComparison.Ordinal); // a delay's note
            Assert.DoesNotContain("Section 9 criteria", output, StringComparison.Ordinal); // a decision's reasons
        }
    }
}
