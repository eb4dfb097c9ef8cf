using System.IO;
using NodaTime;
using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Reporting;

namespace Safeguarding.Cli.Demo;

/// <summary>
/// The Sam and Kyle action plan as the scrutiny committee discussed it in January 2021: action 1.1
/// done since the papers went out, 3.2 green but not yet embedded, and 5 reported done because a
/// training date was set. The statuses, flags, escalation and discrepancy are the library's.
/// </summary>
internal sealed class ActionPlanSection : IDemoSection
{
    public static readonly LocalDate Meeting = new(2021, 1, 12);

    public string Title => "Action plan: Sam and Kyle, evidence-based RAG";

    public static ActionPlan Plan()
    {
        var findings = new[]
        {
            new Finding("F1", "Agencies did not use the escalation policy when their concerns were not heard", null),
            new Finding("F2", "Neglect was not recognised or assessed with a shared tool", null),
        };
        var recommendations = new[]
        {
            new Recommendation("R1", new[] { "F1" }, "Make sure every agency understands and uses the escalation policy"),
            new Recommendation("R3", new[] { "F1" }, "Share good practice in raising and resolving concerns"),
            new Recommendation("R5", new[] { "F2" }, "Train practitioners in Signs of Safety and the Graded Care Profile"),
        };
        var actions = new[]
        {
            new PlanAction("1.1", new[] { "R1" }, "partnership", "business manager", new LocalDate(2020, 12, 31),
                "Every agency explains how its practitioners will use the escalation policy",
                new LocalDate(2020, 8, 1), null,
                new[]
                {
                    new Evidence(EvidenceKind.Output, new LocalDate(2020, 9, 1), "Policy re-circulated with a request for each agency's plan"),
                    new Evidence(EvidenceKind.Completion, new LocalDate(2021, 1, 5), "Feedback received from every agency"),
                },
                new[] { new StatusUpdate(new LocalDate(2020, 12, 15), ReportedStatus.Amber, "Awaiting the last agencies' feedback") },
                System.Array.Empty<string>()),
            new PlanAction("3.2", new[] { "R3" }, "childrens-social-care", null, new LocalDate(2020, 10, 31),
                "Agencies report on implementation and share good practice",
                new LocalDate(2020, 8, 1), new LocalDate(2020, 10, 15),
                new[] { new Evidence(EvidenceKind.Completion, new LocalDate(2020, 10, 15), "Implementation feedback collated") },
                new[] { new StatusUpdate(new LocalDate(2020, 12, 15), ReportedStatus.Green, "Complete; to be embedded") },
                System.Array.Empty<string>()),
            new PlanAction("5", new[] { "R5" }, "partnership", "training lead", new LocalDate(2020, 12, 31),
                "Practitioners trained, and evaluations show practice has changed",
                null, null,
                new[] { new Evidence(EvidenceKind.Output, new LocalDate(2020, 11, 20), "Training date set and publicised") },
                new[] { new StatusUpdate(new LocalDate(2020, 12, 15), ReportedStatus.Green, "Training date set") },
                System.Array.Empty<string>()),
        };
        return new ActionPlan("Sam and Kyle", Period.FromMonths(3), new LocalDate(2020, 8, 1), new LocalDate(2021, 12, 31), findings, recommendations, actions);
    }

    public void Write(TextWriter output)
    {
        var report = ScrutinyReport.Create(Plan(), Meeting, new LocalDate(2020, 10, 12));
        output.Write(report.ToText());
    }
}
