using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Lifecycle;
using Safeguarding.Domain.Register;
using Safeguarding.Domain.Reporting;
using Safeguarding.Domain.Tests.Arbitraries;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Domain.Tests.Register;

/// <summary>Laws of the register, on registers of random lifecycle walks with random plans, themes and addressees.</summary>
public sealed class RegisterProperties
{
    private static readonly string[] ThemePool = { "information-sharing", "risk-assessment", "domestic-abuse", "young-carers", "local-theme" };

    private static Gen<RegisterEntry> EntryGen =>
        from walk in LifecycleArbitraries.PermittedWalk.Generator
        from plan in Gen.Frequency((1, Gen.Constant<ActionPlan?>(null)), (3, ActionPlanArbitraries.ValidPlanGen.Select(p => (ActionPlan?)p)))
        from themes in Gen.SubListOf(ThemePool).ArrayOf(4)
        from levels in Gen.Choose(-1, 2).ArrayOf(6)
        from sent in Gen.Choose(0, 2000).ArrayOf(6)
        from answer in Gen.Choose(-1, 400).ArrayOf(6)
        select new RegisterEntry("x", new ReviewRecord(walk.Start.Kind, walk.Start.Jurisdiction, walk.Start.Policy, walk.Events), Decorate(plan, themes, levels, sent, answer));

    private static Gen<PartnershipRegister> RegisterGen =>
        from count in Gen.Choose(0, 6)
        from entries in EntryGen.ArrayOf(count)
        from minimum in Gen.Choose(1, 4)
        from years in Gen.Choose(1, 5)
        select new PartnershipRegister("P", new RecurringThemeRule(minimum, Period.FromYears(years)), null,
            entries.Select((e, i) => new RegisterEntry("r" + i, e.Record, e.Plan)));

    private static Gen<LocalDate> AsOfGen => Gen.Choose(0, 4000).Select(d => new LocalDate(2016, 1, 1).PlusDays(d));

    private static ActionPlan? Decorate(ActionPlan? plan, IList<string>[] themes, int[] levels, int[] sent, int[] answer)
    {
        if (plan is null)
        {
            return null;
        }

        var findings = plan.Findings.Select((f, i) => new Finding(f.Id, f.Title, f.Rationale, themes[i % themes.Length]));
        var recommendations = plan.Recommendations.Select((r, i) =>
        {
            int k = i % levels.Length;
            var addressee = levels[k] < 0 ? null : new Addressee((AddresseeLevel)levels[k], "Body " + k);
            LocalDate sentOn = new LocalDate(2017, 1, 1).PlusDays(sent[k]);
            LocalDate? respondedOn = answer[k] < 0 ? null : sentOn.PlusDays(answer[k]);
            return new Recommendation(r.Id, r.Findings, r.Text, addressee, sent[k] % 5 == 0 ? null : sentOn, sent[k] % 5 == 0 ? null : respondedOn);
        });
        return new ActionPlan(plan.Review, plan.ReportingCycle, plan.AgreedOn, plan.Horizon, findings, recommendations, plan.Actions);
    }

    /// <summary>Every count of a report, by a name, so two reports can be compared count by count.</summary>
    private static Dictionary<string, int> Counts(RegisterReport r)
    {
        var counts = new Dictionary<string, int>(System.StringComparer.Ordinal)
        {
            ["total"] = r.Reviews.Length,
            ["open"] = r.Open.Length,
            ["awaiting"] = r.AwaitingResponse.Length,
            ["unaddressed"] = r.UnaddressedRecommendations,
            ["overdue-actions"] = r.OverdueActions.Length,
            ["escalated"] = r.EscalatedActions.Length,
            ["unexplained"] = r.UnexplainedDelays.Length,
        };
        foreach (var p in r.ByKind) counts["kind:" + p.Key] = p.Value;
        foreach (var p in r.ByState) counts["state:" + p.Key] = p.Value;
        foreach (var c in r.Clocks)
        {
            counts["clock:" + c.Clock + ":met"] = c.Met;
            counts["clock:" + c.Clock + ":late"] = c.Late;
            counts["clock:" + c.Clock + ":due"] = c.Due;
            counts["clock:" + c.Clock + ":overdue"] = c.Overdue;
        }

        foreach (var p in r.Delays) counts["delay:" + p.Key] = p.Value;
        foreach (var t in r.Themes)
        {
            counts["theme:" + t.Theme] = t.Reviews.Length;
            counts["theme-window:" + t.Theme] = t.ReviewsInWindow.Length;
            counts["recurring:" + t.Theme] = t.Recurring ? 1 : 0;
        }

        foreach (var p in r.RecommendationsByLevel) counts["level:" + p.Key] = p.Value;
        foreach (var p in r.ActionCounts) counts["action:" + p.Key] = p.Value;
        foreach (var p in r.EscalationCounts) counts["escalation:" + p.Key] = p.Value;
        foreach (var p in r.MissingCounts) counts["missing:" + p.Key] = p.Value;
        return counts;
    }

    [Property(MaxTest = 150)]
    public Property AddingAReview_NeverLowersACount() =>
        Prop.ForAll(Arb.From(RegisterGen), Arb.From(EntryGen), Arb.From(AsOfGen), (register, entry, asOf) =>
        {
            var before = Counts(RegisterReport.Create(register, asOf, TimescaleCatalogue.Default, null));
            var after = Counts(RegisterReport.Create(register.With(new RegisterEntry("new", entry.Record, entry.Plan)).Value, asOf, TimescaleCatalogue.Default, null));
            return before.All(p => after.TryGetValue(p.Key, out int n) && n >= p.Value)
                .Label(string.Join(", ", before.Where(p => !after.TryGetValue(p.Key, out int n) || n < p.Value).Select(p => p.Key)));
        });

    [Property(MaxTest = 200)]
    public Property AThemeFoundInFewerThanTheMinimumOfReviews_IsNeverRecurring() =>
        Prop.ForAll(Arb.From(RegisterGen), Arb.From(AsOfGen), (register, asOf) =>
            RegisterReport.Create(register, asOf, TimescaleCatalogue.Default, null).Themes.All(t =>
                (t.Reviews.Length >= register.RecurringThemes.MinimumReviews || !t.Recurring)
                && t.Recurring == (t.ReviewsInWindow.Length >= register.RecurringThemes.MinimumReviews)
                && t.ReviewsInWindow.All(t.Reviews.Contains)));

    [Property(MaxTest = 200)]
    public Property TheRegisterOfOneReview_AgreesWithReviewAndPlan() =>
        Prop.ForAll(Arb.From(EntryGen), Arb.From(AsOfGen), (entry, asOf) =>
        {
            var register = new PartnershipRegister("P", RecurringThemeRule.Default, null, new[] { entry });
            var r = RegisterReport.Create(register, asOf, TimescaleCatalogue.Default, null);
            var review = ReviewReport.Create(entry.Record, asOf, TimescaleCatalogue.Default);
            bool clocks = r.Clocks.Length == review.Clocks.Length
                && review.Clocks.All(c =>
                {
                    var f = r.Clocks.Single(x => x.Clock == c.Id);
                    int Of(ClockStatus s) => c.Status == s ? 1 : 0;
                    return (f.Met, f.Late, f.Due, f.Overdue) == (Of(ClockStatus.Met), Of(ClockStatus.Late), Of(ClockStatus.Due), Of(ClockStatus.Overdue))
                        && f.MaxDaysLate == (c.Status is ClockStatus.Late or ClockStatus.Overdue ? c.DaysLate : null);
                });
            bool state = r.ByState.Single().Key == review.State && r.Reviews[0].Review.IsValid == review.IsValid;
            bool plan = entry.Plan is null
                ? r.ActionCounts.Values.All(v => v == 0)
                : RegisterReport.ActionStatuses.All(s => r.ActionCounts[s] == PlanSnapshot.Take(entry.Plan, asOf).CountOf(s))
                    && r.OverdueActions.Length == PlanSnapshot.Take(entry.Plan, asOf).OverdueCount
                    && r.EscalatedActions.Length == PlanSnapshot.Take(entry.Plan, asOf).EscalatedCount;
            return clocks.Label("clocks").And(state.Label("state")).And(plan.Label("plan"));
        });
}
