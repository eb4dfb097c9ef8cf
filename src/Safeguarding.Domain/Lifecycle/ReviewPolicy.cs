using System;
using NodaTime;

namespace Safeguarding.Domain.Lifecycle;

/// <summary>
/// A board's or partnership's local policy for one review: how long the report stays published (at
/// least the statutory minimum; for example 18 months) and when elected members must be informed.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. The check against the statutory minimum depends on the review's regime,
/// so it is made where the policy meets a review (<see cref="PublicationWindow.CheckPeriod"/>, the record reader).
/// </remarks>
public sealed class ReviewPolicy : IEquatable<ReviewPolicy>
{
    /// <summary>Creates a policy.</summary>
    /// <param name="publicationPeriod">How long the report stays published; null for the regime's statutory minimum.</param>
    /// <param name="membersInformed">The members' protocol; null when the council has none.</param>
    /// <exception cref="ArgumentException"><paramref name="publicationPeriod"/> has a time part or is not positive.</exception>
    public ReviewPolicy(Period? publicationPeriod, MembersInformedRule? membersInformed)
    {
        if (publicationPeriod is not null)
        {
            var p = publicationPeriod;
            if (p.HasTimeComponent || p.Years < 0 || p.Months < 0 || p.Weeks < 0 || p.Days < 0 || p.Equals(Period.Zero))
            {
                throw new ArgumentException("A publication period is a positive period of years, months, weeks or days.", nameof(publicationPeriod));
            }
        }

        PublicationPeriod = publicationPeriod;
        MembersInformed = membersInformed;
    }

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
}
