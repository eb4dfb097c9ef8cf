namespace Safeguarding.Domain;

/// <summary>How serious a traceability problem is.</summary>
/// <remarks>The default value is <see cref="Error"/>. Wire names: <c>error</c>, <c>warning</c>.</remarks>
public enum IssueSeverity
{
    /// <summary>The plan is not valid (unknown, duplicate or cyclic ids; an unaddressed finding with no rationale): <c>error</c>.</summary>
    Error = 0,

    /// <summary>The plan is valid but something needs attention (a recommendation with no actions, an action past the horizon): <c>warning</c>.</summary>
    Warning = 1,
}
