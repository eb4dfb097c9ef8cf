namespace Safeguarding.Domain.Lifecycle;

/// <summary>
/// A board's or partnership's local policy for one review: how long the report stays published (at
/// least the statutory minimum; for example 18 months) and when elected members must be informed.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. The check against the statutory minimum depends on the review's regime,
/// so it is made where the policy meets a review (<c>ReviewRecord.Create</c>, which the record reader also calls).
/// </remarks>
public sealed class ReviewPolicy : IEquatable<ReviewPolicy>
{
    // Made by Create (or by the record reader, which has already checked the period); the check is repeated, so a
    // programming error inside the library still fails loudly.
    internal ReviewPolicy(Period? publicationPeriod, MembersInformedRule? membersInformed)
    {
        if (publicationPeriod is not null && PeriodShapeError(publicationPeriod) is not null)
        {
            throw new ArgumentException("A publication period is a positive period of years, months, weeks or days.", nameof(publicationPeriod));
        }

        PublicationPeriod = publicationPeriod;
        MembersInformed = membersInformed;
    }

    /// <summary>The JSON path of the publication period in a review record, where <see cref="Create"/> reports it.</summary>
    internal const string PeriodPath = "$.localPolicy.publicationPeriod";

    /// <summary>
    /// Creates a policy, or says why it cannot be one: code <c>invalid-period</c> at <c>$.localPolicy.publicationPeriod</c>
    /// when the period has a time part, is zero or negative, or is longer than 100 years (the record reader's answer to
    /// the same period). Whether the period is at least the regime's statutory minimum is checked where the policy meets a
    /// review: <see cref="ReviewRecord.Create(Safeguarding.Domain.DeterminationKind, Safeguarding.Domain.Jurisdiction, ReviewPolicy, System.Collections.Generic.IEnumerable{ReviewEvent}, Safeguarding.Domain.Timescales.TimescaleCatalogue)"/>.
    /// </summary>
    /// <param name="publicationPeriod">How long the report stays published; null for the regime's statutory minimum.</param>
    /// <param name="membersInformed">The members' protocol; null when the council has none.</param>
    /// <returns>The policy, or the issue.</returns>
    public static Result<ReviewPolicy> Create(Period? publicationPeriod, MembersInformedRule? membersInformed)
    {
        if (publicationPeriod is not null && PeriodShapeError(publicationPeriod) is string message)
        {
            return Result<ReviewPolicy>.Fail(ImmutableArray.Create(new Issue(PeriodPath, "invalid-period", message)));
        }

        return Result<ReviewPolicy>.Ok(new ReviewPolicy(publicationPeriod, membersInformed));
    }

    // The record reader's two messages for a period that is not a positive period of at most 100 years.
    internal static string? PeriodShapeError(Period p) => Internal.PeriodRules.ShapeError(p);

    /// <summary>No local policy: the statutory minimum publication period and no members' protocol.</summary>
    public static ReviewPolicy None { get; } = new(null, null);

    /// <summary>How long the report stays published; null means the regime's statutory minimum.</summary>
    public Period? PublicationPeriod { get; }

    /// <summary>The members' protocol; null when there is none.</summary>
    public MembersInformedRule? MembersInformed { get; }

    /// <inheritdoc />
    public bool Equals(ReviewPolicy? other) =>
        other is not null && Equals(PublicationPeriod, other.PublicationPeriod) && Equals(MembersInformed, other.MembersInformed);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ReviewPolicy);

    /// <inheritdoc />
    public override int GetHashCode() => ((PublicationPeriod?.GetHashCode() ?? 0) * 397) ^ (MembersInformed?.GetHashCode() ?? 0);

    /// <summary>Returns the policy as text, for example <c>publication P18M; members-informed: 5 working days after published</c>.</summary>
    /// <returns>The policy as text.</returns>
    public override string ToString() =>
        "publication " + (PublicationPeriod?.ToString() ?? "statutory minimum") + "; " + (MembersInformed?.ToString() ?? "no members-informed protocol");
}
