using System.Collections.Concurrent;
using Safeguarding.Domain.Citations;
using Safeguarding.Domain.Serialization;
using static Safeguarding.Domain.Criteria.CriterionFactory;

namespace Safeguarding.Domain.Criteria;

/// <content>
/// England and Wales: domestic abuse related death reviews (Domestic Violence, Crime and Victims Act 2004 s8A,
/// inserted by the Victims and Prisoners Act 2024 s19), enacted and not commenced: applied only from a commencement
/// day the caller supplies, in place of the domestic homicide review.
/// </content>
public static partial class RuleSet
{
    private static readonly ConcurrentDictionary<(Jurisdiction, LocalDate), Regime> DardrRegimes = new();

    /// <summary>
    /// The domestic abuse related death review regime of England or Wales commenced on a day (built once per day and
    /// jurisdiction). It replaces the domestic homicide review for decisions on or after that day.
    /// </summary>
    /// <param name="jurisdiction">England or Wales.</param>
    /// <param name="commencement">The commencement day the caller supplies.</param>
    /// <returns>The regime.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="jurisdiction"/> is neither England nor Wales.</exception>
    internal static Regime DomesticAbuseRelatedDeathReviews(Jurisdiction jurisdiction, LocalDate commencement)
    {
        if (jurisdiction is not (Jurisdiction.England or Jurisdiction.Wales))
        {
            throw new System.ArgumentException("Domestic abuse related death reviews are for England and Wales.", nameof(jurisdiction));
        }

        return DardrRegimes.GetOrAdd((jurisdiction, commencement), key => BuildDardr(key.Item1, key.Item2));
    }

    /// <summary>The commencement of s19 the options supply, when it is on or before the decision date.</summary>
    internal static LocalDate? DardrInForce(CriteriaOptions options, Jurisdiction jurisdiction, LocalDate decisionDate) =>
        jurisdiction is Jurisdiction.England or Jurisdiction.Wales && options.DomesticAbuseRelatedDeathReviewsCommence is LocalDate day && day <= decisionDate
            ? day
            : null;

    internal static Criterion DardrCriterion(Validity regime)
    {
        var s8a = new Citation("Domestic Violence, Crime and Victims Act 2004", "s8A (inserted by the Victims and Prisoners Act 2024 s19; not commenced)", SourceKind.Statute, true);
        var s1 = new Citation("Domestic Abuse Act 2021", "s1(2)(a)", SourceKind.Statute, true);
        var s2 = new Citation("Domestic Abuse Act 2021", "s2", SourceKind.Statute, true);
        return AllOf("dvcva-2004-s8a", "A death of a person aged 16 or over that has, or appears to have, resulted from domestic abuse (Domestic Abuse Act 2021): both 16 or over and personally connected", s8a, regime,
            Died("dvcva-2004-s8a-died", s8a, regime),
            AbuseOrNeglect("dvcva-2004-s8a-abuse", s8a, regime),
            AgedSixteenOrOver("da-2021-s1-2-a-victim-age", s1, regime),
            Yes("da-2021-s1-2-a-perpetrator-age", "The suspected perpetrator was aged 16 or over", s1, regime, FactName.PerpetratorAgedSixteenOrOver),
            PersonallyConnected("da-2021-s2-personally-connected", s2, regime));
    }

    private static Regime BuildDardr(Jurisdiction jurisdiction, LocalDate commencement)
    {
        var regime = new Validity(commencement, null);
        var review = DardrCriterion(regime);
        var subjects = ImmutableArray.Create(Subject.Child, Subject.Adult);
        return new Regime(RegimeId.EnglandWalesDardr, "Domestic abuse related death reviews (commenced by the caller on " + ContractDate.Format(commencement) + ")",
            jurisdiction, subjects, regime, review.Citation,
            ImmutableArray.Create(
                Required(DeterminationKind.DomesticAbuseRelatedDeathReview, Subject.Child, review),
                NotRequired(DeterminationKind.DomesticAbuseRelatedDeathReview, Subject.Child, review, regime),
                Required(DeterminationKind.DomesticAbuseRelatedDeathReview, Subject.Adult, review),
                NotRequired(DeterminationKind.DomesticAbuseRelatedDeathReview, Subject.Adult, review, regime)),
            presentOnlyForDeaths: true);
    }
}
