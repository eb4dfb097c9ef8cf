namespace Safeguarding.Domain.Criteria;

/// <summary>What is known of abuse or neglect in the case.</summary>
/// <remarks>
/// The default value is <see cref="Unknown"/>. Where the law says "known or suspected", <see cref="Known"/>
/// and <see cref="Suspected"/> both satisfy it. Wire names: <c>unknown</c>, <c>known</c>, <c>suspected</c>, <c>not-suspected</c>.
/// </remarks>
public enum AbuseOrNeglect
{
    /// <summary>Not yet established (<c>unknown</c>).</summary>
    Unknown = 0,

    /// <summary>Abuse or neglect is known (<c>known</c>).</summary>
    Known = 1,

    /// <summary>Abuse or neglect is suspected (<c>suspected</c>).</summary>
    Suspected = 2,

    /// <summary>Abuse or neglect is neither known nor suspected (<c>not-suspected</c>).</summary>
    NotSuspected = 3,
}
