using System.Globalization;
using Safeguarding.Domain.Lifecycle;
using Safeguarding.Domain.Timescales;
using Safeguarding.Domain.Criteria;

namespace Safeguarding.Cli.Demo;

/// <summary>
/// The published cases' timelines replayed through their lifecycles, with every clock. The minutes give
/// most dates only as a month: those days are picked within the month (Julia's
/// and James's publication dates are exact).
/// </summary>
internal sealed class LifecycleSection : IDemoSection
{
    private static readonly ReviewPolicy Members = ReviewPolicy.Create(Period.FromMonths(18), MembersInformedRule.ByPublication).Value;

    public string Title => "Review lifecycles and statutory clocks (seed cases)";

    public void Write(TextWriter output)
    {
        output.WriteLine("The minutes give most dates only as a month; those days are picked within the month (Julia's and James's publication dates are exact).");
        Show(output, "Julia (serious case review; commissioned May 2013, completed May 2014, ratified September 2014, published 15 December 2014, 18 months online)",
            Julia(),
            D(2015, 3, 1),
            "Members learnt of the review from the local press; the members' clock (by publication) shows it.");

        Show(output, "James (serious case review; published 1 December 2016 for 18 months; presented to scrutiny December 2016)",
            James(),
            D(2018, 6, 1),
            "The report may come down on 2018-06-01, the first day after its 18 months; a take-down before that is refused.");

        Show(output, "Sam and Kyle (serious case review; Sam died January 2018, report July 2020)",
            SamAndKyle(),
            D(2021, 1, 14),
            "Two and a half years from death to report: the completion clock is the one that failed.");

        Show(output, "Child R (serious case review by the Welsh child practice review method; considered March 2014, signed off February 2015 subject to further anonymisation, published August 2015)",
            ChildR(),
            D(2015, 9, 1),
            "Signed off subject to further anonymisation: publication waited for it.");

        // What the table says had Child R's report been published at sign-off, before the anonymisation.
        var childR = ReviewLifecycle.For(DeterminationKind.SeriousCaseReview);
        var atSignOff = childR.Replay(Review.Start(DeterminationKind.SeriousCaseReview, Jurisdiction.England, ReviewPolicy.None).Value, new[]
        {
            E(ReviewTrigger.RecordIncident, 2014, 3, 3), E(ReviewTrigger.Notify, 2014, 3, 7),
            ReviewEvent.Decided(D(2014, 3, 27), ReviewDecision.Initiate).Value, E(ReviewTrigger.Commission, 2014, 4, 1),
            E(ReviewTrigger.CompleteReport, 2015, 2, 2), E(ReviewTrigger.SignOff, 2015, 2, 26),
        }).Review;
        var early = childR.Fire(atSignOff, ReviewEvent.For(ReviewTrigger.Publish, D(2015, 3, 2)));
        output.WriteLine();
        output.WriteLine("Had Child R's report been published on 2015-03-02, at sign-off: " + (early.IsAccepted ? "accepted" : "refused"));
        foreach (var guard in early.UnmetGuards)
        {
            output.WriteLine("  - " + guard.Id + ": " + guard.Description + " [" + guard.Citation + "]");
        }

        // A local child safeguarding practice review: the report goes to the Panel and the Secretary of State 7 days before publication.
        var lcspr = ReviewLifecycle.For(DeterminationKind.LocalChildSafeguardingPracticeReview);
        var ready = lcspr.Replay(Review.Start(DeterminationKind.LocalChildSafeguardingPracticeReview, Jurisdiction.England, ReviewPolicy.None).Value, new[]
        {
            E(ReviewTrigger.RecordIncident, 2022, 9, 14), E(ReviewTrigger.Notify, 2022, 9, 21), E(ReviewTrigger.CompleteRapidReview, 2022, 10, 12),
            ReviewEvent.Decided(D(2022, 10, 14), ReviewDecision.Initiate).Value, E(ReviewTrigger.Commission, 2022, 11, 1),
            E(ReviewTrigger.CompleteReport, 2023, 5, 2), E(ReviewTrigger.SignOff, 2023, 5, 22), E(ReviewTrigger.Anonymise, 2023, 5, 30),
            E(ReviewTrigger.SendToPanel, 2023, 6, 1),
        }).Review;
        output.WriteLine();
        output.WriteLine("A local child safeguarding practice review sent to the Panel on 2023-06-01 (an illustration, not a seed case):");
        foreach (var day in new[] { D(2023, 6, 7), D(2023, 6, 8) })
        {
            bool ok = lcspr.CanFire(ready, ReviewEvent.For(ReviewTrigger.Publish, day), out var unmet);
            output.WriteLine("  publish on " + ContractDate.Format(day) + ": "
                + (ok ? "permitted" : "refused: " + string.Join("; ", unmet.Select(g => g.Id + " [" + g.Citation + "]"))));
        }
    }

    internal static ReviewRecord Julia() =>
        ReviewRecord.Create(DeterminationKind.SeriousCaseReview, Jurisdiction.England, Members, new[]
        {
            E(ReviewTrigger.RecordIncident, 2013, 2, 28),
            E(ReviewTrigger.Notify, 2013, 3, 7),
            ReviewEvent.Decided(D(2013, 5, 1), ReviewDecision.Initiate).Value,
            ReviewEvent.Commissioned(D(2013, 5, 1), reviewerIndependent: true, methodology: "scie-learning-together", scopeStart: D(2010, 11, 1), scopeEnd: D(2013, 2, 28)).Value,
            E(ReviewTrigger.CompleteReport, 2014, 5, 30),
            E(ReviewTrigger.SignOff, 2014, 9, 15),
            E(ReviewTrigger.Anonymise, 2014, 12, 1),
            E(ReviewTrigger.Publish, 2014, 12, 15),
            E(ReviewTrigger.AgreeActionPlan, 2015, 1, 30),
            E(ReviewTrigger.InformMembers, 2015, 2, 10),
        }).Value;

    internal static ReviewRecord James() =>
        ReviewRecord.Create(DeterminationKind.SeriousCaseReview, Jurisdiction.England, Members, new[]
        {
            E(ReviewTrigger.RecordIncident, 2015, 9, 1),
            E(ReviewTrigger.Notify, 2015, 9, 4),
            ReviewEvent.Decided(D(2015, 10, 1), ReviewDecision.Initiate).Value,
            E(ReviewTrigger.Commission, 2015, 11, 2),
            E(ReviewTrigger.CompleteReport, 2016, 7, 29),
            E(ReviewTrigger.SignOff, 2016, 9, 19),
            E(ReviewTrigger.Anonymise, 2016, 10, 31),
            E(ReviewTrigger.Publish, 2016, 12, 1),
            E(ReviewTrigger.InformMembers, 2016, 12, 13),
            E(ReviewTrigger.EndPublication, 2018, 6, 1),
        }).Value;

    internal static ReviewRecord SamAndKyle() =>
        ReviewRecord.Create(DeterminationKind.SeriousCaseReview, Jurisdiction.England, ReviewPolicy.None, new[]
        {
            ReviewEvent.IncidentKnown(D(2018, 1, 15), incidentDate: D(2018, 1, 15)).Value,
            E(ReviewTrigger.Notify, 2018, 1, 19),
            ReviewEvent.Decided(D(2018, 2, 19), ReviewDecision.Initiate).Value,
            E(ReviewTrigger.Commission, 2018, 4, 2),
            E(ReviewTrigger.CompleteReport, 2020, 6, 1),
            E(ReviewTrigger.SignOff, 2020, 6, 22),
            E(ReviewTrigger.Anonymise, 2020, 7, 6),
            E(ReviewTrigger.Publish, 2020, 7, 15),
            E(ReviewTrigger.AgreeActionPlan, 2020, 11, 2),
        }).Value;

    internal static ReviewRecord ChildR() =>
        ReviewRecord.Create(DeterminationKind.SeriousCaseReview, Jurisdiction.England, ReviewPolicy.None, new[]
        {
            E(ReviewTrigger.RecordIncident, 2014, 3, 3),
            E(ReviewTrigger.Notify, 2014, 3, 7),
            ReviewEvent.Decided(D(2014, 3, 27), ReviewDecision.Initiate).Value,
            ReviewEvent.Commissioned(D(2014, 4, 1), methodology: "welsh-child-practice-review").Value,
            E(ReviewTrigger.CompleteReport, 2015, 2, 2),
            E(ReviewTrigger.SignOff, 2015, 2, 26),
            E(ReviewTrigger.Anonymise, 2015, 7, 31),
            E(ReviewTrigger.Publish, 2015, 8, 14),
        }).Value;

    private static void Show(TextWriter output, string title, ReviewRecord record, LocalDate asOf, string note)
    {
        var report = ReviewReport.Create(record, asOf, TimescaleCatalogue.Default);
        output.WriteLine();
        output.WriteLine(title);
        foreach (var e in record.Events)
        {
            output.WriteLine("  " + e);
        }

        foreach (var line in report.ToText().TrimEnd('\n').Split('\n'))
        {
            output.WriteLine("  " + line);
        }

        output.WriteLine("  -> " + note);
    }

    private static ReviewEvent E(ReviewTrigger trigger, int y, int m, int d) => ReviewEvent.For(trigger, D(y, m, d));

    private static LocalDate D(int y, int m, int d) => new(y, m, d);
}
