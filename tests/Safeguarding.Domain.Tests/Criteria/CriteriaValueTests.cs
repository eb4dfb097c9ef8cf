using System;
using System.Collections.Immutable;
using System.ComponentModel;
using System.Linq;
using NodaTime;
using Safeguarding.Domain.Calendars;
using Safeguarding.Domain.Citations;
using Safeguarding.Domain.Criteria;
using Safeguarding.Domain.Tests.Support;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Domain.Tests.Criteria;

/// <summary>
/// The criteria's values: equality laws of the hand-written equalities, exact texts, and the exact exception
/// (type, parameter and message) for every argument the public API refuses.
/// </summary>
public sealed class CriteriaValueTests
{
    private static readonly LocalDate Day = new(2020, 3, 2);
    private static readonly Citation Cite = new("Care Act 2014", "s44(1)", SourceKind.Statute, true);

    private static CaseFacts Full(
        Jurisdiction jurisdiction = Jurisdiction.Wales, Subject subject = Subject.Adult, LocalDate? decisionDate = null,
        AbuseOrNeglect abuse = AbuseOrNeglect.Suspected, Harm harm = Harm.SeriouslyHarmed, TriState concern = TriState.Yes,
        TriState custody = TriState.No, TriState needs = TriState.Yes, int? age = 40,
        PerpetratorRelationship relationship = PerpetratorRelationship.HouseholdMember, TriState prior = TriState.No,
        TriState outside = TriState.Yes, TriState register = TriState.No, TriState board = TriState.Yes, TriState learning = TriState.No,
        TriState neglect = TriState.Yes, LocalDate? awareOn = null, LocalDate? notifiedOn = null, bool noAware = false, bool noNotified = false, TriState atRiskOfHarm = TriState.Yes, TriState careAndRiskManagementHarm = TriState.No, TriState subjectToAdultProtectionProcesses = TriState.Yes, TriState lookedAfter = TriState.No, TriState careLeaver = TriState.Yes, TriState homicide = TriState.No, TriState offensiveWeapon = TriState.Yes, TriState offensiveWeaponsPilot = TriState.No, TriState perpetratorKnownToMentalHealthServices = TriState.Yes, TriState perpetratorAgedSixteenOrOver = TriState.No) =>
        new(jurisdiction, subject, decisionDate ?? Day, abuse, harm, concern, custody, needs, age, relationship, prior, outside, register, board,
            learning, neglect, noAware ? null : awareOn ?? new LocalDate(2020, 2, 20), noNotified ? null : notifiedOn ?? new LocalDate(2020, 2, 24),
            atRiskOfHarm, careAndRiskManagementHarm, subjectToAdultProtectionProcesses, lookedAfter, careLeaver, homicide, offensiveWeapon, offensiveWeaponsPilot, perpetratorKnownToMentalHealthServices, perpetratorAgedSixteenOrOver);

    [Fact]
    public void CaseFacts_EqualityLaws_HoldForEveryMember() =>
        EqualityLaws.Hold(Full(), Full(),
            Full(jurisdiction: Jurisdiction.England), Full(subject: Subject.Child), Full(decisionDate: Day.PlusDays(1)),
            Full(abuse: AbuseOrNeglect.Known), Full(harm: Harm.Died), Full(concern: TriState.No), Full(custody: TriState.Yes),
            Full(needs: TriState.No), Full(age: 41), Full(age: null), Full(relationship: PerpetratorRelationship.Relative),
            Full(prior: TriState.Yes), Full(outside: TriState.No), Full(register: TriState.Yes), Full(board: TriState.No),
            Full(learning: TriState.Yes), Full(neglect: TriState.No), Full(awareOn: new LocalDate(2020, 2, 21)), Full(noAware: true),
            Full(notifiedOn: new LocalDate(2020, 2, 25)), Full(noNotified: true),
            Full(relationship: PerpetratorRelationship.SharedParent), Full(atRiskOfHarm: TriState.No), Full(careAndRiskManagementHarm: TriState.Yes), Full(subjectToAdultProtectionProcesses: TriState.No), Full(lookedAfter: TriState.Yes), Full(careLeaver: TriState.No), Full(homicide: TriState.Yes), Full(offensiveWeapon: TriState.No), Full(offensiveWeaponsPilot: TriState.Yes), Full(perpetratorKnownToMentalHealthServices: TriState.No), Full(perpetratorAgedSixteenOrOver: TriState.Yes));

    [Fact]
    public void FactSet_EqualityLaws_Hold() =>
        EqualityLaws.Hold(FactSet.Of(FactName.Harm, FactName.NeglectOnly), FactSet.Of(FactName.NeglectOnly).Add(FactName.Harm),
            FactSet.Of(FactName.Harm), FactSet.Of(FactName.NeglectOnly), FactSet.Empty, FactSet.All);

    [Fact]
    public void KindOutcome_EqualityLaws_Hold()
    {
        var value = new KindOutcome(DeterminationKind.RapidReview, ReviewOutcome.Undetermined, FactSet.Of(FactName.Harm));
        EqualityLaws.Hold(value, new KindOutcome(DeterminationKind.RapidReview, ReviewOutcome.Undetermined, FactSet.Of(FactName.Harm)),
            new KindOutcome(DeterminationKind.SeriousIncidentNotification, ReviewOutcome.Undetermined, FactSet.Of(FactName.Harm)),
            new KindOutcome(DeterminationKind.RapidReview, ReviewOutcome.Required, FactSet.Of(FactName.Harm)),
            new KindOutcome(DeterminationKind.RapidReview, ReviewOutcome.Undetermined, FactSet.Of(FactName.Harm, FactName.AbuseOrNeglect)));
        Assert.Equal("RapidReview: Undetermined", value.ToString());
        Assert.Equal("SeriousCaseReview: Undetermined", default(KindOutcome).ToString());
    }

    [Fact]
    public void Validity_EqualityLaws_Hold()
    {
        var value = new Validity(new LocalDate(2006, 4, 1), new LocalDate(2019, 9, 29));
        EqualityLaws.Hold(value, new Validity(new LocalDate(2006, 4, 1), new LocalDate(2019, 9, 29)),
            new Validity(new LocalDate(2006, 4, 2), new LocalDate(2019, 9, 29)),
            new Validity(new LocalDate(2006, 4, 1), new LocalDate(2019, 9, 30)),
            new Validity(new LocalDate(2006, 4, 1), null));
    }

    [Fact]
    public void Validity_Contains_IncludesBothEnds()
    {
        var closed = new Validity(new LocalDate(2013, 1, 1), new LocalDate(2016, 4, 5));
        Assert.False(closed.Contains(new LocalDate(2012, 12, 31)));
        Assert.True(closed.Contains(new LocalDate(2013, 1, 1)));
        Assert.True(closed.Contains(new LocalDate(2016, 4, 5)));
        Assert.False(closed.Contains(new LocalDate(2016, 4, 6)));
        var open = new Validity(new LocalDate(2016, 4, 6), null);
        Assert.False(open.Contains(new LocalDate(2016, 4, 5)));
        Assert.True(open.Contains(new LocalDate(2016, 4, 6)));
        Assert.True(open.Contains(new LocalDate(9999, 12, 31)));
        var oneDay = new Validity(new LocalDate(2020, 1, 1), new LocalDate(2020, 1, 1));
        Assert.True(oneDay.Contains(new LocalDate(2020, 1, 1)));
        Assert.Equal("2013-01-01 to 2016-04-05", closed.ToString());
        Assert.Equal("2016-04-06 onwards", open.ToString());
        Assert.Equal("2020-01-01 to 2020-01-01", oneDay.ToString());
    }

    [Fact]
    public void Validity_EndingBeforeItStarts_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => new Validity(new LocalDate(2020, 1, 2), new LocalDate(2020, 1, 1)));
        Assert.Equal("until", error.ParamName);
        Assert.StartsWith("The last day in force cannot be before the first.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FactSet_Operations_FollowFactNameOrder()
    {
        var set = FactSet.Of(FactName.NeglectOnly, FactName.AbuseOrNeglect, FactName.AgeAtDeath);
        Assert.Equal(3, set.Size);
        Assert.False(set.IsEmpty);
        Assert.True(FactSet.Empty.IsEmpty);
        Assert.Equal(0, FactSet.Empty.Size);
        Assert.Equal(23, FactSet.All.Size);
        Assert.Equal(FactSet.Count, FactSet.All.ToImmutableArray().Length);
        Assert.Equal(new[] { FactName.AbuseOrNeglect, FactName.AgeAtDeath, FactName.NeglectOnly }, set.ToImmutableArray().ToArray());
        Assert.Equal(new[] { "abuseOrNeglect", "ageAtDeath", "neglectOnly" }, set.Names());
        Assert.Equal("abuseOrNeglect, ageAtDeath, neglectOnly", set.ToString());
        Assert.Equal(string.Empty, FactSet.Empty.ToString());
        Assert.True(set.Contains(FactName.NeglectOnly));
        Assert.False(set.Contains(FactName.Harm));
        Assert.Equal(FactSet.Of(FactName.AbuseOrNeglect), set.Intersect(FactSet.Of(FactName.AbuseOrNeglect, FactName.Harm)));
        Assert.Equal(FactSet.Of(FactName.AbuseOrNeglect, FactName.Harm, FactName.AgeAtDeath, FactName.NeglectOnly), set.Union(FactSet.Of(FactName.Harm)));
        Assert.Equal(FactSet.Empty, FactSet.Of((FactName[])null!));
        Assert.Equal(FactSet.Of(FactName.Harm), FactSet.Of(FactName.Harm, FactName.Harm));
        Assert.Equal(FactSet.Of(FactName.Harm, FactName.AgeAtDeath), FactSet.Of(FactName.Harm, FactName.AgeAtDeath, FactName.Harm));
        Assert.Equal(FactSet.Empty, FactSet.Of(Array.Empty<FactName>()));
        Assert.Equal(FactSet.Of(FactName.Harm), FactSet.Of(new[] { FactName.Harm }));
        Assert.Equal(FactSet.Count, Enum.GetValues<FactName>().Length);
    }

    [Fact]
    public void CaseFacts_WireNamesAndKnownness_CoverEveryFact()
    {
        Assert.Equal(
            new[]
            {
                "abuseOrNeglect", "harm", "concernAboutJointWorking", "diedInCustody", "careAndSupportNeeds", "ageAtDeath", "perpetratorRelationship",
                "protectionOrLookedAfterInPriorSixMonths", "harmedOutsideEnglandWhileNormallyResident", "childOrSiblingOnRegisterOrLookedAfter",
                "boardConcernAboutEffectiveness", "outstandingPositiveLearning", "neglectOnly", "atRiskOfHarm", "careAndRiskManagementHarm",
                "subjectToAdultProtectionProcesses", "lookedAfter", "careLeaver", "homicide", "offensiveWeapon", "offensiveWeaponsPilot",
                "perpetratorKnownToMentalHealthServices", "perpetratorAgedSixteenOrOver",
            },
            Enum.GetValues<FactName>().Select(CaseFacts.WireName));

        var full = Full();
        Assert.True(full.UnknownFacts.IsEmpty);
        foreach (var fact in Enum.GetValues<FactName>())
        {
            Assert.True(full.IsKnown(fact), fact.ToString());
            var forgotten = full.WithUnknown(fact);
            Assert.False(forgotten.IsKnown(fact), fact.ToString());
            Assert.Equal(FactSet.Of(fact), forgotten.UnknownFacts);
            Assert.Equal(full.DecisionDate, forgotten.DecisionDate);
            Assert.Equal(full.AwareOn, forgotten.AwareOn);
            Assert.Equal(full.NotifiedOn, forgotten.NotifiedOn);
            Assert.Equal(full.Jurisdiction, forgotten.Jurisdiction);
            Assert.Equal(full.Subject, forgotten.Subject);
        }

        var blank = new CaseFacts(Jurisdiction.England, Subject.Child, Day);
        Assert.Equal(FactSet.All, blank.UnknownFacts);
        Assert.Null(blank.AwareOn);
        Assert.Null(blank.NotifiedOn);
    }

    [Fact]
    public void CaseFacts_WithDecisionDate_KeepsEveryOtherFact()
    {
        var moved = Full().WithDecisionDate(new LocalDate(2021, 1, 1));
        Assert.Equal(Full(decisionDate: new LocalDate(2021, 1, 1)), moved);
    }

    [Fact]
    public void CaseFacts_FactOutsideTheEnum_IsRefused()
    {
        var facts = Full();
        Assert.Equal("fact", Assert.Throws<ArgumentOutOfRangeException>(() => CaseFacts.WireName((FactName)23)).ParamName);
        Assert.Equal("fact", Assert.Throws<ArgumentOutOfRangeException>(() => facts.IsKnown((FactName)23)).ParamName);
        Assert.Equal("fact", Assert.Throws<ArgumentOutOfRangeException>(() => facts.WithUnknown((FactName)(-1))).ParamName);
        Assert.Equal("fact", Assert.Throws<ArgumentOutOfRangeException>(() => facts.WithUnknown((FactName)23)).ParamName);
        Assert.Equal("fact", Assert.Throws<ArgumentOutOfRangeException>(() => facts.YesNo((FactName)23)).ParamName);
        Assert.Equal("fact", Assert.Throws<ArgumentOutOfRangeException>(() => facts.YesNo(FactName.AgeAtDeath)).ParamName);
        Assert.Equal("fact", Assert.Throws<ArgumentOutOfRangeException>(() => facts.YesNo(FactName.Harm)).ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(CaseFacts.MaxAge)]
    public void CaseFacts_AgeAtTheEndsOfTheRange_IsAccepted(int age) =>
        Assert.Equal(age, new CaseFacts(Jurisdiction.England, Subject.Child, Day, ageAtDeath: age).AgeAtDeath);

    [Theory]
    [InlineData(-1)]
    [InlineData(CaseFacts.MaxAge + 1)]
    public void CaseFacts_AgeOutsideTheRange_IsRefusedByValidate(int age)
    {
        var facts = new CaseFacts(Jurisdiction.England, Subject.Child, Day, ageAtDeath: age);
        var issue = Assert.Single(facts.Validate().Errors);
        Assert.Equal(("$.ageAtDeath", "number-out-of-range", "Expected a whole number from 0 to 130."), (issue.Path, issue.Code, issue.Message));
        Assert.Equal(130, CaseFacts.MaxAge);
    }

    [Fact]
    public void CaseFacts_EnumOutOfRange_NamesTheParameter()
    {
        void Refused(string parameter, Func<CaseFacts> build) =>
            Assert.Equal(parameter, Assert.Throws<InvalidEnumArgumentException>(() => build()).ParamName);

        Refused("jurisdiction", () => new CaseFacts((Jurisdiction)4, Subject.Child, Day));
        Refused("subject", () => new CaseFacts(Jurisdiction.England, (Subject)2, Day));
        Refused("abuseOrNeglect", () => new CaseFacts(Jurisdiction.England, Subject.Child, Day, abuseOrNeglect: (AbuseOrNeglect)4));
        Refused("harm", () => new CaseFacts(Jurisdiction.England, Subject.Child, Day, harm: (Harm)4));

        // Below the first member too (the check compares without boxing, as an unsigned number), and the last members pass.
        Refused("jurisdiction", () => new CaseFacts((Jurisdiction)(-1), Subject.Child, Day));
        Refused("perpetratorRelationship", () => new CaseFacts(Jurisdiction.England, Subject.Child, Day, perpetratorRelationship: (PerpetratorRelationship)(-1)));
        var last = new CaseFacts(Jurisdiction.NorthernIreland, Subject.Adult, Day, AbuseOrNeglect.NotSuspected, Harm.NotSeriouslyHarmed,
            perpetratorRelationship: PerpetratorRelationship.SharedParent);
        Assert.Equal((Jurisdiction.NorthernIreland, Subject.Adult, AbuseOrNeglect.NotSuspected, Harm.NotSeriouslyHarmed, PerpetratorRelationship.SharedParent),
            (last.Jurisdiction, last.Subject, last.AbuseOrNeglect, last.Harm, last.PerpetratorRelationship));
        Refused("concernAboutJointWorking", () => new CaseFacts(Jurisdiction.England, Subject.Child, Day, concernAboutJointWorking: (TriState)3));
        Refused("diedInCustody", () => new CaseFacts(Jurisdiction.England, Subject.Child, Day, diedInCustody: (TriState)3));
        Refused("careAndSupportNeeds", () => new CaseFacts(Jurisdiction.England, Subject.Child, Day, careAndSupportNeeds: (TriState)3));
        Refused("perpetratorRelationship", () => new CaseFacts(Jurisdiction.England, Subject.Child, Day, perpetratorRelationship: (PerpetratorRelationship)7));
        Refused("protectionOrLookedAfterInPriorSixMonths", () => new CaseFacts(Jurisdiction.England, Subject.Child, Day, protectionOrLookedAfterInPriorSixMonths: (TriState)3));
        Refused("harmedOutsideEnglandWhileNormallyResident", () => new CaseFacts(Jurisdiction.England, Subject.Child, Day, harmedOutsideEnglandWhileNormallyResident: (TriState)3));
        Refused("childOrSiblingOnRegisterOrLookedAfter", () => new CaseFacts(Jurisdiction.England, Subject.Child, Day, childOrSiblingOnRegisterOrLookedAfter: (TriState)3));
        Refused("boardConcernAboutEffectiveness", () => new CaseFacts(Jurisdiction.England, Subject.Child, Day, boardConcernAboutEffectiveness: (TriState)3));
        Refused("outstandingPositiveLearning", () => new CaseFacts(Jurisdiction.England, Subject.Child, Day, outstandingPositiveLearning: (TriState)3));
        Refused("neglectOnly", () => new CaseFacts(Jurisdiction.England, Subject.Child, Day, neglectOnly: (TriState)3));
        Refused("atRiskOfHarm", () => new CaseFacts(Jurisdiction.England, Subject.Child, Day, atRiskOfHarm: (TriState)3));
        Refused("careAndRiskManagementHarm", () => new CaseFacts(Jurisdiction.England, Subject.Child, Day, careAndRiskManagementHarm: (TriState)3));
        Refused("subjectToAdultProtectionProcesses", () => new CaseFacts(Jurisdiction.England, Subject.Child, Day, subjectToAdultProtectionProcesses: (TriState)3));
        Refused("lookedAfter", () => new CaseFacts(Jurisdiction.England, Subject.Child, Day, lookedAfter: (TriState)3));
        Refused("careLeaver", () => new CaseFacts(Jurisdiction.England, Subject.Child, Day, careLeaver: (TriState)3));
        Refused("homicide", () => new CaseFacts(Jurisdiction.England, Subject.Child, Day, homicide: (TriState)3));
        Refused("offensiveWeapon", () => new CaseFacts(Jurisdiction.England, Subject.Child, Day, offensiveWeapon: (TriState)3));
        Refused("offensiveWeaponsPilot", () => new CaseFacts(Jurisdiction.England, Subject.Child, Day, offensiveWeaponsPilot: (TriState)3));
        Refused("perpetratorKnownToMentalHealthServices", () => new CaseFacts(Jurisdiction.England, Subject.Child, Day, perpetratorKnownToMentalHealthServices: (TriState)3));
        Refused("perpetratorAgedSixteenOrOver", () => new CaseFacts(Jurisdiction.England, Subject.Child, Day, perpetratorAgedSixteenOrOver: (TriState)3));
    }

    [Fact]
    public void CaseFacts_Constructor_KeepsEveryValueGiven()
    {
        var f = Full();
        Assert.Equal(Jurisdiction.Wales, f.Jurisdiction);
        Assert.Equal(Subject.Adult, f.Subject);
        Assert.Equal(Day, f.DecisionDate);
        Assert.Equal(AbuseOrNeglect.Suspected, f.AbuseOrNeglect);
        Assert.Equal(Harm.SeriouslyHarmed, f.Harm);
        Assert.Equal(TriState.Yes, f.ConcernAboutJointWorking);
        Assert.Equal(TriState.No, f.DiedInCustody);
        Assert.Equal(TriState.Yes, f.CareAndSupportNeeds);
        Assert.Equal(40, f.AgeAtDeath);
        Assert.Equal(PerpetratorRelationship.HouseholdMember, f.PerpetratorRelationship);
        Assert.Equal(TriState.No, f.ProtectionOrLookedAfterInPriorSixMonths);
        Assert.Equal(TriState.Yes, f.HarmedOutsideEnglandWhileNormallyResident);
        Assert.Equal(TriState.No, f.ChildOrSiblingOnRegisterOrLookedAfter);
        Assert.Equal(TriState.Yes, f.BoardConcernAboutEffectiveness);
        Assert.Equal(TriState.No, f.OutstandingPositiveLearning);
        Assert.Equal(TriState.Yes, f.NeglectOnly);
        Assert.Equal(TriState.Yes, f.AtRiskOfHarm);
        Assert.Equal(TriState.Yes, f.YesNo(FactName.AtRiskOfHarm));
        Assert.Equal(TriState.No, f.CareAndRiskManagementHarm);
        Assert.Equal(TriState.No, f.YesNo(FactName.CareAndRiskManagementHarm));
        Assert.Equal(TriState.Yes, f.SubjectToAdultProtectionProcesses);
        Assert.Equal(TriState.Yes, f.YesNo(FactName.SubjectToAdultProtectionProcesses));
        Assert.Equal(TriState.No, f.LookedAfter);
        Assert.Equal(TriState.No, f.YesNo(FactName.LookedAfter));
        Assert.Equal(TriState.Yes, f.CareLeaver);
        Assert.Equal(TriState.Yes, f.YesNo(FactName.CareLeaver));
        Assert.Equal(TriState.No, f.Homicide);
        Assert.Equal(TriState.No, f.YesNo(FactName.Homicide));
        Assert.Equal(TriState.Yes, f.OffensiveWeapon);
        Assert.Equal(TriState.Yes, f.YesNo(FactName.OffensiveWeapon));
        Assert.Equal(TriState.No, f.OffensiveWeaponsPilot);
        Assert.Equal(TriState.No, f.YesNo(FactName.OffensiveWeaponsPilot));
        Assert.Equal(TriState.Yes, f.PerpetratorKnownToMentalHealthServices);
        Assert.Equal(TriState.Yes, f.YesNo(FactName.PerpetratorKnownToMentalHealthServices));
        Assert.Equal(TriState.No, f.PerpetratorAgedSixteenOrOver);
        Assert.Equal(TriState.No, f.YesNo(FactName.PerpetratorAgedSixteenOrOver));
        Assert.Equal(new LocalDate(2020, 2, 20), f.AwareOn);
        Assert.Equal(new LocalDate(2020, 2, 24), f.NotifiedOn);
    }

    [Fact]
    public void Texts_OfTheCriteriaTypes_AreExact()
    {
        var regime = RuleSet.BuildRegimes().Single(r => r.Id.Value == "england-care-act-2014");
        var rule = regime.Rules[0];
        Assert.Equal("england-care-act-2014", regime.ToString());
        Assert.Equal("SafeguardingAdultsReview Required when care-act-2014-s44-1", rule.ToString());
        Assert.Equal("care-act-2014-s44-1 (Care Act 2014 s44(1))", rule.Condition.ToString());

        var reason = new Reason("care-act-2014-s44-1", "The Board must review", CriterionResult.NotMet, Cite, true, default);
        Assert.Equal("The Board must review: NotMet (Care Act 2014 s44(1))", reason.ToString());
        Assert.Empty(reason.Reasons);
        Assert.True(reason.InForce);
        Assert.False(new Reason("a", "b", CriterionResult.Met, Cite, false, ImmutableArray<Reason>.Empty).InForce);

        var determination = new Determination(DeterminationKind.SafeguardingAdultsReview, ReviewOutcome.Discretionary, default, FactSet.Of(FactName.Harm), default, default);
        Assert.Equal("SafeguardingAdultsReview: Discretionary", determination.ToString());
        Assert.Empty(determination.MissingFacts);
        Assert.Empty(determination.Reasons);
        Assert.Empty(determination.Deadlines);
        Assert.Equal(FactSet.Of(FactName.Harm), determination.Facts);

        var deadline = new Deadline { Clock = "notification", StartsFrom = "awareOn", Start = new LocalDate(2022, 9, 14), Length = ClockLength.WorkingDays(5), Due = new CalendarDate(new LocalDate(2022, 9, 22), false), Citation = Cite };
        Assert.Equal("notification due 2022-09-22", deadline.ToString());
        Assert.Equal("awareOn", deadline.StartsFrom);
        Assert.Equal(new LocalDate(2022, 9, 14), deadline.Start);
        Assert.Equal(ClockLength.WorkingDays(5), deadline.Length);
        Assert.Same(Cite, deadline.Citation);

        var conflict = new RuleConflict { RegimeId = RegimeId.EnglandCareAct2014, Kind = DeterminationKind.SafeguardingAdultsReview, Facts = Full(), Rules = ImmutableArray.Create(rule), Problem = "No rule decides these facts (a gap)." };
        Assert.Equal("england-care-act-2014 SafeguardingAdultsReview: No rule decides these facts (a gap).", conflict.ToString());
    }

    [Fact]
    public void Guards_RefuseEmptyAndMissingArguments()
    {
        var length = ClockLength.WorkingDays(5);
        var due = new CalendarDate(Day, false);
        Assert.Equal(nameof(Deadline.Clock), Assert.Throws<ArgumentException>(() => new Deadline { Clock = " ", StartsFrom = "awareOn", Start = Day, Length = length, Due = due, Citation = Cite }).ParamName);
        Assert.Equal(nameof(Deadline.Clock), Assert.Throws<ArgumentNullException>(() => new Deadline { Clock = null!, StartsFrom = "awareOn", Start = Day, Length = length, Due = due, Citation = Cite }).ParamName);
        Assert.Equal(nameof(Deadline.StartsFrom), Assert.Throws<ArgumentException>(() => new Deadline { Clock = "notification", StartsFrom = "", Start = Day, Length = length, Due = due, Citation = Cite }).ParamName);
        Assert.Equal(nameof(Deadline.Citation), Assert.Throws<ArgumentNullException>(() => new Deadline { Clock = "notification", StartsFrom = "awareOn", Start = Day, Length = length, Due = due, Citation = null! }).ParamName);

        Assert.Equal("criterionId", Assert.Throws<ArgumentException>(() => new Reason(" ", "b", CriterionResult.Met, Cite, true, default)).ParamName);
        Assert.Equal("criterion", Assert.Throws<ArgumentException>(() => new Reason("a", "", CriterionResult.Met, Cite, true, default)).ParamName);
        Assert.Equal("result", Assert.Throws<InvalidEnumArgumentException>(() => new Reason("a", "b", (CriterionResult)4, Cite, true, default)).ParamName);
        Assert.Equal("citation", Assert.Throws<ArgumentNullException>(() => new Reason("a", "b", CriterionResult.Met, null!, true, default)).ParamName);

        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => new CaseFactsDocument(Full(), null!)).ParamName);
        Assert.Equal("englandTransition", Assert.Throws<InvalidEnumArgumentException>(() => new CriteriaOptions((EnglandTransition)2, TimescaleCatalogue.Default)).ParamName);
        Assert.Equal("timescales", Assert.Throws<ArgumentNullException>(() => new CriteriaOptions(EnglandTransition.SafeguardingPartners, null!)).ParamName);

        var regime = RuleSet.BuildRegimes()[0];
        Assert.Equal("regime", Assert.Throws<ArgumentNullException>(() => new Evaluation(Full(), null!, "why", default, RuleSet.LawCheckedOn, default)).ParamName);
        Assert.Equal("selectionReason", Assert.Throws<ArgumentException>(() => new Evaluation(Full(), regime, " ", default, RuleSet.LawCheckedOn, default)).ParamName);
        Assert.Empty(new Evaluation(Full(), regime, "why", default, RuleSet.LawCheckedOn, default).Determinations);
        Assert.Empty(new Evaluation(Full(), regime, "why", default, RuleSet.LawCheckedOn, default).PendingChanges);

        Assert.Equal("evaluation", Assert.Throws<ArgumentNullException>(() => EvaluationJson.ToJson(null!)).ParamName);
        Assert.Equal("document", Assert.Throws<ArgumentNullException>(() => CaseFactsJson.Write(null!)).ParamName);
        Assert.Equal("criterion", Assert.Throws<ArgumentNullException>(() => CriteriaEvaluator.Explain(null!, Full())).ParamName);
        Assert.Equal("regime", Assert.Throws<ArgumentNullException>(() => RuleSet.ExplainSelection(null!, Full(), CriteriaOptions.Default)).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => RuleSet.ExplainSelection(regime, Full(), null!)).ParamName);
        var facts = Full();
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => CriteriaEvaluator.EvaluateOutcomes(in facts, null!, new KindOutcome[8], out _)).ParamName);
    }

    [Fact]
    public void EvaluateOutcomes_NeedsRoomForEightOutcomes()
    {
        var facts = new CaseFacts(Jurisdiction.England, Subject.Child, new LocalDate(2019, 1, 1), AbuseOrNeglect.Known, Harm.Died);
        var error = Assert.Throws<ArgumentException>(() => CriteriaEvaluator.EvaluateOutcomes(in facts, CriteriaOptions.Default, new KindOutcome[7], out _));
        Assert.Equal("destination", error.ParamName);
        Assert.StartsWith("The destination must hold at least 8 outcomes.", error.Message, StringComparison.Ordinal);

        var exact = new KindOutcome[8];
        Assert.Equal(5, CriteriaEvaluator.EvaluateOutcomes(in facts, CriteriaOptions.Default, exact, out var regime));
        Assert.Equal("england-cspr-2018", regime!.Id.Value);
        Assert.Equal(
            new[]
            {
                new KindOutcome(DeterminationKind.SeriousIncidentNotification, ReviewOutcome.Required, FactSet.Empty),
                new KindOutcome(DeterminationKind.RapidReview, ReviewOutcome.Required, FactSet.Empty),
                new KindOutcome(DeterminationKind.LocalChildSafeguardingPracticeReview, ReviewOutcome.Discretionary, FactSet.Empty),
                new KindOutcome(DeterminationKind.DomesticHomicideReview, ReviewOutcome.Undetermined, FactSet.Of(FactName.AgeAtDeath, FactName.PerpetratorRelationship)),
                new KindOutcome(DeterminationKind.LookedAfterChildDeathNotification, ReviewOutcome.Undetermined, FactSet.Of(FactName.LookedAfter)),
                default, default, default,
            },
            exact);
    }

    [Fact]
    public void EvaluateOutcomes_WithNoRegimeInForce_WritesNothing()
    {
        var facts = new CaseFacts(Jurisdiction.Scotland, Subject.Adult, new LocalDate(2022, 4, 30), harm: Harm.Died);
        var buffer = new KindOutcome[8];
        Assert.Equal(-1, CriteriaEvaluator.EvaluateOutcomes(in facts, CriteriaOptions.Default, buffer, out var regime));
        Assert.Null(regime);
        Assert.All(buffer, o => Assert.Equal(default, o));
    }

    [Fact]
    public void CriteriaOptions_RapidReviewClockStart_ChangesOnlyWhenDifferent()
    {
        var options = new CriteriaOptions(EnglandTransition.LocalSafeguardingChildrenBoard, TimescaleCatalogue.Default);
        Assert.Equal(RapidReviewClockStart.NotificationSent, options.RapidReviewClockStart);
        Assert.Same(options, options.WithRapidReviewClockStart(RapidReviewClockStart.NotificationSent));
        var moved = options.WithRapidReviewClockStart(RapidReviewClockStart.IncidentAwareness);
        Assert.NotSame(options, moved);
        Assert.Equal(RapidReviewClockStart.IncidentAwareness, moved.RapidReviewClockStart);
        Assert.Equal(EnglandTransition.LocalSafeguardingChildrenBoard, moved.EnglandTransition);
        Assert.Equal(EnglandTransition.SafeguardingPartners, CriteriaOptions.Default.EnglandTransition);
        Assert.Same(TimescaleCatalogue.Default, CriteriaOptions.Default.Timescales);
    }
}
