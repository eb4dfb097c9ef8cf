namespace Safeguarding.Domain.Criteria;

/// <summary>How the person suspected of causing a death was related to the person who died (Domestic Violence, Crime and Victims Act 2004 s9(1)).</summary>
/// <remarks>The default value is <see cref="Unknown"/>. Wire names: <c>unknown</c>, <c>relative</c>, <c>intimate-partner</c>, <c>former-intimate-partner</c>, <c>household-member</c>, <c>other</c>, <c>shared-parent</c>.</remarks>
public enum PerpetratorRelationship
{
    /// <summary>Not yet established (<c>unknown</c>).</summary>
    Unknown = 0,

    /// <summary>A relative (<c>relative</c>).</summary>
    Relative = 1,

    /// <summary>A person with whom the person who died was, or had been, in an intimate personal relationship: current (<c>intimate-partner</c>).</summary>
    IntimatePartner = 2,

    /// <summary>A former intimate partner (<c>former-intimate-partner</c>).</summary>
    FormerIntimatePartner = 3,

    /// <summary>A member of the same household (<c>household-member</c>).</summary>
    HouseholdMember = 4,

    /// <summary>Anyone else (<c>other</c>).</summary>
    Other = 5,

    /// <summary>
    /// Each is a parent of, or has parental responsibility for, the same child (<c>shared-parent</c>): personally
    /// connected under the Domestic Abuse Act 2021 s2(1)(e), but not one of the relationships of the Domestic Violence,
    /// Crime and Victims Act 2004 s9(1).
    /// </summary>
    SharedParent = 6,
}
