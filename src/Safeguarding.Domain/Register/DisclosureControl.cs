namespace Safeguarding.Domain.Register;

/// <summary>
/// Disclosure control for figures a partnership publishes, as in official statistics: every count from 1 up to
/// one below <see cref="SuppressBelow"/> is withheld (a true zero is shown), and so is any figure computed from
/// fewer reviews or clocks than that; lists that name reviews are withheld altogether.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DisclosureControl : IEquatable<DisclosureControl>
{
    /// <summary>Makes a disclosure control, or gives the issue for a threshold outside 2 to 1,000.</summary>
    /// <param name="suppressBelow">Counts from 1 to this number minus one are suppressed; 2 to 1,000.</param>
    /// <returns>The control, or the issue <c>number-out-of-range</c> at <c>$.suppressBelow</c>.</returns>
    public static Result<DisclosureControl> Create(int suppressBelow) =>
        Result<DisclosureControl>.Checked(new[] { Issue.ForNumber("$.suppressBelow", suppressBelow, 2, 1000) }, () => new DisclosureControl(suppressBelow));

    /// <summary>Creates a control.</summary>
    /// <param name="suppressBelow">Counts below this (and above zero) are withheld; 2 to 1,000.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="suppressBelow"/> is out of range.</exception>
    internal DisclosureControl(int suppressBelow)
    {
        SuppressBelow = Guard.Against.OutOfRange(suppressBelow, nameof(suppressBelow), 2, 1000);
    }

    /// <summary>The usual threshold: counts below 5 are withheld.</summary>
    public static DisclosureControl Default { get; } = new(5);

    /// <summary>The threshold: counts from 1 to <c>SuppressBelow - 1</c> are withheld.</summary>
    public int SuppressBelow { get; }

    /// <summary>Whether a count is withheld.</summary>
    /// <param name="count">The count.</param>
    /// <returns>Whether it is above zero and below the threshold.</returns>
    internal bool Suppresses(int count) => count > 0 && count < SuppressBelow;

    /// <summary>The statement a published report carries, for example "Counts from 1 to 4 are suppressed ...".</summary>
    public string Statement =>
        "Publishable figures: counts from 1 to " + (SuppressBelow - 1) + " are suppressed (shown as [c]), as in official statistics; "
        + "figures computed from fewer than " + SuppressBelow + " reviews or clocks are suppressed too, and lists that name reviews are withheld.";

    /// <summary>Returns the threshold, for example <c>suppress below 5</c>.</summary>
    /// <returns>The control as text.</returns>
    public override string ToString() => "suppress below " + SuppressBelow;

    /// <inheritdoc />
    public bool Equals(DisclosureControl? other) => other is not null && SuppressBelow == other.SuppressBelow;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DisclosureControl);

    /// <inheritdoc />
    public override int GetHashCode() => SuppressBelow;
}
