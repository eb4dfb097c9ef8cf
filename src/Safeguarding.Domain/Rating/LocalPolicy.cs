using System.IO;
using System.Text;
using Safeguarding.Domain.Internal;
using Safeguarding.Domain.Serialization;

namespace Safeguarding.Domain.Rating;

/// <summary>
/// A partnership's local policy for action-plan reports, as a document a council can supply without
/// code changes: its rating scheme and its escalation thresholds.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe. The document (both parts optional; an absent part is the default):</para>
/// <code>
/// { "scheme": { "name": "council", "statuses": ["off-track", "in-progress", "complete", "embedded"],
///               "notStarted": "off-track", "inProgress": "in-progress", "overdue": "off-track",
///               "completed": "complete", "embedded": "embedded", "rollUp": "worst-of" },
///   "escalation": { "leadOfficer": { "daysOverdue": 1, "cyclesWithoutUpdate": 1, "cyclesAtRed": 1 },
///                   "subgroup": { "daysOverdue": 30 }, "board": { "daysOverdue": 90, "cyclesAtRed": 3 } } }
/// </code>
/// <para>A level or a threshold property that is absent never fires. Reading never throws for bad data: a scheme whose
/// stages are not in order is the error <c>invalid-scheme</c> at <c>$.scheme</c>.</para>
/// </remarks>
public sealed class LocalPolicy
{
    /// <summary>Creates a local policy.</summary>
    /// <param name="scheme">The rating scheme.</param>
    /// <param name="escalation">The escalation policy.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public LocalPolicy(RatingScheme scheme, EscalationPolicy escalation)
    {
        Scheme = Guard.Against.Null(scheme);
        Escalation = Guard.Against.Null(escalation);
    }

    /// <summary>The contract's defaults: <see cref="RatingScheme.BlueRedAmberGreen"/> and <see cref="EscalationPolicy.Default"/>.</summary>
    public static LocalPolicy Default { get; } = new(RatingScheme.BlueRedAmberGreen, EscalationPolicy.Default);

    /// <summary>The rating scheme.</summary>
    public RatingScheme Scheme { get; }

    /// <summary>The escalation policy.</summary>
    public EscalationPolicy Escalation { get; }


    /// <summary>Returns the scheme and the escalation thresholds.</summary>
    /// <returns>The policy as text.</returns>
    public override string ToString() => Scheme + "; " + Escalation;

}
