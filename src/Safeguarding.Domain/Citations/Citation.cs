namespace Safeguarding.Domain.Citations;

/// <summary>
/// Where a rule, a criterion or a timescale comes from: an instrument, the provision within it, the
/// kind of source and whether its text was verified against the source.
/// </summary>
/// <remarks>
/// Instances are immutable and thread-safe. <see cref="ToString"/> returns the short form used in
/// reports, for example <c>SI 2006/90 reg 5(2)(b)(ii)</c>.
/// </remarks>
public sealed class Citation : IEquatable<Citation>
{
    /// <summary>Creates a citation.</summary>
    /// <param name="instrument">The instrument, for example <c>SI 2006/90</c> or <c>Care Act 2014</c>.</param>
    /// <param name="provision">The provision, for example <c>reg 5(2)(a)</c>; may be empty when the whole instrument is meant.</param>
    /// <param name="kind">The legal weight of the source.</param>
    /// <param name="verified">
    /// <see langword="true"/> when the project's fact sheet marks the text as seen at its source;
    /// <see langword="false"/> when it is best knowledge only (the figure is then a parameter with a documented default).
    /// </param>
    /// <exception cref="ArgumentException"><paramref name="instrument"/> is empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="instrument"/> or <paramref name="provision"/> is null.</exception>
    public Citation(string instrument, string provision, SourceKind kind, bool verified)
    {
        Instrument = Guard.Against.NullOrWhiteSpace(instrument);
        Provision = Guard.Against.Null(provision);
        Kind = Guard.Against.EnumOutOfRange(kind);
        Verified = verified;
    }

    /// <summary>The instrument, for example <c>SI 2006/90</c>.</summary>
    public string Instrument { get; }

    // The text, formed on first use and kept (every reason of every answer writes its citation; a race forms it twice).
    private string? _text;

    /// <summary>The provision within the instrument, for example <c>reg 5(2)(b)(ii)</c>; empty for the whole instrument.</summary>
    public string Provision { get; }

    /// <summary>The legal weight of the source.</summary>
    public SourceKind Kind { get; }

    /// <summary>Whether the fact sheet marks this source's text as verified.</summary>
    public bool Verified { get; }

    /// <summary>Returns the short form, instrument then provision, for example <c>SI 2006/90 reg 5(2)(a)</c>.</summary>
    /// <returns>The citation text.</returns>
    public override string ToString() => _text ??= Provision.Length == 0 ? Instrument : Instrument + " " + Provision;

    /// <inheritdoc />
    public bool Equals(Citation? other) =>
        other is not null
        && string.Equals(Instrument, other.Instrument, StringComparison.Ordinal)
        && string.Equals(Provision, other.Provision, StringComparison.Ordinal)
        && Kind == other.Kind
        && Verified == other.Verified;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Citation);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        unchecked
        {
            int hash = StringComparer.Ordinal.GetHashCode(Instrument);
            hash = (hash * 397) ^ StringComparer.Ordinal.GetHashCode(Provision);
            hash = (hash * 397) ^ (int)Kind;
            return (hash * 397) ^ (Verified ? 1 : 0);
        }
    }
}
