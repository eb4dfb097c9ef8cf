using Safeguarding.Domain.Internal;

namespace Safeguarding.Domain.Rating;

/// <summary>The wire names of the rating enums.</summary>
internal static class RatingNames
{
    public static KebabNames<EscalationLevel> Escalation { get; } = new(
        (EscalationLevel.None, "none"),
        (EscalationLevel.LeadOfficer, "lead-officer"),
        (EscalationLevel.Subgroup, "subgroup"),
        (EscalationLevel.Board, "board"));

    public static KebabNames<ActionStage> Stage { get; } = new(
        (ActionStage.NotStarted, "not-started"),
        (ActionStage.InProgress, "in-progress"),
        (ActionStage.Overdue, "overdue"),
        (ActionStage.Completed, "completed"),
        (ActionStage.Embedded, "embedded"));

    public static KebabNames<RollUpMethod> RollUp { get; } = new(
        (RollUpMethod.WorstOf, "worst-of"),
        (RollUpMethod.LowerMedian, "lower-median"),
        (RollUpMethod.MostCommon, "most-common"));
}
