using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using Safeguarding.Domain.Lifecycle;
using Safeguarding.Domain.Timescales;
using Safeguarding.Domain.Criteria;

namespace Safeguarding.Domain.Tests.Lifecycle;

/// <summary>
/// The published cases in the seed minutes walked end to end. Where the minutes give only a month, the
/// day is picked (noted beside each event); exact dates from the minutes are marked "exact". Every clock
/// figure asserted below follows from those dates and the library's counting rules.
/// </summary>
public sealed class SeedCaseTests
{
    private static readonly ReviewLifecycle Scr = ReviewLifecycle.For(DeterminationKind.SeriousCaseReview);

    private static ReviewEvent E(ReviewEventType type, int y, int m, int d) => new(type, new LocalDate(y, m, d));

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static ReviewClock Clock(ReviewReport report, string id) => report.Clocks.Single(c => c.Id == id);

    public static ReviewRecord Julia() => new(DeterminationKind.SeriousCaseReview, Jurisdiction.England,
        new ReviewPolicy(Period.FromMonths(18), MembersInformedRule.ByPublication), ImmutableArray.Create(
            E(ReviewEventType.IncidentKnown, 2013, 2, 28),                                 // picked: the scope ends February 2013
            E(ReviewEventType.Notified, 2013, 3, 7),                                       // picked
            new ReviewEvent(ReviewEventType.Decided, D(2013, 5, 1), ReviewDecision.Initiate), // picked: commissioning agreed May 2013
            new ReviewEvent(ReviewEventType.Commissioned, D(2013, 5, 1), reviewerIndependent: true, methodology: "scie-learning-together",
                scopeStart: D(2010, 11, 1), scopeEnd: D(2013, 2, 28)),                    // May 2013; scope November 2010 to February 2013
            E(ReviewEventType.ReportCompleted, 2014, 5, 30),                               // May 2014, day picked
            E(ReviewEventType.SignedOff, 2014, 9, 15),                                     // ratified September 2014, day picked
            E(ReviewEventType.Anonymised, 2014, 12, 1),                                    // picked
            E(ReviewEventType.Published, 2014, 12, 15),                                    // exact
            E(ReviewEventType.ActionPlanAgreed, 2015, 1, 30),                              // picked
            E(ReviewEventType.MembersInformed, 2015, 2, 10)));                             // exact: the committee's request of 10 February 2015

    [Fact]
    public void Julia_ReplaysToPublished_WithLateDecisionCompletionAndMembersClocks()
    {
        var report = ReviewReport.Create(Julia(), D(2015, 3, 1), TimescaleCatalogue.Default);

        Assert.True(report.IsValid);
        Assert.Equal(ReviewState.Published, report.State);
        Assert.Equal(ActionPlanState.Agreed, report.Replay.Review.ActionPlan);
        Assert.Equal(ClockStatus.Met, Clock(report, "notification").Status);

        var decision = Clock(report, "decision");
        Assert.Equal((D(2013, 4, 7), ClockStatus.Late, 24, 18), (decision.Due, decision.Status, decision.DaysLate, decision.WorkingDaysLate));

        // Six months from the decision to initiate; the report came a year after commissioning.
        var completion = Clock(report, "completion");
        Assert.Equal((D(2013, 11, 1), ClockStatus.Late, 210, 143), (completion.Due, completion.Status, completion.DaysLate, completion.WorkingDaysLate));

        // Members were told after the press: 57 days after publication.
        var members = Clock(report, "members-informed");
        Assert.Equal((D(2014, 12, 15), ClockStatus.Late, 57, 38), (members.Due, members.Status, members.DaysLate, members.WorkingDaysLate));

        Assert.Equal(D(2014, 12, 15), report.PublicationWindow!.Start);
        Assert.Equal(D(2016, 6, 15), report.PublicationWindow.End);
    }

    [Fact]
    public void James_PublishedForEighteenMonths_MayComeDownOnFirstJune2018AndNotBefore()
    {
        var policy = new ReviewPolicy(Period.FromMonths(18), MembersInformedRule.ByPublication);
        var review = Scr.Replay(Review.Start(DeterminationKind.SeriousCaseReview, Jurisdiction.England, policy).Value, new[]
        {
            E(ReviewEventType.IncidentKnown, 2015, 9, 1),                                  // picked
            E(ReviewEventType.Notified, 2015, 9, 4),                                       // picked
            new ReviewEvent(ReviewEventType.Decided, D(2015, 10, 1), ReviewDecision.Initiate), // picked
            E(ReviewEventType.Commissioned, 2015, 11, 2),                                  // picked
            E(ReviewEventType.ReportCompleted, 2016, 7, 29),                               // picked
            E(ReviewEventType.SignedOff, 2016, 9, 19),                                     // picked
            E(ReviewEventType.Anonymised, 2016, 10, 31),                                   // picked
            E(ReviewEventType.Published, 2016, 12, 1),                                     // exact
            E(ReviewEventType.MembersInformed, 2016, 12, 13),                              // scrutiny committee, December 2016, day picked
        });
        Assert.True(review.IsValid);

        var window = PublicationWindow.Of(review.Review, TimescaleCatalogue.Default)!;
        Assert.Equal("[2016-12-01, 2018-06-01)", window.ToString());
        Assert.True(window.Contains(D(2018, 5, 31)));
        Assert.False(window.Contains(D(2018, 6, 1)));

        // Taken down a day before the statutory 12 months: both the statutory and the local guard are unmet, and both are listed.
        var tooEarly = Scr.Fire(review.Review, ReviewTrigger.EndPublication, D(2017, 11, 30));
        Assert.False(tooEarly.IsAccepted);
        Assert.Equal(new[] { "statutory-minimum-served", "local-policy-served" }, tooEarly.UnmetGuards.Select(g => g.Id));

        // After 12 months but before 18: only the local policy is unmet.
        var local = Scr.Fire(review.Review, ReviewTrigger.EndPublication, D(2017, 12, 1));
        Assert.Equal(new[] { "local-policy-served" }, local.UnmetGuards.Select(g => g.Id));

        var due = Scr.Fire(review.Review, ReviewTrigger.EndPublication, D(2018, 6, 1));
        Assert.True(due.IsAccepted);
        Assert.Equal(ReviewState.PublicationEnded, due.Review.State);

        var clocks = ReviewClocks.Of(review.Review, D(2017, 1, 1), TimescaleCatalogue.Default);
        var members = clocks.Single(c => c.Id == "members-informed");
        Assert.Equal((ClockStatus.Late, 12, 8), (members.Status, members.DaysLate, members.WorkingDaysLate));
    }

    public static ReviewRecord SamAndKyle() => new(DeterminationKind.SeriousCaseReview, Jurisdiction.England, ReviewPolicy.None, ImmutableArray.Create(
        new ReviewEvent(ReviewEventType.IncidentKnown, D(2018, 1, 15), incidentDate: D(2018, 1, 15)), // Sam died January 2018; day picked
        E(ReviewEventType.Notified, 2018, 1, 19),                                          // picked
        new ReviewEvent(ReviewEventType.Decided, D(2018, 2, 19), ReviewDecision.Initiate),  // picked
        new ReviewEvent(ReviewEventType.Commissioned, D(2018, 4, 2), scopeEnd: D(2018, 1, 15)), // picked
        E(ReviewEventType.ReportCompleted, 2020, 6, 1),                                    // picked
        E(ReviewEventType.SignedOff, 2020, 6, 22),                                         // picked: agreed by the three partners
        E(ReviewEventType.Anonymised, 2020, 7, 6),                                         // picked
        E(ReviewEventType.Published, 2020, 7, 15),                                         // July 2020, day picked
        E(ReviewEventType.ActionPlanAgreed, 2020, 11, 2)));                                // picked

    [Fact]
    public void SamAndKyle_CompletionClock_IsLateByNearlyTwoYears()
    {
        // As of the committee meeting "6 months since the report had been published" (day picked).
        var report = ReviewReport.Create(SamAndKyle(), D(2021, 1, 14), TimescaleCatalogue.Default);

        Assert.True(report.IsValid);
        Assert.Equal("england-lscb-2006", report.Replay.Review.RegimeId.Value);
        Assert.Equal(ClockStatus.Met, Clock(report, "notification").Status);
        Assert.Equal(ClockStatus.Met, Clock(report, "decision").Status);
        var completion = Clock(report, "completion");
        Assert.Equal((D(2018, 8, 19), ClockStatus.Late, 652, 450), (completion.Due, completion.Status, completion.DaysLate, completion.WorkingDaysLate));
        Assert.Equal("[2020-07-15, 2021-07-15)", report.PublicationWindow!.ToString());

        // The action plan cannot be closed while the committee still sees open actions, nor on an unknown count.
        var open = Scr.Fire(report.Replay.Review, new ReviewEvent(ReviewEventType.ActionPlanClosed, D(2021, 1, 14), openActions: 9));
        Assert.Equal(new[] { "no-open-actions" }, open.UnmetGuards.Select(g => g.Id));
        Assert.False(Scr.Fire(report.Replay.Review, ReviewTrigger.CloseActionPlan, D(2021, 1, 14)).IsAccepted);
        Assert.True(Scr.Fire(report.Replay.Review, new ReviewEvent(ReviewEventType.ActionPlanClosed, D(2021, 12, 31), openActions: 0)).IsAccepted);
    }

    [Fact]
    public void SamAndKyle_WithoutAnyReportByTheMeeting_CompletionIsOverdue()
    {
        var record = SamAndKyle();
        var early = new ReviewRecord(record.Kind, record.Jurisdiction, record.Policy, record.Events.Take(4).ToImmutableArray());
        var completion = Clock(ReviewReport.Create(early, D(2019, 8, 19), TimescaleCatalogue.Default), "completion");
        Assert.Equal((ClockStatus.Overdue, (int?)365), (completion.Status, completion.DaysLate));
        Assert.Null(completion.Done);
        Assert.Equal(253, completion.WorkingDaysLate);
    }

    public static ReviewRecord ChildR() => new(DeterminationKind.SeriousCaseReview, Jurisdiction.England, ReviewPolicy.None, ImmutableArray.Create(
        E(ReviewEventType.IncidentKnown, 2014, 3, 3),                                      // early spring 2014, day picked
        E(ReviewEventType.Notified, 2014, 3, 7),                                           // picked
        new ReviewEvent(ReviewEventType.Decided, D(2014, 3, 27), ReviewDecision.Initiate),  // considered March 2014, day picked
        new ReviewEvent(ReviewEventType.Commissioned, D(2014, 4, 1), methodology: "welsh-child-practice-review"), // April 2014
        E(ReviewEventType.ReportCompleted, 2015, 2, 2),                                    // picked
        E(ReviewEventType.SignedOff, 2015, 2, 26),                                         // February 2015, day picked
        E(ReviewEventType.Anonymised, 2015, 7, 31),                                        // picked: further anonymisation after sign-off
        E(ReviewEventType.Published, 2015, 8, 14)));                                       // August 2015, day picked

    [Fact]
    public void ChildR_SignedOffBeforeAnonymisation_PublishedOnlyAfterIt()
    {
        var report = ReviewReport.Create(ChildR(), D(2015, 9, 1), TimescaleCatalogue.Default);
        Assert.True(report.IsValid);
        Assert.Equal(ReviewState.Published, report.State);
        var completion = Clock(report, "completion");
        Assert.Equal((D(2014, 9, 27), ClockStatus.Late, 128, 88), (completion.Due, completion.Status, completion.DaysLate, completion.WorkingDaysLate));
        Assert.Equal("[2015-08-14, 2016-08-14)", report.PublicationWindow!.ToString());

        // Published at sign-off, before the further anonymisation: refused, and the replay stops there.
        var events = ChildR().Events.Insert(6, E(ReviewEventType.Published, 2015, 3, 2));
        var slip = ReviewReport.Create(new ReviewRecord(DeterminationKind.SeriousCaseReview, Jurisdiction.England, ReviewPolicy.None, events), D(2015, 9, 1), TimescaleCatalogue.Default);
        Assert.False(slip.IsValid);
        Assert.Equal(6, slip.Replay.RejectedIndex);
        Assert.Equal(ReviewState.SignedOff, slip.State);
        Assert.Equal(new[] { "anonymised-before-publication" }, slip.Replay.UnmetGuards.Select(g => g.Id));
        Assert.Null(slip.PublicationWindow);
    }
}
