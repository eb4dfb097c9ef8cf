namespace Safeguarding.Domain.Criteria;

/// <summary>
/// A date packed into one integer (year, month, day) that orders as the date does, so that the hot path
/// compares integers instead of calling the calendar for every comparison.
/// </summary>
internal static class DateKey
{
    public const int Never = int.MaxValue;

    public static int Of(LocalDate date) => (date.Year << 9) | (date.Month << 5) | date.Day;

    public static int Of(LocalDate? date) => date is LocalDate day ? Of(day) : Never;
}
