using Safeguarding.Domain.Calendars;
using Safeguarding.Domain.Serialization;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Domain.Criteria;

/// <summary>
/// Evaluates a case against the rules in force on its decision date: which reviews and notifications are
/// required, discretionary or not required, which unknown facts could still change each answer, and why.
/// </summary>
/// <remarks>
/// Pure and thread-safe. <see cref="EvaluateOutcomes"/> is the allocation-free path (outcomes only);
/// <see cref="Evaluate"/> also builds the reasons tree and the deadlines.
/// </remarks>
public static class CriteriaEvaluator
{
    /// <summary>The most determinations any case receives (a regime's kinds plus its companions' kinds).</summary>
    internal const int MaxDeterminations = 8;

    /// <summary>The error code when no regime is in force on the decision date.</summary>
    internal static string NoRegimeInForce => "no-regime-in-force";

    /// <summary>Evaluates outcomes only, without allocating.</summary>
    /// <param name="facts">The case facts.</param>
    /// <param name="options">The transition and clock options.</param>
    /// <param name="destination">Where the outcomes are written; at least <see cref="MaxDeterminations"/> long.</param>
    /// <param name="regime">The regime applied, or <see langword="null"/> when none is in force.</param>
    /// <returns>How many outcomes were written; -1 when no regime is in force.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is too short.</exception>
    internal static int EvaluateOutcomes(in CaseFacts facts, CriteriaOptions options, Span<KindOutcome> destination, out Regime? regime)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        if (destination.Length < MaxDeterminations)
        {
            throw new ArgumentException("The destination must hold at least " + MaxDeterminations + " outcomes.", nameof(destination));
        }

        // One span lookup selects the regime and its companions; each table then answers several determinations at once.
        var reading = options.Timeline.At(facts.Jurisdiction, facts.Subject, DateKey.Of(facts.DecisionDate), facts.Harm);
        if (reading is null)
        {
            regime = null;
            return -1;
        }

        regime = reading.Regime;
        ulong codes = facts.Codes;
        int written = reading.First.Write(codes, destination, 0);
        var rest = reading.Rest;
        for (int i = 0; i < rest.Length; i++)
        {
            written = rest[i].Write(codes, destination, written);
        }

        return written;
    }

    /// <summary>Evaluates a case with reasons and deadlines.</summary>
    /// <param name="facts">The case facts.</param>
    /// <param name="options">The options; <see cref="CriteriaOptions.Default"/> when null.</param>
    /// <returns>
    /// The evaluation; or the issues of <see cref="CaseFacts.Validate"/> when the facts cannot be true together (the same
    /// issues the case facts reader reports); or the error <c>no-regime-in-force</c> at <c>$.decisionDate</c>.
    /// </returns>
    public static Result<Evaluation> Evaluate(CaseFacts facts, CriteriaOptions? options = null)
    {
        options ??= CriteriaOptions.Default;
        var problems = facts.Problems;
        if (problems != FactProblems.None)
        {
            return Result<Evaluation>.Fail(CaseFacts.Describe(problems));
        }

        var regime = RuleSet.Select(facts.Jurisdiction, facts.Subject, facts.DecisionDate, options.EnglandTransition);
        if (regime is null)
        {
            var first = RuleSet.FirstInForce(facts.Jurisdiction, facts.Subject);
            string message = first is LocalDate day
                ? "No regime for this jurisdiction and subject is in force on the decision date; the first begins on " + ContractDate.Format(day) + "."
                : "No regime of review rules covers this jurisdiction and subject.";
            return Result<Evaluation>.Fail(ImmutableArray.Create(new Issue("$.decisionDate", NoRegimeInForce, message)));
        }

        regime = RuleSet.ApplyOptions(regime, options, facts.DecisionDate);
        var determinations = ImmutableArray.CreateBuilder<Determination>();
        AddDeterminations(regime, facts, options, determinations);
        int date = DateKey.Of(facts.DecisionDate);
        var dardr = RuleSet.DardrInForce(options, facts.Jurisdiction, facts.DecisionDate);
        foreach (var companion in RuleSet.Companions)
        {
            if (Applies(companion, in facts, date))
            {
                AddDeterminations(InPlaceOf(companion, facts.Jurisdiction, dardr), facts, options, determinations);
            }
        }

        return Result<Evaluation>.Ok(new Evaluation(facts, regime, RuleSet.ExplainSelection(regime, in facts, options), determinations.ToImmutable(),
            RuleSet.LawCheckedOn, RuleSet.PendingChangesFor(in facts, options)));
    }

    /// <summary>Applies one criterion to the facts, with the reasons beneath it.</summary>
    /// <remarks>
    /// A criterion not in force on the decision date, and every criterion beneath it, has the result
    /// <see cref="CriterionResult.NotInForce"/>: it says nothing about the case. Its parent still counts it as not met.
    /// </remarks>
    /// <param name="criterion">The criterion.</param>
    /// <param name="facts">The case facts.</param>
    /// <returns>The reasons tree.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="criterion"/> is null.</exception>
    internal static Reason Explain(Criterion criterion, in CaseFacts facts)
    {
        if (criterion is null)
        {
            throw new ArgumentNullException(nameof(criterion));
        }

        return Explain(criterion, in facts, true);
    }

    private static Reason Explain(Criterion criterion, in CaseFacts facts, bool parentInForce)
    {
        bool inForce = criterion.Validity.Contains(facts.DecisionDate);
        bool applies = parentInForce && inForce;
        var children = ImmutableArray.CreateBuilder<Reason>(criterion.Children.Length);
        foreach (var child in criterion.Children)
        {
            children.Add(Explain(child, in facts, applies));
        }

        return new Reason(criterion.Id, criterion.Description, applies ? criterion.Evaluate(in facts) : CriterionResult.NotInForce,
            CitationOn(criterion, facts.DecisionDate), inForce, children.MoveToImmutable());
    }

    /// <summary>
    /// The criterion's citation as it reads on the decision date: Working Together names the edition in force then
    /// (for a limb not in force, the edition of the nearest day it was in force).
    /// </summary>
    internal static Citations.Citation CitationOn(Criterion criterion, LocalDate date)
    {
        var validity = criterion.Validity;
        var day = date < validity.From ? validity.From : validity.Until is LocalDate until && date > until ? until : date;
        return Citations.WorkingTogether.On(criterion.Citation, day);
    }

    /// <summary>The regime applied for a companion: domestic abuse related death reviews replace domestic homicide reviews once commenced.</summary>
    internal static Regime InPlaceOf(Regime companion, Jurisdiction jurisdiction, LocalDate? dardr)
    {
        if (dardr is not LocalDate day)
        {
            return companion;
        }

        // A commenced DARDR replaces the DHR, and the offensive weapons review's s26 exclusion reads it instead.
        return companion.Groups[0].Kind switch
        {
            DeterminationKind.DomesticHomicideReview => RuleSet.DomesticAbuseRelatedDeathReviews(jurisdiction, day),
            DeterminationKind.OffensiveWeaponsHomicideReview => RuleSet.OffensiveWeaponsHomicideReviews(jurisdiction, day),
            _ => companion,
        };
    }

    /// <summary>Whether a companion regime is applied beside the selected one.</summary>
    private static bool Applies(Regime companion, in CaseFacts facts, int date) =>
        companion.Jurisdiction == facts.Jurisdiction && companion.InForce(date) && companion.Subjects.Contains(facts.Subject)
        && (!companion.PresentOnlyForDeaths || facts.Harm is Harm.Died or Harm.Unknown);

    private static void AddDeterminations(Regime regime, CaseFacts facts, CriteriaOptions options, ImmutableArray<Determination>.Builder into)
    {
        for (int g = 0; g < regime.Groups.Length; g++)
        {
            var group = regime.Groups[g];
            if (group.Subject != facts.Subject)
            {
                continue;
            }

            var table = regime.Tables[g];
            var outcome = table.Decide(in facts, out _);
            var explained = table.Explain(group, in facts);
            into.Add(new Determination(group.Kind, outcome, explained.Missing, explained.FactsRead,
                explained.Reasons, Deadlines(regime, group.Kind, outcome, facts, options)));
        }
    }

    private static ImmutableArray<Deadline> Deadlines(Regime regime, DeterminationKind kind, ReviewOutcome outcome, CaseFacts facts, CriteriaOptions options)
    {
        string? clockId = kind switch
        {
            DeterminationKind.SeriousIncidentNotification => "notification",
            DeterminationKind.RapidReview => "rapid-review",
            DeterminationKind.SeriousCaseReview => "decision",
            DeterminationKind.DomesticHomicideReview => "decision",
            _ => null,
        };
        if (outcome == ReviewOutcome.NotRequired || clockId is null || !options.Timescales.TryGet(regime.Id, clockId, out var clock))
        {
            return ImmutableArray<Deadline>.Empty;
        }

        // The clock starts on an event whose date the case facts may give.
        (LocalDate? start, string from) = clock.StartsOn switch
        {
            ReviewEventType.IncidentKnown => (facts.AwareOn, "awareOn"),
            ReviewEventType.Notified => (facts.NotifiedOn, "notifiedOn"),
            _ => ((LocalDate?)null, string.Empty),
        };
        if (start is not LocalDate day || !clock.Length.TryDueFrom(day, HolidayCalendar.For(facts.Jurisdiction), out var due))
        {
            return ImmutableArray<Deadline>.Empty;
        }

        return ImmutableArray.Create(new Deadline { Clock = clock.Id, StartsFrom = from, Start = day, Length = clock.Length, Due = due,
            Citation = Citations.WorkingTogether.On(clock.Citation, facts.DecisionDate) });
    }
}
