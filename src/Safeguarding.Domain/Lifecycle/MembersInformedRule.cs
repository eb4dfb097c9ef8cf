using Safeguarding.Domain.Citations;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Domain.Lifecycle;

/// <summary>
/// A council's protocol for telling elected members (and the relevant scrutiny committee) about a review:
/// members are informed no later than a given length after an event of the review, for example
/// "by the day the report is published" (<see cref="ByPublication"/>) or "within 10 working days of the
/// decision to initiate". It becomes the <c>members-informed</c> clock.
/// </summary>
/// <remarks>Immutable and thread-safe. A local policy, not a statutory rule: its citation says so.</remarks>
public sealed class MembersInformedRule : IEquatable<MembersInformedRule>
{
    /// <summary>Creates a rule.</summary>
    /// <param name="startsOn">The event that starts the clock, for example <see cref="ReviewEventType.Published"/>.</param>
    /// <param name="length">How long after it members must be informed; zero or more.</param>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="startsOn"/> is not defined.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="startsOn"/> is <c>members-informed</c> itself, or <paramref name="length"/> is negative.</exception>
    public MembersInformedRule(ReviewEventType startsOn, ClockLength length)
    {
        StartsOn = Guard.Against.EnumOutOfRange(startsOn);
        if (startsOn == ReviewEventType.MembersInformed)
        {
            throw new ArgumentOutOfRangeException(nameof(startsOn), "The members' clock cannot start on its own event.");
        }

        Length = length;
        Guard.Against.Negative(length.Count, nameof(length));
    }

    /// <summary>Members are informed no later than the day the report is published.</summary>
    public static MembersInformedRule ByPublication { get; } = new(ReviewEventType.Published, ClockLength.CalendarDays(0));

    /// <summary>The event that starts the clock.</summary>
    public ReviewEventType StartsOn { get; }

    /// <summary>How long after <see cref="StartsOn"/> members must be informed.</summary>
    public ClockLength Length { get; }

    /// <summary>The rule as a timescale, named <c>members-informed</c>, with a local-policy citation.</summary>
    /// <param name="regimeId">The review's regime id.</param>
    /// <param name="kind">The review kind.</param>
    /// <returns>The timescale.</returns>
    /// <exception cref="ArgumentException"><paramref name="regimeId"/> is the default value.</exception>
    internal Timescale ToTimescale(RegimeId regimeId, DeterminationKind kind) =>
        new("members-informed",
            "Elected members and the relevant scrutiny committee are informed no later than " + Length + " after " + LifecycleNames.Name(StartsOn) + ".",
            regimeId,
            ImmutableArray.Create(kind),
            StartsOn,
            ReviewEventType.MembersInformed,
            TimescaleRule.Deadline,
            Length,
            new Citation("Council protocol for informing elected members", string.Empty, SourceKind.LocalPolicy, true),
            nameof(ReviewPolicy.MembersInformed));

    /// <summary>Returns the rule, for example <c>members-informed: 0 calendar days after published</c>.</summary>
    /// <returns>The rule as text.</returns>
    public override string ToString() => "members-informed: " + Length + " after " + LifecycleNames.Name(StartsOn);

    /// <inheritdoc />
    public bool Equals(MembersInformedRule? other) => other is not null && StartsOn == other.StartsOn && Length == other.Length;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MembersInformedRule);

    /// <inheritdoc />
    public override int GetHashCode() => ((int)StartsOn * 397) ^ Length.GetHashCode();
}
