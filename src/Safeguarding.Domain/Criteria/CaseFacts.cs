namespace Safeguarding.Domain.Criteria;

/// <summary>
/// The facts of a case as the body responsible for its area knows them on the decision date: the contract's
/// case facts vocabulary. Every fact may be unknown; an unknown fact is never guessed.
/// </summary>
/// <remarks>
/// Immutable value; building or copying one never allocates. The default value is an English child's case with
/// every fact unknown and a decision date of 1 January 1 CE (before every regime): use the constructor.
/// The constructor takes any age and any dates; <see cref="Validate"/> (which <see cref="CriteriaEvaluator.Evaluate"/> and
/// the case facts reader apply) reports facts that cannot be true together, with the same issues from both doors. Each fact
/// is declared once, in the internal fact declarations, from which the code slots, readers, writer and schema derive.
/// </remarks>
public readonly partial struct CaseFacts : IEquatable<CaseFacts>
{
    /// <summary>The highest age at death accepted.</summary>
    internal const int MaxAge = 130;

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
    /// <param name="atRiskOfHarm">Scotland: the child was at risk of death or significant harm.</param>
    /// <param name="careAndRiskManagementHarm">Scotland (2024 update): a child managed under Care and Risk Management processes caused harm to another person or to themselves.</param>
    /// <param name="subjectToAdultProtectionProcesses">Scotland: the adult was subject to adult support and protection processes.</param>
    /// <param name="lookedAfter">England: the child was looked after by a local authority.</param>
    /// <param name="careLeaver">England: the person was a care leaver, known to the authority as one.</param>
    /// <param name="homicide">The death was, or is likely to have been, caused by another person.</param>
    /// <param name="offensiveWeapon">The death, or the events around it, involved the use of an offensive weapon (Prevention of Crime Act 1953 s1).</param>
    /// <param name="offensiveWeaponsPilot">The death occurred in a pilot partner's area within the pilot period of SI 2023/227.</param>
    /// <param name="perpetratorKnownToMentalHealthServices">Wales: the suspected perpetrator, an adult, was known to mental health services in the 12 months before.</param>
    /// <param name="perpetratorAgedSixteenOrOver">The suspected perpetrator was aged 16 or over (Domestic Abuse Act 2021 s1(2)(a)).</param>
    /// <exception cref="ArgumentException">An enum value is out of range (a cast, not a value of the enum).</exception>
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
        LocalDate? notifiedOn = null,
        TriState atRiskOfHarm = TriState.Unknown,
        TriState careAndRiskManagementHarm = TriState.Unknown,
        TriState subjectToAdultProtectionProcesses = TriState.Unknown,
        TriState lookedAfter = TriState.Unknown,
        TriState careLeaver = TriState.Unknown,
        TriState homicide = TriState.Unknown,
        TriState offensiveWeapon = TriState.Unknown,
        TriState offensiveWeaponsPilot = TriState.Unknown,
        TriState perpetratorKnownToMentalHealthServices = TriState.Unknown,
        TriState perpetratorAgedSixteenOrOver = TriState.Unknown)
    {
        Jurisdiction = (Jurisdiction)Defined((int)jurisdiction, (int)Jurisdiction.NorthernIreland, nameof(jurisdiction), typeof(Jurisdiction));
        Subject = (Subject)Defined((int)subject, (int)Subject.Adult, nameof(subject), typeof(Subject));
        DecisionDate = decisionDate;
        AgeAtDeath = ageAtDeath;
        AwareOn = awareOn;
        NotifiedOn = notifiedOn;
        ulong codes = AgeCode(ageAtDeath);
        codes |= (ulong)Defined((int)abuseOrNeglect, (int)AbuseOrNeglect.NotSuspected, nameof(abuseOrNeglect), typeof(AbuseOrNeglect)) << AbuseShift;
        codes |= (ulong)Defined((int)harm, (int)Harm.NotSeriouslyHarmed, nameof(harm), typeof(Harm)) << HarmShift;
        codes |= (ulong)Defined((int)perpetratorRelationship, (int)PerpetratorRelationship.SharedParent, nameof(perpetratorRelationship), typeof(PerpetratorRelationship)) << RelationshipShift;
        codes = Pack(codes, FactName.ConcernAboutJointWorking, concernAboutJointWorking, nameof(concernAboutJointWorking));
        codes = Pack(codes, FactName.DiedInCustody, diedInCustody, nameof(diedInCustody));
        codes = Pack(codes, FactName.CareAndSupportNeeds, careAndSupportNeeds, nameof(careAndSupportNeeds));
        codes = Pack(codes, FactName.ProtectionOrLookedAfterInPriorSixMonths, protectionOrLookedAfterInPriorSixMonths, nameof(protectionOrLookedAfterInPriorSixMonths));
        codes = Pack(codes, FactName.HarmedOutsideEnglandWhileNormallyResident, harmedOutsideEnglandWhileNormallyResident, nameof(harmedOutsideEnglandWhileNormallyResident));
        codes = Pack(codes, FactName.ChildOrSiblingOnRegisterOrLookedAfter, childOrSiblingOnRegisterOrLookedAfter, nameof(childOrSiblingOnRegisterOrLookedAfter));
        codes = Pack(codes, FactName.BoardConcernAboutEffectiveness, boardConcernAboutEffectiveness, nameof(boardConcernAboutEffectiveness));
        codes = Pack(codes, FactName.OutstandingPositiveLearning, outstandingPositiveLearning, nameof(outstandingPositiveLearning));
        codes = Pack(codes, FactName.NeglectOnly, neglectOnly, nameof(neglectOnly));
        codes = Pack(codes, FactName.AtRiskOfHarm, atRiskOfHarm, nameof(atRiskOfHarm));
        codes = Pack(codes, FactName.CareAndRiskManagementHarm, careAndRiskManagementHarm, nameof(careAndRiskManagementHarm));
        codes = Pack(codes, FactName.SubjectToAdultProtectionProcesses, subjectToAdultProtectionProcesses, nameof(subjectToAdultProtectionProcesses));
        codes = Pack(codes, FactName.LookedAfter, lookedAfter, nameof(lookedAfter));
        codes = Pack(codes, FactName.CareLeaver, careLeaver, nameof(careLeaver));
        codes = Pack(codes, FactName.Homicide, homicide, nameof(homicide));
        codes = Pack(codes, FactName.OffensiveWeapon, offensiveWeapon, nameof(offensiveWeapon));
        codes = Pack(codes, FactName.OffensiveWeaponsPilot, offensiveWeaponsPilot, nameof(offensiveWeaponsPilot));
        codes = Pack(codes, FactName.PerpetratorKnownToMentalHealthServices, perpetratorKnownToMentalHealthServices, nameof(perpetratorKnownToMentalHealthServices));
        codes = Pack(codes, FactName.PerpetratorAgedSixteenOrOver, perpetratorAgedSixteenOrOver, nameof(perpetratorAgedSixteenOrOver));
        _codes = codes;
    }

    /// <summary>
    /// Facts from their codes (see <see cref="Codes"/>) as a reader packs them from the fact declarations: every code but
    /// the age's, which is derived from <paramref name="ageAtDeath"/>. The codes must be valid; nothing is checked.
    /// </summary>
    internal CaseFacts(Jurisdiction jurisdiction, Subject subject, LocalDate decisionDate, ulong codesWithoutAge, int? ageAtDeath,
        LocalDate? awareOn, LocalDate? notifiedOn)
    {
        Jurisdiction = jurisdiction;
        Subject = subject;
        DecisionDate = decisionDate;
        AgeAtDeath = ageAtDeath;
        AwareOn = awareOn;
        NotifiedOn = notifiedOn;
        _codes = codesWithoutAge | AgeCode(ageAtDeath);
    }

    // Copies already-validated values with other codes (and the age they came from), without the guards.
    private CaseFacts(in CaseFacts source, ulong codes, int? age, LocalDate decisionDate)
    {
        Jurisdiction = source.Jurisdiction;
        Subject = source.Subject;
        DecisionDate = decisionDate;
        AwareOn = source.AwareOn;
        NotifiedOn = source.NotifiedOn;
        AgeAtDeath = age;
        _codes = codes;
    }

    // Every fact as a code (see Codes); the age's code is its band, so the age itself is kept beside it.
    private readonly ulong _codes;

    // The yes-or-no facts' bits: two for each of the 23 positions (the many-valued facts' positions hold 0).
    private const ulong YesNoBits = (1UL << (2 * FactSet.Facts)) - 1;

    private static ulong AgeCode(int? age) =>
        (ulong)(age is int years ? 1 + (years >= 25 ? 3 : years >= 18 ? 2 : years >= 16 ? 1 : 0) : 0) << AgeShift;

    /// <summary>Bit offset of each many-valued fact's code in <see cref="Codes"/>.</summary>
    internal const int AbuseShift = 48, HarmShift = 50, AgeShift = 56, RelationshipShift = 59;

    /// <summary>
    /// Every fact as a code in one word: a yes-or-no fact's <see cref="TriState"/> at twice its position, the others at
    /// <see cref="AbuseShift"/>, <see cref="HarmShift"/>, <see cref="AgeShift"/> and <see cref="RelationshipShift"/>;
    /// a code is 0 when the fact is unknown, otherwise 1 + the index <see cref="With"/> takes. The decision tables'
    /// index is a sum of lookups on its bytes.
    /// </summary>
    internal ulong Codes => _codes;

    /// <summary>Where a fact's code sits in <see cref="Codes"/>, and how many values (unknown included) it takes.</summary>
    internal static (int Shift, int Radix) CodeSlot(FactName fact) => (FactDeclarations.Shift(fact), FactDeclarations.DomainSize(fact) + 1);

    /// <summary>
    /// The value of an enum whose members run from 0 to <paramref name="max"/>, checked without boxing it (the guard
    /// library's enum check boxes, which cost most of a strictly read document's allocation).
    /// </summary>
    private static int Defined(int value, int max, string parameterName, System.Type type) =>
        (uint)value <= (uint)max ? value : throw new System.ComponentModel.InvalidEnumArgumentException(parameterName, value, type);

    private static ulong Pack(ulong bits, FactName fact, TriState value, string parameterName)
    {
        if (value is < TriState.Unknown or > TriState.No)
        {
            throw new System.ComponentModel.InvalidEnumArgumentException(parameterName, (int)value, typeof(TriState));
        }

        return bits | ((ulong)value << (2 * (int)fact));
    }

    /// <summary>Whether a fact is one of the yes-or-no facts (every fact but abuse, harm, age and relationship).</summary>
    internal static bool IsYesNo(FactName fact) => (uint)fact < FactSet.Count && FactDeclarations.Of(fact).Kind == FactKind.YesNo;

    /// <summary>The value of a yes-or-no fact.</summary>
    /// <param name="fact">A yes-or-no fact (any but <c>abuseOrNeglect</c>, <c>harm</c>, <c>ageAtDeath</c> and <c>perpetratorRelationship</c>).</param>
    /// <returns>Yes, no or unknown.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fact"/> is not a yes-or-no fact.</exception>
    public TriState YesNo(FactName fact) => IsYesNo(fact)
        ? YesNoUnchecked(fact)
        : throw new ArgumentOutOfRangeException(nameof(fact), "Not a yes-or-no fact.");

    internal TriState YesNoUnchecked(FactName fact) => (TriState)((_codes >> (2 * (int)fact)) & 3);

    /// <summary>The jurisdiction whose rules apply.</summary>
    public Jurisdiction Jurisdiction { get; }

    /// <summary>Child or adult.</summary>
    public Subject Subject { get; }

    /// <summary>The date the decision is made; it selects the rules in force.</summary>
    public LocalDate DecisionDate { get; }

    /// <summary>Whether abuse or neglect is known or suspected.</summary>
    public AbuseOrNeglect AbuseOrNeglect => (AbuseOrNeglect)((_codes >> AbuseShift) & 3);

    /// <summary>Death, serious harm or neither.</summary>
    public Harm Harm => (Harm)((_codes >> HarmShift) & 3);

    /// <summary>Age at death in whole years; <see langword="null"/> when unknown.</summary>
    public int? AgeAtDeath { get; }

    /// <summary>The suspected perpetrator's relationship to the person who died.</summary>
    public PerpetratorRelationship PerpetratorRelationship => (PerpetratorRelationship)((_codes >> RelationshipShift) & 7);

    /// <summary>Concern about how the agencies worked together.</summary>
    public TriState ConcernAboutJointWorking => YesNoUnchecked(FactName.ConcernAboutJointWorking);

    /// <summary>Death in custody, a secure setting or detention under mental-health law.</summary>
    public TriState DiedInCustody => YesNoUnchecked(FactName.DiedInCustody);

    /// <summary>For adults: needs for care and support.</summary>
    public TriState CareAndSupportNeeds => YesNoUnchecked(FactName.CareAndSupportNeeds);

    /// <summary>Wales: on the register, looked after, or (adults) subject to protective action in the six months before.</summary>
    public TriState ProtectionOrLookedAfterInPriorSixMonths => YesNoUnchecked(FactName.ProtectionOrLookedAfterInPriorSixMonths);

    /// <summary>England s16C(1)(b): harmed outside England while normally resident in the area.</summary>
    public TriState HarmedOutsideEnglandWhileNormallyResident => YesNoUnchecked(FactName.HarmedOutsideEnglandWhileNormallyResident);

    /// <summary>Northern Ireland: the child or a sibling is or was on the child protection register or looked after.</summary>
    public TriState ChildOrSiblingOnRegisterOrLookedAfter => YesNoUnchecked(FactName.ChildOrSiblingOnRegisterOrLookedAfter);

    /// <summary>Northern Ireland: the Board has concerns about the effectiveness of a body represented on it.</summary>
    public TriState BoardConcernAboutEffectiveness => YesNoUnchecked(FactName.BoardConcernAboutEffectiveness);

    /// <summary>Bodies worked effectively and there is outstanding positive learning.</summary>
    public TriState OutstandingPositiveLearning => YesNoUnchecked(FactName.OutstandingPositiveLearning);

    /// <summary>Wales: the concern is neglect alone, with no abuse known or suspected.</summary>
    public TriState NeglectOnly => YesNoUnchecked(FactName.NeglectOnly);

    /// <summary>Scotland: the child was at risk of death or significant harm.</summary>
    public TriState AtRiskOfHarm => YesNoUnchecked(FactName.AtRiskOfHarm);

    /// <summary>Scotland (2024 update): a child managed under Care and Risk Management processes caused harm to another person or to themselves.</summary>
    public TriState CareAndRiskManagementHarm => YesNoUnchecked(FactName.CareAndRiskManagementHarm);

    /// <summary>Scotland: the adult was subject to adult support and protection processes.</summary>
    public TriState SubjectToAdultProtectionProcesses => YesNoUnchecked(FactName.SubjectToAdultProtectionProcesses);

    /// <summary>England: the child was looked after by a local authority.</summary>
    public TriState LookedAfter => YesNoUnchecked(FactName.LookedAfter);

    /// <summary>England: the person was a care leaver, known to the authority as one.</summary>
    public TriState CareLeaver => YesNoUnchecked(FactName.CareLeaver);

    /// <summary>The death was, or is likely to have been, caused by another person.</summary>
    public TriState Homicide => YesNoUnchecked(FactName.Homicide);

    /// <summary>The death, or the events around it, involved the use of an offensive weapon (Prevention of Crime Act 1953 s1).</summary>
    public TriState OffensiveWeapon => YesNoUnchecked(FactName.OffensiveWeapon);

    /// <summary>The death occurred in a pilot partner's area within the pilot period of SI 2023/227.</summary>
    public TriState OffensiveWeaponsPilot => YesNoUnchecked(FactName.OffensiveWeaponsPilot);

    /// <summary>Wales: the suspected perpetrator, an adult, was known to mental health services in the 12 months before.</summary>
    public TriState PerpetratorKnownToMentalHealthServices => YesNoUnchecked(FactName.PerpetratorKnownToMentalHealthServices);

    /// <summary>The suspected perpetrator was aged 16 or over (Domestic Abuse Act 2021 s1(2)(a)).</summary>
    public TriState PerpetratorAgedSixteenOrOver => YesNoUnchecked(FactName.PerpetratorAgedSixteenOrOver);

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
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fact"/> is not defined.</exception>
    public static string WireName(FactName fact) => (uint)fact < FactSet.Count
        ? FactDeclarations.Of(fact).WireName
        : throw new ArgumentOutOfRangeException(nameof(fact));

    /// <summary>Whether a fact is known.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>Whether it has a known value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fact"/> is not defined.</exception>
    public bool IsKnown(FactName fact) => (uint)fact < FactSet.Count
        ? CodeOf(fact) != 0
        : throw new ArgumentOutOfRangeException(nameof(fact));

    // The fact's code in Codes: 0 when unknown, otherwise 1 + the index With takes.
    private int CodeOf(FactName fact) => (int)((_codes >> FactDeclarations.Shift(fact)) & FactDeclarations.Mask(fact));

    /// <summary>A copy of these facts with one fact made unknown.</summary>
    /// <param name="fact">The fact to forget.</param>
    /// <returns>The new facts.</returns>
    public CaseFacts WithUnknown(FactName fact) => With(fact, -1);

    /// <summary>A copy of these facts with another decision date.</summary>
    /// <param name="decisionDate">The new decision date.</param>
    /// <returns>The new facts.</returns>
    public CaseFacts WithDecisionDate(LocalDate decisionDate) => new(in this, _codes, AgeAtDeath, decisionDate);

    /// <summary>How many known values a fact can take, as the evaluator enumerates them.</summary>
    internal static int DomainSize(FactName fact) => FactDeclarations.DomainSize(fact);

    // The ages the rules compare with: under 16, 16 or 17, 18 to 24, 25 or over (s9(1) and the Domestic Abuse Act
    // 2021: 16 or over; offensive weapons homicide reviews: 18 or over; care leavers: 24 or under).
    internal const int AgeBands = 4;

    private static readonly int[] AgeBandAges = { 15, 16, 18, 25 };

    /// <summary>
    /// The fact's value as the index <see cref="With"/> takes (0 to <see cref="DomainSize"/> - 1), or
    /// <see cref="DomainSize"/> when it is unknown. Ages collapse to the bands between the rules' age thresholds.
    /// </summary>
    internal int Code(FactName fact)
    {
        int code = CodeOf(fact);
        return code == 0 ? FactDeclarations.DomainSize(fact) : code - 1;
    }

    /// <summary>
    /// A copy with one fact set to the <paramref name="index"/>-th known value of its domain, or made unknown for
    /// -1. Ages are enumerated as 15, 16, 18 and 25, one in each band between the age thresholds the rules use.
    /// </summary>
    internal CaseFacts With(FactName fact, int index)
    {
        if ((uint)fact >= FactSet.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(fact));
        }

        int shift = FactDeclarations.Shift(fact);
        ulong codes = (_codes & ~(FactDeclarations.Mask(fact) << shift)) | ((ulong)(index + 1) << shift);
        var age = fact != FactName.AgeAtDeath ? AgeAtDeath : index < 0 ? null : AgeBandAges[index];
        return new CaseFacts(in this, codes, age, DecisionDate);
    }

    /// <inheritdoc />
    public bool Equals(CaseFacts other) =>
        Jurisdiction == other.Jurisdiction && Subject == other.Subject && DecisionDate == other.DecisionDate
        && _codes == other._codes && AgeAtDeath == other.AgeAtDeath
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
            hash = (hash * 397) ^ ((int)AbuseOrNeglect | ((int)Harm << 3) | ((int)PerpetratorRelationship << 6));
            hash = (hash * 397) ^ (_codes & YesNoBits).GetHashCode();
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
