using System.IO;
using Safeguarding.Domain.Calendars;
using Safeguarding.Domain.Internal;

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
        ulong codes = f.Codes;
        foreach (var fact in FactDeclarations.All)
        {
            if (fact.Kind != FactKind.Age)
            {
                w.WriteString(fact.WireName, fact.Values!.Name((FactCode)((codes >> fact.Shift) & fact.Mask)));
            }
            else if (f.AgeAtDeath is int age)
            {
                w.WriteNumber(fact.WireName, age);
            }
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
        ulong codes = 0;
        int? age = null;
        foreach (var fact in FactDeclarations.All)
        {
            if (fact.Kind == FactKind.Age)
            {
                age = root.Int32(fact.WireName, false, 0, CaseFacts.MaxAge);
            }
            else
            {
                codes |= (ulong)(root.Enum(fact.WireName, false, fact.Values!) ?? FactCode.Unknown) << fact.Shift;
            }
        }

        var awareOn = ClockDate(root, "awareOn", notified: false);
        var notifiedOn = ClockDate(root, "notifiedOn", notified: true);
        var transition = root.Enum("englandTransition", false, CriteriaNames.Transitions) ?? EnglandTransition.SafeguardingPartners;
        var clockStart = root.Enum("rapidReviewClockStart", false, CriteriaNames.ClockStarts) ?? RapidReviewClockStart.NotificationSent;
        root.RejectUnknown();

        // The model's checks, on the values read so far (a value already refused is absent), so that the reader and
        // CaseFacts.Validate give the same issues.
        Report(root, CaseFacts.Check(subject, age, awareOn, notifiedOn));
        if (root.Sink.HasErrors || jurisdiction is null || subject is null || decisionDate is null)
        {
            return null;
        }

        var facts = new CaseFacts(jurisdiction.Value, subject.Value, decisionDate.Value, codes, age, awareOn, notifiedOn);
        return new CaseFactsDocument(facts, OptionsFor(transition, clockStart));
    }

    // The document's properties, in the order ReadRoot asks for them (the facts in the order of their declarations); a
    // forward read matches names as bytes.
    private static readonly Utf8Names Properties = new(PropertyNames());

    private static string[] PropertyNames()
    {
        var names = new string[FactBase + FactSet.Count + 4];
        names[JurisdictionIndex] = "jurisdiction";
        names[SubjectIndex] = "subject";
        names[DecisionDateIndex] = "decisionDate";
        foreach (var fact in FactDeclarations.All)
        {
            names[FactBase + (int)fact.Name] = fact.WireName;
        }

        names[AwareOnIndex] = "awareOn";
        names[NotifiedOnIndex] = "notifiedOn";
        names[TransitionIndex] = "englandTransition";
        names[ClockStartIndex] = "rapidReviewClockStart";
        return names;
    }

    /// <summary>The index of the property name the reader is on, or -1 (for the benchmarks' breakdown).</summary>
    internal static int PropertyIndex(ref Utf8JsonReader reader) => Properties.IndexOf(ref reader);

    private const int JurisdictionIndex = 0, SubjectIndex = 1, DecisionDateIndex = 2, FactBase = 3, AwareOnIndex = FactBase + FactSet.Facts,
        NotifiedOnIndex = AwareOnIndex + 1, TransitionIndex = AwareOnIndex + 2, ClockStartIndex = AwareOnIndex + 3;

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
        Jurisdiction? jurisdiction = null;
        Subject? subject = null;
        LocalDate? decisionDate = null, awareOn = null, notifiedOn = null;
        ulong codes = 0;
        int? age = null;
        var transition = EnglandTransition.SafeguardingPartners;
        var clockStart = RapidReviewClockStart.NotificationSent;
        var members = new ForwardMembers(Properties, JsonForward.NullFrom(DecisionDateIndex + 1));
        while (members.Next(ref reader, out int index))
        {
            members.Read(index switch
            {
                JurisdictionIndex => JsonForward.Enum(ref reader, VocabularyNames.Jurisdictions, out jurisdiction),
                SubjectIndex => JsonForward.Enum(ref reader, CriteriaNames.Subjects, out subject),
                DecisionDateIndex => JsonForward.Date(ref reader, out decisionDate),
                AwareOnIndex => JsonForward.Date(ref reader, out awareOn),
                NotifiedOnIndex => JsonForward.Date(ref reader, out notifiedOn),
                TransitionIndex => JsonForward.Enum(ref reader, CriteriaNames.Transitions, out transition),
                ClockStartIndex => JsonForward.Enum(ref reader, CriteriaNames.ClockStarts, out clockStart),
                _ => FactForward(ref reader, FactDeclarations.All[index - FactBase], ref codes, ref age),
            });
        }

        if (members.Failed || jurisdiction is not Jurisdiction jurisdictionValue || subject is not Subject subjectValue || decisionDate is not LocalDate decided
            || CaseFacts.Check(subjectValue, age, awareOn, notifiedOn) != FactProblems.None)
        {
            return null;
        }

        var facts = new CaseFacts(jurisdictionValue, subjectValue, decided, codes, age, awareOn, notifiedOn);
        return new CaseFactsDocument(facts, OptionsFor(transition, clockStart));
    }

    // A case fact's value: an age, or the code of one of the fact's values, put in its slot of the codes.
    private static bool FactForward(ref Utf8JsonReader reader, FactDeclaration fact, ref ulong codes, ref int? age)
    {
        if (fact.Kind == FactKind.Age)
        {
            return JsonForward.Int32(ref reader, 0, CaseFacts.MaxAge, out age);
        }

        if (!JsonForward.Enum(ref reader, fact.Values!, out FactCode code))
        {
            return false;
        }

        codes |= (ulong)code << fact.Shift;
        return true;
    }

    private static LocalDate? ClockDate(JsonObjectReader root, string name, bool notified)
    {
        var date = root.Date(name, false);
        var problems = notified ? CaseFacts.Check(null, null, null, date) : CaseFacts.Check(null, null, date, null);
        if (problems != FactProblems.None)
        {
            Report(root, problems);
            return null;
        }

        return date;
    }

    // The model's issues at this object's paths (a case facts document may be one line of a batch).
    private static void Report(JsonObjectReader root, FactProblems problems)
    {
        if (problems == FactProblems.None)
        {
            return;
        }

        foreach (var issue in CaseFacts.Describe(problems))
        {
            root.Sink.Add(root.PathOf(issue.Path.Substring(2)), issue.Code, issue.Message);
        }
    }
}
