using System.Globalization;
using NodaTime.Text;
using Safeguarding.Domain.Serialization;

namespace Safeguarding.Domain.ActionPlans;

/// <summary>Invariant formatting of dates and periods for the plan's documents and reports.</summary>
internal static class PlanText
{

    public static string Iso(Period period) => PeriodPattern.NormalizingIso.Format(period);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A count with its noun, singular for one: <c>1 day</c>, <c>3 working days</c>.</summary>
    public static string Count(int value, string noun) => Number(value) + " " + noun + (value == 1 ? string.Empty : "s");

    /// <summary>An English ordinal for a count from one: <c>1st</c>, <c>2nd</c>, <c>3rd</c>, <c>11th</c>, <c>22nd</c>.</summary>
    public static string Ordinal(int value)
    {
        int lastTwo = value % 100;
        string suffix = lastTwo is >= 11 and <= 13 ? "th" : (value % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return Number(value) + suffix;
    }
}
