using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck.Xunit;
using NodaTime;
using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Rating;
using Safeguarding.Domain.Tests.Arbitraries;

namespace Safeguarding.Domain.Tests.Issues;

/// <summary>
/// The discrepancy codes listed in <see cref="IssueCodes"/> are the ones the assessment really emits: every code an
/// assessment of a generated action gives is listed as a discrepancy, and every listed discrepancy code but the
/// fallback is given for a named action.
/// </summary>
[Properties(Arbitrary = new[] { typeof(ActionPlanArbitraries) }, MaxTest = 500)]
public sealed class DiscrepancyCodeProperties
{
    private static readonly LocalDate AsOf = new(2021, 1, 12);

    private static readonly HashSet<string> Listed =
        new(IssueCodes.All.Where(c => c.Kind == "discrepancy").Select(c => c.Code), StringComparer.Ordinal);

    [Property]
    public void EveryCodeTheAssessmentEmits_IsListedAsADiscrepancy(ActionCase c)
    {
        var assessment = ActionAssessment.Assess(c.Action, c.AsOf, c.Cycle, c.AgreedOn, RatingScheme.BlueRedAmberGreen, EscalationPolicy.Default);

        Assert.All(assessment.Discrepancies, d => Assert.Contains(d.Code, Listed));
        Assert.All(assessment.Discrepancies, d => Assert.NotEqual("reported-better-than-derived", d.Code));
    }

    [Fact]
    public void EveryListedCode_IsEmittedForAnAction_ButTheFallback()
    {
        var target = new LocalDate(2021, 3, 31);
        var started = new LocalDate(2020, 9, 1);
        var output = new Evidence(EvidenceKind.Output, new LocalDate(2020, 11, 1), null);
        var emitted = new[]
        {
            Code(Action(target, started, null, ReportedStatus.Green, output)),
            Code(Action(target, started, null, ReportedStatus.Green)),
            Code(Action(target, started, new LocalDate(2020, 12, 1), ReportedStatus.Blue)),
            Code(Action(new LocalDate(2020, 12, 1), started, null, ReportedStatus.Amber)),
            Code(Action(target, null, null, ReportedStatus.Amber)),
        };

        Assert.Equal(
            new[] { "completed-by-output-only", "completed-without-evidence", "no-impact-evidence", "past-target-date", "not-started" },
            emitted);

        // The stages' order (overdue <= not started <= in progress <= completed <= embedded, which RatingScheme enforces)
        // leaves no claim better than the facts that none of the five reasons above explains: the last reason is a
        // fallback, listed so that a scheme never gets a discrepancy without a code. The property above checks that
        // generated actions never reach it.
        Assert.Equal(emitted.Append("reported-better-than-derived").OrderBy(c => c, StringComparer.Ordinal), Listed.OrderBy(c => c, StringComparer.Ordinal));
    }

    private static PlanAction Action(LocalDate target, LocalDate? started, LocalDate? completed, ReportedStatus reported, params Evidence[] evidence) =>
        new("1", new[] { "R1" }, "police", target, started, completed, evidence, new[] { new StatusUpdate(new LocalDate(2021, 1, 1), reported, null) });

    private static string Code(PlanAction action) =>
        Assert.Single(ActionAssessment.Assess(action, AsOf, Period.FromMonths(3), null, RatingScheme.BlueRedAmberGreen, EscalationPolicy.Default).Discrepancies).Code;
}
