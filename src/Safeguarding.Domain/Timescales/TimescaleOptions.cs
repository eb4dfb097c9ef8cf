namespace Safeguarding.Domain.Timescales;

/// <summary>
/// The parameters of the timescale catalogue: figures the fact sheet marks unverified, and choices
/// that sources leave open. Each has a documented default; <see cref="Default"/> uses them all.
/// </summary>
/// <remarks>Immutable and thread-safe. Change a parameter with the <c>With...</c> methods.</remarks>
public sealed class TimescaleOptions
{
    private TimescaleOptions(
        RapidReviewClockStart rapidReviewClockStart,
        bool panelNoticeInWorkingDays,
        int localReviewCompletionMonths,
        int adultsReviewCompletionMonths,
        int domesticHomicideDecisionMonths,
        int domesticHomicideCompletionMonths)
    {
        RapidReviewClockStart = Guard.Against.EnumOutOfRange(rapidReviewClockStart);
        PanelNoticeInWorkingDays = panelNoticeInWorkingDays;
        LocalReviewCompletionMonths = Guard.Against.OutOfRange(localReviewCompletionMonths, nameof(localReviewCompletionMonths), 1, 60);
        AdultsReviewCompletionMonths = Guard.Against.OutOfRange(adultsReviewCompletionMonths, nameof(adultsReviewCompletionMonths), 1, 60);
        DomesticHomicideDecisionMonths = Guard.Against.OutOfRange(domesticHomicideDecisionMonths, nameof(domesticHomicideDecisionMonths), 1, 12);
        DomesticHomicideCompletionMonths = Guard.Against.OutOfRange(domesticHomicideCompletionMonths, nameof(domesticHomicideCompletionMonths), 1, 60);
    }

    /// <summary>
    /// The defaults: rapid review counted from the notification; the report sent to the Panel and the
    /// Secretary of State 7 calendar days before publication (the statutory floor, SI 2018/789 reg 16);
    /// local child safeguarding practice reviews, safeguarding adults reviews and domestic homicide
    /// reviews completed within 6 months; domestic homicide review decisions within 1 month.
    /// </summary>
    public static TimescaleOptions Default { get; } = new(RapidReviewClockStart.NotificationSent, false, 6, 6, 1, 6);

    /// <summary>When the 15-working-day rapid review clock starts. Default: <see cref="RapidReviewClockStart.NotificationSent"/>.</summary>
    public RapidReviewClockStart RapidReviewClockStart { get; }

    /// <summary>
    /// Whether the notice to the Panel and the Secretary of State before publication is counted as 7
    /// working days (Working Together wording, unverified) rather than 7 calendar days (the regulation). Default: false.
    /// </summary>
    public bool PanelNoticeInWorkingDays { get; }

    /// <summary>Months from the decision to initiate to the local child safeguarding practice review's report (guidance, unverified). Default: 6.</summary>
    public int LocalReviewCompletionMonths { get; }

    /// <summary>Months from the decision to initiate to the safeguarding adults review's report (guidance, unverified). Default: 6.</summary>
    public int AdultsReviewCompletionMonths { get; }

    /// <summary>Months from the notification to the community safety partnership's decision on a domestic homicide review (guidance, unverified). Default: 1.</summary>
    public int DomesticHomicideDecisionMonths { get; }

    /// <summary>Months from the decision to the domestic homicide review's report (guidance, unverified). Default: 6.</summary>
    public int DomesticHomicideCompletionMonths { get; }

    /// <summary>These options with another rapid review clock start.</summary>
    /// <param name="start">The start.</param>
    /// <returns>New options.</returns>
    public TimescaleOptions WithRapidReviewClockStart(RapidReviewClockStart start) =>
        new(start, PanelNoticeInWorkingDays, LocalReviewCompletionMonths, AdultsReviewCompletionMonths, DomesticHomicideDecisionMonths, DomesticHomicideCompletionMonths);

    /// <summary>These options with the Panel notice counted in working days (true) or calendar days (false).</summary>
    /// <param name="workingDays">Whether to count working days.</param>
    /// <returns>New options.</returns>
    public TimescaleOptions WithPanelNoticeInWorkingDays(bool workingDays) =>
        new(RapidReviewClockStart, workingDays, LocalReviewCompletionMonths, AdultsReviewCompletionMonths, DomesticHomicideDecisionMonths, DomesticHomicideCompletionMonths);

    /// <summary>These options with other completion targets, in months (1 to 60).</summary>
    /// <param name="localReview">Local child safeguarding practice reviews.</param>
    /// <param name="adultsReview">Safeguarding adults reviews.</param>
    /// <param name="domesticHomicideReview">Domestic homicide reviews.</param>
    /// <returns>New options.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside 1 to 60.</exception>
    public TimescaleOptions WithCompletionMonths(int localReview, int adultsReview, int domesticHomicideReview) =>
        new(RapidReviewClockStart, PanelNoticeInWorkingDays, localReview, adultsReview, DomesticHomicideDecisionMonths, domesticHomicideReview);

    /// <summary>These options with another domestic homicide review decision period, in months (1 to 12).</summary>
    /// <param name="months">The months.</param>
    /// <returns>New options.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is outside 1 to 12.</exception>
    public TimescaleOptions WithDomesticHomicideDecisionMonths(int months) =>
        new(RapidReviewClockStart, PanelNoticeInWorkingDays, LocalReviewCompletionMonths, AdultsReviewCompletionMonths, months, DomesticHomicideCompletionMonths);
}
