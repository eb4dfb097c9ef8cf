namespace Safeguarding.Domain.Criteria;

/// <summary>When the 15-working-day rapid review clock starts; sources disagree, so it is a parameter.</summary>
/// <remarks>
/// The default value is <see cref="IncidentAwareness"/> (Working Together 2018 era practice, and the Panel's 2019
/// guidance as restated locally). <see cref="NotificationSent"/> follows the Panel's 2022 and 2025 guidance as
/// restated locally. Neither wording was seen in a primary text.
/// </remarks>
public enum RapidReviewClockStart
{
    /// <summary>From the day the safeguarding partners became aware of the incident (<c>awareOn</c>).</summary>
    IncidentAwareness = 0,

    /// <summary>From the day the notification was sent to the Panel (<c>notifiedOn</c>).</summary>
    NotificationSent = 1,
}
