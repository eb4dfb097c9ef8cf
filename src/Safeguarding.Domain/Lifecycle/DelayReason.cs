namespace Safeguarding.Domain.Lifecycle;

/// <summary>
/// Why a review is delayed, as recorded on a <c>delayed</c> event: the contract's fixed list, so that a
/// partnership can count delays by reason for its board and its annual report. Wire names are kebab-case
/// (for example <c>parallel-proceedings</c>); see <see cref="LifecycleNames"/>.
/// </summary>
/// <remarks>The default value is <see cref="FamilyEngagement"/>.</remarks>
public enum DelayReason
{
    /// <summary>Engaging the family takes longer than planned (<c>family-engagement</c>).</summary>
    FamilyEngagement = 0,

    /// <summary>Criminal, coroner's or other proceedings run in parallel (<c>parallel-proceedings</c>).</summary>
    ParallelProceedings = 1,

    /// <summary>Agencies are late with their information or chronologies (<c>agency-information</c>).</summary>
    AgencyInformation = 2,

    /// <summary>No reviewer, or not enough reviewer time, is available (<c>reviewer-capacity</c>).</summary>
    ReviewerCapacity = 3,

    /// <summary>Any other reason; the event's note may say more (<c>other</c>).</summary>
    Other = 4,
}
