using Safeguarding.Domain.Internal;

using Safeguarding.Domain.Timescales;

namespace Safeguarding.Domain.Criteria;

/// <summary>The contract's wire names of the criteria enums.</summary>
internal static class CriteriaNames
{
    public static readonly KebabNames<Subject> Subjects = new((Subject.Child, "child"), (Subject.Adult, "adult"));

    public static readonly KebabNames<AbuseOrNeglect> Abuse = new(
        (AbuseOrNeglect.Known, "known"), (AbuseOrNeglect.Suspected, "suspected"), (AbuseOrNeglect.NotSuspected, "not-suspected"), (AbuseOrNeglect.Unknown, "unknown"));

    public static readonly KebabNames<Harm> Harms = new(
        (Harm.Died, "died"), (Harm.SeriouslyHarmed, "seriously-harmed"), (Harm.NotSeriouslyHarmed, "not-seriously-harmed"), (Harm.Unknown, "unknown"));

    public static readonly KebabNames<TriState> YesNo = new((TriState.Yes, "yes"), (TriState.No, "no"), (TriState.Unknown, "unknown"));

    public static readonly KebabNames<PerpetratorRelationship> Relationships = new(
        (PerpetratorRelationship.Relative, "relative"), (PerpetratorRelationship.IntimatePartner, "intimate-partner"),
        (PerpetratorRelationship.FormerIntimatePartner, "former-intimate-partner"), (PerpetratorRelationship.HouseholdMember, "household-member"),
        (PerpetratorRelationship.Other, "other"), (PerpetratorRelationship.SharedParent, "shared-parent"),
        (PerpetratorRelationship.Unknown, "unknown"));

    public static readonly KebabNames<ReviewOutcome> Outcomes = new(
        (ReviewOutcome.Required, "required"), (ReviewOutcome.Discretionary, "discretionary"), (ReviewOutcome.NotRequired, "not-required"), (ReviewOutcome.Undetermined, "undetermined"));

    public static readonly KebabNames<CriterionResult> Results = new(
        (CriterionResult.Met, "met"), (CriterionResult.NotMet, "not-met"), (CriterionResult.Unknown, "unknown"),
        (CriterionResult.NotInForce, "not-in-force"));

    public static readonly KebabNames<EnglandTransition> Transitions = new(
        (EnglandTransition.SafeguardingPartners, "safeguarding-partners"), (EnglandTransition.LocalSafeguardingChildrenBoard, "local-safeguarding-children-board"));

    public static readonly KebabNames<RapidReviewClockStart> ClockStarts = new(
        (RapidReviewClockStart.IncidentAwareness, "incident-awareness"), (RapidReviewClockStart.NotificationSent, "notification-sent"));
}
