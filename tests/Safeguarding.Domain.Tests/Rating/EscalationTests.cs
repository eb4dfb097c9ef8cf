using System;
using NodaTime;
using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Rating;
using Safeguarding.Domain.Tests.Support;

namespace Safeguarding.Domain.Tests.Rating;

public sealed class EscalationTests
{
    [Theory]
    [InlineData(0, 0, 0, EscalationLevel.None)]
    [InlineData(1, 0, 0, EscalationLevel.LeadOfficer)]
    [InlineData(29, 1, 1, EscalationLevel.LeadOfficer)]
    [InlineData(30, 0, 0, EscalationLevel.Subgroup)]
    [InlineData(0, 2, 0, EscalationLevel.Subgroup)]
    [InlineData(0, 0, 2, EscalationLevel.Subgroup)]
    [InlineData(90, 0, 0, EscalationLevel.Board)]
    [InlineData(0, 3, 0, EscalationLevel.Board)]
    [InlineData(0, 0, 3, EscalationLevel.Board)]
    public void DefaultPolicy_Thresholds(int days, int silent, int red, EscalationLevel expected)
    {
        Assert.Equal(expected, EscalationPolicy.Default.LevelFor(days, silent, red, out var reasons));
        Assert.Equal(expected == EscalationLevel.None, reasons.IsEmpty);
    }

    [Fact]
    public void CouncilPolicy_AsData_WithoutLeadOfficerStage()
    {
        var policy = new EscalationPolicy(EscalationThreshold.Never, new EscalationThreshold(14, 1, null), new EscalationThreshold(60, 2, 2));
        Assert.Equal(EscalationLevel.Subgroup, policy.LevelFor(14, 0, 0, out _));
        Assert.Equal(EscalationLevel.None, policy.LevelFor(13, 0, 1, out _));
    }

    [Fact]
    public void UpdatePending_LikeJamess_AgencyNeverReporting_ClimbsWithEachCycle()
    {
        // The James minutes: "Update Pending" meant the agency had not done its part. Reported pending each quarter.
        var action = new PlanAction("4.1", new[] { "R4" }, "other-area-childrens-services", new LocalDate(2017, 12, 31), new LocalDate(2017, 1, 10), null,
            Array.Empty<Evidence>(), new[]
            {
                new StatusUpdate(new LocalDate(2017, 2, 1), ReportedStatus.Amber, null),
                new StatusUpdate(new LocalDate(2017, 5, 1), ReportedStatus.UpdatePending, null),
                new StatusUpdate(new LocalDate(2017, 8, 1), ReportedStatus.UpdatePending, null),
            });
        EscalationLevel At(int year, int month, int day, out ActionAssessment a)
        {
            a = ActionAssessment.Assess(action, new LocalDate(year, month, day), Period.FromMonths(3), new LocalDate(2017, 1, 1), RatingScheme.BlueRedAmberGreen, EscalationPolicy.Default);
            return a.Escalation;
        }

        Assert.Equal(EscalationLevel.None, At(2017, 4, 1, out var april));
        Assert.False(april.UpdatePending);
        Assert.Equal(EscalationLevel.LeadOfficer, At(2017, 6, 1, out var june));
        Assert.True(june.UpdatePending);
        Assert.Equal(ReportedStatus.UpdatePending, june.ReportedStatus);
        Assert.Equal(EscalationLevel.Subgroup, At(2017, 8, 15, out var august));
        Assert.Equal(2, august.CyclesWithoutUpdate);
        Assert.Equal(EscalationLevel.Board, At(2017, 11, 15, out _));
    }

    [Fact]
    public void EmbeddedAction_IsNeverEscalated()
    {
        var action = new PlanAction("1", new[] { "R1" }, "police", new LocalDate(2020, 1, 1), null, new LocalDate(2020, 1, 1),
            new[] { new Evidence(EvidenceKind.Impact, new LocalDate(2020, 2, 1), null) }, Array.Empty<StatusUpdate>());
        var a = ActionAssessment.Assess(action, new LocalDate(2023, 1, 1), Period.FromMonths(3), null, RatingScheme.BlueRedAmberGreen, EscalationPolicy.Default);
        Assert.Equal("blue", a.Status);
        Assert.Equal(EscalationLevel.None, a.Escalation);
    }

    [Fact]
    public void LevelFor_Reasons_NameEachTriggerThatFiredAtTheLevelReached()
    {
        Assert.Equal(EscalationLevel.Subgroup, EscalationPolicy.Default.LevelFor(0, 2, 0, out var silent));
        Assert.Equal(new[] { "2 reporting cycles without an update (subgroup from 2)" }, silent);

        Assert.Equal(EscalationLevel.Board, EscalationPolicy.Default.LevelFor(0, 0, 3, out var red));
        Assert.Equal(new[] { "3 reporting cycles at the worst status (board from 3)" }, red);

        Assert.Equal(EscalationLevel.Board, EscalationPolicy.Default.LevelFor(95, 4, 3, out var all));
        Assert.Equal(
            new[]
            {
                "95 days overdue (board from 90)",
                "4 reporting cycles without an update (board from 3)",
                "3 reporting cycles at the worst status (board from 3)",
            },
            all);
    }

    [Fact]
    public void LevelFor_Reasons_SayOneInTheSingular()
    {
        Assert.Equal(EscalationLevel.LeadOfficer, EscalationPolicy.Default.LevelFor(1, 1, 1, out var reasons));
        Assert.Equal(
            new[]
            {
                "1 day overdue (lead-officer from 1)",
                "1 reporting cycle without an update (lead-officer from 1)",
                "1 reporting cycle at the worst status (lead-officer from 1)",
            },
            reasons);
    }

    [Fact]
    public void ToString_GivesTheThreeThresholds()
    {
        Assert.Equal(
            "lead-officer: 1 days overdue | 1 cycles without update | 1 cycles at red; "
            + "subgroup: 30 days overdue | 2 cycles without update | 2 cycles at red; "
            + "board: 90 days overdue | 3 cycles without update | 3 cycles at red",
            EscalationPolicy.Default.ToString());
    }

    [Fact]
    public void Equality_CoversEveryLevel()
    {
        static EscalationPolicy Of(int lead = 1, int subgroup = 30, int board = 90) =>
            new(new EscalationThreshold(lead, 1, 1), new EscalationThreshold(subgroup, 2, 2), new EscalationThreshold(board, 3, 3));

        EqualityLaws.Hold(EscalationPolicy.Default, Of(), Of(lead: 2), Of(subgroup: 31), Of(board: 91));
    }

    [Fact]
    public void Constructor_RefusesAMissingThreshold_NamingIt()
    {
        var t = EscalationThreshold.Never;
        Assert.Equal("leadOfficer", Assert.Throws<ArgumentNullException>(() => new EscalationPolicy(null!, t, t)).ParamName);
        Assert.Equal("subgroup", Assert.Throws<ArgumentNullException>(() => new EscalationPolicy(t, null!, t)).ParamName);
        Assert.Equal("board", Assert.Throws<ArgumentNullException>(() => new EscalationPolicy(t, t, null!)).ParamName);
    }
}
