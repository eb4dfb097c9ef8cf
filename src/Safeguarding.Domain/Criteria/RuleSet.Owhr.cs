using System.Collections.Concurrent;
using Safeguarding.Domain.Citations;
using static Safeguarding.Domain.Criteria.CriterionFactory;

namespace Safeguarding.Domain.Criteria;

/// <content>
/// England and Wales: offensive weapons homicide reviews (Police, Crime, Sentencing and Courts Act 2022 ss24-36),
/// a statutory duty of the pilot partners from 1 April 2023 (SI 2023/227), applied beside the main regime.
/// </content>
public static partial class RuleSet
{
    /// <summary>The first day of the offensive weapons homicide review pilot (1 April 2023, SI 2023/227).</summary>
    internal static LocalDate OffensiveWeaponsHomicideReviewStart { get; } = new(2023, 4, 1);

    private static readonly ConcurrentDictionary<(Jurisdiction, LocalDate), Regime> OwhrWithDardr = new();

    /// <summary>
    /// The offensive weapons homicide review criterion of England or Wales (its parts dated as <paramref name="regime"/>,
    /// within which the other reviews' rules are all in force), whose s26 exclusions read the same case's
    /// domestic homicide review (or, given <paramref name="dardrCommencement"/>, domestic abuse related death review),
    /// safeguarding adults review (England) and adult practice review (Wales) rules. A Welsh regime that includes the
    /// determination itself (the single unified safeguarding review) reuses this criterion.
    /// </summary>
    internal static Criterion OffensiveWeaponsHomicideCriterion(Jurisdiction jurisdiction, Validity regime, LocalDate? dardrCommencement)
    {
        var s24 = new Citation("Police, Crime, Sentencing and Courts Act 2022", "s24", SourceKind.Statute, true);
        var s26 = new Citation("Police, Crime, Sentencing and Courts Act 2022", "s26", SourceKind.Statute, true);
        var pilot = new Citation("SI 2023/227", "the pilot partners and the 9 months beginning 1 April 2023", SourceKind.Regulation, true);
        var qualifying = AllOf("pcsca-2022-s24", "A death of a person aged 18 or over that involved the use of an offensive weapon, in a pilot partner's area and period", s24, regime,
            Died("pcsca-2022-s24-died", s24, regime),
            AgedEighteenOrOver("pcsca-2022-s24-age", s24, regime),
            Yes("pcsca-2022-s24-homicide", "The death was, or is likely to have been, caused by another person", s24, regime, FactName.Homicide),
            Yes("pcsca-2022-s24-offensive-weapon", "The death, or the events around it, involved the use of an offensive weapon (Prevention of Crime Act 1953 s1)", s24, regime, FactName.OffensiveWeapon),
            Yes("si-2023-227-pilot", "The death occurred in a pilot partner's area within the pilot period (SI 2023/227)", pilot, regime, FactName.OffensiveWeaponsPilot));

        var domestic = dardrCommencement is LocalDate day
            ? AllOf("pcsca-2022-s26-dardr", "The death may be the subject of a domestic abuse related death review (its determination is not not-required)", s26, regime,
                DardrCriterion(new Validity(day > regime.From ? day : regime.From, null)))
            : AllOf("pcsca-2022-s26-dhr", "The death may be the subject of a domestic homicide review (its determination is not not-required)", s26, regime,
                DomesticHomicideCriterion(regime));
        var other = jurisdiction == Jurisdiction.England
            ? Yes("pcsca-2022-s26-sar", "A safeguarding adults review must or may be held (Care Act 2014 s44(1) or (4)): the adult has needs for care and support", s26, regime, FactName.CareAndSupportNeeds)
            : WalesAdultPracticeReview(regime);
        var excluded = AnyOf("pcsca-2022-s26", "Another review excludes it (s26): a domestic homicide review may be held, or " + (jurisdiction == Jurisdiction.England
                ? "a safeguarding adults review must or may be held"
                : "Welsh safeguarding board regulations require an adult practice review"), s26, regime, domestic, other);
        return AllOf("pcsca-2022-s24-review", "A review partner must arrange an offensive weapons homicide review: the s24 conditions are met and no s26 exclusion applies", s24, regime,
            qualifying,
            NotOf("pcsca-2022-s26-none", "No s26 exclusion applies", s26, regime, excluded));
    }

    /// <summary>The offensive weapons homicide review regime whose exclusion reads a commenced domestic abuse related death review.</summary>
    internal static Regime OffensiveWeaponsHomicideReviews(Jurisdiction jurisdiction, LocalDate dardrCommencement) =>
        OwhrWithDardr.GetOrAdd((jurisdiction, dardrCommencement), key => Owhr2023(key.Item1, key.Item2));

    private static Regime Owhr2023(Jurisdiction jurisdiction, LocalDate? dardrCommencement)
    {
        var regime = From(2023, 4, 1);
        var review = OffensiveWeaponsHomicideCriterion(jurisdiction, regime, dardrCommencement);
        return new Regime(RegimeId.EnglandWalesOwhr2023, "Review partners: offensive weapons homicide reviews (pilot)", jurisdiction,
            ImmutableArray.Create(Subject.Adult), regime, new Citation("Police, Crime, Sentencing and Courts Act 2022", "ss24-36; SI 2023/227", SourceKind.Statute, true),
            ImmutableArray.Create(
                Required(DeterminationKind.OffensiveWeaponsHomicideReview, Subject.Adult, review),
                NotRequired(DeterminationKind.OffensiveWeaponsHomicideReview, Subject.Adult, review, regime)),
            presentOnlyForDeaths: true);
    }

    // The adult practice review criterion of wales-2016 (SI 2015/1466 reg 4, from 6 April 2016), required when met;
    // the one declaration of it, built with the offensive weapons regime's dates (from 2023), when it has long been in force.
    private static Criterion WalesAdultPracticeReview(Validity regime) => Regulation4PracticeReviews(regime).Adult;
}
