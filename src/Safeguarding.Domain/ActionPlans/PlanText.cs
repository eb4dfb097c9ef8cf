using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Safeguarding.Domain.ActionPlans;

/// <summary>Invariant formatting of dates and periods for the plan's documents and reports.</summary>
internal static class PlanText
{
    public static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    public static string Iso(Period period) => PeriodPattern.NormalizingIso.Format(period);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A count with its noun, singular for one: <c>1 day</c>, <c>3 working days</c>.</summary>
    public static string Count(int value, string noun) => Number(value) + " " + noun + (value == 1 ? string.Empty : "s");
}
