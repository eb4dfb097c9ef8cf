using System.Linq;
using NodaTime;
using Safeguarding.Domain.Criteria;
using Safeguarding.Domain.Lifecycle;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Domain.Tests.Lifecycle;

/// <summary>
/// The lifecycles of issue #15: Single Unified Safeguarding Reviews (Wales, from 1 October 2024), learning reviews
/// in Scotland with the Care Inspectorate's two steps, and mental health homicide reviews; none of them has a clock,
/// because the sources state none.
/// </summary>
public sealed class DevolvedLifecycleTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static ReviewEvent E(ReviewEventType type, LocalDate date) => new(type, date);

    private static ReviewEvent Decided(LocalDate date, ReviewDecision decision) => new(ReviewEventType.Decided, date, decision);

    private static ReplayResult Replay(DeterminationKind kind, Jurisdiction jurisdiction, params ReviewEvent[] events) =>
        ReviewLifecycle.For(kind).Replay(Review.Start(kind, jurisdiction, ReviewPolicy.None).Value, events);

    private static ReviewEvent[] SusrUpToAnonymised() => new[]
    {
        E(ReviewEventType.IncidentKnown, D(2025, 1, 6)),
        E(ReviewEventType.Notified, D(2025, 1, 8)), // the referral to the regional board's business unit
        Decided(D(2025, 2, 3), ReviewDecision.Initiate), // the chair's decision, on the case review group's advice
        E(ReviewEventType.Commissioned, D(2025, 3, 3)),
        E(ReviewEventType.ReportCompleted, D(2025, 9, 1)),
        E(ReviewEventType.SignedOff, D(2025, 9, 15)),
        E(ReviewEventType.Anonymised, D(2025, 9, 22)),
    };

    [Fact]
    public void Susr_IsWelsh_AndRunsUnderTheSusrRegime()
    {
        Assert.True(Review.IsKindOf(DeterminationKind.SingleUnifiedSafeguardingReview, Jurisdiction.Wales));
        Assert.False(Review.IsKindOf(DeterminationKind.SingleUnifiedSafeguardingReview, Jurisdiction.England));
        Assert.True(Review.IsKindOf(DeterminationKind.MentalHealthHomicideReview, Jurisdiction.Wales));
        Assert.False(Review.IsKindOf(DeterminationKind.MentalHealthHomicideReview, Jurisdiction.Scotland));
        Assert.Equal("wales-susr-2024", Review.Start(DeterminationKind.SingleUnifiedSafeguardingReview, Jurisdiction.Wales, ReviewPolicy.None).Value.RegimeId.Value);
        Assert.Equal("single-unified-safeguarding-review", LifecycleNames.Name(DeterminationKind.SingleUnifiedSafeguardingReview));
        Assert.True(LifecycleNames.TryParseEventType("welsh-government-notified", out var type));
        Assert.Equal(ReviewEventType.WelshGovernmentNotified, type);
    }

    [Fact]
    public void Susr_PublicationWaitsForWelshGovernmentToBeNotified()
    {
        var events = SusrUpToAnonymised().Append(E(ReviewEventType.Published, D(2025, 10, 1))).ToArray();
        var refused = Replay(DeterminationKind.SingleUnifiedSafeguardingReview, Jurisdiction.Wales, events);
        Assert.False(refused.IsValid);
        Assert.Equal(7, refused.RejectedIndex);
        Assert.Equal(new[] { "welsh-government-notified-before-publication" }, refused.UnmetGuards.Select(g => g.Id));
        Assert.Equal(ReviewState.Anonymised, refused.Review.State);

        var told = SusrUpToAnonymised().Append(E(ReviewEventType.WelshGovernmentNotified, D(2025, 9, 23))).Append(E(ReviewEventType.Published, D(2025, 10, 1)))
            .Append(E(ReviewEventType.ActionPlanAgreed, D(2025, 10, 20))).ToArray();
        var published = Replay(DeterminationKind.SingleUnifiedSafeguardingReview, Jurisdiction.Wales, told);
        Assert.True(published.IsValid, published.ToString());
        Assert.Equal(ReviewState.Published, published.Review.State);
        Assert.Equal(ActionPlanState.Agreed, published.Review.ActionPlan);
    }

    [Fact]
    public void Susr_WelshGovernmentIsNotifiedOnceAndOnlyOnceASusrIsHeld()
    {
        var beforeDecision = Replay(DeterminationKind.SingleUnifiedSafeguardingReview, Jurisdiction.Wales,
            E(ReviewEventType.IncidentKnown, D(2025, 1, 6)), E(ReviewEventType.Notified, D(2025, 1, 8)), E(ReviewEventType.WelshGovernmentNotified, D(2025, 1, 9)));
        Assert.Equal(2, beforeDecision.RejectedIndex);

        var notHeld = Replay(DeterminationKind.SingleUnifiedSafeguardingReview, Jurisdiction.Wales,
            E(ReviewEventType.IncidentKnown, D(2025, 1, 6)), E(ReviewEventType.Notified, D(2025, 1, 8)), Decided(D(2025, 2, 3), ReviewDecision.NotInitiate),
            E(ReviewEventType.WelshGovernmentNotified, D(2025, 2, 4)));
        Assert.Equal(3, notHeld.RejectedIndex);

        var twice = Replay(DeterminationKind.SingleUnifiedSafeguardingReview, Jurisdiction.Wales,
            E(ReviewEventType.IncidentKnown, D(2025, 1, 6)), E(ReviewEventType.Notified, D(2025, 1, 8)), Decided(D(2025, 2, 3), ReviewDecision.Initiate),
            E(ReviewEventType.WelshGovernmentNotified, D(2025, 2, 4)), E(ReviewEventType.WelshGovernmentNotified, D(2025, 2, 5)));
        Assert.Equal(4, twice.RejectedIndex);
        Assert.Equal(new[] { "welsh-government-notified-not-yet-recorded" }, twice.UnmetGuards.Select(g => g.Id));
        Assert.Equal(ReviewState.Initiated, twice.Review.State);
    }

    [Fact]
    public void LearningReview_CareInspectorateHearsOfTheDecisionEitherWay_ThenGetsTheReport()
    {
        var notProceeding = Replay(DeterminationKind.LearningReview, Jurisdiction.Scotland,
            E(ReviewEventType.IncidentKnown, D(2025, 3, 3)), E(ReviewEventType.Notified, D(2025, 3, 4)), Decided(D(2025, 4, 1), ReviewDecision.NotInitiate),
            E(ReviewEventType.CareInspectorateNotified, D(2025, 4, 2)));
        Assert.True(notProceeding.IsValid, notProceeding.ToString());
        Assert.Equal(ReviewState.NotInitiated, notProceeding.Review.State);

        var reportFirst = Replay(DeterminationKind.LearningReview, Jurisdiction.Scotland,
            E(ReviewEventType.IncidentKnown, D(2025, 3, 3)), E(ReviewEventType.Notified, D(2025, 3, 4)), Decided(D(2025, 4, 1), ReviewDecision.Initiate),
            E(ReviewEventType.Commissioned, D(2025, 5, 1)), E(ReviewEventType.ReportCompleted, D(2025, 11, 3)), E(ReviewEventType.CareInspectorateReportSent, D(2025, 11, 4)));
        Assert.Equal(5, reportFirst.RejectedIndex);
        Assert.Equal(new[] { "care-inspectorate-notified-of-decision" }, reportFirst.UnmetGuards.Select(g => g.Id));

        var inOrder = Replay(DeterminationKind.LearningReview, Jurisdiction.Scotland,
            E(ReviewEventType.IncidentKnown, D(2025, 3, 3)), E(ReviewEventType.Notified, D(2025, 3, 4)), Decided(D(2025, 4, 1), ReviewDecision.Initiate),
            E(ReviewEventType.CareInspectorateNotified, D(2025, 4, 2)), E(ReviewEventType.Commissioned, D(2025, 5, 1)),
            E(ReviewEventType.CareInspectorateReportSent, D(2025, 5, 2)));
        Assert.Equal(5, inOrder.RejectedIndex); // no report yet to send

        var sent = Replay(DeterminationKind.LearningReview, Jurisdiction.Scotland,
            E(ReviewEventType.IncidentKnown, D(2025, 3, 3)), E(ReviewEventType.Notified, D(2025, 3, 4)), Decided(D(2025, 4, 1), ReviewDecision.Initiate),
            E(ReviewEventType.CareInspectorateNotified, D(2025, 4, 2)), E(ReviewEventType.Commissioned, D(2025, 5, 1)),
            E(ReviewEventType.ReportCompleted, D(2025, 11, 3)), E(ReviewEventType.CareInspectorateReportSent, D(2025, 11, 4)));
        Assert.True(sent.IsValid, sent.ToString());
        Assert.Equal(ReviewState.ReportCompleted, sent.Review.State);
    }

    [Fact]
    public void NewEvents_BelongOnlyToTheirKinds()
    {
        var scr = ReviewLifecycle.For(DeterminationKind.SeriousCaseReview);
        Assert.DoesNotContain(ReviewTrigger.NotifyWelshGovernment, scr.Triggers);
        Assert.DoesNotContain(ReviewTrigger.NotifyCareInspectorate, scr.Triggers);
        Assert.DoesNotContain(ReviewTrigger.NotifyCareInspectorate, ReviewLifecycle.For(DeterminationKind.SingleUnifiedSafeguardingReview).Triggers);
        Assert.DoesNotContain(ReviewTrigger.NotifyWelshGovernment, ReviewLifecycle.For(DeterminationKind.LearningReview).Triggers);
        Assert.Contains(ReviewTrigger.SendReportToCareInspectorate, ReviewLifecycle.For(DeterminationKind.LearningReview).Triggers);
    }

    [Theory]
    [InlineData(DeterminationKind.SingleUnifiedSafeguardingReview, Jurisdiction.Wales)]
    [InlineData(DeterminationKind.MentalHealthHomicideReview, Jurisdiction.Wales)]
    [InlineData(DeterminationKind.LearningReview, Jurisdiction.Scotland)]
    [InlineData(DeterminationKind.DomesticHomicideReview, Jurisdiction.NorthernIreland)]
    public void NewKinds_HaveNoClock_BecauseTheSourcesStateNone(DeterminationKind kind, Jurisdiction jurisdiction)
    {
        var review = Replay(kind, jurisdiction,
            E(ReviewEventType.IncidentKnown, D(2025, 1, 6)), E(ReviewEventType.Notified, D(2025, 1, 8)), Decided(D(2025, 2, 3), ReviewDecision.Initiate)).Review;
        Assert.Empty(ReviewClocks.Of(review, D(2027, 1, 1), TimescaleCatalogue.Default));
        Assert.Empty(TimescaleCatalogue.Default.For(review.RegimeId, kind));
    }
}
