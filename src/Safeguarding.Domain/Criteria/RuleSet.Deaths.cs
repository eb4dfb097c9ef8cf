using Safeguarding.Domain.Citations;
using static Safeguarding.Domain.Criteria.CriterionFactory;

namespace Safeguarding.Domain.Criteria;

/// <content>
/// England: notifications of the deaths of looked-after children (from 29 June 2018) and of care leavers (from
/// 15 December 2023), applied beside the main regime.
/// </content>
public static partial class RuleSet
{
    /// <summary>The first day the death of a looked-after child is notified under the safeguarding partners' arrangements (29 June 2018).</summary>
    internal static NodaTime.LocalDate LookedAfterChildDeathNotificationStart { get; } = new(2018, 6, 29);

    /// <summary>The first day the death of a care leaver is notified (15 December 2023, Working Together 2023; the day is assumed).</summary>
    internal static NodaTime.LocalDate CareLeaverDeathNotificationStart { get; } = new(2023, 12, 15);

    private static Regime LookedAfterChildDeath2018()
    {
        var regime = From(2018, 6, 29);
        var cite = new Citation("Working Together to Safeguard Children 2018", "ch.4, notifying the Secretary of State and Ofsted of the death of a looked-after child", SourceKind.StatutoryGuidance, false);
        var notify = AllOf("wt-looked-after-child-death", "The local authority must notify the Secretary of State and Ofsted of the death of a child it looks after, whether or not abuse or neglect is known or suspected", cite, regime,
            Died("wt-looked-after-child-death-died", cite, regime),
            Yes("wt-looked-after-child-death-looked-after", "The child was looked after by a local authority", cite, regime, FactName.LookedAfter));
        return new Regime(RegimeId.EnglandLookedAfterChildDeath2018, "Local authorities: notification of the death of a looked-after child", Jurisdiction.England,
            ImmutableArray.Create(Subject.Child), regime, cite,
            ImmutableArray.Create(
                Required(DeterminationKind.LookedAfterChildDeathNotification, Subject.Child, notify),
                NotRequired(DeterminationKind.LookedAfterChildDeathNotification, Subject.Child, notify, regime)));
    }

    private static Regime CareLeaverDeath2023()
    {
        var regime = From(2023, 12, 15);
        var cite = new Citation("Working Together to Safeguard Children 2023", "ch.5, notifying the Secretary of State and Ofsted of the death of a care leaver up to and including age 24", SourceKind.StatutoryGuidance, false);
        var notify = AllOf("wt-2023-care-leaver-death", "The local authority should notify the Secretary of State and Ofsted of the death of a care leaver aged 24 or under, known to it as a care leaver, whether or not abuse or neglect is known or suspected", cite, regime,
            Died("wt-2023-care-leaver-death-died", cite, regime),
            Yes("wt-2023-care-leaver-death-care-leaver", "The person was a care leaver, known to the authority as one", cite, regime, FactName.CareLeaver),
            AgedTwentyFourOrUnder("wt-2023-care-leaver-death-age", cite, regime));
        var subjects = ImmutableArray.Create(Subject.Child, Subject.Adult);
        return new Regime(RegimeId.EnglandCareLeaverDeath2023, "Local authorities: notification of the death of a care leaver", Jurisdiction.England,
            subjects, regime, cite,
            ImmutableArray.Create(
                Required(DeterminationKind.CareLeaverDeathNotification, Subject.Child, notify),
                NotRequired(DeterminationKind.CareLeaverDeathNotification, Subject.Child, notify, regime),
                Required(DeterminationKind.CareLeaverDeathNotification, Subject.Adult, notify),
                NotRequired(DeterminationKind.CareLeaverDeathNotification, Subject.Adult, notify, regime)),
            presentOnlyForDeaths: true);
    }
}
