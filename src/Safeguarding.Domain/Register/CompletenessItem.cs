namespace Safeguarding.Domain.Register;

/// <summary>
/// The items the national analyses of reviews found missing most often, as this package records them (wire names
/// in brackets). The register counts, per review, which of them its record lacks.
/// </summary>
/// <remarks>The default value is <see cref="ReferralSource"/>.</remarks>
public enum CompletenessItem
{
    /// <summary>Who referred the case: <c>referralSource</c> on the <c>incident-known</c> event (<c>referral-source</c>).</summary>
    ReferralSource = 0,

    /// <summary>Why the review was or was not held: <c>reasons</c> on the <c>decided</c> event, once decided (<c>decision-reasons</c>).</summary>
    DecisionReasons = 1,

    /// <summary>The dates that measure the time a review took beyond the lifecycle's own events: <c>incidentDate</c> on <c>incident-known</c>, and once commissioned, <c>scopeStart</c> and <c>scopeEnd</c> (<c>key-dates</c>).</summary>
    KeyDates = 2,

    /// <summary>How the review was done: <c>methodology</c> on the <c>commissioned</c> event, once commissioned (<c>method</c>).</summary>
    Method = 3,
}
