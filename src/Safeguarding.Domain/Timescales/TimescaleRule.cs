namespace Safeguarding.Domain.Timescales;

/// <summary>How a timescale constrains its end event.</summary>
/// <remarks>The default value is <see cref="Deadline"/>.</remarks>
public enum TimescaleRule
{
    /// <summary>The end event is due on or before the due date (notify within 5 working days).</summary>
    Deadline = 0,

    /// <summary>The end event may happen no sooner than the due date (publish no sooner than 7 days after sending the report).</summary>
    NotBefore = 1,

    /// <summary>A state must last at least the length (a report stays published for at least 12 months).</summary>
    MinimumPeriod = 2,
}
