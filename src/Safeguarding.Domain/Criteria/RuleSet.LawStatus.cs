using Safeguarding.Domain.Citations;

namespace Safeguarding.Domain.Criteria;

/// <content>How far the rule set's law was checked, and the enacted changes it knows of that are not yet in force.</content>
public static partial class RuleSet
{
    /// <summary>
    /// The date up to which the package's law was checked (the date of the fact sheet <c>LAW-2026.md</c>, 1 December
    /// 2026). A decision dated after it is answered with the last known law, marked provisional. A release that checks
    /// the law again changes this one date.
    /// </summary>
    public static LocalDate LawCheckedOn { get; } = new(2026, 12, 1);

    /// <summary>The id of the Victims and Prisoners Act 2024 s19 (domestic abuse related death reviews, DVCVA 2004 s8A).</summary>
    public const string DomesticAbuseRelatedDeathReviewProvision = "vpa-2024-s19";

    private static readonly PendingChange DardrPending = new()
    {
        Provision = DomesticAbuseRelatedDeathReviewProvision,
        Title = "Domestic abuse related death reviews (Domestic Violence, Crime and Victims Act 2004 s8A, inserted by the Victims and Prisoners Act 2024 s19) replace domestic homicide reviews in England and Wales",
        Status = PendingChange.EnactedNotInForce,
        Citation = new Citation("Victims and Prisoners Act 2024", "s19", SourceKind.Statute, true),
    };

    private static readonly PendingChange DardrCommencesLater = new()
    {
        Provision = DomesticAbuseRelatedDeathReviewProvision,
        Title = DardrPending.Title,
        Status = PendingChange.CommencesAfterDecision,
        Citation = DardrPending.Citation,
    };

    /// <summary>Whether a decision is after <see cref="LawCheckedOn"/>, so that its answer rests on the last known law.</summary>
    /// <param name="decisionDate">The decision date.</param>
    /// <returns>Whether the answer is provisional.</returns>
    public static bool IsProvisional(LocalDate decisionDate) => decisionDate > LawCheckedOn;

    /// <summary>
    /// The enacted changes not in force on the decision date that would affect the case's jurisdiction and subject:
    /// <c>vpa-2024-s19</c> for every English or Welsh case whose domestic homicide review determination is present (the
    /// person died, or it is not known, on or after 13 April 2011), unless the options commence it on or before the decision date
    /// (status <c>enacted-not-in-force</c>, or <c>commences-after-decision</c> when the options commence it later).
    /// </summary>
    /// <param name="facts">The case facts.</param>
    /// <param name="options">The options.</param>
    /// <returns>The pending changes; empty when none.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static ImmutableArray<PendingChange> PendingChangesFor(in CaseFacts facts, CriteriaOptions options)
    {
        if (options is null)
        {
            throw new System.ArgumentNullException(nameof(options));
        }

        bool dhrPresent = facts.Jurisdiction is Jurisdiction.England or Jurisdiction.Wales
            && facts.Harm is Harm.Died or Harm.Unknown
            && facts.DecisionDate >= DomesticHomicideReviewsStart;
        if (!dhrPresent || DardrInForce(options, facts.Jurisdiction, facts.DecisionDate) is not null)
        {
            return ImmutableArray<PendingChange>.Empty;
        }

        return ImmutableArray.Create(options.DomesticAbuseRelatedDeathReviewsCommence is null ? DardrPending : DardrCommencesLater);
    }

    /// <summary>The day domestic homicide reviews began (DVCVA 2004 s9, commenced 13 April 2011).</summary>
    private static readonly LocalDate DomesticHomicideReviewsStart = new(2011, 4, 13);
}
