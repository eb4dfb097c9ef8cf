namespace Safeguarding.Domain.Rating;

/// <summary>Which way a threshold recommendation moves a child's plan.</summary>
/// <remarks>The default value is <see cref="Hold"/>. Wire names: <c>hold</c>, <c>step-up</c>, <c>step-down</c>.</remarks>
public enum ThresholdDirection
{
    /// <summary>Stay at the current level.</summary>
    Hold = 0,

    /// <summary>Move to a higher level.</summary>
    StepUp = 1,

    /// <summary>Move to a lower level (closing, at the lowest).</summary>
    StepDown = 2,
}
