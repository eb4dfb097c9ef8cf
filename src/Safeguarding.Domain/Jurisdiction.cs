namespace Safeguarding.Domain;

/// <summary>The UK jurisdiction whose review rules apply to a case.</summary>
/// <remarks>The default value is <see cref="England"/>. Wire names: <c>england</c>, <c>wales</c>, <c>scotland</c>, <c>northern-ireland</c>.</remarks>
public enum Jurisdiction
{
    /// <summary>England (<c>england</c>).</summary>
    England = 0,

    /// <summary>Wales (<c>wales</c>).</summary>
    Wales = 1,

    /// <summary>Scotland (<c>scotland</c>).</summary>
    Scotland = 2,

    /// <summary>Northern Ireland (<c>northern-ireland</c>).</summary>
    NorthernIreland = 3,
}
