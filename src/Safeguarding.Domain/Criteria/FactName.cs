namespace Safeguarding.Domain.Criteria;

/// <summary>A fact of <see cref="CaseFacts"/> that may be unknown; <c>missingFacts</c> names these.</summary>
/// <remarks>The default value is <see cref="AbuseOrNeglect"/>. Wire names are the case facts document's camelCase property names.</remarks>
public enum FactName
{
    /// <summary><c>abuseOrNeglect</c>.</summary>
    AbuseOrNeglect = 0,

    /// <summary><c>harm</c>.</summary>
    Harm = 1,

    /// <summary><c>concernAboutJointWorking</c>.</summary>
    ConcernAboutJointWorking = 2,

    /// <summary><c>diedInCustody</c>.</summary>
    DiedInCustody = 3,

    /// <summary><c>careAndSupportNeeds</c>.</summary>
    CareAndSupportNeeds = 4,

    /// <summary><c>ageAtDeath</c>.</summary>
    AgeAtDeath = 5,

    /// <summary><c>perpetratorRelationship</c>.</summary>
    PerpetratorRelationship = 6,

    /// <summary><c>protectionOrLookedAfterInPriorSixMonths</c>.</summary>
    ProtectionOrLookedAfterInPriorSixMonths = 7,

    /// <summary><c>harmedOutsideEnglandWhileNormallyResident</c>.</summary>
    HarmedOutsideEnglandWhileNormallyResident = 8,

    /// <summary><c>childOrSiblingOnRegisterOrLookedAfter</c>.</summary>
    ChildOrSiblingOnRegisterOrLookedAfter = 9,

    /// <summary><c>boardConcernAboutEffectiveness</c>.</summary>
    BoardConcernAboutEffectiveness = 10,

    /// <summary><c>outstandingPositiveLearning</c>.</summary>
    OutstandingPositiveLearning = 11,

    /// <summary><c>neglectOnly</c>.</summary>
    NeglectOnly = 12,

    /// <summary><c>atRiskOfHarm</c>.</summary>
    AtRiskOfHarm = 13,

    /// <summary><c>careAndRiskManagementHarm</c>.</summary>
    CareAndRiskManagementHarm = 14,

    /// <summary><c>subjectToAdultProtectionProcesses</c>.</summary>
    SubjectToAdultProtectionProcesses = 15,

    /// <summary><c>lookedAfter</c>.</summary>
    LookedAfter = 16,

    /// <summary><c>careLeaver</c>.</summary>
    CareLeaver = 17,

    /// <summary><c>homicide</c>.</summary>
    Homicide = 18,

    /// <summary><c>offensiveWeapon</c>.</summary>
    OffensiveWeapon = 19,

    /// <summary><c>offensiveWeaponsPilot</c>.</summary>
    OffensiveWeaponsPilot = 20,

    /// <summary><c>perpetratorKnownToMentalHealthServices</c>.</summary>
    PerpetratorKnownToMentalHealthServices = 21,

    /// <summary><c>perpetratorAgedSixteenOrOver</c>.</summary>
    PerpetratorAgedSixteenOrOver = 22,
}
