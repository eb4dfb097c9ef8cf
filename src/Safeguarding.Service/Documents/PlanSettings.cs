using NodaTime;
using Safeguarding.Domain.Rating;

namespace Safeguarding.Service.Documents;

/// <summary>How a door asks for an action plan's report: the dates, the council's policy, and an optional owner extract.</summary>
/// <param name="AsOf">The report's date.</param>
/// <param name="CompareTo">An earlier date to compare with, or null.</param>
/// <param name="Policy">The rating scheme and escalation thresholds.</param>
/// <param name="Agency">Report only this owner's extract, or null for the whole plan.</param>
/// <param name="AgencyParameter">The name the caller gave the agency under, for an error's path.</param>
internal sealed record PlanSettings(LocalDate AsOf, LocalDate? CompareTo, LocalPolicy Policy, string? Agency = null, string AgencyParameter = "--agency");
