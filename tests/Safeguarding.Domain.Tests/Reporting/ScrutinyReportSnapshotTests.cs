using System.Linq;
using NodaTime;
using System.Text;
using Safeguarding.Domain.Rating;
using Safeguarding.Domain.Reporting;
using Safeguarding.Domain.Tests.Support;

namespace Safeguarding.Domain.Tests.Reporting;

/// <summary>
/// Whole reports, in every format, for three plans that between them reach every branch of the writers
/// (every status and stage, overdue by a day and due today or tomorrow, each escalation change, improved
/// and worsened actions, empty sections, a council's own scheme drawn in greys, text that needs escaping),
/// against reviewed snapshots: a changed word, number, colour or escape fails here.
/// </summary>
public sealed class ScrutinyReportSnapshotTests
{
    private static ScrutinyReport AshAndBo() =>
        ScrutinyReport.Create(ReportPlans.AshAndBo(), ReportPlans.AshAndBoDate, ReportPlans.AshAndBoEarlier);

    private static ScrutinyReport Empty() =>
        ScrutinyReport.Create(ReportPlans.Empty(), ReportPlans.AshAndBoDate, new LocalDate(2020, 10, 15));

    private static ScrutinyReport Invalid() =>
        ScrutinyReport.Create(ReportPlans.Invalid(), new LocalDate(2021, 3, 15), null, ReportPlans.CouncilScheme(), EscalationPolicy.Default, 3);

    [Fact]
    public void ToText_AshAndBo_MatchesTheReviewedSnapshot() => Snapshot.Matches("report-ash-and-bo-text", AshAndBo().ToText());

    [Fact]
    public void ToMarkdown_AshAndBo_MatchesTheReviewedSnapshot() => Snapshot.Matches("report-ash-and-bo-markdown", AshAndBo().ToMarkdown());

    [Fact]
    public void ToJson_AshAndBo_MatchesTheReviewedSnapshot() => Snapshot.Matches("report-ash-and-bo-json", AshAndBo().ToJson());

    [Fact]
    public void ToHtml_AshAndBo_MatchesTheReviewedSnapshot() => Snapshot.Matches("report-ash-and-bo-html", AshAndBo().ToHtml());

    [Fact]
    public void ToText_EmptyPlan_MatchesTheReviewedSnapshot() => Snapshot.Matches("report-empty-text", Empty().ToText());

    [Fact]
    public void ToMarkdown_EmptyPlan_MatchesTheReviewedSnapshot() => Snapshot.Matches("report-empty-markdown", Empty().ToMarkdown());

    [Fact]
    public void ToJson_EmptyPlan_MatchesTheReviewedSnapshot() => Snapshot.Matches("report-empty-json", Empty().ToJson());

    [Fact]
    public void ToHtml_EmptyPlan_MatchesTheReviewedSnapshot() => Snapshot.Matches("report-empty-html", Empty().ToHtml());

    [Fact]
    public void ToText_InvalidPlanInACouncilScheme_MatchesTheReviewedSnapshot() => Snapshot.Matches("report-invalid-text", Invalid().ToText());

    [Fact]
    public void ToMarkdown_InvalidPlanInACouncilScheme_MatchesTheReviewedSnapshot() => Snapshot.Matches("report-invalid-markdown", Invalid().ToMarkdown());

    [Fact]
    public void ToJson_InvalidPlanInACouncilScheme_MatchesTheReviewedSnapshot() => Snapshot.Matches("report-invalid-json", Invalid().ToJson());

    [Fact]
    public void ToHtml_InvalidPlanInACouncilScheme_MatchesTheReviewedSnapshot() => Snapshot.Matches("report-invalid-html", Invalid().ToHtml());

    [Fact]
    public void ToHtml_OneStatusScheme_DrawsInMidGreyWithWhiteText()
    {
        var scheme = new RatingScheme("single", new[] { "open" }, "open", "open", "open", "open", "open", RollUpMethod.WorstOf);
        Snapshot.Matches("report-one-status-html", ScrutinyReport.Create(ReportPlans.Invalid(), new LocalDate(2021, 3, 15), null, scheme, EscalationPolicy.Default, 1).ToHtml());
    }

    [Fact]
    public void Model_AshAndBo_EverySnapshotAssessmentAndChange_MatchesTheReviewedSnapshot()
    {
        var report = AshAndBo();
        var text = new StringBuilder();
        text.Append(report).Append('\n');
        foreach (var point in report.Trend)
        {
            text.Append("trend ").Append(point).Append(" valid=").Append(point.IsValid).Append(" pending=").Append(point.UpdatePendingCount)
                .Append(" escalated=").Append(point.EscalatedCount).Append(" discrepancies=").Append(point.DiscrepancyCount).Append('\n');
            foreach (var a in point.Actions)
            {
                text.Append("  ").Append(a).Append(" stage=").Append(ActionAssessment.NameOf(a.Stage)).Append(" red=").Append(a.CyclesAtRed)
                    .Append(" silent=").Append(a.CyclesWithoutUpdate).Append('\n');
            }

            text.Append("  recommendations ").Append(string.Join(", ", point.Recommendations.Select(r => r + " (" + r.Children + ")"))).Append('\n');
            text.Append("  findings ").Append(string.Join(", ", point.Findings.Select(f => f + " (" + f.Children + ")"))).Append('\n');
        }

        text.Append(report.Comparison).Append('\n');
        foreach (var change in report.Comparison!.Changes)
        {
            text.Append("  ").Append(change).Append(' ').Append(change.Kind).Append(" newlyOverdue=").Append(change.NewlyOverdue)
                .Append(" escalation ").Append(change.EscalationBefore).Append(" -> ").Append(change.EscalationAfter)
                .Append(" newlyEscalated=").Append(change.NewlyEscalated).Append('\n');
        }

        Snapshot.Matches("report-ash-and-bo-model", text.ToString());
    }
}
