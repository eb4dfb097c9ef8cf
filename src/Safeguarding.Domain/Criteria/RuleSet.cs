namespace Safeguarding.Domain.Criteria;

/// <summary>
/// Every UK review regime as data, regime selection by jurisdiction, subject and decision date, and the check
/// that no two rules decide the same determination differently.
/// </summary>
/// <remarks>Thread-safe: the rule set is immutable and built once.</remarks>
public static partial class RuleSet
{
    private static readonly Lazy<ImmutableArray<Regime>> MainRegimes = new(BuildRegimes);

    private static readonly Lazy<ImmutableArray<Regime>> CompanionRegimes = new(BuildCompanions);

    /// <summary>The last day an English Board could decide to start a serious case review (29 September 2019).</summary>
    internal static LocalDate EnglandLastSeriousCaseReviewDecision { get; } = new(2019, 9, 29);

    /// <summary>The day the safeguarding partners' duties began in England (29 June 2018).</summary>
    internal static LocalDate EnglandSafeguardingPartnersStart { get; } = new(2018, 6, 29);

    /// <summary>The regimes, one of which <see cref="Select"/> picks for a case.</summary>
    public static ImmutableArray<Regime> Regimes => MainRegimes.Value;

    /// <summary>
    /// The rules applied beside the selected regime: domestic homicide reviews (Domestic Violence, Crime and Victims
    /// Act 2004 s9, from 13 April 2011, England and Wales) and care leavers' deaths (England, from 15 December 2023)
    /// whenever the person died or it is not known; looked-after children's deaths (England, from 29 June 2018) for
    /// every child; offensive weapons homicide reviews (England and Wales, adults, from 1 April 2023) when the person
    /// died or it is not known.
    /// Northern Irish children's domestic homicide reviews (from 1 December 2020) likewise; for Northern Irish adults
    /// the same rules are the main regime.
    /// </summary>
    internal static ImmutableArray<Regime> Companions => CompanionRegimes.Value;

    /// <summary>The regime for a case: the one in force for the jurisdiction, the subject and the decision date.</summary>
    /// <param name="jurisdiction">The jurisdiction.</param>
    /// <param name="subject">Child or adult.</param>
    /// <param name="decisionDate">The decision date.</param>
    /// <param name="transition">Which regime an English child's case takes between 29 June 2018 and 29 September 2019.</param>
    /// <returns>The regime, or <see langword="null"/> when none is in force (the contract's <c>no-regime-in-force</c>).</returns>
    public static Regime? Select(Jurisdiction jurisdiction, Subject subject, LocalDate decisionDate, EnglandTransition transition) =>
        SelectByKey(jurisdiction, subject, DateKey.Of(decisionDate), transition);

    internal static Regime? SelectByKey(Jurisdiction jurisdiction, Subject subject, int decisionDate, EnglandTransition transition)
    {
        Regime? found = null;
        var candidates = Candidates.Value[((int)jurisdiction * 2) + (int)subject];
        for (int i = 0; i < candidates.Length; i++)
        {
            var regime = candidates[i];
            if (!regime.InForce(decisionDate))
            {
                continue;
            }

            if (found is null)
            {
                found = regime;
                continue;
            }

            // Only England's 2018-2019 transition overlaps; the setting decides, never list order.
            bool preferNew = transition == EnglandTransition.SafeguardingPartners;
            found = IsNewEnglish(found) == preferNew ? found : regime;
        }

        return found;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<LocalDate, Regime> ScotlandChildVariants = new();

    /// <summary>
    /// The regime to apply under the options: the selected one, except that a Scottish child's regime is rebuilt (once
    /// per date) when the options move the start of the Care and Risk Management limb from its default, and the Welsh
    /// Single Unified Safeguarding Review regime takes a commenced domestic abuse related death review as its domestic
    /// constituent.
    /// </summary>
    internal static Regime ApplyOptions(Regime regime, CriteriaOptions options, LocalDate decisionDate)
    {
        if (regime.Jurisdiction == Jurisdiction.Wales && regime.Id == RegimeId.WalesSusr2024)
        {
            return DardrInForce(options, Jurisdiction.Wales, decisionDate) is LocalDate day ? WalesSusrAfterDardr(day) : regime;
        }

        if (regime.Jurisdiction != Jurisdiction.Scotland || !regime.Subjects.Contains(Subject.Child)
            || options.ScotlandCareAndRiskManagementStart == ScotlandCareAndRiskManagementDefaultStart)
        {
            return regime;
        }

        return ScotlandChildVariants.GetOrAdd(options.ScotlandCareAndRiskManagementStart, static start => ScotlandLearningReview2021(start));
    }

    /// <summary>The regimes of each jurisdiction and subject (index jurisdiction * 2 + subject), so selection reads only a few.</summary>
    private static readonly Lazy<Regime[][]> Candidates = new(() => BuildCandidates(Regimes));

    /// <summary>Builds the main regimes afresh (the rule set keeps one copy; tests build their own so the builders run under them).</summary>
    internal static ImmutableArray<Regime> BuildRegimes() => ImmutableArray.Create(
        EnglandLscb2006(), EnglandCspr2018(), EnglandCareAct2014(), WalesLscb2006(), WalesCpr2013(), Wales2016(),
        NorthernIrelandCmr2012(), ScotlandLearningReview2021(), NorthernIrelandDhr2020Adults(), WalesSusr2024(), ScotlandAdultLearningReview2022());

    /// <summary>Builds the companion regimes afresh.</summary>
    internal static ImmutableArray<Regime> BuildCompanions() => ImmutableArray.Create(
        DomesticHomicide2011(Jurisdiction.England, RegimeId.EnglandDhr2011), DomesticHomicide2011(Jurisdiction.Wales, RegimeId.WalesDhr2011),
        LookedAfterChildDeath2018(), CareLeaverDeath2023(),
        Owhr2023(Jurisdiction.England, null), Owhr2023(Jurisdiction.Wales, null),
        NorthernIrelandDhr2020Children());

    /// <summary>Groups regimes by jurisdiction and subject, at index jurisdiction * 2 + subject, in list order.</summary>
    internal static Regime[][] BuildCandidates(ImmutableArray<Regime> regimes)
    {
        var table = new Regime[8][];
        for (int j = 0; j < 4; j++)
        {
            for (int k = 0; k < 2; k++)
            {
                var list = new List<Regime>();
                foreach (var regime in regimes)
                {
                    if (regime.Jurisdiction == (Jurisdiction)j && regime.Subjects.Contains((Subject)k))
                    {
                        list.Add(regime);
                    }
                }

                table[(j * 2) + k] = list.ToArray();
            }
        }

        return table;
    }

    /// <summary>The first day any regime of the jurisdiction and subject is in force.</summary>
    /// <param name="jurisdiction">The jurisdiction.</param>
    /// <param name="subject">Child or adult.</param>
    /// <returns>The day, or <see langword="null"/> when no regime covers them.</returns>
    internal static LocalDate? FirstInForce(Jurisdiction jurisdiction, Subject subject)
    {
        LocalDate? first = null;
        foreach (var regime in Regimes)
        {
            if (regime.Jurisdiction == jurisdiction && regime.Subjects.Contains(subject) && (first is null || regime.Validity.From < first))
            {
                first = regime.Validity.From;
            }
        }

        return first;
    }

    /// <summary>Why <see cref="Select"/> picked the regime, in words.</summary>
    /// <param name="regime">The selected regime.</param>
    /// <param name="facts">The case facts.</param>
    /// <param name="options">The options used.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    internal static string ExplainSelection(Regime regime, in CaseFacts facts, CriteriaOptions options)
    {
        if (regime is null)
        {
            throw new ArgumentNullException(nameof(regime));
        }

        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        bool inTransition = facts.Jurisdiction == Jurisdiction.England && facts.Subject == Subject.Child
            && facts.DecisionDate >= EnglandSafeguardingPartnersStart && facts.DecisionDate <= EnglandLastSeriousCaseReviewDecision;
        int variant = !inTransition ? 0 : options.EnglandTransition == EnglandTransition.SafeguardingPartners ? 1 : 2;
        var cache = SelectionTexts.GetOrAdd(regime, r => new string?[3]);
        return cache[variant] ??= SelectionText(regime, variant);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Regime, string?[]> SelectionTexts = new();

    private static string SelectionText(Regime regime, int variant)
    {
        string text = regime.Id + " (" + regime.Citation + ") is in force on the decision date for this jurisdiction and subject: "
            + regime.Validity + ".";
        return variant switch
        {
            1 => text + " The date falls in the English 2018-2019 transition; the transition setting is safeguarding-partners (the default), so the duties in force from 29 June 2018 apply.",
            2 => text + " The date falls in the English 2018-2019 transition; the transition setting is local-safeguarding-children-board, so the Board's serious case review rules apply until 29 September 2019.",
            _ => text,
        };
    }

    /// <summary>
    /// Checks every regime: for each determination, subject, date on which a criterion starts or ends, and every
    /// complete combination of the facts it reads, exactly one rule must fire. Two rules that both fire with
    /// different outcomes are a conflict; no rule firing is a gap.
    /// </summary>
    /// <returns>Every conflict and gap found; empty for a sound rule set.</returns>
    public static ImmutableArray<RuleConflict> FindConflicts() => FindConflictsIn(Regimes.AddRange(Companions));

    /// <summary>Checks the given regimes (see <see cref="FindConflicts"/>).</summary>
    internal static ImmutableArray<RuleConflict> FindConflictsIn(ImmutableArray<Regime> regimes)
    {
        var found = ImmutableArray.CreateBuilder<RuleConflict>();
        foreach (var regime in regimes)
        {
            foreach (var group in regime.Groups)
            {
                foreach (var date in BoundaryDates(regime, group))
                {
                    var facts = new CaseFacts(regime.Jurisdiction, group.Subject, date);
                    Evaluator.ForEachCompletion(facts, group.FactsOn(date), completion =>
                    {
                        var fired = new List<DeterminationRule>();
                        foreach (var rule in group.Rules)
                        {
                            var result = rule.Condition.Evaluate(in completion);
                            if (result == CriterionResult.Unknown)
                            {
                                found.Add(new RuleConflict { RegimeId = regime.Id, Kind = group.Kind, Facts = completion, Rules = ImmutableArray.Create(rule), Problem = "A rule stayed unknown on complete facts: it reads a fact it does not declare." });
                            }
                            else if (result == CriterionResult.Met)
                            {
                                fired.Add(rule);
                            }
                        }

                        var outcomes = new HashSet<ReviewOutcome>();
                        foreach (var rule in fired)
                        {
                            outcomes.Add(rule.Outcome);
                        }

                        if (fired.Count == 0)
                        {
                            found.Add(new RuleConflict { RegimeId = regime.Id, Kind = group.Kind, Facts = completion, Rules = ImmutableArray<DeterminationRule>.Empty, Problem = "No rule decides these facts (a gap)." });
                        }
                        else if (outcomes.Count > 1)
                        {
                            found.Add(new RuleConflict { RegimeId = regime.Id, Kind = group.Kind, Facts = completion, Rules = fired.ToImmutableArray(), Problem = "Rules decide these facts differently (a conflict)." });
                        }
                    });
                }
            }
        }

        return found.ToImmutable();
    }

    internal static IEnumerable<LocalDate> BoundaryDates(Regime regime, KindGroup group)
    {
        var dates = new SortedSet<LocalDate> { regime.Validity.From };
        if (regime.Validity.Until is LocalDate end)
        {
            dates.Add(end);
        }

        var stack = new Stack<Criterion>();
        foreach (var rule in group.Rules)
        {
            stack.Push(rule.Condition);
        }

        while (stack.Count > 0)
        {
            var criterion = stack.Pop();
            foreach (var date in new[] { criterion.Validity.From, criterion.Validity.From.PlusDays(-1) })
            {
                if (regime.Validity.Contains(date))
                {
                    dates.Add(date);
                }
            }

            if (criterion.Validity.Until is LocalDate until)
            {
                foreach (var date in new[] { until, until.PlusDays(1) })
                {
                    if (regime.Validity.Contains(date))
                    {
                        dates.Add(date);
                    }
                }
            }

            foreach (var child in criterion.Children)
            {
                stack.Push(child);
            }
        }

        return dates;
    }

    private static bool IsNewEnglish(Regime regime) => regime.FromKey >= EnglandSafeguardingPartnersStartKey;

    private static readonly int EnglandSafeguardingPartnersStartKey = DateKey.Of(new LocalDate(2018, 6, 29));

    private static DeterminationRule Required(DeterminationKind kind, Subject subject, Criterion condition) =>
        new DeterminationRule { Kind = kind, Subject = subject, Outcome = ReviewOutcome.Required, Condition = condition };

    private static DeterminationRule Discretionary(DeterminationKind kind, Subject subject, Criterion condition) =>
        new DeterminationRule { Kind = kind, Subject = subject, Outcome = ReviewOutcome.Discretionary, Condition = condition };

    private static DeterminationRule NotRequired(DeterminationKind kind, Subject subject, Criterion condition, Validity regime) =>
        new DeterminationRule { Kind = kind, Subject = subject, Outcome = ReviewOutcome.NotRequired,
            Condition = Criterion.NotOf("not-" + condition.Id, "Not met: " + condition.Description, condition.Citation, regime, condition) };
}
