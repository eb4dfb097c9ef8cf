using System;
using Ardalis.GuardClauses;
using NodaTime;

namespace Safeguarding.Domain.Criteria;

/// <summary>
/// The facts of a case as the body responsible for its area knows them on the decision date: the contract's
/// case facts vocabulary. Every fact may be unknown; an unknown fact is never guessed.
/// </summary>
/// <remarks>
/// Immutable value; building or copying one never allocates. The default value is an English child's case with
/// every fact unknown and a decision date of 1 January 1 CE (before every regime): use the constructor.
/// </remarks>
public readonly struct CaseFacts : IEquatable<CaseFacts>
{
    /// <summary>The highest age at death accepted.</summary>
    public const int MaxAge = 130;

    /// <summary>Creates the facts of a case.</summary>
    /// <param name="jurisdiction">The jurisdiction whose rules apply.</param>
    /// <param name="subject">Child or adult.</param>
    /// <param name="decisionDate">The date the decision is made; it selects the rules in force.</param>
    /// <param name="abuseOrNeglect">Whether abuse or neglect is known or suspected.</param>
    /// <param name="harm">Death, serious harm or neither.</param>
    /// <param name="concernAboutJointWorking">Concern about how the agencies worked together.</param>
    /// <param name="diedInCustody">Death in custody, a secure setting or detention under mental-health law.</param>
    /// <param name="careAndSupportNeeds">For adults: needs for care and support, met or not.</param>
    /// <param name="ageAtDeath">Age at death in whole years, or <see langword="null"/> when unknown.</param>
    /// <param name="perpetratorRelationship">The suspected perpetrator's relationship to the person who died.</param>
    /// <param name="protectionOrLookedAfterInPriorSixMonths">
    /// Wales: the child was on the child protection register or looked after in the six months before; for an
    /// adult, the local authority had determined to take action to protect them in those six months.
    /// </param>
    /// <param name="harmedOutsideEnglandWhileNormallyResident">England s16C(1)(b): harmed outside England while normally resident in the area.</param>
    /// <param name="childOrSiblingOnRegisterOrLookedAfter">Northern Ireland reg 17(2)(b)(ii)-(iii): the child or a sibling is or was on the register or looked after.</param>
    /// <param name="boardConcernAboutEffectiveness">Northern Ireland reg 17(2)(c): the Board has concerns about a body's effectiveness.</param>
    /// <param name="outstandingPositiveLearning">Northern Ireland reg 17(3), Scotland: bodies worked effectively and there is outstanding learning.</param>
    /// <param name="neglectOnly">Wales reg 4(4): the concern is neglect alone, with no abuse known or suspected.</param>
    /// <param name="awareOn">The day the responsible body became aware of the incident, if given.</param>
    /// <param name="notifiedOn">The day the incident was notified, if given.</param>
    /// <exception cref="ArgumentException">An enum value is out of range.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ageAtDeath"/> is negative or above <see cref="MaxAge"/>.</exception>
    public CaseFacts(
        Jurisdiction jurisdiction,
        Subject subject,
        LocalDate decisionDate,
        AbuseOrNeglect abuseOrNeglect = AbuseOrNeglect.Unknown,
        Harm harm = Harm.Unknown,
        TriState concernAboutJointWorking = TriState.Unknown,
        TriState diedInCustody = TriState.Unknown,
        TriState careAndSupportNeeds = TriState.Unknown,
        int? ageAtDeath = null,
        PerpetratorRelationship perpetratorRelationship = PerpetratorRelationship.Unknown,
        TriState protectionOrLookedAfterInPriorSixMonths = TriState.Unknown,
        TriState harmedOutsideEnglandWhileNormallyResident = TriState.Unknown,
        TriState childOrSiblingOnRegisterOrLookedAfter = TriState.Unknown,
        TriState boardConcernAboutEffectiveness = TriState.Unknown,
        TriState outstandingPositiveLearning = TriState.Unknown,
        TriState neglectOnly = TriState.Unknown,
        LocalDate? awareOn = null,
        LocalDate? notifiedOn = null)
    {
        Jurisdiction = Guard.Against.EnumOutOfRange(jurisdiction);
        Subject = Guard.Against.EnumOutOfRange(subject);
        DecisionDate = decisionDate;
        AbuseOrNeglect = Guard.Against.EnumOutOfRange(abuseOrNeglect);
        Harm = Guard.Against.EnumOutOfRange(harm);
        ConcernAboutJointWorking = Guard.Against.EnumOutOfRange(concernAboutJointWorking);
        DiedInCustody = Guard.Against.EnumOutOfRange(diedInCustody);
        CareAndSupportNeeds = Guard.Against.EnumOutOfRange(careAndSupportNeeds);
        if (ageAtDeath is int age)
        {
            Guard.Against.OutOfRange(age, nameof(ageAtDeath), 0, MaxAge);
        }

        AgeAtDeath = ageAtDeath;
        PerpetratorRelationship = Guard.Against.EnumOutOfRange(perpetratorRelationship);
        ProtectionOrLookedAfterInPriorSixMonths = Guard.Against.EnumOutOfRange(protectionOrLookedAfterInPriorSixMonths);
        HarmedOutsideEnglandWhileNormallyResident = Guard.Against.EnumOutOfRange(harmedOutsideEnglandWhileNormallyResident);
        ChildOrSiblingOnRegisterOrLookedAfter = Guard.Against.EnumOutOfRange(childOrSiblingOnRegisterOrLookedAfter);
        BoardConcernAboutEffectiveness = Guard.Against.EnumOutOfRange(boardConcernAboutEffectiveness);
        OutstandingPositiveLearning = Guard.Against.EnumOutOfRange(outstandingPositiveLearning);
        NeglectOnly = Guard.Against.EnumOutOfRange(neglectOnly);
        AwareOn = awareOn;
        NotifiedOn = notifiedOn;
    }

    // Copies already-validated values without the guards, which box enums and would allocate on the hot path.
    private CaseFacts(in CaseFacts source, AbuseOrNeglect abuse, Harm harm, TriState concern, TriState custody, TriState needs, int? age,
        PerpetratorRelationship relationship, TriState prior, TriState outside, TriState register, TriState board, TriState learning, TriState neglect)
    {
        Jurisdiction = source.Jurisdiction;
        Subject = source.Subject;
        DecisionDate = source.DecisionDate;
        AwareOn = source.AwareOn;
        NotifiedOn = source.NotifiedOn;
        AbuseOrNeglect = abuse;
        Harm = harm;
        ConcernAboutJointWorking = concern;
        DiedInCustody = custody;
        CareAndSupportNeeds = needs;
        AgeAtDeath = age;
        PerpetratorRelationship = relationship;
        ProtectionOrLookedAfterInPriorSixMonths = prior;
        HarmedOutsideEnglandWhileNormallyResident = outside;
        ChildOrSiblingOnRegisterOrLookedAfter = register;
        BoardConcernAboutEffectiveness = board;
        OutstandingPositiveLearning = learning;
        NeglectOnly = neglect;
    }

    /// <summary>The jurisdiction whose rules apply.</summary>
    public Jurisdiction Jurisdiction { get; }

    /// <summary>Child or adult.</summary>
    public Subject Subject { get; }

    /// <summary>The date the decision is made; it selects the rules in force.</summary>
    public LocalDate DecisionDate { get; }

    /// <summary>Whether abuse or neglect is known or suspected.</summary>
    public AbuseOrNeglect AbuseOrNeglect { get; }

    /// <summary>Death, serious harm or neither.</summary>
    public Harm Harm { get; }

    /// <summary>Concern about how the agencies worked together.</summary>
    public TriState ConcernAboutJointWorking { get; }

    /// <summary>Death in custody, a secure setting or detention under mental-health law.</summary>
    public TriState DiedInCustody { get; }

    /// <summary>For adults: needs for care and support.</summary>
    public TriState CareAndSupportNeeds { get; }

    /// <summary>Age at death in whole years; <see langword="null"/> when unknown.</summary>
    public int? AgeAtDeath { get; }

    /// <summary>The suspected perpetrator's relationship to the person who died.</summary>
    public PerpetratorRelationship PerpetratorRelationship { get; }

    /// <summary>Wales: on the register, looked after, or (adults) subject to protective action in the six months before.</summary>
    public TriState ProtectionOrLookedAfterInPriorSixMonths { get; }

    /// <summary>England s16C(1)(b): harmed outside England while normally resident in the area.</summary>
    public TriState HarmedOutsideEnglandWhileNormallyResident { get; }

    /// <summary>Northern Ireland: the child or a sibling is or was on the child protection register or looked after.</summary>
    public TriState ChildOrSiblingOnRegisterOrLookedAfter { get; }

    /// <summary>Northern Ireland: the Board has concerns about the effectiveness of a body represented on it.</summary>
    public TriState BoardConcernAboutEffectiveness { get; }

    /// <summary>Bodies worked effectively and there is outstanding positive learning.</summary>
    public TriState OutstandingPositiveLearning { get; }

    /// <summary>Wales: the concern is neglect alone, with no abuse known or suspected.</summary>
    public TriState NeglectOnly { get; }

    /// <summary>The day the responsible body became aware of the incident, if given.</summary>
    public LocalDate? AwareOn { get; }

    /// <summary>The day the incident was notified, if given.</summary>
    public LocalDate? NotifiedOn { get; }

    /// <summary>The facts that are unknown.</summary>
    public FactSet UnknownFacts
    {
        get
        {
            var set = FactSet.Empty;
            for (int i = 0; i < FactSet.Count; i++)
            {
                if (!IsKnown((FactName)i))
                {
                    set = set.Add((FactName)i);
                }
            }

            return set;
        }
    }

    /// <summary>The case facts document's property name of a fact, for example <c>abuseOrNeglect</c>.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>The camelCase name.</returns>
    public static string WireName(FactName fact) => fact switch
    {
        FactName.AbuseOrNeglect => "abuseOrNeglect",
        FactName.Harm => "harm",
        FactName.ConcernAboutJointWorking => "concernAboutJointWorking",
        FactName.DiedInCustody => "diedInCustody",
        FactName.CareAndSupportNeeds => "careAndSupportNeeds",
        FactName.AgeAtDeath => "ageAtDeath",
        FactName.PerpetratorRelationship => "perpetratorRelationship",
        FactName.ProtectionOrLookedAfterInPriorSixMonths => "protectionOrLookedAfterInPriorSixMonths",
        FactName.HarmedOutsideEnglandWhileNormallyResident => "harmedOutsideEnglandWhileNormallyResident",
        FactName.ChildOrSiblingOnRegisterOrLookedAfter => "childOrSiblingOnRegisterOrLookedAfter",
        FactName.BoardConcernAboutEffectiveness => "boardConcernAboutEffectiveness",
        FactName.OutstandingPositiveLearning => "outstandingPositiveLearning",
        FactName.NeglectOnly => "neglectOnly",
        _ => throw new ArgumentOutOfRangeException(nameof(fact)),
    };

    /// <summary>Whether a fact is known.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>Whether it has a known value.</returns>
    public bool IsKnown(FactName fact) => fact switch
    {
        FactName.AbuseOrNeglect => AbuseOrNeglect != AbuseOrNeglect.Unknown,
        FactName.Harm => Harm != Harm.Unknown,
        FactName.ConcernAboutJointWorking => ConcernAboutJointWorking != TriState.Unknown,
        FactName.DiedInCustody => DiedInCustody != TriState.Unknown,
        FactName.CareAndSupportNeeds => CareAndSupportNeeds != TriState.Unknown,
        FactName.AgeAtDeath => AgeAtDeath.HasValue,
        FactName.PerpetratorRelationship => PerpetratorRelationship != PerpetratorRelationship.Unknown,
        FactName.ProtectionOrLookedAfterInPriorSixMonths => ProtectionOrLookedAfterInPriorSixMonths != TriState.Unknown,
        FactName.HarmedOutsideEnglandWhileNormallyResident => HarmedOutsideEnglandWhileNormallyResident != TriState.Unknown,
        FactName.ChildOrSiblingOnRegisterOrLookedAfter => ChildOrSiblingOnRegisterOrLookedAfter != TriState.Unknown,
        FactName.BoardConcernAboutEffectiveness => BoardConcernAboutEffectiveness != TriState.Unknown,
        FactName.OutstandingPositiveLearning => OutstandingPositiveLearning != TriState.Unknown,
        FactName.NeglectOnly => NeglectOnly != TriState.Unknown,
        _ => throw new ArgumentOutOfRangeException(nameof(fact)),
    };

    /// <summary>A copy of these facts with one fact made unknown.</summary>
    /// <param name="fact">The fact to forget.</param>
    /// <returns>The new facts.</returns>
    public CaseFacts WithUnknown(FactName fact) => With(fact, -1);

    /// <summary>A copy of these facts with another decision date.</summary>
    /// <param name="decisionDate">The new decision date.</param>
    /// <returns>The new facts.</returns>
    public CaseFacts WithDecisionDate(LocalDate decisionDate) => new(
        Jurisdiction, Subject, decisionDate, AbuseOrNeglect, Harm, ConcernAboutJointWorking, DiedInCustody, CareAndSupportNeeds,
        AgeAtDeath, PerpetratorRelationship, ProtectionOrLookedAfterInPriorSixMonths, HarmedOutsideEnglandWhileNormallyResident,
        ChildOrSiblingOnRegisterOrLookedAfter, BoardConcernAboutEffectiveness, OutstandingPositiveLearning, NeglectOnly, AwareOn, NotifiedOn);

    /// <summary>How many known values a fact can take, as the evaluator enumerates them.</summary>
    internal static int DomainSize(FactName fact) => fact switch
    {
        FactName.AbuseOrNeglect => 3,
        FactName.Harm => 3,
        FactName.PerpetratorRelationship => 5,
        _ => 2,
    };

    /// <summary>
    /// The fact's value as the index <see cref="With"/> takes (0 to <see cref="DomainSize"/> - 1), or
    /// <see cref="DomainSize"/> when it is unknown. Ages collapse to the two sides of the age-16 threshold.
    /// </summary>
    internal int Code(FactName fact) => fact switch
    {
        FactName.AbuseOrNeglect => AbuseOrNeglect == AbuseOrNeglect.Unknown ? 3 : (int)AbuseOrNeglect - 1,
        FactName.Harm => Harm == Harm.Unknown ? 3 : (int)Harm - 1,
        FactName.ConcernAboutJointWorking => TriCode(ConcernAboutJointWorking),
        FactName.DiedInCustody => TriCode(DiedInCustody),
        FactName.CareAndSupportNeeds => TriCode(CareAndSupportNeeds),
        FactName.AgeAtDeath => AgeAtDeath is int age ? (age >= 16 ? 1 : 0) : 2,
        FactName.PerpetratorRelationship => PerpetratorRelationship == PerpetratorRelationship.Unknown ? 5 : (int)PerpetratorRelationship - 1,
        FactName.ProtectionOrLookedAfterInPriorSixMonths => TriCode(ProtectionOrLookedAfterInPriorSixMonths),
        FactName.HarmedOutsideEnglandWhileNormallyResident => TriCode(HarmedOutsideEnglandWhileNormallyResident),
        FactName.ChildOrSiblingOnRegisterOrLookedAfter => TriCode(ChildOrSiblingOnRegisterOrLookedAfter),
        FactName.BoardConcernAboutEffectiveness => TriCode(BoardConcernAboutEffectiveness),
        FactName.OutstandingPositiveLearning => TriCode(OutstandingPositiveLearning),
        FactName.NeglectOnly => TriCode(NeglectOnly),
        _ => throw new ArgumentOutOfRangeException(nameof(fact)),
    };

    private static int TriCode(TriState value) => value == TriState.Unknown ? 2 : (int)value - 1;

    /// <summary>
    /// A copy with one fact set to the <paramref name="index"/>-th known value of its domain, or made unknown for
    /// -1. Ages are enumerated as 15 and 16, the two sides of the only age threshold any rule uses (s9(1): 16 or over).
    /// </summary>
    internal CaseFacts With(FactName fact, int index)
    {
        var abuse = AbuseOrNeglect;
        var harm = Harm;
        var concern = ConcernAboutJointWorking;
        var custody = DiedInCustody;
        var needs = CareAndSupportNeeds;
        var age = AgeAtDeath;
        var relationship = PerpetratorRelationship;
        var prior = ProtectionOrLookedAfterInPriorSixMonths;
        var outside = HarmedOutsideEnglandWhileNormallyResident;
        var register = ChildOrSiblingOnRegisterOrLookedAfter;
        var board = BoardConcernAboutEffectiveness;
        var learning = OutstandingPositiveLearning;
        var neglect = NeglectOnly;
        var yesNo = index < 0 ? TriState.Unknown : (TriState)(index + 1);
        switch (fact)
        {
            case FactName.AbuseOrNeglect: abuse = index < 0 ? AbuseOrNeglect.Unknown : (AbuseOrNeglect)(index + 1); break;
            case FactName.Harm: harm = index < 0 ? Harm.Unknown : (Harm)(index + 1); break;
            case FactName.ConcernAboutJointWorking: concern = yesNo; break;
            case FactName.DiedInCustody: custody = yesNo; break;
            case FactName.CareAndSupportNeeds: needs = yesNo; break;
            case FactName.AgeAtDeath: age = index < 0 ? null : 15 + index; break;
            case FactName.PerpetratorRelationship: relationship = index < 0 ? PerpetratorRelationship.Unknown : (PerpetratorRelationship)(index + 1); break;
            case FactName.ProtectionOrLookedAfterInPriorSixMonths: prior = yesNo; break;
            case FactName.HarmedOutsideEnglandWhileNormallyResident: outside = yesNo; break;
            case FactName.ChildOrSiblingOnRegisterOrLookedAfter: register = yesNo; break;
            case FactName.BoardConcernAboutEffectiveness: board = yesNo; break;
            case FactName.OutstandingPositiveLearning: learning = yesNo; break;
            case FactName.NeglectOnly: neglect = yesNo; break;
            default: throw new ArgumentOutOfRangeException(nameof(fact));
        }

        return new CaseFacts(in this, abuse, harm, concern, custody, needs, age, relationship, prior, outside, register, board, learning, neglect);
    }

    /// <inheritdoc />
    public bool Equals(CaseFacts other) =>
        Jurisdiction == other.Jurisdiction && Subject == other.Subject && DecisionDate == other.DecisionDate
        && AbuseOrNeglect == other.AbuseOrNeglect && Harm == other.Harm && ConcernAboutJointWorking == other.ConcernAboutJointWorking
        && DiedInCustody == other.DiedInCustody && CareAndSupportNeeds == other.CareAndSupportNeeds && AgeAtDeath == other.AgeAtDeath
        && PerpetratorRelationship == other.PerpetratorRelationship
        && ProtectionOrLookedAfterInPriorSixMonths == other.ProtectionOrLookedAfterInPriorSixMonths
        && HarmedOutsideEnglandWhileNormallyResident == other.HarmedOutsideEnglandWhileNormallyResident
        && ChildOrSiblingOnRegisterOrLookedAfter == other.ChildOrSiblingOnRegisterOrLookedAfter
        && BoardConcernAboutEffectiveness == other.BoardConcernAboutEffectiveness
        && OutstandingPositiveLearning == other.OutstandingPositiveLearning && NeglectOnly == other.NeglectOnly
        && AwareOn == other.AwareOn && NotifiedOn == other.NotifiedOn;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CaseFacts other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        unchecked
        {
            int hash = ((int)Jurisdiction * 4) + (int)Subject;
            hash = (hash * 397) ^ DecisionDate.GetHashCode();
            hash = (hash * 397) ^ ((int)AbuseOrNeglect | ((int)Harm << 2) | ((int)ConcernAboutJointWorking << 4) | ((int)DiedInCustody << 6)
                | ((int)CareAndSupportNeeds << 8) | ((int)PerpetratorRelationship << 10) | ((int)ProtectionOrLookedAfterInPriorSixMonths << 13)
                | ((int)HarmedOutsideEnglandWhileNormallyResident << 15) | ((int)ChildOrSiblingOnRegisterOrLookedAfter << 17)
                | ((int)BoardConcernAboutEffectiveness << 19) | ((int)OutstandingPositiveLearning << 21) | ((int)NeglectOnly << 23));
            hash = (hash * 397) ^ (AgeAtDeath ?? -1);
            hash = (hash * 397) ^ AwareOn.GetHashCode();
            return (hash * 397) ^ NotifiedOn.GetHashCode();
        }
    }

    /// <summary>Equality.</summary>
    /// <param name="left">The first facts.</param>
    /// <param name="right">The second facts.</param>
    /// <returns>Whether every fact is equal.</returns>
    public static bool operator ==(CaseFacts left, CaseFacts right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first facts.</param>
    /// <param name="right">The second facts.</param>
    /// <returns>Whether any fact differs.</returns>
    public static bool operator !=(CaseFacts left, CaseFacts right) => !left.Equals(right);
}
