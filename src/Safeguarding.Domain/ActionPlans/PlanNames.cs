using Safeguarding.Domain.Internal;

namespace Safeguarding.Domain.ActionPlans;

/// <summary>The contract's wire names for the action plan's enums.</summary>
internal static class PlanNames
{
    public static KebabNames<EvidenceKind> Evidence { get; } = new(
        (EvidenceKind.Output, "output"),
        (EvidenceKind.Completion, "completion"),
        (EvidenceKind.Impact, "impact"));

    public static KebabNames<ReportedStatus> Reported { get; } = new(
        (ReportedStatus.Red, "red"),
        (ReportedStatus.Amber, "amber"),
        (ReportedStatus.Green, "green"),
        (ReportedStatus.Blue, "blue"),
        (ReportedStatus.UpdatePending, "update-pending"));

    public static KebabNames<AddresseeLevel> Levels { get; } = new(
        (AddresseeLevel.Local, "local"),
        (AddresseeLevel.Regional, "regional"),
        (AddresseeLevel.National, "national"));
}
