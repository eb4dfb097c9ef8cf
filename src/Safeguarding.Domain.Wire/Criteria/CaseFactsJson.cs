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
    public static Result<CaseFactsDocument> Read(ReadOnlyMemory<byte> utf8, JsonReadLimits? limits = null) =>
        JsonInput.Read(utf8, limits ?? JsonReadLimits.Default, ReadForward, ReadRoot);

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
        w.WriteString("jurisdiction", VocabularyNames.Jurisdictions.Name(f.Jurisdiction));
        w.WriteString("subject", CriteriaNames.Subjects.Name(f.Subject));
        w.WriteString("decisionDate", ContractDate.Format(f.DecisionDate));
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
            w.WriteString("awareOn", ContractDate.Format(aware));
        }

        if (f.NotifiedOn is LocalDate notified)
        {
            w.WriteString("notifiedOn", ContractDate.Format(notified));
        }

        w.WriteString("englandTransition", CriteriaNames.Transitions.Name(document.Options.EnglandTransition));
        w.WriteString("rapidReviewClockStart", CriteriaNames.ClockStarts.Name(document.Options.RapidReviewClockStart));
        w.WriteEndObject();
    }

    /// <summary>Reads the document from its DOM, reporting every error (see <see cref="JsonInput"/>).</summary>
    internal static CaseFactsDocument? ReadRoot(JsonObjectReader root)
    {
        var jurisdiction = root.Enum("jurisdiction", true, VocabularyNames.Jurisdictions);
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
        return new CaseFactsDocument(facts, OptionsFor(transition, clockStart));
    }

    // The document's properties, in the order ReadRoot asks for them; a forward read matches names as bytes.
    private static readonly Utf8Names Properties = new(
        "jurisdiction", "subject", "decisionDate", "abuseOrNeglect", "harm", "concernAboutJointWorking", "diedInCustody",
        "careAndSupportNeeds", "ageAtDeath", "perpetratorRelationship", "protectionOrLookedAfterInPriorSixMonths",
        "harmedOutsideEnglandWhileNormallyResident", "childOrSiblingOnRegisterOrLookedAfter", "boardConcernAboutEffectiveness",
        "outstandingPositiveLearning", "neglectOnly", "atRiskOfHarm", "careAndRiskManagementHarm", "subjectToAdultProtectionProcesses",
        "lookedAfter", "careLeaver", "homicide", "offensiveWeapon", "offensiveWeaponsPilot", "perpetratorKnownToMentalHealthServices",
        "perpetratorAgedSixteenOrOver", "awareOn", "notifiedOn", "englandTransition", "rapidReviewClockStart");

    /// <summary>The index of the property name the reader is on, or -1 (for the benchmarks' breakdown).</summary>
    internal static int PropertyIndex(ref Utf8JsonReader reader) => Properties.IndexOf(ref reader);

    private const int JurisdictionIndex = 0, SubjectIndex = 1, DecisionDateIndex = 2, AbuseIndex = 3, HarmIndex = 4, AgeIndex = 8,
        RelationshipIndex = 9, AwareOnIndex = 26, NotifiedOnIndex = 27, TransitionIndex = 28, ClockStartIndex = 29;

    // The options of a document are one of four (transition x clock start); each is made once, on first use.
    private static readonly CriteriaOptions?[] CachedOptions = new CriteriaOptions?[4];

    private static CriteriaOptions OptionsFor(EnglandTransition transition, RapidReviewClockStart clockStart)
    {
        int index = ((int)transition * 2) + (int)clockStart;
        if ((uint)index >= (uint)CachedOptions.Length)
        {
            return new CriteriaOptions(transition, TimescaleCatalogue.Default).WithRapidReviewClockStart(clockStart);
        }

        // A race makes two equal instances, one of which is kept: the options are immutable.
        return CachedOptions[index] ??= new CriteriaOptions(transition, TimescaleCatalogue.Default).WithRapidReviewClockStart(clockStart);
    }

    /// <summary>
    /// Reads the document in one forward pass (see <see cref="JsonForward"/>); null at the first thing <see cref="ReadRoot"/>
    /// would report.
    /// </summary>
    internal static CaseFactsDocument? ReadForward(ref Utf8JsonReader reader, JsonReadLimits limits)
    {
        Span<TriState> yesNo = stackalloc TriState[ClockStartIndex + 1];
        yesNo.Clear();
        Jurisdiction? jurisdiction = null;
        Subject? subject = null;
        LocalDate? decisionDate = null, awareOn = null, notifiedOn = null;
        var abuse = AbuseOrNeglect.Unknown;
        var harm = Harm.Unknown;
        int? age = null;
        var relationship = PerpetratorRelationship.Unknown;
        var transition = EnglandTransition.SafeguardingPartners;
        var clockStart = RapidReviewClockStart.NotificationSent;
        uint seen = 0;
        while (JsonForward.NextMember(ref reader, Properties, ref seen, JsonForward.NullFrom(DecisionDateIndex + 1), out int index))
        {
            if (index < 0)
            {
                return null;
            }

            switch (index)
            {
                case JurisdictionIndex:
                    if (!JsonForward.Enum(ref reader, VocabularyNames.Jurisdictions, out var j))
                    {
                        return null;
                    }

                    jurisdiction = j;
                    break;
                case SubjectIndex:
                    if (!JsonForward.Enum(ref reader, CriteriaNames.Subjects, out var s))
                    {
                        return null;
                    }

                    subject = s;
                    break;
                case DecisionDateIndex:
                    if (!JsonForward.Date(ref reader, out var d))
                    {
                        return null;
                    }

                    decisionDate = d;
                    break;
                case AbuseIndex:
                    if (!JsonForward.Enum(ref reader, CriteriaNames.Abuse, out abuse))
                    {
                        return null;
                    }

                    break;
                case HarmIndex:
                    if (!JsonForward.Enum(ref reader, CriteriaNames.Harms, out harm))
                    {
                        return null;
                    }

                    break;
                case AgeIndex:
                    if (!JsonForward.Int32(ref reader, 0, CaseFacts.MaxAge, out int a))
                    {
                        return null;
                    }

                    age = a;
                    break;
                case RelationshipIndex:
                    if (!JsonForward.Enum(ref reader, CriteriaNames.Relationships, out relationship))
                    {
                        return null;
                    }

                    break;
                case AwareOnIndex:
                case NotifiedOnIndex:
                    if (!JsonForward.Date(ref reader, out var clock) || !HolidayCalendar.Covers(clock))
                    {
                        return null;
                    }

                    if (index == AwareOnIndex)
                    {
                        awareOn = clock;
                    }
                    else
                    {
                        notifiedOn = clock;
                    }

                    break;
                case TransitionIndex:
                    if (!JsonForward.Enum(ref reader, CriteriaNames.Transitions, out transition))
                    {
                        return null;
                    }

                    break;
                case ClockStartIndex:
                    if (!JsonForward.Enum(ref reader, CriteriaNames.ClockStarts, out clockStart))
                    {
                        return null;
                    }

                    break;
                default:
                    if (!JsonForward.Enum(ref reader, CriteriaNames.YesNo, out yesNo[index]))
                    {
                        return null;
                    }

                    break;
            }
        }

        if (jurisdiction is not Jurisdiction jurisdictionValue || subject is not Subject subjectValue || decisionDate is not LocalDate decided
            || (subjectValue == Subject.Adult && age is < 18))
        {
            return null;
        }

        var facts = new CaseFacts(jurisdictionValue, subjectValue, decided, abuse, harm, yesNo[5], yesNo[6], yesNo[7], age,
            relationship, yesNo[10], yesNo[11], yesNo[12], yesNo[13], yesNo[14], yesNo[15], awareOn, notifiedOn,
            yesNo[16], yesNo[17], yesNo[18], yesNo[19], yesNo[20], yesNo[21], yesNo[22], yesNo[23], yesNo[24], yesNo[25]);
        return new CaseFactsDocument(facts, OptionsFor(transition, clockStart));
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
