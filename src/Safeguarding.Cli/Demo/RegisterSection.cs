using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Register;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Cli.Demo;

/// <summary>
/// The seed cases as one partnership's register on the day of the Sam and Kyle scrutiny meeting: the four
/// records of the lifecycle section, and the Sam and Kyle action plan with its recommendations addressed (the
/// theme ids and the national addressee are the demo's own reading of the published findings, not the minutes').
/// </summary>
internal sealed class RegisterSection : IDemoSection
{
    public string Title => "Partnership register: the seed cases together";

    public static PartnershipRegister Register()
    {
        var plan = ActionPlanSection.Plan();
        var findings = new[]
        {
            Finding.Create("F1", plan.Findings[0].Title, null, new[] { "leadership-and-critical-thinking", "information-sharing" }).Value,
            Finding.Create("F2", plan.Findings[1].Title, null, new[] { "whole-family-approach" }).Value,
        };
        var recommendations = plan.Recommendations.Select(r => r.Id == "R5"
            ? Recommendation.Create(r.Id, r.Findings, r.Text, Addressee.Create(AddresseeLevel.National, "Department for Education").Value, new LocalDate(2020, 9, 1), null).Value
            : Recommendation.Create(r.Id, r.Findings, r.Text, Addressee.Create(AddresseeLevel.Local, "Safeguarding partnership").Value, null, null).Value);
        var samAndKyle = new ActionPlanBuilder
        {
            Review = plan.Review, ReportingCycle = plan.ReportingCycle, AgreedOn = plan.AgreedOn, Horizon = plan.Horizon,
            Findings = findings, Recommendations = recommendations, Actions = plan.Actions,
        }.Build().Value;
        return PartnershipRegister.Create(
            "Seed cases (published reviews, pseudonyms only)",
            RecurringThemeRule.Create(2, Period.FromYears(7)).Value,
            ThemeList.PanelThemes,
            new[]
            {
                RegisterEntry.Create("julia", LifecycleSection.Julia(), null).Value,
                RegisterEntry.Create("child-r", LifecycleSection.ChildR(), null).Value,
                RegisterEntry.Create("james", LifecycleSection.James(), null).Value,
                RegisterEntry.Create("sam-and-kyle", LifecycleSection.SamAndKyle(), samAndKyle).Value,
            }).Value;
    }

    public void Write(TextWriter output)
    {
        output.WriteLine("The four seed reviews as one register, as of the Sam and Kyle scrutiny meeting (" + ContractDate.Format(ActionPlanSection.Meeting) + ").");
        var report = RegisterReport.Create(Register(), ActionPlanSection.Meeting, TimescaleCatalogue.Default, null);
        output.Write(report.ToText());
        output.WriteLine();
        output.WriteLine("The same figures for publication (counts below 5 suppressed):");
        var published = RegisterReport.Create(Register(), ActionPlanSection.Meeting, TimescaleCatalogue.Default, DisclosureControl.Default);
        output.Write(string.Join("\n", published.ToText().Split('\n').Take(4)) + "\n");
    }
}
