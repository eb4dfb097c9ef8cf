namespace Safeguarding.Domain.Calendars;

/// <summary>
/// A UK bank-holiday region. England and Wales share one calendar; Scotland and Northern Ireland have their own.
/// </summary>
/// <remarks>
/// The default value is <see cref="EnglandAndWales"/>. Wire names (contract): <c>england-and-wales</c>,
/// <c>scotland</c>, <c>northern-ireland</c>.
/// </remarks>
public enum HolidayRegion
{
    /// <summary>England and Wales (<c>england-and-wales</c>).</summary>
    EnglandAndWales = 0,

    /// <summary>Scotland (<c>scotland</c>).</summary>
    Scotland = 1,

    /// <summary>Northern Ireland (<c>northern-ireland</c>).</summary>
    NorthernIreland = 2,
}
