using System.Linq;
using System.Text;
using NodaTime;
using Safeguarding.Domain.Criteria;
using Safeguarding.Domain.Serialization;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Domain.Tests.Criteria;

/// <summary>
/// The case facts reader and writer exactly: every property read into its own fact, the exact errors
/// (path, code and message) it can report, the edges of the ranges it accepts, and the exact text written.
/// </summary>
public sealed class CaseFactsJsonReaderTests
{
    private const string Everything = """
        {
          "jurisdiction": "wales",
          "subject": "adult",
          "decisionDate": "2017-03-01",
          "abuseOrNeglect": "suspected",
          "harm": "not-seriously-harmed",
          "concernAboutJointWorking": "yes",
          "diedInCustody": "no",
          "careAndSupportNeeds": "yes",
          "ageAtDeath": 18,
          "perpetratorRelationship": "shared-parent",
          "protectionOrLookedAfterInPriorSixMonths": "no",
          "harmedOutsideEnglandWhileNormallyResident": "yes",
          "childOrSiblingOnRegisterOrLookedAfter": "no",
          "boardConcernAboutEffectiveness": "yes",
          "outstandingPositiveLearning": "no",
          "neglectOnly": "yes",
          "atRiskOfHarm": "yes",
          "careAndRiskManagementHarm": "no",
          "subjectToAdultProtectionProcesses": "yes",
          "lookedAfter": "no",
          "careLeaver": "yes",
          "homicide": "no",
          "offensiveWeapon": "yes",
          "offensiveWeaponsPilot": "no",
          "perpetratorKnownToMentalHealthServices": "yes",
          "perpetratorAgedSixteenOrOver": "no",
          "awareOn": "2000-01-01",
          "notifiedOn": "2099-12-31",
          "englandTransition": "local-safeguarding-children-board",
          "rapidReviewClockStart": "incident-awareness"
        }
        """;

    private static Result<CaseFactsDocument> Read(string json) => CaseFactsJson.Read(Encoding.UTF8.GetBytes(json));

    private static string Errors(string json) =>
        string.Join("\n", Read(json).Errors.Select(e => e.Path + " " + e.Code + " " + e.Message));

    [Fact]
    public void Read_EveryProperty_LandsInItsOwnFact()
    {
        var read = Read(Everything);
        Assert.True(read.Success, string.Join("; ", read.Errors));
        var expected = new CaseFacts(Jurisdiction.Wales, Subject.Adult, new LocalDate(2017, 3, 1), AbuseOrNeglect.Suspected, Harm.NotSeriouslyHarmed,
            TriState.Yes, TriState.No, TriState.Yes, 18, PerpetratorRelationship.SharedParent, TriState.No, TriState.Yes, TriState.No,
            TriState.Yes, TriState.No, TriState.Yes, new LocalDate(2000, 1, 1), new LocalDate(2099, 12, 31),
            TriState.Yes, TriState.No, TriState.Yes, TriState.No, TriState.Yes, TriState.No, TriState.Yes, TriState.No, TriState.Yes, TriState.No);
        Assert.Equal(expected, read.Value.Facts);
        Assert.Equal(EnglandTransition.LocalSafeguardingChildrenBoard, read.Value.Options.EnglandTransition);
        Assert.Equal(RapidReviewClockStart.IncidentAwareness, read.Value.Options.RapidReviewClockStart);
    }

    [Fact]
    public void Write_EveryFact_IsTheExactDocumentAndReadsBack()
    {
        var document = Read(Everything).Value;
        string written = CaseFactsJson.Write(document);
        Assert.Equal(Everything.Replace("\r\n", "\n", System.StringComparison.Ordinal), written.Replace("\r\n", "\n", System.StringComparison.Ordinal));
        var again = Read(written).Value;
        Assert.Equal(document.Facts, again.Facts);
        Assert.Equal(document.Options.EnglandTransition, again.Options.EnglandTransition);
        Assert.Equal(document.Options.RapidReviewClockStart, again.Options.RapidReviewClockStart);
    }

    [Fact]
    public void Write_UnknownFacts_AreWrittenAsUnknownAndDatesLeftOut()
    {
        var document = new CaseFactsDocument(new CaseFacts(Jurisdiction.NorthernIreland, Subject.Child, new LocalDate(2020, 1, 31)), CriteriaOptions.Default);
        Assert.Equal(
            """
            {
              "jurisdiction": "northern-ireland",
              "subject": "child",
              "decisionDate": "2020-01-31",
              "abuseOrNeglect": "unknown",
              "harm": "unknown",
              "concernAboutJointWorking": "unknown",
              "diedInCustody": "unknown",
              "careAndSupportNeeds": "unknown",
              "perpetratorRelationship": "unknown",
              "protectionOrLookedAfterInPriorSixMonths": "unknown",
              "harmedOutsideEnglandWhileNormallyResident": "unknown",
              "childOrSiblingOnRegisterOrLookedAfter": "unknown",
              "boardConcernAboutEffectiveness": "unknown",
              "outstandingPositiveLearning": "unknown",
              "neglectOnly": "unknown",
              "atRiskOfHarm": "unknown",
              "careAndRiskManagementHarm": "unknown",
              "subjectToAdultProtectionProcesses": "unknown",
              "lookedAfter": "unknown",
              "careLeaver": "unknown",
              "homicide": "unknown",
              "offensiveWeapon": "unknown",
              "offensiveWeaponsPilot": "unknown",
              "perpetratorKnownToMentalHealthServices": "unknown",
              "perpetratorAgedSixteenOrOver": "unknown",
              "englandTransition": "safeguarding-partners",
              "rapidReviewClockStart": "notification-sent"
            }
            """.Replace("\r\n", "\n", System.StringComparison.Ordinal),
            CaseFactsJson.Write(document).Replace("\r\n", "\n", System.StringComparison.Ordinal));
        Assert.Equal(document.Facts, Read(CaseFactsJson.Write(document)).Value.Facts);
    }

    [Fact]
    public void Read_EmptyObject_ReportsTheThreeRequiredProperties() =>
        Assert.Equal(
            "$.jurisdiction missing-property This property is required.\n"
            + "$.subject missing-property This property is required.\n"
            + "$.decisionDate missing-property This property is required.",
            Errors("{}"));

    [Fact]
    public void Read_NullRequiredAndNullOptional_OnlyTheRequiredIsAnError()
    {
        Assert.Equal(
            "$.jurisdiction null-value This property is required and may not be null.",
            Errors("""{ "jurisdiction": null, "subject": "child", "decisionDate": "2020-01-01", "harm": null, "ageAtDeath": null, "awareOn": null }"""));
    }

    [Fact]
    public void Read_MinimalDocument_LeavesEveryFactUnknownAndTakesTheDefaultOptions()
    {
        var read = Read("""{ "jurisdiction": "scotland", "subject": "child", "decisionDate": "2022-02-02" }""");
        Assert.True(read.Success);
        Assert.Equal(new CaseFacts(Jurisdiction.Scotland, Subject.Child, new LocalDate(2022, 2, 2)), read.Value.Facts);
        Assert.Equal(EnglandTransition.SafeguardingPartners, read.Value.Options.EnglandTransition);
        Assert.Equal(RapidReviewClockStart.NotificationSent, read.Value.Options.RapidReviewClockStart);
    }

    [Fact]
    public void Read_InvalidValueOfEveryEnum_ListsTheAcceptedValues()
    {
        const string Prefix = """{ "jurisdiction": "x", "subject": "x", "decisionDate": "2020-01-01", """;
        string json = Prefix + string.Join(", ", new[]
        {
            "abuseOrNeglect", "harm", "concernAboutJointWorking", "diedInCustody", "careAndSupportNeeds", "perpetratorRelationship",
            "protectionOrLookedAfterInPriorSixMonths", "harmedOutsideEnglandWhileNormallyResident", "childOrSiblingOnRegisterOrLookedAfter",
            "boardConcernAboutEffectiveness", "outstandingPositiveLearning", "neglectOnly", "atRiskOfHarm", "careAndRiskManagementHarm", "subjectToAdultProtectionProcesses", "lookedAfter", "careLeaver", "homicide", "offensiveWeapon", "offensiveWeaponsPilot", "perpetratorKnownToMentalHealthServices", "perpetratorAgedSixteenOrOver",
            "englandTransition", "rapidReviewClockStart",
        }.Select(n => "\"" + n + "\": \"x\"")) + " }";
        const string YesNo = "Expected one of: yes, no, unknown.";
        Assert.Equal(
            "$.jurisdiction invalid-enum Expected one of: england, wales, scotland, northern-ireland.\n"
            + "$.subject invalid-enum Expected one of: child, adult.\n"
            + "$.abuseOrNeglect invalid-enum Expected one of: known, suspected, not-suspected, unknown.\n"
            + "$.harm invalid-enum Expected one of: died, seriously-harmed, not-seriously-harmed, unknown.\n"
            + "$.concernAboutJointWorking invalid-enum " + YesNo + "\n"
            + "$.diedInCustody invalid-enum " + YesNo + "\n"
            + "$.careAndSupportNeeds invalid-enum " + YesNo + "\n"
            + "$.perpetratorRelationship invalid-enum Expected one of: relative, intimate-partner, former-intimate-partner, household-member, other, shared-parent, unknown.\n"
            + "$.protectionOrLookedAfterInPriorSixMonths invalid-enum " + YesNo + "\n"
            + "$.harmedOutsideEnglandWhileNormallyResident invalid-enum " + YesNo + "\n"
            + "$.childOrSiblingOnRegisterOrLookedAfter invalid-enum " + YesNo + "\n"
            + "$.boardConcernAboutEffectiveness invalid-enum " + YesNo + "\n"
            + "$.outstandingPositiveLearning invalid-enum " + YesNo + "\n"
            + "$.neglectOnly invalid-enum " + YesNo + "\n"
            + "$.atRiskOfHarm invalid-enum " + YesNo + "\n"
            + "$.careAndRiskManagementHarm invalid-enum " + YesNo + "\n"
            + "$.subjectToAdultProtectionProcesses invalid-enum " + YesNo + "\n"
            + "$.lookedAfter invalid-enum " + YesNo + "\n"
            + "$.careLeaver invalid-enum " + YesNo + "\n"
            + "$.homicide invalid-enum " + YesNo + "\n"
            + "$.offensiveWeapon invalid-enum " + YesNo + "\n"
            + "$.offensiveWeaponsPilot invalid-enum " + YesNo + "\n"
            + "$.perpetratorKnownToMentalHealthServices invalid-enum " + YesNo + "\n"
            + "$.perpetratorAgedSixteenOrOver invalid-enum " + YesNo + "\n"
            + "$.englandTransition invalid-enum Expected one of: safeguarding-partners, local-safeguarding-children-board.\n"
            + "$.rapidReviewClockStart invalid-enum Expected one of: incident-awareness, notification-sent.",
            Errors(json));
    }

    [Theory]
    [InlineData("17", "$.ageAtDeath inconsistent-facts An adult's age at death is 18 or over.")]
    [InlineData("0", "$.ageAtDeath inconsistent-facts An adult's age at death is 18 or over.")]
    [InlineData("18", "")]
    [InlineData("130", "")]
    [InlineData("131", "$.ageAtDeath number-out-of-range Expected a whole number from 0 to 130.")]
    [InlineData("-1", "$.ageAtDeath number-out-of-range Expected a whole number from 0 to 130.")]
    public void Read_AdultAge_IsCheckedAgainstTheAdultThreshold(string age, string expected) =>
        Assert.Equal(expected, Errors("""{ "jurisdiction": "england", "subject": "adult", "decisionDate": "2020-01-01", "ageAtDeath": """ + age + " }"));

    [Fact]
    public void Read_ChildOfAnyAge_IsConsistent()
    {
        var read = Read("""{ "jurisdiction": "england", "subject": "child", "decisionDate": "2020-01-01", "ageAtDeath": 0 }""");
        Assert.Equal(0, read.Value.Facts.AgeAtDeath);
    }

    [Fact]
    public void Read_AdultAgeUnder18WithAnotherError_ReportsBoth()
    {
        Assert.Equal(
            "$.harm invalid-enum Expected one of: died, seriously-harmed, not-seriously-harmed, unknown.\n"
            + "$.ageAtDeath inconsistent-facts An adult's age at death is 18 or over.",
            Errors("""{ "jurisdiction": "england", "subject": "adult", "decisionDate": "2020-01-01", "harm": "gone", "ageAtDeath": 5 }"""));
    }

    [Theory]
    [InlineData("awareOn", "1999-12-31", false)]
    [InlineData("awareOn", "2000-01-01", true)]
    [InlineData("awareOn", "2099-12-31", true)]
    [InlineData("awareOn", "2100-01-01", false)]
    [InlineData("notifiedOn", "1999-12-31", false)]
    [InlineData("notifiedOn", "2000-01-01", true)]
    [InlineData("notifiedOn", "2100-01-01", false)]
    public void Read_ClockDates_MustFallInTheYearsTheCalendarsCover(string property, string date, bool accepted)
    {
        string json = """{ "jurisdiction": "england", "subject": "child", "decisionDate": "2020-01-01", """ + "\"" + property + "\": \"" + date + "\" }";
        if (accepted)
        {
            var facts = Read(json).Value.Facts;
            var day = NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value;
            Assert.Equal(day, property == "awareOn" ? facts.AwareOn : facts.NotifiedOn);
            Assert.Null(property == "awareOn" ? facts.NotifiedOn : facts.AwareOn);
        }
        else
        {
            Assert.Equal(
                "$." + property + " date-out-of-range Clock dates must be between 2000-01-01 and 2099-12-31, the years the calendars cover.",
                Errors(json));
        }
    }
}
