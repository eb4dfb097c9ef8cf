namespace Safeguarding.Domain.Lifecycle;

/// <summary>
/// The Home Office Quality Assurance Panel's outcome on a domestic homicide review report, recorded on a
/// <c>home-office-assessed</c> event. Wire names: <c>publish</c>, <c>resubmit</c>.
/// </summary>
/// <remarks>The default value is <see cref="Publish"/>.</remarks>
public enum HomeOfficeOutcome
{
    /// <summary>The report may be published (<c>publish</c>).</summary>
    Publish = 0,

    /// <summary>The report must be revised and submitted again (<c>resubmit</c>).</summary>
    Resubmit = 1,
}
