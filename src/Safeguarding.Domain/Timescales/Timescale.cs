using Safeguarding.Domain.Citations;

namespace Safeguarding.Domain.Timescales;

/// <summary>
/// One statutory or guidance clock as data: what starts it, what ends it, its length, the regime and
/// review kinds it belongs to, and its citation (whose <see cref="Citation.Kind"/> says whether it is
/// statute, regulation, statutory guidance, guidance or local policy, and <see cref="Citation.Verified"/>
/// whether the fact sheet saw its text).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Timescale
{
    /// <summary>Creates a timescale.</summary>
    /// <param name="id">The clock's name in reports, for example <c>notification</c> (the contract's clock names).</param>
    /// <param name="description">What the clock requires, in words.</param>
    /// <param name="regimeId">The regime it belongs to, for example <see cref="RegimeId.EnglandCspr2018"/>.</param>
    /// <param name="reviewKinds">The review kinds it applies to, for example <see cref="DeterminationKind.SeriousCaseReview"/>.</param>
    /// <param name="startsOn">The event that starts the clock.</param>
    /// <param name="endsOn">The event that satisfies it (for <see cref="TimescaleRule.MinimumPeriod"/>, the event that ends the period).</param>
    /// <param name="rule">How the clock constrains its end event.</param>
    /// <param name="length">The clock's length.</param>
    /// <param name="citation">Where the clock comes from.</param>
    /// <param name="parameter">
    /// The name of the <see cref="TimescaleOptions"/> member that sets this clock, when it is a parameter
    /// (unverified figures and local choices); null when fixed by its source.
    /// </param>
    /// <exception cref="ArgumentException">A text is blank, <paramref name="regimeId"/> is the default value, or <paramref name="reviewKinds"/> is empty.</exception>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    internal Timescale(
        string id,
        string description,
        RegimeId regimeId,
        ImmutableArray<DeterminationKind> reviewKinds,
        ReviewEventType startsOn,
        ReviewEventType endsOn,
        TimescaleRule rule,
        ClockLength length,
        Citation citation,
        string? parameter)
    {
        Id = Guard.Against.NullOrWhiteSpace(id);
        Description = Guard.Against.NullOrWhiteSpace(description);
        RegimeId = regimeId == default ? throw new ArgumentException("A timescale belongs to a regime.", nameof(regimeId)) : regimeId;
        if (reviewKinds.IsDefaultOrEmpty)
        {
            throw new ArgumentException("A timescale applies to at least one review kind.", nameof(reviewKinds));
        }

        ReviewKinds = reviewKinds;
        StartsOn = Guard.Against.EnumOutOfRange(startsOn);
        EndsOn = Guard.Against.EnumOutOfRange(endsOn);
        Rule = Guard.Against.EnumOutOfRange(rule);
        Length = length;
        Citation = Guard.Against.Null(citation);
        Parameter = parameter;
    }

    /// <summary>The clock's name, for example <c>notification</c>, <c>rapid-review</c>, <c>decision</c>, <c>completion</c>.</summary>
    public string Id { get; }

    /// <summary>What the clock requires, in words.</summary>
    public string Description { get; }

    /// <summary>The regime the clock belongs to.</summary>
    public RegimeId RegimeId { get; }

    /// <summary>The determination kinds the clock applies to.</summary>
    public ImmutableArray<DeterminationKind> ReviewKinds { get; }

    /// <summary>The event that starts the clock.</summary>
    public ReviewEventType StartsOn { get; }

    /// <summary>The event that satisfies (or, for a minimum period, ends) the clock.</summary>
    public ReviewEventType EndsOn { get; }

    /// <summary>How the clock constrains its end event.</summary>
    public TimescaleRule Rule { get; }

    /// <summary>The clock's length.</summary>
    public ClockLength Length { get; }

    /// <summary>Where the clock comes from, its legal weight and whether it was verified.</summary>
    public Citation Citation { get; }

    /// <summary>The <see cref="TimescaleOptions"/> member that sets the clock, or null when its source fixes it.</summary>
    public string? Parameter { get; }

    /// <summary>Whether the clock is a parameter with a documented default rather than a verified fixed figure.</summary>
    public bool IsParameter => Parameter is not null;

    /// <summary>Returns the clock's id, length and citation, for example <c>notification: 5 working days (Children Act 2004 s16C(1))</c>.</summary>
    /// <returns>The clock as text.</returns>
    public override string ToString() => Id + ": " + Length + " (" + Citation + ")";
}
