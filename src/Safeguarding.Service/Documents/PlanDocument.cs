using System.Collections.Immutable;
using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Reporting;

namespace Safeguarding.Service.Documents;

/// <summary>
/// <c>plan</c> for one action plan: read it, take an owner's extract if asked, and build the scrutiny report.
/// The command line (single and <c>--batch</c>) and <c>POST /v1/plan</c> all call this.
/// </summary>
internal static class PlanDocument
{
    /// <summary>The output formats, the first the command line's default.</summary>
    public static ImmutableArray<string> Formats { get; } = ImmutableArray.Create("text", "json", "markdown", "html");

    public static Result<ScrutinyReport> Compute(ReadOnlyMemory<byte> utf8, PlanSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var read = ActionPlanDocument.Read(utf8);
        return read.Success ? Compute(read.Value, settings) : Result<ScrutinyReport>.Fail(read.Errors);
    }

    /// <summary>The report of a plan already read (from JSON or from a workbook).</summary>
    public static Result<ScrutinyReport> Compute(ActionPlan plan, PlanSettings settings)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Agency is not null)
        {
            if (!plan.Agencies.Contains(settings.Agency, StringComparer.Ordinal))
            {
                return Result<ScrutinyReport>.Fail(ImmutableArray.Create(new Issue(
                    settings.AgencyParameter, "unknown-agency", "No action in the plan is owned by this agency; owners are given by each action's 'owner'.")));
            }

            plan = plan.ExtractFor(settings.Agency);
        }

        return Result<ScrutinyReport>.Ok(ScrutinyReport.Create(
            plan, settings.AsOf, settings.CompareTo, settings.Policy.Scheme, settings.Policy.Escalation, ScrutinyReport.DefaultTrendCycles));
    }

    /// <summary>The answer in one of <see cref="Formats"/>.</summary>
    public static DocumentAnswer Answer(ReadOnlyMemory<byte> utf8, PlanSettings settings, string format) =>
        DocumentAnswer.From(Compute(utf8, settings), report => Write(report, format), report => report.Current.IsValid);

    public static string Write(ScrutinyReport report, string format)
    {
        ArgumentNullException.ThrowIfNull(report);
        return format switch
        {
            "json" => report.ToJson(),
            "markdown" => report.ToMarkdown(),
            "html" => report.ToHtml(),
            "text" => report.ToText(),
            _ => throw new ArgumentException("Unknown format; expected one of: " + string.Join(", ", Formats) + ".", nameof(format)),
        };
    }
}
