namespace Safeguarding.Domain.Reporting;

/// <summary>How an action's status moved between two snapshots.</summary>
/// <remarks>The default value is <see cref="Unchanged"/>. Wire names: <c>unchanged</c>, <c>improved</c>, <c>worsened</c>, <c>added</c>, <c>removed</c>.</remarks>
public enum ChangeKind
{
    /// <summary>The same status in both.</summary>
    Unchanged = 0,

    /// <summary>A better status in the later snapshot.</summary>
    Improved = 1,

    /// <summary>A worse status in the later snapshot.</summary>
    Worsened = 2,

    /// <summary>Only in the later snapshot.</summary>
    Added = 3,

    /// <summary>Only in the earlier snapshot.</summary>
    Removed = 4,
}
