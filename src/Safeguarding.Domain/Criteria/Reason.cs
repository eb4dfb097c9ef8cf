using Safeguarding.Domain.Citations;

namespace Safeguarding.Domain.Criteria;

/// <summary>One criterion as applied to a case: met, not met, unknown or not in force, with its provision and the reasons beneath it.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Reason
{
    /// <summary>Creates a reason.</summary>
    /// <param name="criterionId">The criterion's stable id.</param>
    /// <param name="criterion">What the criterion asks.</param>
    /// <param name="result">Whether it is met.</param>
    /// <param name="citation">The provision.</param>
    /// <param name="inForce">Whether the criterion itself is in force on the decision date (one not in force counts as not met, and its result is <see cref="CriterionResult.NotInForce"/>).</param>
    /// <param name="reasons">The reasons beneath it.</param>
    /// <exception cref="System.ArgumentException">A text is empty.</exception>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    internal Reason(string criterionId, string criterion, CriterionResult result, Citation citation, bool inForce, ImmutableArray<Reason> reasons)
    {
        CriterionId = Guard.Against.NullOrWhiteSpace(criterionId);
        Criterion = Guard.Against.NullOrWhiteSpace(criterion);
        Result = Guard.Against.EnumOutOfRange(result);
        Citation = Guard.Against.Null(citation);
        InForce = inForce;
        Reasons = reasons.IsDefault ? ImmutableArray<Reason>.Empty : reasons;
    }

    /// <summary>The criterion's stable id.</summary>
    public string CriterionId { get; }

    /// <summary>What the criterion asks.</summary>
    public string Criterion { get; }

    /// <summary>Whether it is met.</summary>
    public CriterionResult Result { get; }

    /// <summary>The provision.</summary>
    public Citation Citation { get; }

    /// <summary>Whether the criterion is in force on the decision date.</summary>
    public bool InForce { get; }

    /// <summary>The reasons beneath it.</summary>
    public ImmutableArray<Reason> Reasons { get; }

    /// <summary>Returns the criterion, its result and its citation.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Criterion + ": " + Result + " (" + Citation + ")";
}
