using System.Linq;
using NodaTime;
using Safeguarding.Domain.Citations;
using Safeguarding.Domain.Criteria;

namespace Safeguarding.Domain.Tests.Criteria;

/// <summary>
/// England's notifications of the deaths of looked-after children (from 29 June 2018, "must") and of care leavers
/// (from 15 December 2023, "should"): source examples, both sides of each start date, presence, and reason texts.
/// </summary>
public sealed class EnglandDeathNotificationTests
{
    private static LocalDate D(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;

    private static Determination? Find(CaseFacts facts, DeterminationKind kind) =>
        CriteriaEvaluator.Evaluate(facts).Value.Determinations.SingleOrDefault(d => d.Kind == kind);

    [Fact]
    public void LookedAfterChild_DiedIn2024WithoutAbuseSuspected_MustBeNotified()
    {
        // LAW-2026 s4: the authority must notify the death of a looked-after child whether or not abuse or neglect is suspected.
        var facts = new CaseFacts(Jurisdiction.England, Subject.Child, D("2024-03-04"), AbuseOrNeglect.NotSuspected, Harm.Died, lookedAfter: TriState.Yes);
        var notification = Find(facts, DeterminationKind.LookedAfterChildDeathNotification)!;
        Assert.Equal(ReviewOutcome.Required, notification.Outcome);
        Assert.Empty(notification.MissingFacts);
        var reason = Assert.Single(notification.Reasons);
        Assert.StartsWith("The local authority must notify the Secretary of State and Ofsted", reason.Criterion, System.StringComparison.Ordinal);
        Assert.Equal("Working Together to Safeguard Children 2023 ch.5, notifying the Secretary of State and Ofsted of the death of a looked-after child", reason.Citation.ToString());
        Assert.Equal(SourceKind.StatutoryGuidance, reason.Citation.Kind);
        Assert.False(reason.Citation.Verified);

        // The serious incident notification is not required (no abuse), but this one is.
        Assert.Equal(ReviewOutcome.NotRequired, Find(facts, DeterminationKind.SeriousIncidentNotification)!.Outcome);
    }

    [Theory]
    [InlineData("2018-06-28", false, null)]
    [InlineData("2018-06-29", true, ReviewOutcome.Required)]
    [InlineData("2021-05-05", true, ReviewOutcome.Required)]
    public void LookedAfterChild_StartsOn29June2018(string date, bool present, ReviewOutcome? outcome)
    {
        var facts = new CaseFacts(Jurisdiction.England, Subject.Child, D(date), harm: Harm.Died, lookedAfter: TriState.Yes);
        var notification = Find(facts, DeterminationKind.LookedAfterChildDeathNotification);
        Assert.Equal(present, notification is not null);
        Assert.Equal(outcome, notification?.Outcome);
    }

    [Theory]
    [InlineData(Harm.SeriouslyHarmed, TriState.Yes, ReviewOutcome.NotRequired, "")]
    [InlineData(Harm.Died, TriState.No, ReviewOutcome.NotRequired, "")]
    [InlineData(Harm.Died, TriState.Unknown, ReviewOutcome.Undetermined, "lookedAfter")]
    [InlineData(Harm.Unknown, TriState.Yes, ReviewOutcome.Undetermined, "harm")]
    [InlineData(Harm.Unknown, TriState.Unknown, ReviewOutcome.Undetermined, "harm, lookedAfter")]
    public void LookedAfterChild_IsPresentForEveryEnglishChild(Harm harm, TriState lookedAfter, ReviewOutcome outcome, string missing)
    {
        var facts = new CaseFacts(Jurisdiction.England, Subject.Child, D("2022-02-01"), harm: harm, lookedAfter: lookedAfter);
        var notification = Find(facts, DeterminationKind.LookedAfterChildDeathNotification)!;
        Assert.Equal(outcome, notification.Outcome);
        Assert.Equal(missing, string.Join(", ", notification.MissingFacts.Select(CaseFacts.WireName)));
    }

    [Fact]
    public void LookedAfterChild_IsEnglishAndForChildrenOnly()
    {
        Assert.Null(Find(new CaseFacts(Jurisdiction.Wales, Subject.Child, D("2022-02-01"), harm: Harm.Died, lookedAfter: TriState.Yes), DeterminationKind.LookedAfterChildDeathNotification));
        Assert.Null(Find(new CaseFacts(Jurisdiction.England, Subject.Adult, D("2022-02-01"), harm: Harm.Died, lookedAfter: TriState.Yes), DeterminationKind.LookedAfterChildDeathNotification));
    }

    [Fact]
    public void CareLeaver_DiedAged22In2024_ShouldBeNotified()
    {
        var facts = new CaseFacts(Jurisdiction.England, Subject.Adult, D("2024-05-01"), AbuseOrNeglect.NotSuspected, Harm.Died, ageAtDeath: 22, careLeaver: TriState.Yes);
        var notification = Find(facts, DeterminationKind.CareLeaverDeathNotification)!;
        Assert.Equal(ReviewOutcome.Required, notification.Outcome);
        var reason = Assert.Single(notification.Reasons);
        Assert.StartsWith("The local authority should notify the Secretary of State and Ofsted of the death of a care leaver aged 24 or under", reason.Criterion, System.StringComparison.Ordinal);
        Assert.Equal("Working Together to Safeguard Children 2023 ch.5, notifying the Secretary of State and Ofsted of the death of a care leaver up to and including age 24", reason.Citation.ToString());
    }

    [Theory]
    [InlineData(24, ReviewOutcome.Required)]
    [InlineData(25, ReviewOutcome.NotRequired)]
    [InlineData(18, ReviewOutcome.Required)]
    [InlineData(null, ReviewOutcome.Undetermined)]
    public void CareLeaver_AgeUpToAndIncluding24(int? age, ReviewOutcome outcome)
    {
        var facts = new CaseFacts(Jurisdiction.England, Subject.Adult, D("2024-05-01"), harm: Harm.Died, ageAtDeath: age, careLeaver: TriState.Yes);
        var notification = Find(facts, DeterminationKind.CareLeaverDeathNotification)!;
        Assert.Equal(outcome, notification.Outcome);
        Assert.Equal(age is null ? "ageAtDeath" : string.Empty, string.Join(", ", notification.MissingFacts.Select(CaseFacts.WireName)));
    }

    [Fact]
    public void CareLeaver_AChildIsAlways24OrUnder()
    {
        var facts = new CaseFacts(Jurisdiction.England, Subject.Child, D("2024-05-01"), harm: Harm.Died, careLeaver: TriState.Yes);
        var notification = Find(facts, DeterminationKind.CareLeaverDeathNotification)!;
        Assert.Equal(ReviewOutcome.Required, notification.Outcome);
        Assert.Empty(notification.MissingFacts);
    }

    [Theory]
    [InlineData("2023-12-14", Harm.Died, false)]
    [InlineData("2023-12-15", Harm.Died, true)]
    [InlineData("2024-01-02", Harm.Unknown, true)]
    [InlineData("2024-01-02", Harm.SeriouslyHarmed, false)]
    [InlineData("2024-01-02", Harm.NotSeriouslyHarmed, false)]
    public void CareLeaver_StartsOn15December2023AndOnlyForDeaths(string date, Harm harm, bool present)
    {
        var facts = new CaseFacts(Jurisdiction.England, Subject.Adult, D(date), harm: harm, ageAtDeath: 20, careLeaver: TriState.Yes);
        Assert.Equal(present, Find(facts, DeterminationKind.CareLeaverDeathNotification) is not null);
        Assert.Null(Find(new CaseFacts(Jurisdiction.Wales, Subject.Adult, D(date), harm: harm), DeterminationKind.CareLeaverDeathNotification));
    }

    [Fact]
    public void StartDates_AreTheCataloguesOwn()
    {
        Assert.Equal(new LocalDate(2018, 6, 29), RuleSet.LookedAfterChildDeathNotificationStart);
        Assert.Equal(new LocalDate(2023, 12, 15), RuleSet.CareLeaverDeathNotificationStart);
        var lac = RuleSet.Companions.Single(r => r.KindsFor(Subject.Child).Contains(DeterminationKind.LookedAfterChildDeathNotification));
        Assert.Equal(RuleSet.LookedAfterChildDeathNotificationStart, lac.Validity.From);
        Assert.False(lac.PresentOnlyForDeaths);
        var leaver = RuleSet.Companions.Single(r => r.KindsFor(Subject.Adult).Contains(DeterminationKind.CareLeaverDeathNotification));
        Assert.Equal(RuleSet.CareLeaverDeathNotificationStart, leaver.Validity.From);
        Assert.True(leaver.PresentOnlyForDeaths);
    }
}
