using Safeguarding.Domain.Internal;
using Safeguarding.Domain.Serialization;

namespace Safeguarding.Domain.ActionPlans;

/// <summary>
/// Construction checks shared by the plan's types. They keep every value inside what the JSON reader
/// accepts, so that any plan built in code can be written and read back without loss.
/// </summary>
internal static class PlanGuards
{
    /// <summary>A reporting cycle: a positive period of years, months, weeks or days (at most 100 years), normalised (weeks become days).</summary>
    public static Period ReportingCycle(Period reportingCycle, string parameter)
    {
        Guard.Against.Null(reportingCycle, parameter);
        var cycle = reportingCycle.Normalize();
        if (cycle.HasTimeComponent || cycle.Equals(Period.Zero) || cycle.Years < 0 || cycle.Months < 0 || cycle.Days < 0 || cycle.Years > 100)
        {
            throw new ArgumentException("The reporting cycle must be a positive period of years, months, weeks or days.", parameter);
        }

        return cycle;
    }

    public static string Id(string value, string name)
    {
        Guard.Against.NullOrWhiteSpace(value, name);
        if (value.Length > TextLimits.MaxIdLength)
        {
            throw new ArgumentException($"An identifier is at most {TextLimits.MaxIdLength} characters.", name);
        }

        return value;
    }

    public static string? OptionalText(string? value, string name)
    {
        if (value is null)
        {
            return null;
        }

        Guard.Against.NullOrWhiteSpace(value, name);
        if (value.Length > TextLimits.MaxTextLength)
        {
            throw new ArgumentException($"A text is at most {TextLimits.MaxTextLength} characters.", name);
        }

        return value;
    }

    public static LocalDate Date(LocalDate value, string name)
    {
        if (!ContractDate.IsInRange(value))
        {
            throw new ArgumentOutOfRangeException(name, "Dates must be between 1900-01-01 and 2199-12-31.");
        }

        return value;
    }

    public static LocalDate? OptionalDate(LocalDate? value, string name) => value is null ? null : Date(value.Value, name);

    public static ImmutableArray<string> Ids(IEnumerable<string> values, string name)
    {
        Guard.Against.Null(values, name);
        var list = values.ToImmutableArray();
        foreach (var id in list)
        {
            Id(id, name);
        }

        return list;
    }

    public static ImmutableArray<T> Items<T>(IEnumerable<T> values, string name)
        where T : class
    {
        Guard.Against.Null(values, name);
        var list = values.ToImmutableArray();
        if (list.Any(v => v is null))
        {
            throw new ArgumentException("The collection may not contain null.", name);
        }

        return list;
    }

    public static bool SameSequence<T>(ImmutableArray<T> left, ImmutableArray<T> right)
        where T : IEquatable<T>
    {
        if (left.Length != right.Length)
        {
            return false;
        }

        for (int i = 0; i < left.Length; i++)
        {
            if (!left[i].Equals(right[i]))
            {
                return false;
            }
        }

        return true;
    }

    public static bool SameIds(ImmutableArray<string> left, ImmutableArray<string> right) =>
        left.SequenceEqual(right, StringComparer.Ordinal);

    public static int Hash(string? text) => text is null ? 0 : StringComparer.Ordinal.GetHashCode(text);
}
