namespace Safeguarding.Domain.Internal;

/// <summary>The one rule for a period a caller gives (a publication period, a reporting cycle), whichever door it comes through.</summary>
internal static class PeriodRules
{
    /// <summary>
    /// The readers' message (code <c>invalid-period</c>) for a period that is not a positive period of years, months, weeks
    /// or days of at most 100 years; null when it is one.
    /// </summary>
    public static string? ShapeError(Period p)
    {
        if (p.HasTimeComponent || p.Equals(Period.Zero))
        {
            return "Expected a positive ISO-8601 period of years, months, weeks or days, such as P18M or P3M.";
        }

        return p.Years < 0 || p.Months < 0 || p.Weeks < 0 || p.Days < 0 || p.Years > 100
            ? "Expected a positive ISO-8601 period of at most 100 years."
            : null;
    }
}
