using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Criteria;
using Safeguarding.Domain.Internal;
using Safeguarding.Domain.Lifecycle;
using Safeguarding.Domain.Rating;
using Safeguarding.Domain.Reporting;
using Safeguarding.Domain.Serialization;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Domain.Register;

/// <summary>
/// The figures of a partnership's register on an as-of date, for its board and its annual report: reviews by
/// kind and state and the open ones with their age; every statutory clock across the reviews (computed by the
/// same code as <c>safeguarding review</c>); delays by reason and the unexplained ones; themes and the recurring
/// ones; recommendations by addressee level and those awaiting a response; action-plan statuses (computed as
/// <c>safeguarding plan</c> computes them); and the completeness of each record. This is the contract's
/// <c>safeguarding register</c> output.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Each review's record is replayed in full, as <c>review</c> does; only its clocks and
/// plan depend on the as-of date. The figures are read through the wire layer's renderings (<c>RegisterReportJson</c>,
/// <c>RegisterReportText</c>, <c>RegisterReportHtml</c>: the contract's document, text, Markdown and HTML), which are what
/// the CLI and the service give; only the wire layer, tests and benchmarks see the figures as properties. With a
/// <see cref="DisclosureControl"/>, the renderings withhold small counts; the figures held here are always the exact ones.
/// </remarks>
public sealed partial class RegisterReport
{
    private RegisterReport(PartnershipRegister register, LocalDate asOf, DisclosureControl? disclosure, ImmutableArray<RegisterReview> reviews)
    {
        Register = register;
        AsOf = asOf;
        Disclosure = disclosure;
        Reviews = reviews;
        ByKind = reviews.GroupBy(r => r.Kind).ToImmutableSortedDictionary(g => g.Key, g => g.Count());
        ByState = reviews.GroupBy(r => r.State).ToImmutableSortedDictionary(g => g.Key, g => g.Count());
        Open = reviews.Where(r => r.IsOpen).ToImmutableArray();
        Clocks = ClockFiguresOf(reviews);
        Delays = DelayReasons.ToImmutableSortedDictionary(reason => reason, reason => reviews.Sum(r => r.Entry.Record.Events.Count(e => e.Date <= asOf && e.DelayReason == reason)));
        UnexplainedDelays = UnexplainedOf(reviews, asOf);
        Themes = ThemesOf(register, reviews, asOf);
        var recommendations = reviews.Where(r => r.Entry.Plan is not null).SelectMany(r => r.Entry.Plan!.Recommendations.Select(x => (Review: r.Id, Recommendation: x))).ToList();
        RecommendationsByLevel = Levels.ToImmutableSortedDictionary(level => level, level => recommendations.Count(x => x.Recommendation.Addressee?.Level == level));
        UnaddressedRecommendations = recommendations.Count(x => x.Recommendation.Addressee is null);
        AwaitingResponse = recommendations
            .Where(x => x.Recommendation.Addressee?.Level is AddresseeLevel.National or AddresseeLevel.Regional && x.Recommendation.AwaitsResponse(asOf))
            .Select(x => x.Review + "/" + x.Recommendation.Id).ToImmutableArray();
        var actions = reviews.Where(r => r.Plan is not null).SelectMany(r => r.Plan!.Actions.Select(a => (Review: r.Id, Action: a))).ToList();
        ActionCounts = ActionStatuses.ToImmutableDictionary(s => s, s => actions.Count(a => string.Equals(a.Action.Status, s, StringComparison.Ordinal)), StringComparer.Ordinal);
        OverdueActions = actions.Where(a => a.Action.Overdue).Select(a => a.Review + "/" + a.Action.Id).ToImmutableArray();
        EscalationCounts = new[] { EscalationLevel.LeadOfficer, EscalationLevel.Subgroup, EscalationLevel.Board }
            .ToImmutableSortedDictionary(level => level, level => actions.Count(a => a.Action.Escalation == level));
        EscalatedActions = actions.Where(a => a.Action.Escalation != EscalationLevel.None).Select(a => a.Review + "/" + a.Action.Id).ToImmutableArray();
        MissingCounts = Items.ToImmutableSortedDictionary(item => item, item => reviews.Count(r => r.Missing.Contains(item)));
        Validation = ValidationOf(register, reviews);
    }

    /// <summary>The action statuses the register sums, in the contract's order: red, amber, green, blue (the default scheme's).</summary>
    internal static ImmutableArray<string> ActionStatuses { get; } = ImmutableArray.Create("red", "amber", "green", "blue");

    private static ImmutableArray<DelayReason> DelayReasons { get; } = ImmutableArray.Create(
        DelayReason.FamilyEngagement, DelayReason.ParallelProceedings, DelayReason.AgencyInformation, DelayReason.ReviewerCapacity, DelayReason.Other);

    private static ImmutableArray<AddresseeLevel> Levels { get; } = ImmutableArray.Create(AddresseeLevel.Local, AddresseeLevel.Regional, AddresseeLevel.National);

    private static ImmutableArray<CompletenessItem> Items { get; } = ImmutableArray.Create(
        CompletenessItem.ReferralSource, CompletenessItem.DecisionReasons, CompletenessItem.KeyDates, CompletenessItem.Method);

    /// <summary>The register.</summary>
    public PartnershipRegister Register { get; }

    /// <summary>The as-of date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The disclosure control the renderings apply; null for the full figures.</summary>
    public DisclosureControl? Disclosure { get; }

    /// <summary>Every review, in register order.</summary>
    internal ImmutableArray<RegisterReview> Reviews { get; }

    /// <summary>How many reviews of each kind (kinds with none are left out).</summary>
    internal ImmutableSortedDictionary<DeterminationKind, int> ByKind { get; }

    /// <summary>How many reviews in each state (states with none are left out).</summary>
    internal ImmutableSortedDictionary<ReviewState, int> ByState { get; }

    /// <summary>The open reviews, in register order.</summary>
    internal ImmutableArray<RegisterReview> Open { get; }

    /// <summary>Every clock name found across the reviews, in order of first appearance, with its figures.</summary>
    internal ImmutableArray<ClockFigures> Clocks { get; }

    /// <summary><c>delayed</c> events on or before the as-of date, by reason (every reason, zero included).</summary>
    internal ImmutableSortedDictionary<DelayReason, int> Delays { get; }

    /// <summary>Open reviews with an overdue clock and no delay recorded since it started.</summary>
    internal ImmutableArray<UnexplainedDelay> UnexplainedDelays { get; }

    /// <summary>Every theme found on the reviews' findings: the chosen list's order first, then other ids in ordinal order.</summary>
    internal ImmutableArray<ThemeFigure> Themes { get; }

    /// <summary>Recommendations with an addressee, by level (every level, zero included).</summary>
    internal ImmutableSortedDictionary<AddresseeLevel, int> RecommendationsByLevel { get; }

    /// <summary>Recommendations with no addressee recorded.</summary>
    internal int UnaddressedRecommendations { get; }

    /// <summary><c>review/recommendation</c> of each recommendation to a national or regional body, sent by the as-of date and not answered by it.</summary>
    internal ImmutableArray<string> AwaitingResponse { get; }

    /// <summary>The derived statuses of every plan's actions, summed, by status (red, amber, green, blue).</summary>
    internal ImmutableDictionary<string, int> ActionCounts { get; }

    /// <summary><c>review/action</c> of each overdue action.</summary>
    internal ImmutableArray<string> OverdueActions { get; }

    /// <summary>How many actions stand at each escalation level above none.</summary>
    internal ImmutableSortedDictionary<EscalationLevel, int> EscalationCounts { get; }

    /// <summary><c>review/action</c> of each escalated action.</summary>
    internal ImmutableArray<string> EscalatedActions { get; }

    /// <summary>How many reviews lack each completeness item.</summary>
    internal ImmutableSortedDictionary<CompletenessItem, int> MissingCounts { get; }

    /// <summary>
    /// What is wrong in the register: refused events (<c>event-refused</c>), theme ids not on the chosen list
    /// (<c>unknown-theme</c>), and each plan's own validation, with paths into the register document.
    /// </summary>
    public ImmutableArray<Issue> Validation { get; }

    /// <summary>Whether no validation issue is an error.</summary>
    public bool IsValid => PlanValidation.IsValid(Validation);

    /// <summary>The figures of a register on a date.</summary>
    /// <param name="register">The register.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="catalogue">The timescale catalogue (the clocks).</param>
    /// <param name="disclosure">The disclosure control for publishable renderings, or null.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public static RegisterReport Create(PartnershipRegister register, LocalDate asOf, TimescaleCatalogue catalogue, DisclosureControl? disclosure)
    {
        Guard.Against.Null(register);
        Guard.Against.Null(catalogue);
        var reviews = register.Reviews.Select(e => Assess(e, asOf, catalogue)).ToImmutableArray();
        return new RegisterReport(register, asOf, disclosure, reviews);
    }

    /// <summary>Returns the counts, for example <c>register of 12 reviews as of 2026-03-31 (3 open)</c>.</summary>
    /// <returns>The report as text.</returns>
    public override string ToString() => "register of " + Reviews.Length + " reviews as of " + ContractDate.Format(AsOf) + " (" + Open.Length + " open)";

    /// <summary>The completeness items a record lacks.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The missing items, in the order of <see cref="CompletenessItem"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    internal static ImmutableArray<CompletenessItem> MissingItems(ReviewRecord record)
    {
        Guard.Against.Null(record);
        var known = record.Events.FirstOrDefault(e => e.Type == ReviewEventType.IncidentKnown);
        var decided = record.Events.FirstOrDefault(e => e.Type == ReviewEventType.Decided);
        var commissioned = record.Events.FirstOrDefault(e => e.Type == ReviewEventType.Commissioned);
        var missing = ImmutableArray.CreateBuilder<CompletenessItem>();
        if (known?.ReferralSource is null)
        {
            missing.Add(CompletenessItem.ReferralSource);
        }

        if (decided is not null && decided.Reasons is null)
        {
            missing.Add(CompletenessItem.DecisionReasons);
        }

        if (known?.IncidentDate is null || (commissioned is not null && (commissioned.ScopeStart is null || commissioned.ScopeEnd is null)))
        {
            missing.Add(CompletenessItem.KeyDates);
        }

        if (commissioned is not null && commissioned.Methodology is null)
        {
            missing.Add(CompletenessItem.Method);
        }

        return missing.ToImmutable();
    }

    /// <summary>The wire name of a completeness item, for example <c>referral-source</c>.</summary>
    /// <param name="item">The item.</param>
    /// <returns>Its wire name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="item"/> is not defined.</exception>
    internal static string NameOf(CompletenessItem item) => ItemNames.Name(item);

    internal static readonly KebabNames<CompletenessItem> ItemNames = new(
        (CompletenessItem.ReferralSource, "referral-source"),
        (CompletenessItem.DecisionReasons, "decision-reasons"),
        (CompletenessItem.KeyDates, "key-dates"),
        (CompletenessItem.Method, "method"));

    private static RegisterReview Assess(RegisterEntry entry, LocalDate asOf, TimescaleCatalogue catalogue)
    {
        var report = ReviewReport.Create(entry.Record, asOf, catalogue);
        var plan = entry.Plan is null ? null : PlanSnapshot.Take(entry.Plan, asOf);
        var review = report.Replay.Review;
        var lifecycle = ReviewLifecycle.For(entry.Record.Kind);
        bool open = review.State != ReviewState.NotStarted && review.State != ReviewState.Published && !lifecycle.FinalStates.Contains(review.State);
        var first = entry.Record.Events.FirstOrDefault(e => e.Date <= asOf);
        int? age = first is null ? null : Period.DaysBetween(first.Date, asOf);
        var published = entry.Record.Events.FirstOrDefault(e => e.Type == ReviewEventType.Published && e.Date <= asOf)?.Date;
        return new RegisterReview { Entry = entry, Review = report, Plan = plan, IsOpen = open, AgeDays = age, PublishedOn = published, Missing = MissingItems(entry.Record) };
    }

    private static ImmutableArray<ClockFigures> ClockFiguresOf(ImmutableArray<RegisterReview> reviews)
    {
        var order = new List<string>();
        var byName = new Dictionary<string, List<ReviewClock>>(StringComparer.Ordinal);
        foreach (var clock in reviews.SelectMany(r => r.Review.Clocks))
        {
            if (!byName.TryGetValue(clock.Id, out var list))
            {
                list = new List<ReviewClock>();
                byName.Add(clock.Id, list);
                order.Add(clock.Id);
            }

            list.Add(clock);
        }

        return order.Select(name =>
        {
            var clocks = byName[name];
            var late = clocks.Where(c => c.Status is ClockStatus.Late or ClockStatus.Overdue).Select(c => c.DaysLate ?? 0).OrderBy(d => d).ToList();
            double? median = late.Count == 0 ? null
                : late.Count % 2 == 1 ? late[late.Count / 2]
                : (late[(late.Count / 2) - 1] + late[late.Count / 2]) / 2.0;
            return new ClockFigures { Clock = name, Met = clocks.Count(c => c.Status == ClockStatus.Met), Late = clocks.Count(c => c.Status == ClockStatus.Late),
                Due = clocks.Count(c => c.Status == ClockStatus.Due), Overdue = clocks.Count(c => c.Status == ClockStatus.Overdue), MedianDaysLate = median, MaxDaysLate = late.Count == 0 ? null : late[late.Count - 1] };
        }).ToImmutableArray();
    }

    private static ImmutableArray<UnexplainedDelay> UnexplainedOf(ImmutableArray<RegisterReview> reviews, LocalDate asOf)
    {
        var result = ImmutableArray.CreateBuilder<UnexplainedDelay>();
        foreach (var r in reviews.Where(r => r.IsOpen))
        {
            var clocks = r.Review.Clocks
                .Where(c => c.Status == ClockStatus.Overdue
                    && !r.Entry.Record.Events.Any(e => e.Type == ReviewEventType.Delayed && e.Date >= c.Start && e.Date <= asOf))
                .Select(c => c.Id).ToImmutableArray();
            if (!clocks.IsEmpty)
            {
                result.Add(new UnexplainedDelay { Review = r.Id, Clocks = clocks });
            }
        }

        return result.ToImmutable();
    }

    private static ImmutableArray<ThemeFigure> ThemesOf(PartnershipRegister register, ImmutableArray<RegisterReview> reviews, LocalDate asOf)
    {
        var carriers = new Dictionary<string, List<RegisterReview>>(StringComparer.Ordinal);
        foreach (var r in reviews.Where(r => r.Entry.Plan is not null))
        {
            foreach (var theme in r.Entry.Plan!.Findings.SelectMany(f => f.Themes).Distinct(StringComparer.Ordinal))
            {
                if (!carriers.TryGetValue(theme, out var list))
                {
                    list = new List<RegisterReview>();
                    carriers.Add(theme, list);
                }

                list.Add(r);
            }
        }

        var list2 = register.Themes;
        var ordered = (list2 is null ? Enumerable.Empty<string>() : list2.Themes.Select(t => t.Id).Where(carriers.ContainsKey))
            .Concat(carriers.Keys.Where(k => list2?.Find(k) is null).OrderBy(k => k, StringComparer.Ordinal));
        var rule = register.RecurringThemes;
        return ordered.Select(id =>
        {
            var withTheme = carriers[id];
            var inWindow = withTheme.Where(r => r.PublishedOn is LocalDate p && rule.InWindow(p, asOf)).Select(r => r.Id).ToImmutableArray();
            return new ThemeFigure { Theme = id, Title = list2?.Find(id)?.Title, IsKnown = list2 is null || list2.Find(id) is not null,
                Reviews = withTheme.Select(r => r.Id).ToImmutableArray(), ReviewsInWindow = inWindow, Recurring = inWindow.Length >= rule.MinimumReviews };
        }).ToImmutableArray();
    }

    private static ImmutableArray<Issue> ValidationOf(PartnershipRegister register, ImmutableArray<RegisterReview> reviews)
    {
        var issues = ImmutableArray.CreateBuilder<Issue>();
        for (int i = 0; i < reviews.Length; i++)
        {
            var r = reviews[i];
            string at = "$.reviews[" + i + "]";
            var replay = r.Review.Replay;
            if (replay.Refusal(at + ".record") is Issue refused)
            {
                issues.Add(refused);
            }

            if (r.Plan is not PlanSnapshot plan)
            {
                continue;
            }

            foreach (var issue in plan.Validation)
            {
                issues.Add(new Issue(at + ".plan" + issue.Path.Substring(1), issue.Code, issue.Severity, issue.Message));
            }

            if (register.Themes is not ThemeList themes)
            {
                continue;
            }

            var findings = r.Entry.Plan!.Findings;
            for (int f = 0; f < findings.Length; f++)
            {
                for (int t = 0; t < findings[f].Themes.Length; t++)
                {
                    if (themes.Find(findings[f].Themes[t]) is null)
                    {
                        issues.Add(new Issue(at + ".plan.findings[" + f + "].themes[" + t + "]", "unknown-theme", IssueSeverity.Error,
                            "This theme id is not on the register's theme list (" + themes.Id + ")."));
                    }
                }
            }
        }

        return issues.ToImmutable();
    }
}
