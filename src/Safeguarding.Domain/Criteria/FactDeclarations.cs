namespace Safeguarding.Domain.Criteria;

/// <summary>
/// The case facts, declared once, in the order of <see cref="FactName"/> (which is also the order of the case facts
/// document, its schema and <c>missingFacts</c>). A new fact is a <see cref="FactName"/> member, one row here and the rules
/// that read it: the code slots, the fact set, the readers, the writer and the schema follow.
/// </summary>
/// <remarks>
/// A yes-or-no fact's code sits at twice its position; the other facts sit in the bits those leave free, at
/// <see cref="CaseFacts.AbuseShift"/>, <see cref="CaseFacts.HarmShift"/>, <see cref="CaseFacts.AgeShift"/> and
/// <see cref="CaseFacts.RelationshipShift"/>, so that every byte of <see cref="CaseFacts.Codes"/> holds whole codes.
/// </remarks>
internal static class FactDeclarations
{
    private const Jurisdiction E = Jurisdiction.England, W = Jurisdiction.Wales, S = Jurisdiction.Scotland, N = Jurisdiction.NorthernIreland;

    private static readonly ImmutableArray<string> YesNoValues = ImmutableArray.Create("yes", "no");

    /// <summary>Every fact, in the order of <see cref="FactName"/>.</summary>
    /// <remarks>
    /// <c>harmedOutsideEnglandWhileNormallyResident</c> is part of the contract but no rule reads it yet; a test keeps each
    /// row's jurisdictions equal to those whose rules (companions and the domestic abuse related death reviews included) read it.
    /// </remarks>
    public static ImmutableArray<FactDeclaration> All { get; } = ImmutableArray.Create(
        Choice(FactName.AbuseOrNeglect, "abuseOrNeglect", CaseFacts.AbuseShift, 2, In(E, W, S, N),
            "Whether abuse or neglect is known or suspected", "known", "suspected", "not-suspected"),
        Choice(FactName.Harm, "harm", CaseFacts.HarmShift, 2, In(E, W, S, N), "The harm", "died", "seriously-harmed", "not-seriously-harmed"),
        YesNo(FactName.ConcernAboutJointWorking, "concernAboutJointWorking", In(E, S), "Concern about how agencies worked together"),
        YesNo(FactName.DiedInCustody, "diedInCustody", In(E), "Whether the person died in custody"),
        YesNo(FactName.CareAndSupportNeeds, "careAndSupportNeeds", In(E), "Whether the adult had care and support needs"),
        new FactDeclaration(FactName.AgeAtDeath, "ageAtDeath", FactKind.Age, CaseFacts.AgeShift, 3, ImmutableArray<string>.Empty, In(E, W, N),
            "Age at death in whole years, 0 to 130; an adult's is 18 or over (a cross-field rule the reader checks)"),
        Choice(FactName.PerpetratorRelationship, "perpetratorRelationship", CaseFacts.RelationshipShift, 3, In(E, W, N),
            "The perpetrator's relationship to the person (shared-parent: each a parent of, or with parental responsibility for, the same child)",
            "relative", "intimate-partner", "former-intimate-partner", "household-member", "other", "shared-parent"),
        YesNo(FactName.ProtectionOrLookedAfterInPriorSixMonths, "protectionOrLookedAfterInPriorSixMonths", In(W),
            "On a protection register or looked after in the prior six months"),
        YesNo(FactName.HarmedOutsideEnglandWhileNormallyResident, "harmedOutsideEnglandWhileNormallyResident", In(),
            "Harmed outside England while normally resident there"),
        YesNo(FactName.ChildOrSiblingOnRegisterOrLookedAfter, "childOrSiblingOnRegisterOrLookedAfter", In(N),
            "Northern Ireland: the child or a sibling is or was on the child protection register, or looked after"),
        YesNo(FactName.BoardConcernAboutEffectiveness, "boardConcernAboutEffectiveness", In(N),
            "Northern Ireland: the Board has concerns about the effectiveness of a body represented on it"),
        YesNo(FactName.OutstandingPositiveLearning, "outstandingPositiveLearning", In(S, N),
            "Northern Ireland and Scotland: the bodies worked effectively and there is outstanding positive learning to share"),
        YesNo(FactName.NeglectOnly, "neglectOnly", In(W),
            "Wales: the harm was from neglect alone, no abuse (the extended practice review names abuse)"),
        YesNo(FactName.AtRiskOfHarm, "atRiskOfHarm", In(S), "Scotland: the child was at risk of death or significant harm"),
        YesNo(FactName.CareAndRiskManagementHarm, "careAndRiskManagementHarm", In(S),
            "Scotland: a child managed under Care and Risk Management processes caused harm to another person or to themselves"),
        YesNo(FactName.SubjectToAdultProtectionProcesses, "subjectToAdultProtectionProcesses", In(S),
            "Scotland: the adult was subject to adult support and protection processes"),
        YesNo(FactName.LookedAfter, "lookedAfter", In(E), "England: the child was looked after by a local authority"),
        YesNo(FactName.CareLeaver, "careLeaver", In(E), "England: the person was a care leaver, known to the authority as one"),
        YesNo(FactName.Homicide, "homicide", In(E, W), "The death was, or is likely to have been, caused by another person"),
        YesNo(FactName.OffensiveWeapon, "offensiveWeapon", In(E, W),
            "The death, or the events around it, involved the use of an offensive weapon"),
        YesNo(FactName.OffensiveWeaponsPilot, "offensiveWeaponsPilot", In(E, W),
            "The death occurred in a pilot partner's area within the pilot period of SI 2023/227"),
        YesNo(FactName.PerpetratorKnownToMentalHealthServices, "perpetratorKnownToMentalHealthServices", In(W),
            "Wales: the suspected perpetrator, an adult, was known to mental health services in the 12 months before"),
        YesNo(FactName.PerpetratorAgedSixteenOrOver, "perpetratorAgedSixteenOrOver", In(E, W),
            "The suspected perpetrator was 16 or over"));

    // Derived once, so that the code slots cost an array read, not a call through a declaration.
    private static readonly byte[] Shifts = Derive(d => d.Shift);
    private static readonly byte[] Masks = Derive(d => (int)d.Mask);
    private static readonly byte[] DomainSizes = Derive(d => d.DomainSize);

    /// <summary>A fact's declaration.</summary>
    public static FactDeclaration Of(FactName fact) => All[(int)fact];

    /// <summary>The bit offset of a fact's code in <see cref="CaseFacts.Codes"/>; the fact must be defined.</summary>
    public static int Shift(FactName fact) => Shifts[(int)fact];

    /// <summary>The bits of a fact's code, at bit 0; the fact must be defined.</summary>
    public static ulong Mask(FactName fact) => Masks[(int)fact];

    /// <summary>How many known values a fact takes; the fact must be defined.</summary>
    public static int DomainSize(FactName fact) => DomainSizes[(int)fact];

    private static byte[] Derive(System.Func<FactDeclaration, int> of)
    {
        var values = new byte[All.Length];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = (byte)of(All[i]);
        }

        return values;
    }

    private static ImmutableArray<Jurisdiction> In(params Jurisdiction[] jurisdictions) => ImmutableArray.Create(jurisdictions);

    private static FactDeclaration YesNo(FactName name, string wireName, ImmutableArray<Jurisdiction> readBy, string description) =>
        new(name, wireName, FactKind.YesNo, 2 * (int)name, 2, YesNoValues, readBy, description);

    private static FactDeclaration Choice(FactName name, string wireName, int shift, int width, ImmutableArray<Jurisdiction> readBy,
        string description, params string[] knownValues) =>
        new(name, wireName, FactKind.Choice, shift, width, ImmutableArray.Create(knownValues), readBy, description);
}
