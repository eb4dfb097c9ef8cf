using Safeguarding.Domain.Citations;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Domain.Criteria;

/// <summary>
/// The clocks the criteria attach to their duties when the case facts give dates, each with its source. These
/// are guidance timescales, not statute: the lead's timescale catalogue is the place for local variants.
/// </summary>
/// <remarks>Thread-safe: the members are immutable.</remarks>
public static class ReviewClocks
{
    /// <summary>Notify within 5 working days of becoming aware of the incident.</summary>
    public static ClockLength Notification { get; } = ClockLength.WorkingDays(5);

    /// <summary>Where <see cref="Notification"/> comes from (secondary sources restating Working Together 2015 and 2018).</summary>
    public static Citation NotificationCitation { get; } =
        new("Working Together to Safeguard Children 2015 and 2018", "ch.4, notification within 5 working days of becoming aware", SourceKind.StatutoryGuidance, true);

    /// <summary>Complete the rapid review within 15 working days (start: <see cref="RapidReviewClockStart"/>).</summary>
    public static ClockLength RapidReview { get; } = ClockLength.WorkingDays(15);

    /// <summary>Where <see cref="RapidReview"/> comes from: a non-statutory expectation (paragraph numbers unverified).</summary>
    public static Citation RapidReviewCitation { get; } =
        new("Child Safeguarding Practice Review Panel guidance; Working Together to Safeguard Children 2018", "rapid review within 15 working days", SourceKind.Guidance, true);

    /// <summary>Decide whether to hold a serious case review, normally within one month of notification.</summary>
    public static ClockLength Decision { get; } = ClockLength.Months(1);

    /// <summary>Where <see cref="Decision"/> comes from (Working Together 2015, as restated by a Board).</summary>
    public static Citation DecisionCitation { get; } =
        new("Working Together to Safeguard Children 2015", "ch.4, decision normally within one month of notification", SourceKind.StatutoryGuidance, true);
}
