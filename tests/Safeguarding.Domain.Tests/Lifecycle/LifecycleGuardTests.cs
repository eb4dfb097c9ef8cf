using System.Linq;
using NodaTime;
using Safeguarding.Domain.Criteria;
using Safeguarding.Domain.Lifecycle;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Domain.Tests.Lifecycle;

/// <summary>
/// Each guard on its own: refused exactly when its requirement is unmet, and met on its boundary (the day
/// before, the day itself, the day after). Reviews are put straight into the state under test with only the
/// events the guard looks at, so no other guard is in play.
/// </summary>
public sealed class LifecycleGuardTests
{
    private static readonly ReviewLifecycle Scr = ReviewLifecycle.For(DeterminationKind.SeriousCaseReview);
    private static readonly ReviewLifecycle Lcspr = ReviewLifecycle.For(DeterminationKind.LocalChildSafeguardingPracticeReview);

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static ReviewEvent E(ReviewEventType type, LocalDate date) => new(type, date);

    /// <summary>A review of a kind with events recorded straight onto it (no guards), ending in a state.</summary>
    private static Review With(DeterminationKind kind, Jurisdiction jurisdiction, ReviewPolicy policy, ReviewState state, ActionPlanState plan, params ReviewEvent[] events)
    {
        var review = Review.Start(kind, jurisdiction, policy).Value;
        foreach (var e in events)
        {
            review = review.With(state, plan, e);
        }

        return review;
    }

    private static Review ScrAt(ReviewState state, params ReviewEvent[] events) =>
        With(DeterminationKind.SeriousCaseReview, Jurisdiction.England, ReviewPolicy.None, state, ActionPlanState.None, events);

    private static string[] Unmet(ReviewLifecycle lifecycle, Review review, ReviewEvent e) => lifecycle.Fire(review, e).UnmetGuards.Select(g => g.Id).ToArray();

    [Fact]
    public void InDateOrder_RefusesOnlyAnEventDatedBeforeTheLastOne()
    {
        var known = ScrAt(ReviewState.IncidentKnown, E(ReviewEventType.IncidentKnown, D(2020, 3, 10)));
        Assert.Equal(new[] { "in-date-order" }, Unmet(Scr, known, E(ReviewEventType.Notified, D(2020, 3, 9))));
        Assert.Empty(Unmet(Scr, known, E(ReviewEventType.Notified, D(2020, 3, 10))));
        Assert.Empty(Unmet(Scr, known, E(ReviewEventType.Notified, D(2020, 3, 11))));
        Assert.Empty(Unmet(Scr, ScrAt(ReviewState.NotStarted), E(ReviewEventType.IncidentKnown, D(2000, 1, 1))));
    }

    [Fact]
    public void NotPermitted_IsReportedFirst_WithTheDateOrderWhenThatIsUnmetToo()
    {
        var known = ScrAt(ReviewState.IncidentKnown, E(ReviewEventType.IncidentKnown, D(2020, 3, 10)));
        var early = Scr.Fire(known, E(ReviewEventType.Published, D(2020, 3, 9)));
        Assert.Equal(new[] { "permitted-in-state", "in-date-order" }, early.UnmetGuards.Select(g => g.Id));
        var notPermitted = early.UnmetGuards[0];
        Assert.Equal("The published event is not permitted in the state incident-known of a serious-case-review.", notPermitted.Description);
        Assert.Equal(Scr.Source, notPermitted.Citation);
        Assert.False(notPermitted.IsMet(known, E(ReviewEventType.Published, D(2020, 3, 9))));
        Assert.Equal(new[] { "permitted-in-state" }, Unmet(Scr, known, E(ReviewEventType.Published, D(2020, 3, 10))));
        Assert.Equal(
            "The decided event is not permitted in the state not-started of a local-child-safeguarding-practice-review.",
            Assert.Single(Lcspr.Fire(Review.Start(DeterminationKind.LocalChildSafeguardingPracticeReview, Jurisdiction.England, ReviewPolicy.None).Value, ReviewTrigger.DecideNotToInitiate, D(2020, 1, 1)).UnmetGuards).Description);
    }

    [Fact]
    public void ReviewerIndependent_RefusesOnlyAReviewerRecordedAsNotIndependent()
    {
        var initiated = ScrAt(ReviewState.Initiated, E(ReviewEventType.IncidentKnown, D(2015, 1, 5)));
        Assert.Equal(new[] { "reviewer-independent" }, Unmet(Scr, initiated, new ReviewEvent(ReviewEventType.Commissioned, D(2015, 3, 2), reviewerIndependent: false)));
        Assert.Empty(Unmet(Scr, initiated, new ReviewEvent(ReviewEventType.Commissioned, D(2015, 3, 2), reviewerIndependent: true)));
        Assert.Empty(Unmet(Scr, initiated, new ReviewEvent(ReviewEventType.Commissioned, D(2015, 3, 2))));
    }

    [Fact]
    public void ScopeEndsByIncident_UsesTheIncidentDate_WhenGiven()
    {
        var initiated = ScrAt(ReviewState.Initiated, new ReviewEvent(ReviewEventType.IncidentKnown, D(2015, 1, 5), incidentDate: D(2014, 12, 30)));
        ReviewEvent Commission(LocalDate end) => new(ReviewEventType.Commissioned, D(2015, 3, 2), scopeEnd: end);
        Assert.Empty(Unmet(Scr, initiated, Commission(D(2014, 12, 29))));
        Assert.Empty(Unmet(Scr, initiated, Commission(D(2014, 12, 30))));
        Assert.Equal(new[] { "scope-ends-by-incident" }, Unmet(Scr, initiated, Commission(D(2014, 12, 31))));
        Assert.Equal(new[] { "scope-ends-by-incident" }, Unmet(Scr, initiated, Commission(D(2015, 1, 5))));
    }

    [Fact]
    public void ScopeEndsByIncident_UsesTheDayItBecameKnown_WithoutAnIncidentDate()
    {
        var initiated = ScrAt(ReviewState.Initiated, E(ReviewEventType.IncidentKnown, D(2015, 1, 5)));
        ReviewEvent Commission(LocalDate end) => new(ReviewEventType.Commissioned, D(2015, 3, 2), scopeEnd: end);
        Assert.Empty(Unmet(Scr, initiated, Commission(D(2015, 1, 4))));
        Assert.Empty(Unmet(Scr, initiated, Commission(D(2015, 1, 5))));
        Assert.Equal(new[] { "scope-ends-by-incident" }, Unmet(Scr, initiated, Commission(D(2015, 1, 6))));
        Assert.Empty(Unmet(Scr, initiated, new ReviewEvent(ReviewEventType.Commissioned, D(2015, 3, 2), scopeStart: D(2015, 2, 1))));
    }

    [Fact]
    public void ScopeEndsByIncident_WithNoIncidentRecorded_HasNothingToCompareWith()
    {
        var initiated = ScrAt(ReviewState.Initiated, E(ReviewEventType.Notified, D(2015, 1, 8)));
        Assert.Empty(Unmet(Scr, initiated, new ReviewEvent(ReviewEventType.Commissioned, D(2015, 3, 2), scopeEnd: D(2015, 3, 1))));
    }

    [Fact]
    public void Publish_NeedsSignOffAndAnonymisation_EachOnItsOwn()
    {
        var signedOnly = ScrAt(ReviewState.SignedOff, E(ReviewEventType.SignedOff, D(2015, 9, 1)));
        var anonymisedOnly = ScrAt(ReviewState.Anonymised, E(ReviewEventType.Anonymised, D(2015, 9, 1)));
        var both = ScrAt(ReviewState.Anonymised, E(ReviewEventType.SignedOff, D(2015, 9, 1)), E(ReviewEventType.Anonymised, D(2015, 9, 1)));
        Assert.Equal(new[] { "anonymised-before-publication" }, Unmet(Scr, signedOnly, E(ReviewEventType.Published, D(2015, 9, 2))));
        Assert.Equal(new[] { "signed-off-before-publication" }, Unmet(Scr, anonymisedOnly, E(ReviewEventType.Published, D(2015, 9, 2))));
        Assert.Empty(Unmet(Scr, both, E(ReviewEventType.Published, D(2015, 9, 2))));
    }

    [Theory]
    [InlineData(ReviewEventType.SignedOff, ReviewState.SignedOff, "signed-off-not-yet-recorded")]
    [InlineData(ReviewEventType.Anonymised, ReviewState.Anonymised, "anonymised-not-yet-recorded")]
    [InlineData(ReviewEventType.SentToPanel, ReviewState.SentToPanel, "sent-to-panel-not-yet-recorded")]
    public void ReportingSteps_AreRecordedOnceEach(ReviewEventType type, ReviewState state, string guard)
    {
        var atReport = ScrAt(ReviewState.ReportCompleted, E(ReviewEventType.ReportCompleted, D(2015, 9, 1)));
        var first = Scr.Fire(atReport, E(type, D(2015, 9, 2)));
        Assert.True(first.IsAccepted);
        Assert.Equal(state, first.Review.State);
        Assert.Equal(new[] { guard }, Unmet(Scr, first.Review, E(type, D(2015, 9, 3))));
    }

    [Fact]
    public void NotPublished_NeedsSignOff_AndReasons_EachOnItsOwn()
    {
        var atReport = ScrAt(ReviewState.ReportCompleted, E(ReviewEventType.ReportCompleted, D(2015, 9, 1)));
        var signed = ScrAt(ReviewState.SignedOff, E(ReviewEventType.SignedOff, D(2015, 9, 1)));
        var withReasons = new ReviewEvent(ReviewEventType.NotPublished, D(2015, 9, 2), reasons: "would identify a sibling");
        Assert.Equal(new[] { "signed-off-before-decision-not-to-publish" }, Unmet(Scr, atReport, withReasons));
        Assert.Equal(new[] { "reasons-for-not-publishing" }, Unmet(Scr, signed, E(ReviewEventType.NotPublished, D(2015, 9, 2))));
        Assert.Empty(Unmet(Scr, signed, withReasons));
    }

    [Fact]
    public void NotPublished_LocalChildReview_NeedsTheReportAtThePanel()
    {
        var signed = With(DeterminationKind.LocalChildSafeguardingPracticeReview, Jurisdiction.England, ReviewPolicy.None, ReviewState.SignedOff, ActionPlanState.None,
            E(ReviewEventType.SignedOff, D(2023, 5, 22)));
        var sent = signed.With(ReviewState.SentToPanel, ActionPlanState.None, E(ReviewEventType.SentToPanel, D(2023, 6, 1)));
        var decision = new ReviewEvent(ReviewEventType.NotPublished, D(2023, 6, 20), reasons: "would identify a sibling");
        Assert.Equal(new[] { "report-to-panel-when-not-published" }, Unmet(Lcspr, signed, decision));
        Assert.Empty(Unmet(Lcspr, sent, decision));
    }

    private static Review LcsprSent(LocalDate sent) =>
        With(DeterminationKind.LocalChildSafeguardingPracticeReview, Jurisdiction.England, ReviewPolicy.None, ReviewState.SentToPanel, ActionPlanState.None,
            E(ReviewEventType.SignedOff, sent), E(ReviewEventType.Anonymised, sent), E(ReviewEventType.SentToPanel, sent));

    [Fact]
    public void PanelNotice_SevenCalendarDays_IsMetFromTheSeventhDayAfterSending()
    {
        var sent = LcsprSent(D(2023, 6, 1));
        Assert.Equal(new[] { "panel-notice-before-publication" }, Unmet(Lcspr, sent, E(ReviewEventType.Published, D(2023, 6, 7))));
        Assert.Empty(Unmet(Lcspr, sent, E(ReviewEventType.Published, D(2023, 6, 8))));
        Assert.Empty(Unmet(Lcspr, sent, E(ReviewEventType.Published, D(2023, 6, 9))));
        Assert.Empty(Unmet(Lcspr, LcsprSent(D(2099, 12, 28)), E(ReviewEventType.Published, D(2100, 1, 4))));
    }

    [Fact]
    public void PanelNotice_SevenWorkingDays_IsMetFromTheSeventhWorkingDayAfterSending()
    {
        var lifecycle = ReviewLifecycle.For(DeterminationKind.LocalChildSafeguardingPracticeReview, TimescaleCatalogue.Create(TimescaleOptions.Default.WithPanelNoticeInWorkingDays(true)));
        var sent = LcsprSent(D(2023, 6, 1)); // a Thursday: the seventh working day after it is Monday 12 June
        Assert.Equal(new[] { "panel-notice-before-publication" }, Unmet(lifecycle, sent, E(ReviewEventType.Published, D(2023, 6, 11))));
        Assert.Empty(Unmet(lifecycle, sent, E(ReviewEventType.Published, D(2023, 6, 12))));
        Assert.Empty(Unmet(lifecycle, sent, E(ReviewEventType.Published, D(2023, 6, 13))));

        // Beyond the calendars' last year the working days cannot be counted, so the notice cannot be shown to be met.
        Assert.Equal(new[] { "panel-notice-before-publication" }, Unmet(lifecycle, LcsprSent(D(2099, 12, 28)), E(ReviewEventType.Published, D(2100, 2, 1))));
    }

    [Fact]
    public void HomeOfficePanel_IsMet_OnceTheDomesticHomicideReportWasSent()
    {
        var dhr = ReviewLifecycle.For(DeterminationKind.DomesticHomicideReview);
        var sent = With(DeterminationKind.DomesticHomicideReview, Jurisdiction.England, ReviewPolicy.None, ReviewState.SentToPanel, ActionPlanState.None,
            E(ReviewEventType.SignedOff, D(2023, 11, 20)), E(ReviewEventType.Anonymised, D(2023, 11, 27)), E(ReviewEventType.SentToPanel, D(2023, 12, 1)));
        Assert.Empty(Unmet(dhr, sent, E(ReviewEventType.Published, D(2023, 12, 1))));
    }

    [Fact]
    public void HomeOfficePanel_BindsEnglandAndWales_NotNorthernIreland()
    {
        var dhr = ReviewLifecycle.For(DeterminationKind.DomesticHomicideReview);
        ReviewEvent[] signedAndAnonymised = { E(ReviewEventType.SignedOff, D(2023, 11, 20)), E(ReviewEventType.Anonymised, D(2023, 11, 27)) };
        var wales = With(DeterminationKind.DomesticHomicideReview, Jurisdiction.Wales, ReviewPolicy.None, ReviewState.Anonymised, ActionPlanState.None, signedAndAnonymised);
        Assert.Equal(new[] { "home-office-quality-assurance-before-publication" }, Unmet(dhr, wales, E(ReviewEventType.Published, D(2023, 12, 1))));
        var northernIreland = With(DeterminationKind.DomesticHomicideReview, Jurisdiction.NorthernIreland, ReviewPolicy.None, ReviewState.Anonymised, ActionPlanState.None, signedAndAnonymised);
        Assert.Empty(Unmet(dhr, northernIreland, E(ReviewEventType.Published, D(2023, 12, 1))));
        Assert.Equal("northern-ireland-dhr-2020", northernIreland.RegimeId.Value);
    }

    private static Review Published(ReviewPolicy policy, LocalDate published, Jurisdiction jurisdiction = Jurisdiction.England) =>
        With(DeterminationKind.SeriousCaseReview, jurisdiction, policy, ReviewState.Published, ActionPlanState.None, E(ReviewEventType.Published, published));

    [Fact]
    public void StatutoryMinimum_TwelveMonths_IsServedOnTheAnniversary()
    {
        var review = Published(ReviewPolicy.None, D(2016, 12, 1));
        Assert.Equal(new[] { "statutory-minimum-served" }, Unmet(Scr, review, E(ReviewEventType.PublicationEnded, D(2017, 11, 30))));
        Assert.Empty(Unmet(Scr, review, E(ReviewEventType.PublicationEnded, D(2017, 12, 1))));
        Assert.Empty(Unmet(Scr, review, E(ReviewEventType.PublicationEnded, D(2017, 12, 2))));
    }

    [Fact]
    public void StatutoryMinimum_WhereTheRegimeSetsNone_AllowsTheNextDay()
    {
        var welsh = Published(ReviewPolicy.None, D(2012, 10, 1), Jurisdiction.Wales);
        Assert.Empty(Unmet(Scr, welsh, E(ReviewEventType.PublicationEnded, D(2012, 10, 2))));
    }

    [Fact]
    public void LocalPolicy_EighteenMonths_IsServedOnItsLastDay_AndAShorterOneLeavesOnlyTheStatute()
    {
        var review = Published(new ReviewPolicy(Period.FromMonths(18), null), D(2016, 12, 1));
        Assert.Equal(new[] { "local-policy-served" }, Unmet(Scr, review, E(ReviewEventType.PublicationEnded, D(2018, 5, 31))));
        Assert.Empty(Unmet(Scr, review, E(ReviewEventType.PublicationEnded, D(2018, 6, 1))));
        Assert.Empty(Unmet(Scr, review, E(ReviewEventType.PublicationEnded, D(2018, 6, 2))));

        // A shorter local period cannot reach a guard: the review is refused when it is started.
        var shorter = Review.Start(DeterminationKind.SeriousCaseReview, Jurisdiction.England, new ReviewPolicy(Period.FromMonths(6), null));
        Assert.Equal("publication-period-below-minimum", Assert.Single(shorter.Errors).Code);
    }

    [Fact]
    public void PublicationGuards_WithNoPublishedEventRecorded_HaveNothingToCountFrom()
    {
        var review = With(DeterminationKind.SeriousCaseReview, Jurisdiction.England, new ReviewPolicy(Period.FromMonths(18), null), ReviewState.Published, ActionPlanState.None,
            E(ReviewEventType.SignedOff, D(2016, 12, 1)));
        Assert.Empty(Unmet(Scr, review, E(ReviewEventType.PublicationEnded, D(2016, 12, 2))));
    }

    private static Review Plan(ActionPlanState plan) =>
        With(DeterminationKind.SeriousCaseReview, Jurisdiction.England, ReviewPolicy.None, ReviewState.Published, plan, E(ReviewEventType.Published, D(2020, 7, 15)));

    private static ReviewEvent Close(int? open) => new(ReviewEventType.ActionPlanClosed, D(2021, 1, 14), openActions: open);

    [Fact]
    public void ActionPlan_IsAgreedOnce_AndNotAgainOnceClosed()
    {
        var agree = E(ReviewEventType.ActionPlanAgreed, D(2020, 11, 2));
        var agreed = Scr.Fire(Plan(ActionPlanState.None), agree);
        Assert.True(agreed.IsAccepted);
        Assert.Equal((ReviewState.Published, ActionPlanState.Agreed), (agreed.Review.State, agreed.Review.ActionPlan));
        Assert.Equal(new[] { "action-plan-not-yet-agreed" }, Unmet(Scr, Plan(ActionPlanState.Agreed), agree));
        Assert.Equal(new[] { "action-plan-not-yet-agreed" }, Unmet(Scr, Plan(ActionPlanState.Closed), agree));
    }

    [Fact]
    public void ActionPlan_IsClosedOnlyWhenAgreed_AndWithNoActionOpen()
    {
        Assert.Equal(new[] { "action-plan-open", "no-open-actions" }, Unmet(Scr, Plan(ActionPlanState.None), Close(null)));
        Assert.Equal(new[] { "action-plan-open" }, Unmet(Scr, Plan(ActionPlanState.None), Close(0)));
        Assert.Equal(new[] { "action-plan-open" }, Unmet(Scr, Plan(ActionPlanState.Closed), Close(0)));
        Assert.Equal(new[] { "no-open-actions" }, Unmet(Scr, Plan(ActionPlanState.Agreed), Close(1)));
        Assert.Equal(new[] { "no-open-actions" }, Unmet(Scr, Plan(ActionPlanState.Agreed), Close(null)));
        var closed = Scr.Fire(Plan(ActionPlanState.Agreed), Close(0));
        Assert.Equal((ReviewState.Published, ActionPlanState.Closed), (closed.Review.State, closed.Review.ActionPlan));
    }

    [Fact]
    public void MembersInformed_LeavesBothTracksWhereTheyAre()
    {
        var informed = Scr.Fire(Plan(ActionPlanState.Agreed), E(ReviewEventType.MembersInformed, D(2020, 8, 1)));
        Assert.True(informed.IsAccepted);
        Assert.Equal((ReviewState.Published, ActionPlanState.Agreed), (informed.Review.State, informed.Review.ActionPlan));
        Assert.Equal(2, informed.Review.EventCount);
    }
}
