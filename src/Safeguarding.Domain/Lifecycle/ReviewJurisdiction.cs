namespace Safeguarding.Domain.Lifecycle;

/// <summary>
/// The UK jurisdiction of a review. It picks the holiday calendar for working-day clocks: England and
/// Wales share one. Wire names: <c>england</c>, <c>wales</c>, <c>scotland</c>, <c>northern-ireland</c>.
/// </summary>
/// <remarks>The default value is <see cref="England"/>.</remarks>
public enum ReviewJurisdiction
{
    /// <summary>England.</summary>
    England = 0,

    /// <summary>Wales.</summary>
    Wales = 1,

    /// <summary>Scotland.</summary>
    Scotland = 2,

    /// <summary>Northern Ireland.</summary>
    NorthernIreland = 3,
}
