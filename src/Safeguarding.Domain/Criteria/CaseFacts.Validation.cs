using Safeguarding.Domain.Calendars;

namespace Safeguarding.Domain.Criteria;

/// <content>The checks of facts that cannot be true together: one place for C# callers, the reader and the evaluator.</content>
public readonly partial struct CaseFacts
{
    /// <summary>
    /// Checks the facts that the constructor takes as given: an age at death from 0 to <see cref="MaxAge"/>
    /// (<c>number-out-of-range</c>), an adult's age of 18 or over (<c>inconsistent-facts</c>), clock dates from 2000 to 2099
    /// (<c>date-out-of-range</c>) and a notification not before awareness (<c>dates-out-of-order</c>). Paths are the case facts
    /// document's, for example <c>$.ageAtDeath</c>; the case facts reader reports the same issues for the same facts.
    /// </summary>
    /// <returns>These facts, or every issue found.</returns>
    public Result<CaseFacts> Validate()
    {
        var problems = Check(Subject, AgeAtDeath, AwareOn, NotifiedOn);
        return problems == FactProblems.None ? Result<CaseFacts>.Ok(this) : Result<CaseFacts>.Fail(Describe(problems));
    }

    /// <summary>What is wrong with the facts, as flags; <see cref="FactProblems.None"/> when they can be true together.</summary>
    /// <remarks>Never allocates, so that the forward reader can refuse before it builds anything.</remarks>
    internal FactProblems Problems => Check(Subject, AgeAtDeath, AwareOn, NotifiedOn);

    /// <summary>
    /// Checks the facts the checks concern, any of which may be absent (a reader that has found other errors still reports
    /// these). A clock date outside the calendars is not compared with the other.
    /// </summary>
    internal static FactProblems Check(Subject? subject, int? ageAtDeath, LocalDate? awareOn, LocalDate? notifiedOn)
    {
        var problems = FactProblems.None;
        if (ageAtDeath is int age)
        {
            if (age < 0 || age > MaxAge)
            {
                problems |= FactProblems.AgeOutOfRange;
            }
            else if (subject == Subject.Adult && age < 18)
            {
                problems |= FactProblems.AdultUnder18;
            }
        }

        bool awareCovered = awareOn is not LocalDate aware || HolidayCalendar.Covers(aware);
        bool notifiedCovered = notifiedOn is not LocalDate notified || HolidayCalendar.Covers(notified);
        problems |= awareCovered ? FactProblems.None : FactProblems.AwareOnOutOfRange;
        problems |= notifiedCovered ? FactProblems.None : FactProblems.NotifiedOnOutOfRange;
        if (awareCovered && notifiedCovered && awareOn is LocalDate a && notifiedOn is LocalDate n && n < a)
        {
            problems |= FactProblems.NotifiedBeforeAware;
        }

        return problems;
    }

    /// <summary>The issues of <paramref name="problems"/>, in the order of the document's properties.</summary>
    internal static ImmutableArray<Issue> Describe(FactProblems problems)
    {
        var issues = ImmutableArray.CreateBuilder<Issue>();
        if ((problems & FactProblems.AgeOutOfRange) != 0)
        {
            issues.Add(new Issue("$.ageAtDeath", "number-out-of-range", $"Expected a whole number from 0 to {MaxAge}."));
        }

        if ((problems & FactProblems.AdultUnder18) != 0)
        {
            issues.Add(new Issue("$.ageAtDeath", "inconsistent-facts", "An adult's age at death is 18 or over."));
        }

        if ((problems & FactProblems.AwareOnOutOfRange) != 0)
        {
            issues.Add(new Issue("$.awareOn", "date-out-of-range", ClockDateMessage));
        }

        if ((problems & FactProblems.NotifiedOnOutOfRange) != 0)
        {
            issues.Add(new Issue("$.notifiedOn", "date-out-of-range", ClockDateMessage));
        }

        if ((problems & FactProblems.NotifiedBeforeAware) != 0)
        {
            issues.Add(new Issue("$.notifiedOn", "dates-out-of-order",
                "notifiedOn is before awareOn: an incident is notified on or after the day the body became aware of it."));
        }

        return issues.ToImmutable();
    }

    /// <summary>The message of a clock date outside the calendars.</summary>
    internal static readonly string ClockDateMessage =
        $"Clock dates must be between {HolidayCalendar.FirstYear}-01-01 and {HolidayCalendar.LastYear}-12-31, the years the calendars cover.";
}

/// <summary>What <see cref="CaseFacts.Check"/> found wrong, as flags.</summary>
[Flags]
internal enum FactProblems
{
    /// <summary>Nothing: the facts can be true together.</summary>
    None = 0,

    /// <summary>The age at death is negative or above <see cref="CaseFacts.MaxAge"/>.</summary>
    AgeOutOfRange = 1,

    /// <summary>An adult's age at death is under 18.</summary>
    AdultUnder18 = 2,

    /// <summary>awareOn is outside the years the calendars cover.</summary>
    AwareOnOutOfRange = 4,

    /// <summary>notifiedOn is outside the years the calendars cover.</summary>
    NotifiedOnOutOfRange = 8,

    /// <summary>notifiedOn is before awareOn.</summary>
    NotifiedBeforeAware = 16,
}
