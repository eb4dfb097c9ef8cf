namespace Safeguarding.Domain.Lifecycle;

/// <summary>
/// Where a review stands on its main track. The action plan runs in parallel (<see cref="ActionPlanState"/>).
/// Wire names are kebab-case (for example <c>signed-off</c>); see <see cref="LifecycleNames"/>.
/// </summary>
/// <remarks>The default value is <see cref="NotStarted"/>, the state before any event is recorded.</remarks>
public enum ReviewState
{
    /// <summary>Nothing recorded yet (<c>not-started</c>).</summary>
    NotStarted = 0,

    /// <summary>The incident is known to the responsible body (<c>incident-known</c>).</summary>
    IncidentKnown = 1,

    /// <summary>The incident was notified (<c>notified</c>).</summary>
    Notified = 2,

    /// <summary>The rapid review was completed (<c>rapid-review-completed</c>).</summary>
    RapidReviewCompleted = 3,

    /// <summary>The decision was not to hold a review; final (<c>not-initiated</c>).</summary>
    NotInitiated = 4,

    /// <summary>The decision was to hold a review (<c>initiated</c>).</summary>
    Initiated = 5,

    /// <summary>The review was commissioned (<c>commissioned</c>).</summary>
    Commissioned = 6,

    /// <summary>The review is under way (<c>under-review</c>).</summary>
    UnderReview = 7,

    /// <summary>The final report was delivered (<c>report-completed</c>).</summary>
    ReportCompleted = 8,

    /// <summary>The report was signed off; it may still await anonymisation (<c>signed-off</c>).</summary>
    SignedOff = 9,

    /// <summary>The report was anonymised; it may still await sign-off (<c>anonymised</c>).</summary>
    Anonymised = 10,

    /// <summary>The report was sent to the national Panel and the Secretary of State (<c>sent-to-panel</c>).</summary>
    SentToPanel = 11,

    /// <summary>The report is published (<c>published</c>).</summary>
    Published = 12,

    /// <summary>The partners decided not to publish the report (<c>not-published</c>).</summary>
    NotPublished = 13,

    /// <summary>The report was taken down after its publication window (<c>publication-ended</c>).</summary>
    PublicationEnded = 14,

    /// <summary>The review was withdrawn before publication; final (<c>withdrawn</c>).</summary>
    Withdrawn = 15,
}
