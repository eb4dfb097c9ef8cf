namespace Safeguarding.Domain.ActionPlans;

/// <summary>
/// The level of the body a recommendation is addressed to: the partnership's own agencies, a regional body,
/// or a national one (a government department, a national panel, a regulator). Wire names: <c>local</c>,
/// <c>regional</c>, <c>national</c>.
/// </summary>
/// <remarks>The default value is <see cref="Local"/>.</remarks>
public enum AddresseeLevel
{
    /// <summary>A body of the partnership's own area (<c>local</c>).</summary>
    Local = 0,

    /// <summary>A regional body, for example a regional safeguarding board or an NHS region (<c>regional</c>).</summary>
    Regional = 1,

    /// <summary>A national body, for example a government department or a national regulator (<c>national</c>).</summary>
    National = 2,
}
