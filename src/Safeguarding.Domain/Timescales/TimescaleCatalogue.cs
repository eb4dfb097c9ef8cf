using Safeguarding.Domain.Citations;

namespace Safeguarding.Domain.Timescales;

/// <summary>
/// Every statutory and guidance clock the package knows, as data with its citation, built from a set of
/// <see cref="TimescaleOptions"/>. Facts from the project's fact sheet (STATUTE.md, corrected by VERIFICATION.md).
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Clocks whose figures the fact sheet marks unverified are parameters
/// (<see cref="Timescale.Parameter"/>) with documented defaults; their citations have
/// <see cref="Citation.Verified"/> false.
/// </remarks>
public sealed class TimescaleCatalogue
{
    /// <summary>Review kinds of England's child regime before 29 June 2018.</summary>
    private static readonly ImmutableArray<DeterminationKind> SeriousCaseReview = ImmutableArray.Create(DeterminationKind.SeriousCaseReview);

    private static readonly Citation DomesticHomicideGuidance = new(
        "Multi-agency Statutory Guidance for the Conduct of Domestic Homicide Reviews 2016", "s5, timescales (body text not seen)", SourceKind.StatutoryGuidance, false);

    private TimescaleCatalogue(TimescaleOptions options)
    {
        Options = options;
        All = Build(options);
    }

    /// <summary>The catalogue with the default options.</summary>
    public static TimescaleCatalogue Default { get; } = new(TimescaleOptions.Default);

    /// <summary>The options the catalogue was built with.</summary>
    public TimescaleOptions Options { get; }

    /// <summary>Every clock, grouped by regime.</summary>
    public ImmutableArray<Timescale> All { get; }

    /// <summary>A catalogue built with other options.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static TimescaleCatalogue Create(TimescaleOptions options) => new(Guard.Against.Null(options));

    /// <summary>The clocks that apply to a review kind under a regime, in the order they run.</summary>
    /// <param name="regimeId">The regime id, for example <see cref="RegimeId.EnglandCspr2018"/>.</param>
    /// <param name="reviewKind">The review kind, for example <see cref="DeterminationKind.LocalChildSafeguardingPracticeReview"/>.</param>
    /// <returns>The clocks; empty when none are known.</returns>
    public ImmutableArray<Timescale> For(RegimeId regimeId, DeterminationKind reviewKind) =>
        All.Where(t => t.RegimeId == regimeId && t.ReviewKinds.Contains(reviewKind)).ToImmutableArray();

    /// <summary>Finds one clock by regime and clock id.</summary>
    /// <param name="regimeId">The regime id.</param>
    /// <param name="clockId">The clock id, for example <c>notification</c>.</param>
    /// <param name="timescale">The clock, when found.</param>
    /// <returns>Whether it was found.</returns>
    public bool TryGet(RegimeId regimeId, string clockId, out Timescale timescale)
    {
        foreach (var candidate in All)
        {
            if (candidate.RegimeId == regimeId && string.Equals(candidate.Id, clockId, StringComparison.Ordinal))
            {
                timescale = candidate;
                return true;
            }
        }

        timescale = null!;
        return false;
    }

    private static ImmutableArray<Timescale> Build(TimescaleOptions o)
    {
        var wt2015 = "Working Together to Safeguard Children 2015";
        var lscb = RegimeId.EnglandLscb2006;
        var cspr = RegimeId.EnglandCspr2018;
        var lcspr = ImmutableArray.Create(DeterminationKind.LocalChildSafeguardingPracticeReview);
        var cspr_all = ImmutableArray.Create(DeterminationKind.SeriousIncidentNotification, DeterminationKind.RapidReview, DeterminationKind.LocalChildSafeguardingPracticeReview);
        var rapid = o.RapidReviewClockStart == RapidReviewClockStart.NotificationSent
            ? (ReviewEventType.Notified, new Citation("Child Safeguarding Practice Review Panel practice guidance", "rapid reviews (2022, 2025): 15 working days from the notification", SourceKind.Guidance, true))
            : (ReviewEventType.IncidentKnown, new Citation("Working Together to Safeguard Children 2018", "ch.4, rapid reviews: 15 working days from becoming aware", SourceKind.StatutoryGuidance, true));
        var panelNotice = o.PanelNoticeInWorkingDays
            ? (ClockLength.WorkingDays(7), new Citation("Working Together to Safeguard Children 2018", "ch.4, copies to the Panel and the Secretary of State (working-day wording)", SourceKind.StatutoryGuidance, false))
            : (ClockLength.CalendarDays(7), new Citation("SI 2018/789", "reg 16(1)", SourceKind.Regulation, true));

        return ImmutableArray.Create(
            // England, LSCB serious case reviews (SI 2006/90 with Working Together 2013/2015).
            new Timescale("notification", "The local authority notifies Ofsted and the LSCB of a serious incident promptly and within 5 working days of becoming aware of it.",
                lscb, SeriousCaseReview, ReviewEventType.IncidentKnown, ReviewEventType.Notified, TimescaleRule.Deadline, ClockLength.WorkingDays(5),
                new Citation(wt2015, "ch.4, notifiable incidents", SourceKind.StatutoryGuidance, true), null),
            new Timescale("decision", "The LSCB decides whether to initiate a serious case review, normally within one month of the notification.",
                lscb, SeriousCaseReview, ReviewEventType.Notified, ReviewEventType.Decided, TimescaleRule.Deadline, ClockLength.Months(1),
                new Citation(wt2015, "ch.4, decision within one month of notification", SourceKind.StatutoryGuidance, true), null),
            new Timescale("completion", "The serious case review should be completed within six months of the decision to initiate it.",
                lscb, SeriousCaseReview, ReviewEventType.Decided, ReviewEventType.ReportCompleted, TimescaleRule.Deadline, ClockLength.Months(6),
                new Citation("Working Together to Safeguard Children 2013", "ch.4, complete within six months of initiating", SourceKind.StatutoryGuidance, true), null),
            new Timescale("publication-minimum", "The final report stays on the LSCB's website for at least 12 months, and is available on request after that.",
                lscb, SeriousCaseReview, ReviewEventType.Published, ReviewEventType.PublicationEnded, TimescaleRule.MinimumPeriod, ClockLength.Months(12),
                new Citation(wt2015, "ch.4, publication of reports (p.75)", SourceKind.StatutoryGuidance, true), null),

            // England, child safeguarding practice reviews (Children Act 2004 ss16C-16F, SI 2018/789).
            new Timescale("notification", "The local authority notifies the Child Safeguarding Practice Review Panel within 5 working days of becoming aware of a serious incident.",
                cspr, cspr_all, ReviewEventType.IncidentKnown, ReviewEventType.Notified, TimescaleRule.Deadline, ClockLength.WorkingDays(5),
                new Citation("Working Together to Safeguard Children 2018", "ch.4, notifying the Panel within 5 working days (guidance; the duty to notify is the Children Act 2004 s16C(1))", SourceKind.StatutoryGuidance, true), null),
            new Timescale("rapid-review", "The safeguarding partners complete a rapid review and send it to the Panel within 15 working days.",
                cspr, cspr_all, rapid.Item1, ReviewEventType.RapidReviewCompleted, TimescaleRule.Deadline, ClockLength.WorkingDays(15),
                rapid.Item2, nameof(TimescaleOptions.RapidReviewClockStart)),
            new Timescale("completion", "A local child safeguarding practice review is expected to be completed within six months of the decision to initiate it.",
                cspr, lcspr, ReviewEventType.Decided, ReviewEventType.ReportCompleted, TimescaleRule.Deadline, ClockLength.Months(o.LocalReviewCompletionMonths),
                new Citation("Working Together to Safeguard Children 2018", "ch.4, local reviews: six months (wording not seen)", SourceKind.StatutoryGuidance, false),
                nameof(TimescaleOptions.LocalReviewCompletionMonths)),
            new Timescale("panel-notice", "The report goes to the Secretary of State and the Panel no later than 7 days before it is published.",
                cspr, lcspr, ReviewEventType.SentToPanel, ReviewEventType.Published, TimescaleRule.NotBefore, panelNotice.Item1,
                panelNotice.Item2, nameof(TimescaleOptions.PanelNoticeInWorkingDays)),
            new Timescale("publication-minimum", "A published local review report remains publicly available for at least one year.",
                cspr, lcspr, ReviewEventType.Published, ReviewEventType.PublicationEnded, TimescaleRule.MinimumPeriod, ClockLength.Months(12),
                new Citation("SI 2018/789", "reg 17", SourceKind.Regulation, true), null),

            // England, safeguarding adults reviews (Care Act 2014 s44).
            new Timescale("completion", "A safeguarding adults review should be completed within six months of initiating it, unless there is good reason.",
                RegimeId.EnglandCareAct2014, ImmutableArray.Create(DeterminationKind.SafeguardingAdultsReview), ReviewEventType.Decided, ReviewEventType.ReportCompleted,
                TimescaleRule.Deadline, ClockLength.Months(o.AdultsReviewCompletionMonths),
                new Citation("Care and Support Statutory Guidance", "ch.14, safeguarding adults reviews (wording not seen)", SourceKind.StatutoryGuidance, false),
                nameof(TimescaleOptions.AdultsReviewCompletionMonths)),

            // England and Wales, domestic homicide reviews (Domestic Violence, Crime and Victims Act 2004 s9).
            DomesticHomicideDecision(RegimeId.EnglandDhr2011, o), DomesticHomicideCompletion(RegimeId.EnglandDhr2011, o),
            DomesticHomicideDecision(RegimeId.WalesDhr2011, o), DomesticHomicideCompletion(RegimeId.WalesDhr2011, o),

            // England and Wales, offensive weapons homicide reviews (Police, Crime, Sentencing and Courts Act 2022, pilot).
            // s27(8) says "within the period of one month beginning with the day" the partner becomes aware; the clock
            // counts one calendar month from that day (the contract's rule), so it may fall one day later than the
            // narrowest reading of "beginning with" (see the README).
            new Timescale("secretary-of-state-notice", "The review partner notifies the Secretary of State within one month of becoming aware of the qualifying circumstances.",
                RegimeId.EnglandWalesOwhr2023, ImmutableArray.Create(DeterminationKind.OffensiveWeaponsHomicideReview), ReviewEventType.IncidentKnown, ReviewEventType.SecretaryOfStateNotified,
                TimescaleRule.Deadline, ClockLength.Months(1),
                new Citation("Police, Crime, Sentencing and Courts Act 2022", "s27(8)", SourceKind.Statute, true), null));
    }

    private static Timescale DomesticHomicideDecision(RegimeId regime, TimescaleOptions o) =>
        new("decision", "The community safety partnership decides whether to hold a domestic homicide review within one month of being notified of the death.",
            regime, ImmutableArray.Create(DeterminationKind.DomesticHomicideReview), ReviewEventType.Notified, ReviewEventType.Decided, TimescaleRule.Deadline,
            ClockLength.Months(o.DomesticHomicideDecisionMonths), DomesticHomicideGuidance, nameof(TimescaleOptions.DomesticHomicideDecisionMonths));

    private static Timescale DomesticHomicideCompletion(RegimeId regime, TimescaleOptions o) =>
        new("completion", "A domestic homicide review should be completed within six months of the decision to proceed.",
            regime, ImmutableArray.Create(DeterminationKind.DomesticHomicideReview), ReviewEventType.Decided, ReviewEventType.ReportCompleted, TimescaleRule.Deadline,
            ClockLength.Months(o.DomesticHomicideCompletionMonths), DomesticHomicideGuidance, nameof(TimescaleOptions.DomesticHomicideCompletionMonths));
}
