namespace Safeguarding.Domain.Timescales;

/// <summary>
/// When the 15-working-day rapid review clock starts. Sources differ (VERIFICATION.md item 3): Working
/// Together 2018 era material counts from the partners becoming aware of the incident; the Panel's
/// 2022 and 2025 guidance counts from the date the notification was sent to the Panel.
/// </summary>
/// <remarks>The default value, <see cref="NotificationSent"/>, follows the Panel's current guidance.</remarks>
public enum RapidReviewClockStart
{
    /// <summary>From the date the serious incident notification was sent (Panel guidance 2022, 2025). The default.</summary>
    NotificationSent = 0,

    /// <summary>From the date the safeguarding partners became aware of the incident (Working Together 2018 era).</summary>
    IncidentAwareness = 1,
}
