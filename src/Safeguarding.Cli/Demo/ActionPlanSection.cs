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
            Finding.Create("F1", "Agencies did not use the escalation policy when their concerns were not heard", null).Value,
            Finding.Create("F2", "Neglect was not recognised or assessed with a shared tool", null).Value,
        };
        var recommendations = new[]
        {
            Recommendation.Create("R1", new[] { "F1" }, "Make sure every agency understands and uses the escalation policy").Value,
            Recommendation.Create("R3", new[] { "F1" }, "Share good practice in raising and resolving concerns").Value,
            Recommendation.Create("R5", new[] { "F2" }, "Train practitioners in Signs of Safety and the Graded Care Profile").Value,
        };
        var actions = new[]
        {
            new PlanActionBuilder
            {
                Id = "1.1", Recommendations = new[] { "R1" }, Owner = "partnership", Lead = "business manager",
                SuccessMeasure = "Every agency explains how its practitioners will use the escalation policy",
                TargetDate = new LocalDate(2020, 12, 31), StartedOn = new LocalDate(2020, 8, 1),
                Evidence = new[]
                {
                    Evidence.Create(EvidenceKind.Output, new LocalDate(2020, 9, 1), "Policy re-circulated with a request for each agency's plan").Value,
                    Evidence.Create(EvidenceKind.Completion, new LocalDate(2021, 1, 5), "Feedback received from every agency").Value,
                },
                Updates = new[] { StatusUpdate.Create(new LocalDate(2020, 12, 15), ReportedStatus.Amber, "Awaiting the last agencies' feedback").Value },
            }.Build().Value,
            new PlanActionBuilder
            {
                Id = "3.2", Recommendations = new[] { "R3" }, Owner = "childrens-social-care",
                SuccessMeasure = "Agencies report on implementation and share good practice",
                TargetDate = new LocalDate(2020, 10, 31), StartedOn = new LocalDate(2020, 8, 1), CompletedOn = new LocalDate(2020, 10, 15),
                Evidence = new[] { Evidence.Create(EvidenceKind.Completion, new LocalDate(2020, 10, 15), "Implementation feedback collated").Value },
                Updates = new[] { StatusUpdate.Create(new LocalDate(2020, 12, 15), ReportedStatus.Green, "Complete; to be embedded").Value },
            }.Build().Value,
            new PlanActionBuilder
            {
                Id = "5", Recommendations = new[] { "R5" }, Owner = "partnership", Lead = "training lead",
                SuccessMeasure = "Practitioners trained, and evaluations show practice has changed",
                TargetDate = new LocalDate(2020, 12, 31),
                Evidence = new[] { Evidence.Create(EvidenceKind.Output, new LocalDate(2020, 11, 20), "Training date set and publicised").Value },
                Updates = new[] { StatusUpdate.Create(new LocalDate(2020, 12, 15), ReportedStatus.Green, "Training date set").Value },
            }.Build().Value,
        };
        return new ActionPlanBuilder
        {
            Review = "Sam and Kyle", ReportingCycle = Period.FromMonths(3), AgreedOn = new LocalDate(2020, 8, 1), Horizon = new LocalDate(2021, 12, 31),
            Findings = findings, Recommendations = recommendations, Actions = actions,
        }.Build().Value;
    }

    public void Write(TextWriter output)
    {
        var report = ScrutinyReport.Create(Plan(), Meeting, new LocalDate(2020, 10, 12));
        output.Write(report.ToText());
    }
}
