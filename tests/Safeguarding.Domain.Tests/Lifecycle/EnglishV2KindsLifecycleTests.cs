using System.Linq;
using System.Text;
using NodaTime;
using Safeguarding.Domain.Lifecycle;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Domain.Tests.Lifecycle;

/// <summary>
/// Review records of the offensive weapons homicide review (Police, Crime, Sentencing and Courts Act 2022, s27(8) notice
/// clock) and the domestic abuse related death review (DVCVA 2004 s8A, reports to the Domestic Abuse Commissioner).
/// </summary>
public sealed class EnglishV2KindsLifecycleTests
{
    private static ReviewReport Report(string json, LocalDate asOf)
    {
        var read = ReviewRecordJson.Read(Encoding.UTF8.GetBytes(json));
        Assert.True(read.Success, string.Join("; ", read.Errors.Select(e => e.Path + " " + e.Code)));
        return ReviewReport.Create(read.Value, asOf, TimescaleCatalogue.Default);
    }

    private static string Owhr(string jurisdiction, string notice) => $$"""
        { "kind": "offensive-weapons-homicide-review", "jurisdiction": "{{jurisdiction}}", "events": [
          { "type": "incident-known", "date": "2023-05-10" },
          { "type": "notified", "date": "2023-05-12" }{{notice}} ] }
        """;

    [Fact]
    public void OffensiveWeapons_NoticeAfterOneMonth_IsLateOnTheSecretaryOfStateClock()
    {
        var report = Report(Owhr("england", """, { "type": "secretary-of-state-notified", "date": "2023-06-20" }"""), new LocalDate(2023, 7, 1));
        Assert.True(report.IsValid);
        var clock = Assert.Single(report.Clocks, c => c.Timescale.Id == "secretary-of-state-notice");
        Assert.Equal("england-wales-owhr-2023", report.Replay.Review.RegimeId.Value);
        Assert.Equal(new LocalDate(2023, 5, 10), clock.Start);
        Assert.Equal(new LocalDate(2023, 6, 10), clock.Due);
        Assert.Equal(new LocalDate(2023, 6, 20), clock.Done);
        Assert.Equal(ClockStatus.Late, clock.Status);
        Assert.Equal(10, clock.DaysLate);
        Assert.Equal("s27(8)", clock.Timescale.Citation.Provision);
    }

    [Fact]
    public void OffensiveWeapons_NoNoticeYet_IsDueThenOverdue()
    {
        Assert.Equal(ClockStatus.Due, Report(Owhr("wales", string.Empty), new LocalDate(2023, 6, 10)).Clocks.Single(c => c.Timescale.Id == "secretary-of-state-notice").Status);
        var overdue = Report(Owhr("wales", string.Empty), new LocalDate(2023, 6, 12)).Clocks.Single(c => c.Timescale.Id == "secretary-of-state-notice");
        Assert.Equal(ClockStatus.Overdue, overdue.Status);
        Assert.Equal(2, overdue.DaysLate);
    }

    [Fact]
    public void OffensiveWeapons_NoticeTwice_IsRefused()
    {
        var report = Report(Owhr("england", """, { "type": "secretary-of-state-notified", "date": "2023-05-20" }, { "type": "secretary-of-state-notified", "date": "2023-05-21" }"""), new LocalDate(2023, 7, 1));
        Assert.False(report.IsValid);
        Assert.Equal(3, report.Replay.RejectedIndex);
        Assert.Contains(report.Replay.UnmetGuards, g => g.Id == "secretary-of-state-notified-not-yet-recorded");
    }

    [Theory]
    [InlineData("offensive-weapons-homicide-review", "scotland")]
    [InlineData("offensive-weapons-homicide-review", "northern-ireland")]
    [InlineData("domestic-abuse-related-death-review", "scotland")]
    public void NewKinds_OutsideEnglandAndWales_AreRefused(string kind, string jurisdiction)
    {
        var read = ReviewRecordJson.Read(Encoding.UTF8.GetBytes($$"""{ "kind": "{{kind}}", "jurisdiction": "{{jurisdiction}}", "events": [] }"""));
        Assert.False(read.Success);
        Assert.Contains(read.Errors, e => e.Code == "kind-not-in-jurisdiction");
    }

    [Fact]
    public void DomesticAbuseDeath_ReportGoesToTheCommissionerOnlyOnceCompleted()
    {
        const string early = """
            { "kind": "domestic-abuse-related-death-review", "jurisdiction": "england", "events": [
              { "type": "incident-known", "date": "2027-05-01" },
              { "type": "notified", "date": "2027-05-03" },
              { "type": "domestic-abuse-commissioner-sent", "date": "2027-05-04" } ] }
            """;
        var refused = Report(early, new LocalDate(2027, 6, 1));
        Assert.False(refused.IsValid);
        Assert.Equal(ReviewEventType.DomesticAbuseCommissionerSent, refused.Replay.RejectedEvent!.Type);

        const string completed = """
            { "kind": "domestic-abuse-related-death-review", "jurisdiction": "wales", "events": [
              { "type": "incident-known", "date": "2027-05-01" },
              { "type": "notified", "date": "2027-05-03" },
              { "type": "decided", "date": "2027-05-20", "decision": "initiate" },
              { "type": "commissioned", "date": "2027-06-01" },
              { "type": "report-completed", "date": "2027-11-01" },
              { "type": "domestic-abuse-commissioner-sent", "date": "2027-11-05" } ] }
            """;
        var accepted = Report(completed, new LocalDate(2027, 12, 1));
        Assert.True(accepted.IsValid);
        Assert.Equal("england-wales-dardr", accepted.Replay.Review.RegimeId.Value);
        Assert.Equal(ReviewState.ReportCompleted, accepted.State);
        Assert.True(accepted.Replay.Review.Has(ReviewEventType.DomesticAbuseCommissionerSent));
    }
}
