namespace Safeguarding.Domain.Citations;

/// <summary>
/// The legal weight of the source a rule or a timescale comes from.
/// </summary>
/// <remarks>The default value is <see cref="Statute"/>.</remarks>
public enum SourceKind
{
    /// <summary>An Act of Parliament or of a devolved legislature.</summary>
    Statute = 0,

    /// <summary>A statutory instrument, statutory rule or regulation made under an Act.</summary>
    Regulation = 1,

    /// <summary>Guidance that the law requires bodies to follow or have regard to (for example Working Together).</summary>
    StatutoryGuidance = 2,

    /// <summary>Non-statutory guidance, such as the national Panel's practice guidance.</summary>
    Guidance = 3,

    /// <summary>A local policy or procedure of a board, partnership or council.</summary>
    LocalPolicy = 4,
}
