using System;
using NodaTime;
using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Rating;

namespace Safeguarding.Domain.Tests.Reporting;

/// <summary>
/// Plans built to reach every branch of the report writers. Each is built fresh on every call so that the
/// code under test runs inside the test that asserts on it.
/// </summary>
internal static class ReportPlans
{
    /// <summary>The date of the Ash and Bo report: 15 January 2021.</summary>
    public static readonly LocalDate AshAndBoDate = new(2021, 1, 15);

    /// <summary>The committee's previous meeting: 1 October 2020.</summary>
    public static readonly LocalDate AshAndBoEarlier = new(2020, 10, 1);

    /// <summary>The owner whose name needs escaping in every format.</summary>
    public const string AwkwardOwner = "police <&> \"Bo's\"";

    /// <summary>An owner longer than the chart's 20-character label.</summary>
    public const string LongOwner = "education | schools [east]";

    /// <summary>
    /// A valid plan with warnings, agreed on 15 January 2020 (exactly four cycles before the report, so that
    /// trend point is kept), reported on 15 January 2021 against 1 October 2020:
    /// 1.1 overdue 15 days, red, reported green on output only (worsened, newly overdue, newly escalated);
    /// 1.2 embedded (blue, improved from green, its escalation fell); 2.1 never started (red, board, escalation rose);
    /// 2.2 in progress (amber, improved from red); 3.1 due today (not overdue); 3.2 due yesterday (1 day overdue);
    /// 3.3 due tomorrow, reported blue without evidence. R3 has no actions; R4 and F4 roll up to amber; F3 is closed with a rationale.
    /// </summary>
    public static ActionPlan AshAndBo() => new(
        "Ash & Bo <\"review\"> 'A'",
        Period.FromMonths(3),
        new LocalDate(2020, 1, 15),
        new LocalDate(2020, 12, 31),
        new[]
        {
            new Finding("F1", "<i>escalation</i>", null),
            new Finding("F2", null, null),
            new Finding("F3", "covered elsewhere", "the board's neglect strategy answers it"),
            new Finding("F4", null, null),
        },
        new[]
        {
            new Recommendation("R1", new[] { "F1" }, "text | with pipe"),
            new Recommendation("R2", new[] { "F1", "F2", "F2" }, null),
            new Recommendation("R3", new[] { "F2" }, null),
            new Recommendation("R4", new[] { "F2", "F4" }, null),
        },
        new[]
        {
            new PlanAction("1.1", new[] { "R1" }, "run <multi-agency> training & audit | twice", AwkwardOwner, "lead <officer>", new LocalDate(2020, 12, 31), "measure & check", new LocalDate(2020, 7, 1), null,
                new[] { new Evidence(EvidenceKind.Output, new LocalDate(2020, 8, 1), "<img src=x>") },
                new[]
                {
                    new StatusUpdate(new LocalDate(2020, 9, 30), ReportedStatus.Amber, "<b>note</b>"),
                    new StatusUpdate(new LocalDate(2020, 12, 20), ReportedStatus.Green, null),
                },
                Array.Empty<string>()),
            new PlanAction("1.2", new[] { "R1", "R1" }, "health", null, new LocalDate(2020, 12, 31), null, null, new LocalDate(2020, 9, 1),
                new[] { new Evidence(EvidenceKind.Impact, new LocalDate(2020, 12, 1), null) },
                Array.Empty<StatusUpdate>(),
                Array.Empty<string>()),
            new PlanAction("2.1", new[] { "R2" }, "Write a joint escalation protocol for professional disagreements, agree it with every partner, publish it on the partnership's website and check after six months that practitioners know and use it.", LongOwner, null, null, null, null, null,
                Array.Empty<Evidence>(), Array.Empty<StatusUpdate>(), Array.Empty<string>()),
            new PlanAction("2.2", new[] { "R2" }, "health", null, new LocalDate(2021, 6, 30), null, new LocalDate(2020, 11, 1), null,
                Array.Empty<Evidence>(),
                new[] { new StatusUpdate(new LocalDate(2021, 1, 10), ReportedStatus.Amber, null) },
                new[] { "1.1" }),
            new PlanAction("3.1", new[] { "R4" }, AwkwardOwner, null, AshAndBoDate, null, new LocalDate(2020, 12, 1), null,
                Array.Empty<Evidence>(),
                new[] { new StatusUpdate(new LocalDate(2021, 1, 14), ReportedStatus.Green, null) },
                Array.Empty<string>()),
            new PlanAction("3.2", new[] { "R2" }, "health", null, AshAndBoDate.PlusDays(-1), null, new LocalDate(2020, 12, 1), null,
                Array.Empty<Evidence>(),
                new[] { new StatusUpdate(new LocalDate(2021, 1, 14), ReportedStatus.UpdatePending, null) },
                Array.Empty<string>()),
            new PlanAction("3.3", new[] { "R4" }, "health", null, AshAndBoDate.PlusDays(1), null, new LocalDate(2020, 12, 1), null,
                Array.Empty<Evidence>(),
                new[] { new StatusUpdate(new LocalDate(2021, 1, 2), ReportedStatus.Blue, null) },
                Array.Empty<string>()),
        });

    /// <summary>A plan with nothing in it and no agreed date.</summary>
    public static ActionPlan Empty() => new(
        "Empty\r\nplan", Period.FromMonths(1), null, null, Array.Empty<Finding>(), Array.Empty<Recommendation>(), Array.Empty<PlanAction>());

    /// <summary>A council's own three statuses, none of them a colour name, so the charts fall back to greys.</summary>
    public static RatingScheme CouncilScheme() =>
        new("council-three", new[] { "off-track", "on-track", "done" }, "off-track", "on-track", "off-track", "done", "done", RollUpMethod.WorstOf);

    /// <summary>
    /// An invalid plan (a finding with no recommendation and no rationale, a duplicate action id, an unknown
    /// recommendation, a cycle) with one action at each of the council scheme's statuses, reported monthly.
    /// </summary>
    public static ActionPlan Invalid() => new(
        "Cy *bold* _under_ `tick` #1 [link] \\ <x>",
        Period.FromMonths(1),
        new LocalDate(2021, 1, 1),
        null,
        new[] { new Finding("F1", null, null), new Finding("F|2", null, null) },
        new[] { new Recommendation("R1", new[] { "F1" }, null) },
        new[]
        {
            new PlanAction("A<1>", new[] { "R1" }, "twenty-characters-ab", null, new LocalDate(2021, 2, 1), null, new LocalDate(2021, 1, 5), null,
                Array.Empty<Evidence>(), new[] { new StatusUpdate(new LocalDate(2021, 3, 1), ReportedStatus.Amber, null) }, new[] { "A2" }),
            new PlanAction("A2", new[] { "R1", "R9" }, "twenty-characters-ab", null, new LocalDate(2021, 6, 1), null, new LocalDate(2021, 1, 5), null,
                Array.Empty<Evidence>(), new[] { new StatusUpdate(new LocalDate(2021, 3, 1), ReportedStatus.Amber, null) }, new[] { "A<1>" }),
            new PlanAction("A2", new[] { "R1" }, "twenty-one-characters", null, new LocalDate(2021, 6, 1), null, null, new LocalDate(2021, 2, 1),
                new[] { new Evidence(EvidenceKind.Completion, new LocalDate(2021, 2, 1), null) },
                new[] { new StatusUpdate(new LocalDate(2021, 3, 1), ReportedStatus.Green, null) }, Array.Empty<string>()),
        });
}
