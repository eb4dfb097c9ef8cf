using System;
using System.IO;
using System.Text;
using System.Text.Json;
using Ardalis.GuardClauses;
using NodaTime;
using Safeguarding.Domain.Calendars;
using Safeguarding.Domain.Internal;
using Safeguarding.Domain.Serialization;

using Safeguarding.Domain.Timescales;

namespace Safeguarding.Domain.Criteria;

/// <summary>Reads the contract's case facts document strictly: every error is reported with its JSON path and code.</summary>
/// <remarks>
/// Thread-safe. An absent fact, or the value <c>unknown</c>, is unknown; an unknown property is rejected
/// (<c>unknown-property</c>) so that a typo never becomes an unknown fact. Besides the contract's properties the
/// document may give <c>childOrSiblingOnRegisterOrLookedAfter</c>, <c>boardConcernAboutEffectiveness</c>,
/// <c>outstandingPositiveLearning</c>, <c>neglectOnly</c> (yes / no / unknown), <c>awareOn</c>, <c>notifiedOn</c>
/// (dates from 2000 to 2099), <c>englandTransition</c> and <c>rapidReviewClockStart</c>.
/// </remarks>
public static class CaseFactsJson
{
    /// <summary>Reads a case facts document.</summary>
    /// <param name="utf8">The document as UTF-8.</param>
    /// <param name="limits">The limits; <see cref="JsonReadLimits.Default"/> when null.</param>
    /// <returns>The document, or every error found.</returns>
    public static ReadResult<CaseFactsDocument> Read(ReadOnlyMemory<byte> utf8, JsonReadLimits? limits = null) =>
        JsonInput.Read(utf8, limits ?? JsonReadLimits.Default, ReadRoot);

    /// <summary>
    /// Writes a case facts document (indented JSON) that <see cref="Read"/> reads back to equal facts and options:
    /// every fact is written, an unknown one as <c>unknown</c> (an unknown age or clock date is left out), and both options.
    /// </summary>
    /// <remarks>
    /// The timescale catalogue is not part of the document. Facts the reader refuses are written as they are and so do
    /// not read back: an adult aged under 18, clock dates outside 2000 to 2099, a decision date outside 1900 to 2199.
    /// </remarks>
    /// <param name="document">The document.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static string Write(CaseFactsDocument document)
    {
        Guard.Against.Null(document);
        return JsonText.Write(w => WriteTo(w, document));
    }

    /// <summary>Writes the document onto a writer, whose options set the indentation and escaping.</summary>
    internal static void WriteTo(Utf8JsonWriter w, CaseFactsDocument document)
    {
        var f = document.Facts;
        w.WriteStartObject();
        w.WriteString("jurisdiction", CriteriaNames.Jurisdictions.Name(f.Jurisdiction));
        w.WriteString("subject", CriteriaNames.Subjects.Name(f.Subject));
        w.WriteString("decisionDate", Iso(f.DecisionDate));
        w.WriteString("abuseOrNeglect", CriteriaNames.Abuse.Name(f.AbuseOrNeglect));
        w.WriteString("harm", CriteriaNames.Harms.Name(f.Harm));
        w.WriteString("concernAboutJointWorking", CriteriaNames.YesNo.Name(f.ConcernAboutJointWorking));
        w.WriteString("diedInCustody", CriteriaNames.YesNo.Name(f.DiedInCustody));
        w.WriteString("careAndSupportNeeds", CriteriaNames.YesNo.Name(f.CareAndSupportNeeds));
        if (f.AgeAtDeath is int age)
        {
            w.WriteNumber("ageAtDeath", age);
        }

        w.WriteString("perpetratorRelationship", CriteriaNames.Relationships.Name(f.PerpetratorRelationship));
        w.WriteString("protectionOrLookedAfterInPriorSixMonths", CriteriaNames.YesNo.Name(f.ProtectionOrLookedAfterInPriorSixMonths));
        w.WriteString("harmedOutsideEnglandWhileNormallyResident", CriteriaNames.YesNo.Name(f.HarmedOutsideEnglandWhileNormallyResident));
        w.WriteString("childOrSiblingOnRegisterOrLookedAfter", CriteriaNames.YesNo.Name(f.ChildOrSiblingOnRegisterOrLookedAfter));
        w.WriteString("boardConcernAboutEffectiveness", CriteriaNames.YesNo.Name(f.BoardConcernAboutEffectiveness));
        w.WriteString("outstandingPositiveLearning", CriteriaNames.YesNo.Name(f.OutstandingPositiveLearning));
        w.WriteString("neglectOnly", CriteriaNames.YesNo.Name(f.NeglectOnly));
        for (var fact = FactName.AtRiskOfHarm; fact <= FactName.PerpetratorAgedSixteenOrOver; fact++)
        {
            w.WriteString(CaseFacts.WireName(fact), CriteriaNames.YesNo.Name(f.YesNo(fact)));
        }

        if (f.AwareOn is LocalDate aware)
        {
            w.WriteString("awareOn", Iso(aware));
        }

        if (f.NotifiedOn is LocalDate notified)
        {
            w.WriteString("notifiedOn", Iso(notified));
        }

        w.WriteString("englandTransition", CriteriaNames.Transitions.Name(document.Options.EnglandTransition));
        w.WriteString("rapidReviewClockStart", CriteriaNames.ClockStarts.Name(document.Options.RapidReviewClockStart));
        w.WriteEndObject();
    }

    private static string Iso(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);

    private static CaseFactsDocument? ReadRoot(JsonObjectReader root)
    {
        var jurisdiction = root.Enum("jurisdiction", true, CriteriaNames.Jurisdictions);
        var subject = root.Enum("subject", true, CriteriaNames.Subjects);
        var decisionDate = root.Date("decisionDate", true);
        var abuse = root.Enum("abuseOrNeglect", false, CriteriaNames.Abuse) ?? AbuseOrNeglect.Unknown;
        var harm = root.Enum("harm", false, CriteriaNames.Harms) ?? Harm.Unknown;
        var concern = YesNo(root, "concernAboutJointWorking");
        var custody = YesNo(root, "diedInCustody");
        var needs = YesNo(root, "careAndSupportNeeds");
        var age = root.Int32("ageAtDeath", false, 0, CaseFacts.MaxAge);
        var relationship = root.Enum("perpetratorRelationship", false, CriteriaNames.Relationships) ?? PerpetratorRelationship.Unknown;
        var prior = YesNo(root, "protectionOrLookedAfterInPriorSixMonths");
        var outside = YesNo(root, "harmedOutsideEnglandWhileNormallyResident");
        var register = YesNo(root, "childOrSiblingOnRegisterOrLookedAfter");
        var board = YesNo(root, "boardConcernAboutEffectiveness");
        var learning = YesNo(root, "outstandingPositiveLearning");
        var neglect = YesNo(root, "neglectOnly");
        var atRisk = YesNo(root, "atRiskOfHarm");
        var carm = YesNo(root, "careAndRiskManagementHarm");
        var adultProtection = YesNo(root, "subjectToAdultProtectionProcesses");
        var lookedAfter = YesNo(root, "lookedAfter");
        var careLeaver = YesNo(root, "careLeaver");
        var homicide = YesNo(root, "homicide");
        var weapon = YesNo(root, "offensiveWeapon");
        var pilot = YesNo(root, "offensiveWeaponsPilot");
        var mentalHealth = YesNo(root, "perpetratorKnownToMentalHealthServices");
        var perpetratorSixteen = YesNo(root, "perpetratorAgedSixteenOrOver");
        var awareOn = ClockDate(root, "awareOn");
        var notifiedOn = ClockDate(root, "notifiedOn");
        var transition = root.Enum("englandTransition", false, CriteriaNames.Transitions) ?? EnglandTransition.SafeguardingPartners;
        var clockStart = root.Enum("rapidReviewClockStart", false, CriteriaNames.ClockStarts) ?? RapidReviewClockStart.NotificationSent;
        root.RejectUnknown();

        if (subject == Subject.Adult && age is < 18)
        {
            root.Sink.Add(root.PathOf("ageAtDeath"), "inconsistent-facts", "An adult's age at death is 18 or over.");
        }

        if (root.Sink.HasErrors || jurisdiction is null || subject is null || decisionDate is null)
        {
            return null;
        }

        var facts = new CaseFacts(jurisdiction.Value, subject.Value, decisionDate.Value, abuse, harm, concern, custody, needs, age,
            relationship, prior, outside, register, board, learning, neglect, awareOn, notifiedOn,
            atRisk, carm, adultProtection, lookedAfter, careLeaver, homicide, weapon, pilot, mentalHealth, perpetratorSixteen);
        return new CaseFactsDocument(facts, new CriteriaOptions(transition, TimescaleCatalogue.Default).WithRapidReviewClockStart(clockStart));
    }

    private static TriState YesNo(JsonObjectReader root, string name) =>
        root.Enum(name, false, CriteriaNames.YesNo) ?? TriState.Unknown;

    private static LocalDate? ClockDate(JsonObjectReader root, string name)
    {
        var date = root.Date(name, false);
        if (date is LocalDate day && !HolidayCalendar.Covers(day))
        {
            root.Sink.Add(root.PathOf(name), "date-out-of-range",
                $"Clock dates must be between {HolidayCalendar.FirstYear}-01-01 and {HolidayCalendar.LastYear}-12-31, the years the calendars cover.");
            return null;
        }

        return date;
    }
}
