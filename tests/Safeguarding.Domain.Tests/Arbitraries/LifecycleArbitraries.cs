using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Safeguarding.Domain.Lifecycle;
using Safeguarding.Domain.Criteria;

namespace Safeguarding.Domain.Tests.Arbitraries;

/// <summary>A random walk through a lifecycle: the review it starts from and the events it records.</summary>
public sealed record LifecycleWalk(ReviewLifecycle Lifecycle, Review Start, ImmutableArray<ReviewEvent> Events)
{
    public override string ToString() => LifecycleNames.Name(Lifecycle.Kind) + ": " + string.Join(", ", Events);
}

/// <summary>
/// Generators for lifecycle properties. Event streams are random data interpreted against the table:
/// each step picks a trigger (mostly, but not always, one the table permits at that point), a number of
/// days after the previous event (sometimes negative) and the facts of its event.
/// </summary>
public static class LifecycleArbitraries
{
    private static readonly LocalDate Base = new(2014, 1, 6);

    public static Gen<DeterminationKind> Kind { get; } = Gen.Elements(LifecycleNames.KindIds.Select(id => LifecycleNames.TryParseKind(id, out var k) ? k : throw new InvalidOperationException(id)).ToArray());

    public static Gen<ReviewState> State { get; } = Gen.Elements(Enumerable.Range(0, 16).Select(i => (ReviewState)i).ToArray());

    public static Gen<ReviewTrigger> Trigger { get; } = Gen.Elements(Enum.GetValues<ReviewTrigger>());

    public static Gen<ReviewPolicy> Policy { get; } = Gen.Elements(
        ReviewPolicy.None,
        new ReviewPolicy(Period.FromMonths(18), MembersInformedRule.ByPublication),
        new ReviewPolicy(Period.FromMonths(12), new MembersInformedRule(ReviewEventType.Decided, Safeguarding.Domain.Timescales.ClockLength.WorkingDays(10))));

    /// <summary>A step: which trigger, how many days on, which facts. Bias: 0 = any trigger, otherwise a permitted one when there is one.</summary>
    private static Gen<(int Choice, int Days, int Facts, int Bias)> Step { get; } =
        from choice in Gen.Choose(0, 1000)
        from days in Gen.Frequency((7, Gen.Choose(0, 45)), (1, Gen.Choose(-5, -1)), (2, Gen.Choose(200, 500)))
        from facts in Gen.Choose(0, 1000)
        from bias in Gen.Choose(0, 5)
        select (choice, days, facts, bias);

    public static Arbitrary<LifecycleWalk> Walk { get; } = Arb.From(WalkGen(permittedOnly: false));

    /// <summary>Walks that only ever fire permitted triggers.</summary>
    public static Arbitrary<LifecycleWalk> PermittedWalk { get; } = Arb.From(WalkGen(permittedOnly: true));

    public static Arbitrary<(DeterminationKind Kind, ReviewState State, ReviewTrigger Trigger, int Days)> KindStateTrigger { get; } =
        Arb.From(from kind in Kind from state in State from trigger in Trigger from days in Gen.Choose(-3, 800) select (kind, state, trigger, days));

    /// <summary>A publication date and a local period of 1 to 60 months, 200 to 900 days, or 1 to 3 years.</summary>
    public static Arbitrary<(LocalDate Start, Period Local)> PublicationCase { get; } = Arb.From(
        from days in Gen.Choose(0, 30_000)
        from period in Gen.OneOf(
            Gen.Choose(1, 60).Select(Period.FromMonths),
            Gen.Choose(200, 900).Select(Period.FromDays),
            Gen.Choose(1, 3).Select(Period.FromYears),
            Gen.Choose(40, 60).Select(Period.FromWeeks))
        select (new LocalDate(2000, 1, 1).PlusDays(days), period));

    public static Jurisdiction JurisdictionOf(DeterminationKind kind) =>
        Enumerable.Range(0, 4).Select(i => (Jurisdiction)i).First(j => Review.IsKindOf(kind, j));

    private static Gen<LifecycleWalk> WalkGen(bool permittedOnly) =>
        from kind in Kind
        from policy in Policy
        from count in Gen.Choose(0, 30)
        from steps in Step.ArrayOf(count)
        select Interpret(kind, policy, steps, permittedOnly);

    private static LifecycleWalk Interpret(DeterminationKind kind, ReviewPolicy policy, (int Choice, int Days, int Facts, int Bias)[] steps, bool permittedOnly)
    {
        var lifecycle = ReviewLifecycle.For(kind);
        var start = Review.Start(kind, JurisdictionOf(kind), policy).Value;
        var review = start;
        var events = new List<ReviewEvent>();
        var date = Base;
        foreach (var step in steps)
        {
            var next = date.PlusDays(permittedOnly ? Math.Abs(step.Days) : step.Days);
            var permitted = lifecycle.PermittedTriggers(review, next);
            if (lifecycle.CanFire(review, new ReviewEvent(ReviewEventType.ActionPlanClosed, next, openActions: 0), out _))
            {
                // Closing needs a recorded count of zero open actions, which a bare event lacks.
                permitted = permitted.Add(ReviewTrigger.CloseActionPlan);
            }

            if (lifecycle.CanFire(review, new ReviewEvent(ReviewEventType.NotPublished, next, reasons: "r"), out _))
            {
                permitted = permitted.Add(ReviewTrigger.DecideNotToPublish);
            }
            ReviewTrigger trigger;
            if ((permittedOnly || step.Bias != 0) && permitted.Length > 0)
            {
                // Mostly move forward, so that walks reach publication and the action plan's close; exits stay possible.
                var forward = permitted.Where(t => t is not (ReviewTrigger.Withdraw or ReviewTrigger.DecideNotToInitiate or ReviewTrigger.DecideNotToPublish)).ToArray();
                trigger = forward.Length > 0 && step.Facts % 8 != 0 ? forward[step.Choice % forward.Length] : permitted[step.Choice % permitted.Length];
            }
            else if (permittedOnly)
            {
                break;
            }
            else
            {
                trigger = lifecycle.Triggers[step.Choice % lifecycle.Triggers.Length];
            }

            var recorded = WithFacts(trigger, next, step.Facts, review);
            var result = lifecycle.Fire(review, recorded);
            if (permittedOnly && !result.IsAccepted)
            {
                // A fact (an open action, a dependent reviewer) made it unmet: record the bare event instead.
                recorded = ReviewEvent.For(trigger, next);
                result = lifecycle.Fire(review, recorded);
                if (!result.IsAccepted)
                {
                    continue;
                }
            }

            events.Add(recorded);
            if (result.IsAccepted)
            {
                review = result.Review;
                date = next;
            }
        }

        return new LifecycleWalk(lifecycle, start, events.ToImmutableArray());
    }

    private static ReviewEvent WithFacts(ReviewTrigger trigger, LocalDate date, int facts, Review review) => trigger switch
    {
        ReviewTrigger.Commission => new ReviewEvent(
            ReviewEventType.Commissioned, date,
            reviewerIndependent: (facts % 3) switch { 0 => null, 1 => true, _ => false },
            methodology: (facts % 7) switch { 0 => "silp", 1 => "scie-learning-together", _ => null },
            scopeEnd: facts % 5 == 0 ? date : (facts % 5 == 1 ? review.First(ReviewEventType.IncidentKnown)?.Date : null)),
        ReviewTrigger.DecideNotToPublish => new ReviewEvent(ReviewEventType.NotPublished, date, reasons: facts % 2 == 0 ? (facts % 4 == 0 ? "reasons \"quoted\" – naïve" : "reasons") : null),
        ReviewTrigger.CloseActionPlan => new ReviewEvent(ReviewEventType.ActionPlanClosed, date, openActions: (facts % 3) switch { 0 => null, 1 => 0, _ => facts % 4 + 1 }),
        _ => ReviewEvent.For(trigger, date),
    };
}
