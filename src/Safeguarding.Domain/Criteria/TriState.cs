namespace Safeguarding.Domain.Criteria;

/// <summary>A yes-or-no fact that may not be known yet.</summary>
/// <remarks>The default value is <see cref="Unknown"/>, so an absent fact is unknown. Wire names: <c>unknown</c>, <c>yes</c>, <c>no</c>.</remarks>
public enum TriState
{
    /// <summary>Not known (<c>unknown</c>).</summary>
    Unknown = 0,

    /// <summary>Known to be so (<c>yes</c>).</summary>
    Yes = 1,

    /// <summary>Known not to be so (<c>no</c>).</summary>
    No = 2,
}
