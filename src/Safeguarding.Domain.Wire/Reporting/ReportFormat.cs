using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Rating;

namespace Safeguarding.Domain.Reporting;

/// <summary>The scrutiny report renderers' shared formatting of dates, counts and an action's status.</summary>
internal static class ReportFormat
{
    public static IEnumerable<string> Statuses(this ScrutinyReport report) => report.Current.Scheme.Statuses;

    public static string N(int value) => PlanText.Number(value);

    public static string Days(int value) => PlanText.Count(value, "day");

    public static string Escalation(EscalationLevel level) => EscalationPolicy.NameOf(level);

    public static string? Reported(ActionAssessment action) => action.ReportedStatus is { } r ? ActionAssessment.NameOf(r) : null;

    public static string FirstReason(ActionAssessment action) => action.EscalationReasons.IsEmpty ? string.Empty : action.EscalationReasons[0];
}
