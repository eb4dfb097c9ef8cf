using System.Linq;
using NodaTime;
using Safeguarding.Domain.Criteria;
using Xunit;

namespace Safeguarding.Domain.Tests.Criteria;

/// <summary>
/// The edges of the model's case-facts checks (CaseFacts.Validation.cs): the first and last accepted age and clock date, a
/// child of any age, and a clock date outside the calendars that is not also compared with the other date.
/// </summary>
public sealed class CaseFactsValidationBoundaryTests
{
    private static readonly LocalDate Day = new(2023, 6, 1);

    [Theory]
    [InlineData(Subject.Child, 0)]
    [InlineData(Subject.Child, 17)]
    [InlineData(Subject.Adult, 18)]
    [InlineData(Subject.Adult, CaseFacts.MaxAge)]
    public void Validate_AgeAtTheEdgeOfTheRange_IsValid(Subject subject, int age)
    {
        var facts = new CaseFacts(Jurisdiction.England, subject, Day, ageAtDeath: age);

        Assert.True(facts.Validate().Success);
        Assert.True(CriteriaEvaluator.Evaluate(facts).Success);
    }

    [Theory]
    [InlineData(Subject.Child, -1, "number-out-of-range")]
    [InlineData(Subject.Child, CaseFacts.MaxAge + 1, "number-out-of-range")]
    [InlineData(Subject.Adult, -1, "number-out-of-range")]
    [InlineData(Subject.Adult, 17, "inconsistent-facts")]
    public void Validate_AgeJustOutside_IsOneIssueAtAgeAtDeath(Subject subject, int age, string code)
    {
        var issue = Assert.Single(new CaseFacts(Jurisdiction.England, subject, Day, ageAtDeath: age).Validate().Errors);

        Assert.Equal(("$.ageAtDeath", code), (issue.Path, issue.Code));
    }

    [Fact]
    public void Validate_FirstAndLastDayOfTheCalendars_AreValidClockDates()
    {
        var facts = new CaseFacts(Jurisdiction.England, Subject.Child, Day,
            awareOn: new LocalDate(2000, 1, 1), notifiedOn: new LocalDate(2099, 12, 31));

        Assert.True(facts.Validate().Success);
    }

    [Fact]
    public void Validate_AwareOnAfterTheCalendars_IsOutOfRange_AndNotAlsoOutOfOrder()
    {
        var facts = new CaseFacts(Jurisdiction.England, Subject.Child, Day,
            awareOn: new LocalDate(2100, 1, 1), notifiedOn: new LocalDate(2023, 5, 1));

        var issue = Assert.Single(facts.Validate().Errors);
        Assert.Equal(("$.awareOn", "date-out-of-range"), (issue.Path, issue.Code));
        Assert.Equal(CaseFacts.ClockDateMessage, issue.Message);
    }

    [Fact]
    public void Validate_NotifiedOnBeforeTheCalendars_IsOutOfRange_AndNotAlsoOutOfOrder()
    {
        var facts = new CaseFacts(Jurisdiction.England, Subject.Child, Day,
            awareOn: new LocalDate(2023, 5, 1), notifiedOn: new LocalDate(1999, 12, 31));

        var issue = Assert.Single(facts.Validate().Errors);
        Assert.Equal(("$.notifiedOn", "date-out-of-range"), (issue.Path, issue.Code));
    }

    [Fact]
    public void Validate_EveryProblemAtOnce_IsReportedInTheDocumentsOrder()
    {
        var facts = new CaseFacts(Jurisdiction.England, Subject.Adult, Day, ageAtDeath: 200,
            awareOn: new LocalDate(1999, 1, 1), notifiedOn: new LocalDate(2100, 1, 1));

        Assert.Equal(
            new[] { "$.ageAtDeath number-out-of-range", "$.awareOn date-out-of-range", "$.notifiedOn date-out-of-range" },
            facts.Validate().Errors.Select(i => i.Path + " " + i.Code));
        Assert.Equal("Expected a whole number from 0 to 130.", facts.Validate().Errors[0].Message);
    }
}
