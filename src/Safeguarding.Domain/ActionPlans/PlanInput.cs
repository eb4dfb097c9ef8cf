using Safeguarding.Domain.Internal;
using Safeguarding.Domain.Serialization;

namespace Safeguarding.Domain.ActionPlans;

/// <summary>
/// The rules a plan's values are made under from C# (<see cref="PlanActionBuilder"/>, <see cref="ActionPlanBuilder"/>,
/// the <c>Create</c> methods), giving the issues the action plan reader gives for the same values: one rule for text
/// (<see cref="Issue.ForText"/>), one for dates (<see cref="ContractDate.RangeIssue"/>), one for periods
/// (<see cref="PeriodRules"/>). Paths are relative to the value made (<c>$.id</c>), as the reader's are to the object read.
/// </summary>
internal static class PlanInput
{
    public static void Text(ImmutableArray<Issue>.Builder issues, string path, string? value, int maxLength, bool required)
    {
        if (value is null)
        {
            if (required)
            {
                issues.Add(new Issue(path, "missing-property", "This property is required."));
            }
        }
        else if (Issue.ForText(path, value, maxLength) is Issue refused)
        {
            issues.Add(refused);
        }
    }

    public static void Date(ImmutableArray<Issue>.Builder issues, string path, LocalDate? value)
    {
        if (value is LocalDate date && ContractDate.RangeIssue(path, date) is Issue outside)
        {
            issues.Add(outside);
        }
    }

    public static ImmutableArray<string> Ids(ImmutableArray<Issue>.Builder issues, string path, IEnumerable<string>? values)
    {
        var list = values is null ? ImmutableArray<string>.Empty : values.ToImmutableArray();
        for (int i = 0; i < list.Length; i++)
        {
            if (list[i] is null)
            {
                issues.Add(new Issue(IssuePaths.Index(path, i), "wrong-type", "Expected a string, found null."));
            }
            else
            {
                Text(issues, IssuePaths.Index(path, i), list[i], TextLimits.MaxIdLength, required: true);
            }
        }

        return list;
    }

    /// <summary>The items of a collection of values already made; a null item is a programmer error.</summary>
    /// <exception cref="ArgumentNullException">An item is null.</exception>
    public static ImmutableArray<T> Items<T>(IEnumerable<T>? values, string name)
        where T : class
    {
        var list = values is null ? ImmutableArray<T>.Empty : values.ToImmutableArray();
        return list.Any(v => v is null) ? throw new ArgumentNullException(name, "An item is null.") : list;
    }

    /// <summary>The value made, or every issue found.</summary>
    public static Result<T> Outcome<T>(ImmutableArray<Issue>.Builder issues, Func<T> make) => Result<T>.Checked(issues, make);

    /// <summary>A dated entry with an optional text (evidence, a status update): the date's range and the text's rule.</summary>
    public static Result<T> DatedEntry<T>(LocalDate date, string textPath, string? text, Func<T> make)
    {
        var issues = ImmutableArray.CreateBuilder<Issue>();
        Date(issues, "$.date", date);
        Text(issues, textPath, text, TextLimits.MaxTextLength, required: false);
        return Outcome(issues, make);
    }
}
