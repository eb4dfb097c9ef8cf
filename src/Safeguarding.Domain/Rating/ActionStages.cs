using Safeguarding.Domain.ActionPlans;

namespace Safeguarding.Domain.Rating;

/// <summary>
/// The stage an action's timeline gives on a date. The timeline is read from the plan's facts (and so lives with the
/// plan); the stage is the rating's word for it.
/// </summary>
internal static class ActionStages
{
    /// <summary>The stage on a date (contract, <c>safeguarding plan</c>).</summary>
    public static ActionStage StageOn(this in ActionTimeline timeline, LocalDate asOf)
    {
        if (ActionTimeline.On(timeline.Completed, asOf))
        {
            return ActionTimeline.On(timeline.FirstImpact, asOf) ? ActionStage.Embedded : ActionStage.Completed;
        }

        if (timeline.Target is { } target && asOf > target)
        {
            return ActionStage.Overdue;
        }

        return timeline.IsStarted(asOf) ? ActionStage.InProgress : ActionStage.NotStarted;
    }
}
