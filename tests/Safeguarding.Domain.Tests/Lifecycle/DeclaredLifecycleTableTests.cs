using System;
using System.Collections.Immutable;
using System.ComponentModel;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Safeguarding.Domain.Citations;
using Safeguarding.Domain.Criteria;
using Safeguarding.Domain.Lifecycle;
using Safeguarding.Domain.Tests.Arbitraries;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Domain.Tests.Lifecycle;

/// <summary>
/// The declared tables (one literal table per kind, composed from named blocks of rows): no (state, trigger)
/// twice, two kinds row by row against a hand-written table, every kind against the imperative builder they
/// replaced (<see cref="LegacyLifecycleTable"/>) in structure and in what every guard decides, the guards'
/// kinds, and the one-call replay of a review record.
/// </summary>
public sealed class DeclaredLifecycleTableTests
{
    private static readonly DeterminationKind[] Kinds = ReviewLifecycle.All.Select(l => l.Kind).ToArray();

    private static readonly TimescaleCatalogue WorkingDayNotice = TimescaleCatalogue.Create(TimescaleOptions.Default.WithPanelNoticeInWorkingDays(true));

    private static readonly Citation AnyCitation = new("Instrument", "provision", SourceKind.Statute, true);

    private static string Describe(LifecycleTransition t) =>
        t.Trigger + ": " + string.Join(", ", t.Sources.Select(LifecycleNames.Name))
        + " -> " + (t.Destination is ReviewState d ? LifecycleNames.Name(d) : "-")
        + (t.ActionPlan is ActionPlanState p ? " (plan " + LifecycleNames.Name(p) + ")" : string.Empty)
        + " | " + string.Join(", ", t.Guards.Select(g => g.Id));

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Table_OfEveryKind_NamesEachStateAndTriggerOnce()
    {
        foreach (var catalogue in new[] { TimescaleCatalogue.Default, WorkingDayNotice })
        {
            foreach (var kind in Kinds)
            {
                var pairs = ReviewLifecycle.For(kind, catalogue).Transitions.SelectMany(t => t.Sources.Select(s => (s, t.Trigger))).ToList();
                Assert.Equal(pairs.Count, pairs.Distinct().Count());
                Assert.NotEmpty(pairs);
            }
        }
    }

    [Fact]
    public void Table_OfRapidReview_IsTheHandWrittenTable()
    {
        Assert.Equal(
            new[]
            {
                "RecordIncident: not-started -> incident-known | in-date-order",
                "Notify: incident-known -> notified | in-date-order",
                "CompleteRapidReview: notified -> rapid-review-completed | in-date-order",
                "DecideToInitiate: rapid-review-completed -> initiated | in-date-order",
                "DecideNotToInitiate: rapid-review-completed -> not-initiated | in-date-order",
                "InformMembers: incident-known, notified, rapid-review-completed, not-initiated, initiated -> - | in-date-order",
                "RecordDelay: incident-known, notified, rapid-review-completed -> - | in-date-order",
            },
            ReviewLifecycle.For(DeterminationKind.RapidReview).Transitions.Select(Describe));
    }

    [Fact]
    public void Table_OfDomesticHomicideReview_IsTheHandWrittenTable()
    {
        const string reporting = "report-completed, signed-off, anonymised, sent-to-panel";
        const string afterReport = reporting + ", published, not-published, publication-ended";
        Assert.Equal(
            new[]
            {
                "RecordIncident: not-started -> incident-known | in-date-order",
                "Notify: incident-known -> notified | in-date-order",
                "DecideToInitiate: notified -> initiated | in-date-order",
                "DecideNotToInitiate: notified -> not-initiated | in-date-order",
                "Commission: initiated -> commissioned | in-date-order, reviewer-independent, scope-ends-by-incident",
                "StartReview: commissioned -> under-review | in-date-order",
                "CompleteReport: commissioned, under-review -> report-completed | in-date-order",
                "SignOff: " + reporting + " -> signed-off | in-date-order, signed-off-not-yet-recorded",
                "Anonymise: " + reporting + " -> anonymised | in-date-order, anonymised-not-yet-recorded",
                "SendToPanel: " + reporting + " -> sent-to-panel | in-date-order, sent-to-panel-not-yet-recorded",
                "Publish: " + reporting + " -> published | in-date-order, signed-off-before-publication, anonymised-before-publication, home-office-quality-assurance-before-publication",
                "DecideNotToPublish: " + reporting + " -> not-published | in-date-order, signed-off-before-decision-not-to-publish, reasons-for-not-publishing",
                "EndPublication: published -> publication-ended | in-date-order, statutory-minimum-served, local-policy-served",
                "Withdraw: initiated, commissioned, under-review, " + reporting + " -> withdrawn | in-date-order",
                "AgreeActionPlan: " + afterReport + " -> - (plan agreed) | in-date-order, action-plan-not-yet-agreed",
                "CloseActionPlan: " + afterReport + " -> - (plan closed) | in-date-order, action-plan-open, no-open-actions",
                "InformMembers: incident-known, notified, not-initiated, initiated, commissioned, under-review, withdrawn, " + afterReport + " -> - | in-date-order",
                "RecordDelay: incident-known, notified, initiated, commissioned, under-review, " + reporting + " -> - | in-date-order",
                "SubmitToHomeOffice: " + reporting + " -> - | in-date-order, home-office-no-submission-awaiting, home-office-not-yet-cleared",
                "HomeOfficeClearsForPublication: " + reporting + " -> - | in-date-order, home-office-submission-awaiting",
                "HomeOfficeAsksForResubmission: " + reporting + " -> - | in-date-order, home-office-submission-awaiting",
            },
            ReviewLifecycle.For(DeterminationKind.DomesticHomicideReview).Transitions.Select(Describe));
    }

    [Fact]
    public void Table_OfEveryKind_IsTheImperativeBuildersTable_RowByRow()
    {
        foreach (var catalogue in new[] { TimescaleCatalogue.Default, WorkingDayNotice })
        {
            foreach (var kind in Kinds)
            {
                var declared = ReviewLifecycle.For(kind, catalogue);
                Assert.Equal(LegacyLifecycleTable.SourceOf(kind), declared.Source);
                var built = LegacyLifecycleTable.BuildTable(kind, catalogue, declared.Source);
                Assert.Equal(built.Length, declared.Transitions.Length);
                for (int i = 0; i < built.Length; i++)
                {
                    var (want, got) = (built[i], declared.Transitions[i]);
                    Assert.Equal(want.Trigger, got.Trigger);
                    Assert.Equal(want.Sources.AsEnumerable(), got.Sources.AsEnumerable());
                    Assert.Equal(want.Destination, got.Destination);
                    Assert.Equal(want.ActionPlan, got.ActionPlan);
                    Assert.Equal(want.Guards.Select(g => (g.Id, g.Description, g.Citation)), got.Guards.Select(g => (g.Id, g.Description, g.Citation)));
                }
            }
        }
    }

    [Fact]
    public void Guards_AreBookkeeping_ExactlyWhereTheDiagramsUsedToMatchTheirIds()
    {
        // The diagrams once left out a guard whose id was in-date-order or ended in -not-yet-recorded; the kind now says so.
        var guards = Kinds.SelectMany(k => ReviewLifecycle.For(k).Transitions.SelectMany(t => t.Guards)).ToList();
        Assert.All(guards, g => Assert.Equal(
            g.Id == "in-date-order" || g.Id.EndsWith("-not-yet-recorded", StringComparison.Ordinal) ? LifecycleGuardKind.Bookkeeping : LifecycleGuardKind.Requirement,
            g.Kind));
        Assert.Contains(guards, g => g.Id == "repository-deposited-not-yet-recorded" && g.Kind == LifecycleGuardKind.Bookkeeping);
        Assert.Contains(guards, g => g.Id == "action-plan-not-yet-agreed" && g.Kind == LifecycleGuardKind.Requirement);
        Assert.All(ReviewLifecycle.All.SelectMany(l => l.Transitions), t => Assert.Equal("in-date-order", t.Guards[0].Id));
    }

    [Fact]
    public void Mermaid_LabelsATransitionWithItsRequirements_AndLeavesOutItsBookkeeping()
    {
        var mermaid = ReviewLifecycle.For(DeterminationKind.LearningReview).ToMermaid();
        Assert.Contains("note right of report_completed : care-inspectorate-report-sent (care-inspectorate-notified-of-decision) may be recorded in report-completed,", mermaid, StringComparison.Ordinal);
        Assert.Contains("note right of initiated : care-inspectorate-notified may be recorded in initiated,", mermaid, StringComparison.Ordinal);
        Assert.Contains("[*] --> plan_agreed : action-plan-agreed (action-plan-not-yet-agreed)\n", mermaid, StringComparison.Ordinal);
        Assert.DoesNotContain("in-date-order", mermaid, StringComparison.Ordinal);
        Assert.DoesNotContain("-not-yet-recorded", mermaid, StringComparison.Ordinal);
    }

    [Fact]
    public void Guard_WithoutAKind_IsARequirement_AndKeepsTheKindItIsGiven()
    {
        Assert.Equal(LifecycleGuardKind.Requirement, new LifecycleGuard("a", "b", AnyCitation, static (_, _) => true).Kind);
        Assert.Equal(LifecycleGuardKind.Requirement, new LifecycleGuard("a", "b", AnyCitation, LifecycleGuardKind.Requirement, static (_, _) => true).Kind);
        var bookkeeping = new LifecycleGuard("a", "b", AnyCitation, LifecycleGuardKind.Bookkeeping, static (_, _) => true);
        Assert.Equal(LifecycleGuardKind.Bookkeeping, bookkeeping.Kind);
        Assert.Equal(("a", "b", AnyCitation), (bookkeeping.Id, bookkeeping.Description, bookkeeping.Citation));
        Assert.Throws<InvalidEnumArgumentException>(() => new LifecycleGuard("a", "b", AnyCitation, (LifecycleGuardKind)2, static (_, _) => true));
        Assert.Throws<InvalidEnumArgumentException>(() => new LifecycleGuard("a", "b", AnyCitation, (LifecycleGuardKind)(-1), static (_, _) => true));
        Assert.Throws<ArgumentNullException>(() => new LifecycleGuard("a", "b", AnyCitation, LifecycleGuardKind.Bookkeeping, null!));
        Assert.Throws<ArgumentException>(() => new LifecycleGuard(" ", "b", AnyCitation, LifecycleGuardKind.Bookkeeping, static (_, _) => true));
    }

    /// <summary>On random walks (permitted or not), every row and every guard of every kind decides as the imperative builder's did.</summary>
    [Property(MaxTest = 300)]
    public Property Guards_OnAnyWalk_DecideAsTheImperativeBuildersGuards() =>
        Prop.ForAll(LifecycleArbitraries.Walk, walk =>
        {
            foreach (var catalogue in new[] { TimescaleCatalogue.Default, WorkingDayNotice })
            {
                var lifecycle = ReviewLifecycle.For(walk.Lifecycle.Kind, catalogue);
                var oracle = LegacyLifecycleTable.BuildTable(walk.Lifecycle.Kind, catalogue, lifecycle.Source);
                var review = walk.Start;
                foreach (var e in walk.Events)
                {
                    var want = oracle.SingleOrDefault(t => t.Trigger == e.Trigger && t.Sources.Contains(review.State));
                    bool permitted = lifecycle.TryGetTransition(review.State, e.Trigger, out var got);
                    if (permitted != (want is not null))
                    {
                        return false;
                    }

                    if (want is not null && !want.Guards.Select(g => (g.Id, g.IsMet(review, e))).SequenceEqual(got.Guards.Select(g => (g.Id, g.IsMet(review, e)))))
                    {
                        return false;
                    }

                    var fired = lifecycle.Fire(review, e);
                    if (!fired.IsAccepted)
                    {
                        break;
                    }

                    review = fired.Review;
                }
            }

            return true;
        });

    /// <summary>A record replays in one call, through its own kind's lifecycle, as replaying its events onto its start does.</summary>
    [Property(MaxTest = 200)]
    public Property Replay_OfARecord_IsItsKindsReplayOfItsEvents() =>
        Prop.ForAll(LifecycleArbitraries.Walk, walk =>
        {
            var record = new ReviewRecord(walk.Start.Kind, walk.Start.Jurisdiction, walk.Start.Policy, walk.Events);
            var want = walk.Lifecycle.Replay(walk.Start, walk.Events);
            var got = ReviewLifecycle.Replay(record);
            var onDefault = ReviewLifecycle.Replay(record, TimescaleCatalogue.Default);
            return got.Review.Equals(want.Review)
                && got.RejectedIndex == want.RejectedIndex
                && Equals(got.RejectedEvent, want.RejectedEvent)
                && got.UnmetGuards.Select(g => g.Id).SequenceEqual(want.UnmetGuards.Select(g => g.Id))
                && onDefault.Review.Equals(want.Review)
                && onDefault.RejectedIndex == want.RejectedIndex;
        });

    [Fact]
    public void Replay_OfARecord_OnAnotherCatalogue_UsesThatCataloguesTable()
    {
        var record = new ReviewRecord(DeterminationKind.LocalChildSafeguardingPracticeReview, Jurisdiction.England, ReviewPolicy.None, ImmutableArray.Create(
            new ReviewEvent(ReviewEventType.IncidentKnown, D(2022, 9, 14)), new ReviewEvent(ReviewEventType.Notified, D(2022, 9, 21)),
            new ReviewEvent(ReviewEventType.RapidReviewCompleted, D(2022, 10, 12)), new ReviewEvent(ReviewEventType.Decided, D(2022, 10, 14), ReviewDecision.Initiate),
            new ReviewEvent(ReviewEventType.Commissioned, D(2022, 11, 1)), new ReviewEvent(ReviewEventType.ReportCompleted, D(2023, 5, 2)),
            new ReviewEvent(ReviewEventType.SignedOff, D(2023, 5, 22)), new ReviewEvent(ReviewEventType.Anonymised, D(2023, 5, 30)),
            new ReviewEvent(ReviewEventType.SentToPanel, D(2023, 6, 1)), new ReviewEvent(ReviewEventType.Published, D(2023, 6, 8))));

        var calendarDays = ReviewLifecycle.Replay(record);
        Assert.True(calendarDays.IsValid);
        Assert.Equal(ReviewState.Published, calendarDays.Review.State);
        Assert.Equal(record.Events.AsEnumerable(), calendarDays.Review.Events.AsEnumerable());

        var workingDays = ReviewLifecycle.Replay(record, WorkingDayNotice);
        Assert.False(workingDays.IsValid);
        Assert.Equal(9, workingDays.RejectedIndex);
        Assert.Equal(ReviewState.SentToPanel, workingDays.Review.State);
        Assert.Equal("panel-notice-before-publication", Assert.Single(workingDays.UnmetGuards).Id);
        Assert.True(ReviewLifecycle.Replay(record, TimescaleCatalogue.Create(TimescaleOptions.Default)).IsValid);

        // On the default catalogue the replay goes through the cached lifecycle: its refusal names that table's own guard.
        var early = new ReviewRecord(record.Kind, record.Jurisdiction, record.Policy, record.Events.SetItem(9, new ReviewEvent(ReviewEventType.Published, D(2023, 6, 7))));
        var publish = ReviewLifecycle.For(DeterminationKind.LocalChildSafeguardingPracticeReview).Transitions.Single(t => t.Trigger == ReviewTrigger.Publish);
        Assert.Same(publish.Guards.Single(g => g.Id == "panel-notice-before-publication"), Assert.Single(ReviewLifecycle.Replay(early).UnmetGuards));
        Assert.Same(publish.Guards.Single(g => g.Id == "panel-notice-before-publication"), Assert.Single(ReviewLifecycle.Replay(early, TimescaleCatalogue.Default).UnmetGuards));
        Assert.Equal(9, ReviewLifecycle.Replay(early).RejectedIndex);

        Assert.Equal("record", Assert.Throws<ArgumentNullException>(() => ReviewLifecycle.Replay(null!)).ParamName);
        Assert.Equal("record", Assert.Throws<ArgumentNullException>(() => ReviewLifecycle.Replay(null!, TimescaleCatalogue.Default)).ParamName);
        Assert.Equal("catalogue", Assert.Throws<ArgumentNullException>(() => ReviewLifecycle.Replay(record, null!)).ParamName);
    }

    [Fact]
    public void Replay_OfARecordOfEachKind_StartsFromTheRecordsOwnReview()
    {
        foreach (var kind in Kinds)
        {
            var jurisdiction = LifecycleArbitraries.JurisdictionOf(kind);
            var policy = new ReviewPolicy(Period.FromMonths(18), MembersInformedRule.ByPublication);
            var record = new ReviewRecord(kind, jurisdiction, policy, ImmutableArray.Create(
                new ReviewEvent(ReviewEventType.IncidentKnown, D(2024, 11, 4)), new ReviewEvent(ReviewEventType.Notified, D(2024, 11, 5))));
            var replay = ReviewLifecycle.Replay(record);
            Assert.True(replay.IsValid);
            Assert.Equal((kind, jurisdiction, policy, ReviewState.Notified), (replay.Review.Kind, replay.Review.Jurisdiction, replay.Review.Policy, replay.Review.State));
        }
    }
}
