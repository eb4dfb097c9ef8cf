using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Safeguarding.Domain.ActionPlans;

namespace Safeguarding.Domain.Tests.Arbitraries;

/// <summary>One action with the plan context needed to assess it.</summary>
public sealed record ActionCase(PlanAction Action, LocalDate AsOf, Period Cycle, LocalDate? AgreedOn)
{
    /// <summary>The latest date of any fact recorded against the action.</summary>
    public LocalDate LastFact =>
        new[] { Action.StartedOn, Action.CompletedOn }.Where(d => d.HasValue).Select(d => d!.Value)
            .Concat(Action.Evidence.Select(e => e.Date)).Concat(Action.Updates.Select(u => u.Date))
            .DefaultIfEmpty(ActionPlanArbitraries.Epoch).Max();
}

/// <summary>A plan with dangling references planted at known paths.</summary>
public sealed record PlantedPlan(ActionPlan Plan, IReadOnlyList<(string Path, string Code)> Planted);

/// <summary>
/// FsCheck generators for the action-plan area, built only through the library's public constructors.
/// Valid plans trace cleanly: every finding has a recommendation, every recommendation an action, ids are
/// unique and dependencies only point backwards.
/// </summary>
public static class ActionPlanArbitraries
{
    public static readonly LocalDate Epoch = new(2019, 1, 1);

    private static readonly string[] Owners = { "police", "health", "childrens-social-care", "education", "probation & youth justice" };

    private static readonly string?[] Texts =
    {
        null, "training date set", "Audit of 20 cases: \"escalation used\" in 18", "<b>not markup</b> & more", "Line one\nline two",
        "Évaluation — café ✓", "tab\there", "'single' quotes and \\ backslash",
    };

    public static Gen<LocalDate> DateGen => Gen.Choose(0, 1500).Select(d => Epoch.PlusDays(d));

    public static Gen<LocalDate?> OptionalDateGen => Gen.Frequency((1, Gen.Constant<LocalDate?>(null)), (2, DateGen.Select(d => (LocalDate?)d)));

    public static Gen<string?> TextGen => Gen.Elements(Texts);

    public static Gen<Evidence> EvidenceGen =>
        from kind in Gen.Elements(EvidenceKind.Output, EvidenceKind.Completion, EvidenceKind.Impact)
        from date in DateGen
        from text in TextGen
        select Evidence.Create(kind, date, text).Value;

    public static Gen<StatusUpdate> UpdateGen =>
        from status in Gen.Elements(ReportedStatus.Red, ReportedStatus.Amber, ReportedStatus.Green, ReportedStatus.Blue, ReportedStatus.UpdatePending)
        from date in DateGen
        from text in TextGen
        select StatusUpdate.Create(date, status, text).Value;

    public static Gen<Period> CycleGen => Gen.Elements(Period.FromMonths(3), Period.FromMonths(1), Period.FromWeeks(6), Period.FromDays(45), Period.FromMonths(6));

    // Through the public door (PlanActionBuilder), as callers build actions; every value the generators make is valid.
    private static ActionPlan Plan(
        string review, Period cycle, LocalDate? agreedOn, LocalDate? horizon, IEnumerable<Finding> findings, IEnumerable<Recommendation> recommendations,
        IEnumerable<PlanAction> actions) =>
        new ActionPlanBuilder
        {
            Review = review, ReportingCycle = cycle, AgreedOn = agreedOn, Horizon = horizon, Findings = findings, Recommendations = recommendations, Actions = actions,
        }.Build().Value;

    private static PlanAction Action(
        string id, IEnumerable<string> recommendations, string? description, string owner, string? lead, LocalDate? targetDate, string? successMeasure,
        LocalDate? startedOn, LocalDate? completedOn, IEnumerable<Evidence> evidence, IEnumerable<StatusUpdate> updates, IEnumerable<string> dependsOn) =>
        new PlanActionBuilder
        {
            Id = id, Recommendations = recommendations, Description = description, Owner = owner, Lead = lead, TargetDate = targetDate,
            SuccessMeasure = successMeasure, StartedOn = startedOn, CompletedOn = completedOn, Evidence = evidence, Updates = updates, DependsOn = dependsOn,
        }.Build().Value;

    public static Gen<PlanAction> ActionGen(string id, IReadOnlyList<string> recommendations, IReadOnlyList<string> earlierActions) =>
        from recs in Gen.SubListOf((IEnumerable<string>)recommendations).Where(l => l.Count > 0)
        from description in TextGen
        from owner in Gen.Elements(Owners)
        from lead in TextGen
        from target in OptionalDateGen
        from measure in TextGen
        from started in OptionalDateGen
        from completed in Gen.Frequency((2, Gen.Constant<LocalDate?>(null)), (1, DateGen.Select(d => (LocalDate?)d)))
        from evidence in EvidenceGen.ListOf().Select(l => l.Take(5).ToList())
        from updates in UpdateGen.ListOf().Select(l => l.Take(5).ToList())
        from deps in Gen.SubListOf((IEnumerable<string>)earlierActions)
        select Action(id, recs, description, owner, lead, target, measure, started, completed, evidence, updates, deps);

    public static Gen<ActionPlan> ValidPlanGen =>
        from findingCount in Gen.Choose(1, 4)
        from recommendationCount in Gen.Choose(findingCount, findingCount + 2)
        from actionCount in Gen.Choose(recommendationCount, recommendationCount + 3)
        from findingTitles in TextGen.ArrayOf(findingCount)
        from extraFindingLinks in Gen.Choose(1, findingCount).ArrayOf(recommendationCount)
        from recommendationTexts in TextGen.ArrayOf(recommendationCount)
        from cycle in CycleGen
        from agreed in OptionalDateGen
        from horizon in Gen.Frequency((1, Gen.Constant<LocalDate?>(null)), (1, Gen.Constant<LocalDate?>(Epoch.PlusDays(2000))))
        from review in Gen.Elements("Sam and Kyle", "Julia", "James", "Child R", "Review \"Q\" <2020>")
        from actions in Actions(recommendationCount, actionCount)
        select Plan(
            review, cycle, agreed, horizon,
            Enumerable.Range(1, findingCount).Select(i => Finding.Create("F" + i, findingTitles[i - 1], null).Value),
            Enumerable.Range(1, recommendationCount).Select(i => Recommendation.Create(
                "R" + i,
                new[] { "F" + (((i - 1) % findingCount) + 1), "F" + extraFindingLinks[i - 1] }.Distinct(),
                recommendationTexts[i - 1]).Value),
            actions);

    public static Gen<ActionCase> ActionCaseGen =>
        from action in ActionGen("1.1", new[] { "R1" }, Array.Empty<string>())
        from cycle in CycleGen
        from agreed in OptionalDateGen
        from asOf in DateGen
        select new ActionCase(action, asOf, cycle, agreed);

    public static Gen<PlantedPlan> PlantedPlanGen =>
        from plan in ValidPlanGen
        from plants in Gen.Choose(0, 100).ArrayOf(3).Select(a => a.ToList())
        from kinds in Gen.Choose(0, 2).ArrayOf(3)
        select Plant(plan, plants, kinds);

    public static Arbitrary<ActionPlan> ValidPlans() => Arb.From(ValidPlanGen);

    public static Arbitrary<ActionCase> ActionCases() => Arb.From(ActionCaseGen);

    public static Arbitrary<PlantedPlan> PlantedPlans() => Arb.From(PlantedPlanGen);

    private static Gen<List<PlanAction>> Actions(int recommendationCount, int actionCount)
    {
        var recommendations = Enumerable.Range(1, recommendationCount).Select(i => "R" + i).ToList();
        Gen<List<PlanAction>> gen = Gen.Constant(new List<PlanAction>());
        for (int i = 1; i <= actionCount; i++)
        {
            int index = i;
            gen = from list in gen
                  from action in ActionGen(Id(index), recommendations, list.Select(a => a.Id).ToList())
                  select list.Append(Cover(action, index, recommendations)).ToList();
        }

        return gen;
    }

    // Council numbering: 1.1, 1.2, 2.1, ...
    private static string Id(int index) => ((index + 1) / 2).ToString(System.Globalization.CultureInfo.InvariantCulture) + "." + (((index + 1) % 2) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The first actions cover one recommendation each, so that no recommendation is left without an action.</summary>
    private static PlanAction Cover(PlanAction action, int index, List<string> recommendations)
    {
        if (index > recommendations.Count || action.Recommendations.Contains(recommendations[index - 1]))
        {
            return action;
        }

        return Action(action.Id, action.Recommendations.Add(recommendations[index - 1]), action.Description, action.Owner, action.Lead, action.TargetDate,
            action.SuccessMeasure, action.StartedOn, action.CompletedOn, action.Evidence, action.Updates, action.DependsOn);
    }

    private static PlantedPlan Plant(ActionPlan plan, List<int> positions, int[] kinds)
    {
        var recommendations = plan.Recommendations.ToList();
        var actions = plan.Actions.ToList();
        var planted = new List<(string, string)>();
        for (int k = 0; k < positions.Count; k++)
        {
            string missing = "missing-" + k;
            switch (kinds[k])
            {
                case 0:
                {
                    int i = positions[k] % recommendations.Count;
                    var r = recommendations[i];
                    recommendations[i] = Recommendation.Create(r.Id, r.Findings.Add(missing), r.Text).Value;
                    planted.Add(($"$.recommendations[{i}].findings[{r.Findings.Length}]", "unknown-finding"));
                    break;
                }

                case 1:
                {
                    int i = positions[k] % actions.Count;
                    var a = actions[i];
                    actions[i] = Action(a.Id, a.Recommendations.Add(missing), a.Description, a.Owner, a.Lead, a.TargetDate, a.SuccessMeasure, a.StartedOn, a.CompletedOn, a.Evidence, a.Updates, a.DependsOn);
                    planted.Add(($"$.actions[{i}].recommendations[{a.Recommendations.Length}]", "unknown-recommendation"));
                    break;
                }

                default:
                {
                    int i = positions[k] % actions.Count;
                    var a = actions[i];
                    actions[i] = Action(a.Id, a.Recommendations, a.Description, a.Owner, a.Lead, a.TargetDate, a.SuccessMeasure, a.StartedOn, a.CompletedOn, a.Evidence, a.Updates, a.DependsOn.Add(missing));
                    planted.Add(($"$.actions[{i}].dependsOn[{a.DependsOn.Length}]", "unknown-action"));
                    break;
                }
            }
        }

        return new PlantedPlan(Plan(plan.Review, plan.ReportingCycle, plan.AgreedOn, plan.Horizon, plan.Findings, recommendations, actions), planted);
    }
}
