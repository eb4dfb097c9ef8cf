namespace Safeguarding.Domain.Lifecycle;

/// <summary>The decision recorded by a <c>decided</c> event. Wire names: <c>initiate</c>, <c>not-initiate</c>.</summary>
/// <remarks>The default value is <see cref="Initiate"/>.</remarks>
public enum ReviewDecision
{
    /// <summary>Hold the review.</summary>
    Initiate = 0,

    /// <summary>Do not hold the review.</summary>
    NotInitiate = 1,
}
