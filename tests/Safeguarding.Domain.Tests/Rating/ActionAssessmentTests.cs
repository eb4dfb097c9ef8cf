using System;
using NodaTime;
using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Rating;
using Safeguarding.Domain.Tests.Support;

namespace Safeguarding.Domain.Tests.Rating;

/// <summary>
/// One action's position on a date, rule by rule: the boundaries of each date test, which fact a silence is
/// counted from, when red started, and which reported update is the latest. Quarterly cycle, assessed on
/// 12 January 2021, so the cycle boundaries are 12 October, 12 July, 12 April and 12 January before it.
/// </summary>
public sealed class ActionAssessmentTests
{
    private static readonly LocalDate AsOf = new(2021, 1, 12);
    private static readonly LocalDate FarTarget = new(2021, 3, 31);
    private static readonly Period Quarterly = Period.FromMonths(3);

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    private static PlanAction Action(
        LocalDate? target, LocalDate? started = null, LocalDate? completed = null, Evidence[]? evidence = null, StatusUpdate[]? updates = null, string id = "1", string owner = "police") =>
        new(id, new[] { "R1" }, owner, target, started, completed, evidence ?? Array.Empty<Evidence>(), updates ?? Array.Empty<StatusUpdate>());

    private static ActionAssessment Assess(PlanAction action, LocalDate? agreedOn = null, RatingScheme? scheme = null, LocalDate? asOf = null) =>
        ActionAssessment.Assess(action, asOf ?? AsOf, Quarterly, agreedOn, scheme ?? RatingScheme.BlueRedAmberGreen, EscalationPolicy.Default);

    private static StatusUpdate Update(LocalDate date, ReportedStatus status) => new(date, status, null);

    private static Evidence Output(LocalDate date) => new(EvidenceKind.Output, date, null);

    [Fact]
    public void Assess_NullArguments_NameTheArgument()
    {
        var action = Action(FarTarget);
        var scheme = RatingScheme.BlueRedAmberGreen;
        var policy = EscalationPolicy.Default;
        Assert.Equal("action", Assert.Throws<ArgumentNullException>(() => ActionAssessment.Assess(null!, AsOf, Quarterly, null, scheme, policy)).ParamName);
        Assert.Equal("reportingCycle", Assert.Throws<ArgumentNullException>(() => ActionAssessment.Assess(action, AsOf, null!, null, scheme, policy)).ParamName);
        Assert.Equal("scheme", Assert.Throws<ArgumentNullException>(() => ActionAssessment.Assess(action, AsOf, Quarterly, null, null!, policy)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => ActionAssessment.Assess(action, AsOf, Quarterly, null, scheme, null!)).ParamName);
    }

    [Theory]
    [InlineData(0, 0, 0)]    // zero: every day would be a new cycle
    [InlineData(0, 1, -7)]   // weeks and days that cancel out
    [InlineData(0, 0, -1)]   // negative
    [InlineData(101, 0, 0)]  // longer than the plan's limit
    public void Assess_ABadReportingCycle_IsRefusedLikeThePlansOwnCheck(int years, int weeks, int days)
    {
        var cycle = new PeriodBuilder { Years = years, Weeks = weeks, Days = days }.Build();
        var ex = Assert.Throws<ArgumentException>(() => ActionAssessment.Assess(Action(FarTarget), AsOf, cycle, null, RatingScheme.BlueRedAmberGreen, EscalationPolicy.Default));
        Assert.Equal("reportingCycle", ex.ParamName);
        Assert.StartsWith("The reporting cycle must be a positive period of years, months, weeks or days.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_TwoPiecesOfCompletionEvidence_StillMeanCompleted()
    {
        var evidence = new[]
        {
            new Evidence(EvidenceKind.Completion, D(2020, 11, 2), null),
            new Evidence(EvidenceKind.Completion, D(2020, 12, 1), null),
        };
        var assessment = Assess(Action(D(2020, 12, 31), evidence: evidence));
        Assert.Equal(ActionStage.Completed, assessment.Stage);
        Assert.False(assessment.Overdue);
    }

    [Fact]
    public void Assess_ACycleInWeeks_CountsLikeTheSameNumberOfDays()
    {
        var action = Action(FarTarget);
        var inWeeks = ActionAssessment.Assess(action, AsOf, Period.FromWeeks(2), D(2020, 10, 1), RatingScheme.BlueRedAmberGreen, EscalationPolicy.Default);
        var inDays = ActionAssessment.Assess(action, AsOf, Period.FromDays(14), D(2020, 10, 1), RatingScheme.BlueRedAmberGreen, EscalationPolicy.Default);
        Assert.Equal(inDays.CyclesWithoutUpdate, inWeeks.CyclesWithoutUpdate);
        Assert.Equal(7, inWeeks.CyclesWithoutUpdate); // 1 Oct 2020 to 12 Jan 2021 is 103 days: 7 whole fortnights
    }

    [Fact]
    public void Assess_NoFactsAndNoAgreedDate_IsOneCycleSilentAndNeverRedForLong()
    {
        var a = Assess(Action(FarTarget));
        Assert.Equal(ActionStage.NotStarted, a.Stage);
        Assert.Equal("red", a.Status);
        Assert.Null(a.LastUpdate);
        Assert.Null(a.ReportedStatus);
        Assert.True(a.UpdatePending);
        Assert.Equal(1, a.CyclesWithoutUpdate);
        Assert.Equal(0, a.CyclesAtRed);
        Assert.Equal(EscalationLevel.LeadOfficer, a.Escalation);
    }

    [Fact]
    public void Assess_StartedLongAgoNeverReported_CountsSilenceFromTheStartDate()
    {
        // Started on 1 January 2020: before 12 January 2020 (four cycles back), not before 12 October 2019.
        var a = Assess(Action(FarTarget, started: D(2020, 1, 1)));
        Assert.Equal(4, a.CyclesWithoutUpdate);
        Assert.Equal(EscalationLevel.Board, a.Escalation);
    }

    [Fact]
    public void Assess_NoStartDate_CountsSilenceFromTheEarliestEvidence_InAnyOrder()
    {
        var early = Output(D(2020, 1, 1));
        var late = Output(D(2020, 11, 1));
        Assert.Equal(4, Assess(Action(FarTarget, evidence: new[] { early, late })).CyclesWithoutUpdate);
        Assert.Equal(4, Assess(Action(FarTarget, evidence: new[] { late, early })).CyclesWithoutUpdate);
    }

    [Fact]
    public void Assess_NoUpdate_CountsSilenceFromTheAgreedDateBeforeTheFirstFact()
    {
        // Agreed 1 December 2019 (four cycles), started 1 October 2020 (one cycle): the plan's date wins.
        var a = Assess(Action(FarTarget, started: D(2020, 10, 1)), agreedOn: D(2019, 12, 1));
        Assert.Equal(4, a.CyclesWithoutUpdate);
        Assert.True(a.UpdatePending);
    }

    [Fact]
    public void Assess_RecentUpdate_CountsSilenceFromTheUpdate_NotTheAgreedOrStartDate()
    {
        var a = Assess(Action(FarTarget, started: D(2020, 6, 1), updates: new[] { Update(D(2021, 1, 1), ReportedStatus.Amber) }), agreedOn: D(2019, 12, 1));
        Assert.Equal(D(2021, 1, 1), a.LastUpdate);
        Assert.False(a.UpdatePending);
        Assert.Equal(0, a.CyclesWithoutUpdate);
        Assert.Equal(EscalationLevel.None, a.Escalation);
    }

    [Fact]
    public void Assess_LastUpdate_IsTheLatestReturnedUpdate_InAnyOrder()
    {
        var early = Update(D(2020, 6, 1), ReportedStatus.Amber);
        var late = Update(D(2021, 1, 1), ReportedStatus.Amber);
        var pending = Update(D(2021, 1, 10), ReportedStatus.UpdatePending);
        Assert.Equal(D(2021, 1, 1), Assess(Action(FarTarget, D(2020, 1, 1), updates: new[] { early, late, pending })).LastUpdate);
        Assert.Equal(D(2021, 1, 1), Assess(Action(FarTarget, D(2020, 1, 1), updates: new[] { pending, late, early })).LastUpdate);
    }

    [Fact]
    public void Assess_UpdateExactlyOneCycleBeforeAsOf_IsNotPending_ADayEarlierIs()
    {
        var onTheBoundary = Assess(Action(FarTarget, D(2020, 1, 1), updates: new[] { Update(D(2020, 10, 12), ReportedStatus.Amber) }));
        Assert.False(onTheBoundary.UpdatePending);
        Assert.Equal(0, onTheBoundary.CyclesWithoutUpdate);

        var dayBefore = Assess(Action(FarTarget, D(2020, 1, 1), updates: new[] { Update(D(2020, 10, 11), ReportedStatus.Amber) }));
        Assert.True(dayBefore.UpdatePending);
        Assert.Equal(1, dayBefore.CyclesWithoutUpdate);
    }

    [Fact]
    public void Assess_UpdatePendingAlone_IsNoUpdate()
    {
        var a = Assess(Action(FarTarget, D(2020, 12, 1), updates: new[] { Update(D(2021, 1, 1), ReportedStatus.UpdatePending) }));
        Assert.Null(a.LastUpdate);
        Assert.True(a.UpdatePending);
        Assert.Equal(ReportedStatus.UpdatePending, a.ReportedStatus);
    }

    [Theory]
    [InlineData(ReportedStatus.Amber, ReportedStatus.UpdatePending, ReportedStatus.Amber)]
    [InlineData(ReportedStatus.UpdatePending, ReportedStatus.Amber, ReportedStatus.Amber)]
    [InlineData(ReportedStatus.Amber, ReportedStatus.Green, ReportedStatus.Green)]
    [InlineData(ReportedStatus.Green, ReportedStatus.Amber, ReportedStatus.Green)]
    public void Assess_TwoUpdatesOnOneDay_ReturnedBeatsPending_ThenTheLargerStatus(ReportedStatus first, ReportedStatus second, ReportedStatus expected)
    {
        var day = D(2021, 1, 1);
        var a = Assess(Action(FarTarget, D(2020, 9, 1), updates: new[] { Update(day, first), Update(day, second) }));
        Assert.Equal(expected, a.ReportedStatus);
        Assert.Equal(day, a.LastUpdate);
    }

    [Fact]
    public void Assess_LaterPendingUpdate_IsTheLatestReportedStatus()
    {
        var a = Assess(Action(FarTarget, D(2020, 9, 1), updates: new[] { Update(D(2021, 1, 1), ReportedStatus.UpdatePending), Update(D(2020, 12, 1), ReportedStatus.Green) }));
        Assert.Equal(ReportedStatus.UpdatePending, a.ReportedStatus);
        Assert.Equal(D(2020, 12, 1), a.LastUpdate);
    }

    [Fact]
    public void Assess_OverdueAction_IsRedFromTheDayAfterItsTargetDate()
    {
        // Red since 1 February 2020: on or before 12 April 2020 (three cycles back), not 12 January 2020.
        var a = Assess(Action(D(2020, 1, 31), D(2019, 6, 1), updates: new[] { Update(D(2021, 1, 1), ReportedStatus.Red) }));
        Assert.Equal("red", a.Status);
        Assert.Equal(347, a.DaysOverdue);
        Assert.Equal(3, a.CyclesAtRed);
        Assert.Equal(0, a.CyclesWithoutUpdate);
    }

    [Fact]
    public void Assess_RedExactlyOneCycle_CountsTheCycle_RedOneDayLessDoesNot()
    {
        Assert.Equal(1, Assess(Action(D(2020, 10, 11), D(2020, 1, 1))).CyclesAtRed);
        Assert.Equal(0, Assess(Action(D(2020, 10, 12), D(2020, 1, 1))).CyclesAtRed);
    }

    [Fact]
    public void Assess_NeverStartedAction_IsRedFromTheAgreedDate()
    {
        // Agreed 1 June 2020, target far ahead: red (not started) since then, on or before 12 July 2020.
        var a = Assess(Action(D(2021, 12, 31)), agreedOn: D(2020, 6, 1));
        Assert.Equal(ActionStage.NotStarted, a.Stage);
        Assert.Equal(2, a.CyclesAtRed);
    }

    [Fact]
    public void Assess_NeverStartedOverdueAction_IsRedFromTheAgreedDate_WhenThatIsEarlier()
    {
        // Agreed 1 December 2019 and never started: red from then (four cycles), not from 1 July 2020 (two).
        var a = Assess(Action(D(2020, 6, 30)), agreedOn: D(2019, 12, 1));
        Assert.Equal(ActionStage.Overdue, a.Stage);
        Assert.Equal(4, a.CyclesAtRed);
    }

    [Fact]
    public void Assess_SchemeWhereNotStartedIsNotTheWorst_CountsRedOnlyFromTheTargetDate()
    {
        var lenient = new RatingScheme("lenient", new[] { "red", "amber", "green", "blue" }, "amber", "amber", "red", "green", "blue", RollUpMethod.WorstOf);
        var overdue = Assess(Action(D(2020, 6, 30)), agreedOn: D(2019, 12, 1), scheme: lenient);
        Assert.Equal("red", overdue.Status);
        Assert.Equal(2, overdue.CyclesAtRed);

        var waiting = Assess(Action(D(2021, 12, 31)), agreedOn: D(2019, 12, 1), scheme: lenient);
        Assert.Equal("amber", waiting.Status);
        Assert.Equal(0, waiting.CyclesAtRed);
    }

    [Fact]
    public void Assess_StartedActionOnTime_HasNoCyclesAtRed_WhateverTheAgreedDate()
    {
        Assert.Equal(0, Assess(Action(FarTarget, D(2020, 9, 1)), agreedOn: D(2019, 12, 1)).CyclesAtRed);
    }

    [Fact]
    public void Discrepancy_ImpactWithoutCompletion_IsCompletedWithoutEvidence_NotOutputOnly()
    {
        var action = Action(FarTarget, evidence: new[] { Output(D(2020, 11, 1)), new Evidence(EvidenceKind.Impact, D(2020, 12, 1), null) },
            updates: new[] { Update(D(2021, 1, 1), ReportedStatus.Green) });
        var d = Assert.Single(Assess(action).Discrepancies);
        Assert.Equal("completed-without-evidence", d.Code);
        Assert.Equal("Reported green, but there is no completion date and no completion evidence.", d.Message);
    }

    [Fact]
    public void Discrepancy_AmberWhileOverdueWithOutputOnly_IsPastTargetDate()
    {
        var action = Action(D(2020, 12, 1), evidence: new[] { Output(D(2020, 11, 1)) }, updates: new[] { Update(D(2021, 1, 1), ReportedStatus.Amber) });
        var d = Assert.Single(Assess(action).Discrepancies);
        Assert.Equal("past-target-date", d.Code);
        Assert.Equal("amber", d.ReportedStatus);
        Assert.Equal("red", d.DerivedStatus);
    }

    [Fact]
    public void Discrepancy_BlueWhenCompletedWithOutputOnly_IsNoImpactEvidence()
    {
        var action = Action(FarTarget, completed: D(2020, 12, 1), evidence: new[] { Output(D(2020, 11, 1)) }, updates: new[] { Update(D(2021, 1, 1), ReportedStatus.Blue) });
        var d = Assert.Single(Assess(action).Discrepancies);
        Assert.Equal("no-impact-evidence", d.Code);
        Assert.Equal("green", d.DerivedStatus);
    }

    [Fact]
    public void Discrepancy_AmberWhenNothingStarted_IsNotStarted()
    {
        var action = Action(FarTarget, updates: new[] { Update(D(2021, 1, 1), ReportedStatus.Amber) });
        var d = Assert.Single(Assess(action).Discrepancies);
        Assert.Equal("not-started", d.Code);
        Assert.Equal("Reported amber, but there is no start date and no evidence of any work.", d.Message);
    }

    [Fact]
    public void ToString_GivesIdStatusFlagsAndEscalation()
    {
        // Due 1 December 2020 and silent since starting: 42 days overdue (subgroup from 30).
        Assert.Equal("1 red overdue update-pending escalation=subgroup", Assess(Action(D(2020, 12, 1), D(2020, 9, 1))).ToString());
        Assert.Equal("1 amber escalation=none", Assess(Action(FarTarget, D(2020, 9, 1), updates: new[] { Update(D(2021, 1, 1), ReportedStatus.Amber) })).ToString());
    }

    [Fact]
    public void Equality_CoversTheActionAndTheDate()
    {
        ActionAssessment Of(string id = "1", string owner = "police", LocalDate? asOf = null, ReportedStatus reported = ReportedStatus.Amber) =>
            Assess(Action(FarTarget, D(2020, 9, 1), updates: new[] { Update(D(2021, 1, 1), reported) }, id: id, owner: owner), asOf: asOf);

        EqualityLaws.Hold(Of(), Of(), Of(id: "2"), Of(asOf: AsOf.PlusDays(1)));
        Assert.False(Of().Equals(Of(owner: "health")));
        Assert.False(Of().Equals(Of(reported: ReportedStatus.Green)));
        Assert.False(Of().Equals((ActionAssessment?)null));
    }
}
