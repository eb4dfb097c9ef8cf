using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using NodaTime;
using Safeguarding.Domain.Citations;
using Safeguarding.Domain.Criteria;
using Safeguarding.Domain.Lifecycle;
using Safeguarding.Domain.Tests.Support;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Domain.Tests.Lifecycle;

/// <summary>
/// Every transition table, field by field, with every guard's id, words and citation, and the diagrams and JSON
/// drawn from them, against reviewed snapshots: a changed state, guard or citation fails here. The tables are
/// built inside each test (the cached ones are built once, under whichever test comes first).
/// </summary>
public sealed class LifecycleSnapshotTests
{
    // Every kind with a review lifecycle (a notification of a death has none).
    private static readonly DeterminationKind[] Kinds = Enum.GetValues<DeterminationKind>().Where(k => LifecycleNames.TryParseKind(VocabularyNames.Kinds.Name(k), out _)).ToArray();

    private static TimescaleCatalogue FreshCatalogue() => TimescaleCatalogue.Create(TimescaleOptions.Default);

    internal static string Cite(Citation c) =>
        c.Instrument + " | " + c.Provision + " | " + c.Kind + " | verified " + c.Verified;

    internal static string Render(ReviewLifecycle lifecycle)
    {
        var text = new StringBuilder();
        text.Append(lifecycle).Append('\n')
            .Append("  source: ").Append(Cite(lifecycle.Source)).Append('\n')
            .Append("  states: ").Append(string.Join(", ", lifecycle.States.Select(LifecycleNames.Name))).Append('\n')
            .Append("  final: ").Append(string.Join(", ", lifecycle.FinalStates.Select(LifecycleNames.Name))).Append('\n')
            .Append("  triggers: ").Append(string.Join(", ", lifecycle.Triggers.Select(LifecycleNames.Name))).Append('\n');
        foreach (var t in lifecycle.Transitions)
        {
            text.Append("  ").Append(t).Append('\n')
                .Append("    trigger ").Append(t.Trigger).Append(", records ").Append(LifecycleNames.Name(t.RecordedEvent)).Append('\n')
                .Append("    from: ").Append(string.Join(", ", t.Sources.Select(LifecycleNames.Name))).Append('\n')
                .Append("    to: ").Append(t.Destination is ReviewState d ? LifecycleNames.Name(d) : "-")
                .Append("; action plan: ").Append(t.ActionPlan is ActionPlanState p ? LifecycleNames.Name(p) : "-").Append('\n');
            foreach (var g in t.Guards)
            {
                text.Append("    guard ").Append(g.Id).Append(": ").Append(g.Description).Append('\n')
                    .Append("      citation: ").Append(Cite(g.Citation)).Append('\n')
                    .Append("      as text: ").Append(g).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string RenderAll(TimescaleCatalogue catalogue) =>
        string.Concat(Kinds.Select(k => Render(ReviewLifecycle.For(k, catalogue))));

    [Fact]
    public void Tables_OfEveryKind_MatchTheReviewedSnapshot() =>
        Snapshot.Matches("lifecycle-tables", RenderAll(FreshCatalogue()));

    [Fact]
    public void Tables_WithThePanelNoticeInWorkingDays_MatchTheReviewedSnapshot() =>
        Snapshot.Matches("lifecycle-tables-working-day-notice",
            Render(ReviewLifecycle.For(DeterminationKind.LocalChildSafeguardingPracticeReview, TimescaleCatalogue.Create(TimescaleOptions.Default.WithPanelNoticeInWorkingDays(true)))));

    [Fact]
    public void CachedTables_AreTheFreshlyBuiltOnes_InKindOrder()
    {
        Assert.Equal(Kinds, ReviewLifecycle.All.Select(l => l.Kind));
        Assert.Equal(RenderAll(FreshCatalogue()), string.Concat(ReviewLifecycle.All.Select(Render)));
        // All is in kind order without the kinds that have no lifecycle (the death notifications, 14 and 15).
        Assert.All(Kinds.Select((k, i) => (k, i)), x => Assert.Same(ReviewLifecycle.All[x.i], ReviewLifecycle.For(x.k)));
        Assert.Same(TimescaleCatalogue.Default, ReviewLifecycle.For(DeterminationKind.RapidReview).Catalogue);
    }

    [Fact]
    public void Mermaid_OfEveryKind_MatchesTheReviewedSnapshot()
    {
        var catalogue = FreshCatalogue();
        Snapshot.Matches("lifecycle-mermaid", string.Concat(Kinds.Select(k => "%% " + LifecycleNames.Name(k) + "\n" + ReviewLifecycle.For(k, catalogue).ToMermaid())));
    }

    [Fact]
    public void Dot_OfEveryKind_MatchesTheReviewedSnapshot()
    {
        var catalogue = FreshCatalogue();
        Snapshot.Matches("lifecycle-dot", string.Concat(Kinds.Select(k => ReviewLifecycle.For(k, catalogue).ToDot())));
    }

    [Fact]
    public void Json_OfEveryKind_MatchesTheReviewedSnapshot()
    {
        var catalogue = FreshCatalogue();
        Snapshot.Matches("lifecycle-json", string.Join("\n", Kinds.Select(k => ReviewLifecycle.For(k, catalogue).ToJson())));
    }

    [Fact]
    public void Rules_MinimumPeriodsAndTheMembersClock_MatchTheReviewedSnapshot()
    {
        var catalogue = FreshCatalogue();
        var text = new StringBuilder();
        foreach (var kind in Kinds)
        {
            foreach (var jurisdiction in Enum.GetValues<Jurisdiction>().Where(j => Review.IsKindOf(kind, j)))
            {
                foreach (var first in new LocalDate?[] { null, new LocalDate(2016, 4, 5), new LocalDate(2016, 4, 6) })
                {
                    var regime = Review.RegimeOf(kind, jurisdiction, first);
                    text.Append(LifecycleNames.Name(kind)).Append(" in ").Append(LifecycleNames.Name(jurisdiction))
                        .Append(", first event ").Append(first?.ToString("uuuu-MM-dd", null) ?? "none")
                        .Append(": regime ").Append(regime)
                        .Append(", publication minimum ").Append(PublicationWindow.StatutoryMinimumOf(regime, kind, catalogue)?.ToString() ?? "none").Append('\n');
                }
            }
        }

        foreach (var rule in new[]
        {
            MembersInformedRule.ByPublication,
            new MembersInformedRule(ReviewEventType.Decided, ClockLength.WorkingDays(10)),
            new MembersInformedRule(ReviewEventType.SignedOff, ClockLength.Months(1)),
        })
        {
            var t = rule.ToTimescale(RegimeId.EnglandLscb2006, DeterminationKind.SeriousCaseReview);
            text.Append(rule).Append('\n')
                .Append("  ").Append(t.Id).Append(" | ").Append(t.RegimeId.Value).Append(" | ").Append(string.Join(", ", t.ReviewKinds.Select(VocabularyNames.Kinds.Name)))
                .Append(" | from ").Append(t.StartsOn).Append(" to ").Append(t.EndsOn).Append(" | ").Append(t.Rule).Append(" | ").Append(t.Length.Unit).Append(' ').Append(t.Length.Count).Append('\n')
                .Append("  citation: ").Append(Cite(t.Citation)).Append('\n')
                .Append("  parameter: ").Append(t.Parameter ?? "-").Append('\n')
                .Append("  ").Append(t.Description).Append('\n');
        }

        Snapshot.Matches("lifecycle-rules", text.ToString());
    }

    private static ReviewEvent E(ReviewEventType type, int y, int m, int d) => new(type, new LocalDate(y, m, d));

    /// <summary>A local child safeguarding practice review, sent to the Panel on Thursday 1 June 2023 and published on a given day.</summary>
    private static ReviewRecord LocalChildReview(LocalDate published) =>
        new(DeterminationKind.LocalChildSafeguardingPracticeReview, Jurisdiction.England,
            new ReviewPolicy(Period.FromMonths(18), new MembersInformedRule(ReviewEventType.Decided, ClockLength.WorkingDays(10))), ImmutableArray.Create(
                new ReviewEvent(ReviewEventType.IncidentKnown, new LocalDate(2022, 9, 14), incidentDate: new LocalDate(2022, 9, 12)),
                E(ReviewEventType.Notified, 2022, 9, 21), E(ReviewEventType.RapidReviewCompleted, 2022, 10, 12),
                new ReviewEvent(ReviewEventType.Decided, new LocalDate(2022, 10, 14), ReviewDecision.Initiate, reasons: "criteria (a) and (c) met"),
                new ReviewEvent(ReviewEventType.Commissioned, new LocalDate(2022, 11, 1), reviewerIndependent: true, methodology: "silp",
                    scopeStart: new LocalDate(2021, 9, 1), scopeEnd: new LocalDate(2022, 9, 12)),
                E(ReviewEventType.ReviewStarted, 2022, 11, 7), E(ReviewEventType.ReportCompleted, 2023, 5, 2), E(ReviewEventType.SignedOff, 2023, 5, 22),
                E(ReviewEventType.Anonymised, 2023, 5, 30), E(ReviewEventType.SentToPanel, 2023, 6, 1), new ReviewEvent(ReviewEventType.Published, published),
                E(ReviewEventType.MembersInformed, 2023, 6, 20), E(ReviewEventType.ActionPlanAgreed, 2023, 6, 26),
                new ReviewEvent(ReviewEventType.ActionPlanClosed, new LocalDate(2023, 6, 30), openActions: 0)));

    [Fact]
    public void Reports_OfTheSeedCases_MatchTheReviewedSnapshot()
    {
        var catalogue = FreshCatalogue();
        var childR = SeedCaseTests.ChildR();
        var slip = new ReviewRecord(childR.Kind, childR.Jurisdiction, childR.Policy,
            childR.Events.Insert(6, new ReviewEvent(ReviewEventType.Published, new LocalDate(2015, 3, 2))));
        var samEarly = SeedCaseTests.SamAndKyle();
        samEarly = new ReviewRecord(samEarly.Kind, samEarly.Jurisdiction, samEarly.Policy, samEarly.Events.Take(4).ToImmutableArray());
        var cases = new (string Name, ReviewRecord Record, LocalDate AsOf)[]
        {
            ("julia", SeedCaseTests.Julia(), new LocalDate(2015, 3, 1)),
            ("sam-and-kyle", SeedCaseTests.SamAndKyle(), new LocalDate(2021, 1, 14)),
            ("sam-and-kyle before the report", samEarly, new LocalDate(2019, 8, 19)),
            ("child-r", childR, new LocalDate(2015, 9, 1)),
            ("child-r published too early", slip, new LocalDate(2015, 9, 1)),
            ("local child review published", LocalChildReview(new LocalDate(2023, 6, 8)), new LocalDate(2023, 7, 1)),
            ("local child review published six days after the notice", LocalChildReview(new LocalDate(2023, 6, 7)), new LocalDate(2023, 7, 1)),
            ("welsh serious case review published", new ReviewRecord(DeterminationKind.SeriousCaseReview, Jurisdiction.Wales, ReviewPolicy.None, ImmutableArray.Create(
                E(ReviewEventType.IncidentKnown, 2012, 1, 9), E(ReviewEventType.Notified, 2012, 1, 10),
                new ReviewEvent(ReviewEventType.Decided, new LocalDate(2012, 2, 1), ReviewDecision.Initiate), E(ReviewEventType.Commissioned, 2012, 2, 6),
                E(ReviewEventType.ReportCompleted, 2012, 9, 3), E(ReviewEventType.SignedOff, 2012, 9, 10), E(ReviewEventType.Anonymised, 2012, 9, 17),
                E(ReviewEventType.Published, 2012, 10, 1))), new LocalDate(2013, 1, 1)),
            ("serious case review notified after the calendars' last year", new ReviewRecord(DeterminationKind.SeriousCaseReview, Jurisdiction.England, ReviewPolicy.None, ImmutableArray.Create(
                E(ReviewEventType.IncidentKnown, 2099, 12, 28), E(ReviewEventType.Notified, 2099, 12, 29))), new LocalDate(2100, 2, 1)),
            ("serious case review known after the announced holidays", new ReviewRecord(DeterminationKind.SeriousCaseReview, Jurisdiction.England, ReviewPolicy.None, ImmutableArray.Create(
                E(ReviewEventType.IncidentKnown, 2030, 3, 1))), new LocalDate(2030, 3, 4)),
            ("scottish learning review just known", new ReviewRecord(DeterminationKind.LearningReview, Jurisdiction.Scotland, ReviewPolicy.None, ImmutableArray.Create(
                E(ReviewEventType.IncidentKnown, 2022, 3, 1))), new LocalDate(2022, 4, 1)),
        };
        var text = new StringBuilder();
        foreach (var (name, record, asOf) in cases)
        {
            var report = ReviewReport.Create(record, asOf, catalogue);
            text.Append("== ").Append(name).Append('\n').Append(report.ToText()).Append(report.ToJson()).Append('\n')
                .Append(record.ToJson()).Append('\n');
        }

        Snapshot.Matches("lifecycle-reports", text.ToString());
    }
}
