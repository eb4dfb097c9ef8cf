using System;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using Safeguarding.Domain.Calendars;
using Safeguarding.Domain.Criteria;
using Safeguarding.Domain.Lifecycle;
using Safeguarding.Domain.Tests.Support;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Domain.Tests.Lifecycle;

/// <summary>
/// The lifecycle's values: construction checks with their argument names and messages, equality over every
/// member, and their texts.
/// </summary>
public sealed class LifecycleValueTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    /// <summary>For a member the hash code leaves out: the values are unequal every way round.</summary>
    private static void Unequal<T>(T value, T other)
        where T : IEquatable<T>
    {
        Assert.False(value.Equals(other));
        Assert.False(other.Equals(value));
        Assert.False(value.Equals((object)other));
    }

    [Fact]
    public void ReviewEvent_Equality_IsOverEveryFact()
    {
        ReviewEvent Commissioned(bool? independent = true, string? methodology = "silp", LocalDate? start = null, LocalDate? end = null) =>
            new(ReviewEventType.Commissioned, D(2022, 11, 1), reviewerIndependent: independent, methodology: methodology,
                scopeStart: start ?? D(2021, 9, 1), scopeEnd: end ?? D(2022, 9, 12));
        EqualityLaws.Hold(Commissioned(), Commissioned(),
            new ReviewEvent(ReviewEventType.Commissioned, D(2022, 11, 2), reviewerIndependent: true, methodology: "silp", scopeStart: D(2021, 9, 1), scopeEnd: D(2022, 9, 12)));
        Unequal(Commissioned(), Commissioned(independent: false));
        Unequal(Commissioned(), Commissioned(independent: null));
        Unequal(Commissioned(), Commissioned(methodology: "SILP"));
        Unequal(Commissioned(), Commissioned(start: D(2021, 9, 2)));
        Unequal(Commissioned(), Commissioned(end: D(2022, 9, 11)));

        var decided = new ReviewEvent(ReviewEventType.Decided, D(2022, 10, 14), ReviewDecision.Initiate, reasons: "criteria met");
        EqualityLaws.Hold(decided, new ReviewEvent(ReviewEventType.Decided, D(2022, 10, 14), ReviewDecision.Initiate, reasons: "criteria met"),
            new ReviewEvent(ReviewEventType.Decided, D(2022, 10, 14), ReviewDecision.NotInitiate, reasons: "criteria met"),
            new ReviewEvent(ReviewEventType.Decided, D(2022, 10, 15), ReviewDecision.Initiate, reasons: "criteria met"));
        Unequal(decided, new ReviewEvent(ReviewEventType.Decided, D(2022, 10, 14), ReviewDecision.Initiate, reasons: "Criteria met"));
        Unequal(decided, new ReviewEvent(ReviewEventType.Decided, D(2022, 10, 14), ReviewDecision.Initiate));

        var closed = new ReviewEvent(ReviewEventType.ActionPlanClosed, D(2021, 1, 14), openActions: 0);
        EqualityLaws.Hold(closed, new ReviewEvent(ReviewEventType.ActionPlanClosed, D(2021, 1, 14), openActions: 0),
            new ReviewEvent(ReviewEventType.ActionPlanClosed, D(2021, 1, 14), openActions: 1),
            new ReviewEvent(ReviewEventType.ActionPlanClosed, D(2021, 1, 14)),
            new ReviewEvent(ReviewEventType.ActionPlanAgreed, D(2021, 1, 14)));

        var known = new ReviewEvent(ReviewEventType.IncidentKnown, D(2022, 9, 14), incidentDate: D(2022, 9, 12));
        Assert.True(known.Equals(new ReviewEvent(ReviewEventType.IncidentKnown, D(2022, 9, 14), incidentDate: D(2022, 9, 12))));
        Unequal(known, new ReviewEvent(ReviewEventType.IncidentKnown, D(2022, 9, 14), incidentDate: D(2022, 9, 13)));
        Assert.False(known.Equals((ReviewEvent?)null));
    }

    [Fact]
    public void ReviewEvent_KeepsEveryFact()
    {
        var commissioned = new ReviewEvent(ReviewEventType.Commissioned, D(2022, 11, 1), reviewerIndependent: false, methodology: "silp",
            scopeStart: D(2021, 9, 1), scopeEnd: D(2021, 9, 1));
        Assert.Equal((ReviewEventType.Commissioned, D(2022, 11, 1), (bool?)false, "silp", (LocalDate?)D(2021, 9, 1), (LocalDate?)D(2021, 9, 1)),
            (commissioned.Type, commissioned.Date, commissioned.ReviewerIndependent, commissioned.Methodology, commissioned.ScopeStart, commissioned.ScopeEnd));
        Assert.Null(commissioned.Decision);
        Assert.Null(commissioned.Reasons);
        Assert.Null(commissioned.IncidentDate);
        Assert.Null(commissioned.OpenActions);
        Assert.Equal(D(2022, 9, 14), new ReviewEvent(ReviewEventType.IncidentKnown, D(2022, 9, 14), incidentDate: D(2022, 9, 14)).IncidentDate);
        Assert.Equal(0, new ReviewEvent(ReviewEventType.ActionPlanClosed, D(2021, 1, 14), openActions: 0).OpenActions);
        Assert.Equal("no longer needed", new ReviewEvent(ReviewEventType.Withdrawn, D(2021, 1, 14), reasons: "no longer needed").Reasons);
        Assert.Equal("agreed", new ReviewEvent(ReviewEventType.NotPublished, D(2021, 1, 14), reasons: "agreed").Reasons);
        Assert.Equal(ReviewDecision.NotInitiate, new ReviewEvent(ReviewEventType.Decided, D(2021, 1, 14), ReviewDecision.NotInitiate, reasons: "below threshold").Decision);
        Assert.Equal(new string('m', 64), new ReviewEvent(ReviewEventType.Commissioned, D(2022, 11, 1), methodology: new string('m', 64)).Methodology);
        Assert.Equal(D(2021, 9, 1), new ReviewEvent(ReviewEventType.Commissioned, D(2022, 11, 1), scopeStart: D(2021, 9, 1)).ScopeStart);
    }

    private static void Throws<TException>(Func<object> create, string param, string messageStart)
        where TException : ArgumentException
    {
        var ex = Assert.Throws<TException>(() => create());
        Assert.Equal(param, ex.ParamName);
        Assert.StartsWith(messageStart, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReviewEvent_RefusesFactsOutOfPlace_NamingTheArgument()
    {
        var day = D(2020, 1, 1);
        Throws<System.ComponentModel.InvalidEnumArgumentException>(() => new ReviewEvent((ReviewEventType)99, day), "type", "");
        Throws<ArgumentException>(() => new ReviewEvent(ReviewEventType.Decided, day), "decision", "A decision is required on a decided event and only there.");
        Throws<ArgumentException>(() => new ReviewEvent(ReviewEventType.Published, day, ReviewDecision.Initiate), "decision", "A decision is required on a decided event and only there.");
        Throws<System.ComponentModel.InvalidEnumArgumentException>(() => new ReviewEvent(ReviewEventType.Decided, day, (ReviewDecision)2), "decision.Value", "");
        const string commissionedOnly = "Reviewer, methodology and scope facts belong to a commissioned event.";
        Throws<ArgumentException>(() => new ReviewEvent(ReviewEventType.Published, day, reviewerIndependent: false), "type", commissionedOnly);
        Throws<ArgumentException>(() => new ReviewEvent(ReviewEventType.Published, day, methodology: "silp"), "type", commissionedOnly);
        Throws<ArgumentException>(() => new ReviewEvent(ReviewEventType.Published, day, scopeStart: day), "type", commissionedOnly);
        Throws<ArgumentException>(() => new ReviewEvent(ReviewEventType.Published, day, scopeEnd: day), "type", commissionedOnly);
        Throws<ArgumentException>(() => new ReviewEvent(ReviewEventType.Commissioned, day, methodology: " "), "methodology", "Required input methodology was empty.");
        Throws<ArgumentOutOfRangeException>(() => new ReviewEvent(ReviewEventType.Commissioned, day, methodology: new string('m', 65)), "methodology", "");
        Throws<ArgumentException>(() => new ReviewEvent(ReviewEventType.Commissioned, day, scopeStart: day, scopeEnd: day.PlusDays(-1)), "scopeEnd", "The scope period ends before it starts.");
        const string incidentOnly = "An incident date belongs to an incident-known event and is on or before it.";
        Throws<ArgumentException>(() => new ReviewEvent(ReviewEventType.Notified, day, incidentDate: day), "incidentDate", incidentOnly);
        Throws<ArgumentException>(() => new ReviewEvent(ReviewEventType.IncidentKnown, day, incidentDate: day.PlusDays(1)), "incidentDate", incidentOnly);
        Throws<ArgumentException>(() => new ReviewEvent(ReviewEventType.ActionPlanAgreed, day, openActions: 0), "openActions", "A count of open actions belongs to an action-plan-closed event.");
        Throws<ArgumentException>(() => new ReviewEvent(ReviewEventType.ActionPlanClosed, day, openActions: -1), "openActions", "Required input openActions cannot be negative.");
        Throws<ArgumentException>(() => new ReviewEvent(ReviewEventType.Withdrawn, day, reasons: " "), "reasons", "Required input reasons was empty.");
        Throws<ArgumentException>(() => new ReviewEvent(ReviewEventType.Published, day, reasons: "x"), "reasons", "Reasons belong to a decided, not-published or withdrawn event.");
    }

    [Fact]
    public void ReviewEvent_Texts_NeverShowTheFacts()
    {
        Assert.Equal("published 2014-12-15", new ReviewEvent(ReviewEventType.Published, D(2014, 12, 15)).ToString());
        Assert.Equal("decided 2013-03-20 (initiate)", new ReviewEvent(ReviewEventType.Decided, D(2013, 3, 20), ReviewDecision.Initiate, reasons: "the child's name").ToString());
        Assert.Equal("commissioned 2013-05-01", new ReviewEvent(ReviewEventType.Commissioned, D(2013, 5, 1), methodology: "silp").ToString());
    }

    [Fact]
    public void MembersInformedRule_Equality_TextAndChecks()
    {
        var rule = new MembersInformedRule(ReviewEventType.Decided, ClockLength.WorkingDays(10));
        EqualityLaws.Hold(rule, new MembersInformedRule(ReviewEventType.Decided, ClockLength.WorkingDays(10)),
            new MembersInformedRule(ReviewEventType.Published, ClockLength.WorkingDays(10)),
            new MembersInformedRule(ReviewEventType.Decided, ClockLength.WorkingDays(11)),
            new MembersInformedRule(ReviewEventType.Decided, ClockLength.CalendarDays(10)));
        Assert.False(rule.Equals((MembersInformedRule?)null));
        Assert.Equal("members-informed: 10 working days after decided", rule.ToString());
        Assert.Equal("members-informed: 0 calendar days after published", MembersInformedRule.ByPublication.ToString());
        Assert.Equal((ReviewEventType.Published, ClockLength.CalendarDays(0)), (MembersInformedRule.ByPublication.StartsOn, MembersInformedRule.ByPublication.Length));
        Throws<ArgumentOutOfRangeException>(() => new MembersInformedRule(ReviewEventType.MembersInformed, ClockLength.CalendarDays(0)), "startsOn", "The members' clock cannot start on its own event.");
        Throws<System.ComponentModel.InvalidEnumArgumentException>(() => new MembersInformedRule((ReviewEventType)99, ClockLength.CalendarDays(0)), "startsOn", "");
        Throws<ArgumentException>(() => new MembersInformedRule(ReviewEventType.Published, ClockLength.CalendarDays(-1)), "length", "");
        Assert.Throws<ArgumentException>(() => rule.ToTimescale(default, DeterminationKind.SeriousCaseReview));
    }

    [Fact]
    public void ReviewPolicy_Equality_AndChecks()
    {
        var policy = new ReviewPolicy(Period.FromMonths(18), MembersInformedRule.ByPublication);
        EqualityLaws.Hold(policy, new ReviewPolicy(Period.FromMonths(18), new MembersInformedRule(ReviewEventType.Published, ClockLength.CalendarDays(0))),
            new ReviewPolicy(Period.FromMonths(24), MembersInformedRule.ByPublication),
            new ReviewPolicy(null, MembersInformedRule.ByPublication),
            new ReviewPolicy(Period.FromMonths(18), null),
            new ReviewPolicy(Period.FromMonths(18), new MembersInformedRule(ReviewEventType.Decided, ClockLength.CalendarDays(0))));
        Assert.False(policy.Equals((ReviewPolicy?)null));
        Assert.Null(ReviewPolicy.None.PublicationPeriod);
        Assert.Null(ReviewPolicy.None.MembersInformed);
        Assert.Equal(Period.FromWeeks(60), new ReviewPolicy(Period.FromWeeks(60), null).PublicationPeriod);
        Assert.Equal(Period.FromDays(400), new ReviewPolicy(Period.FromDays(400), null).PublicationPeriod);
        Assert.Equal(Period.FromYears(2), new ReviewPolicy(Period.FromYears(2), null).PublicationPeriod);
        foreach (var bad in new[] { Period.FromHours(24), Period.FromYears(-1), Period.FromMonths(-1), Period.FromWeeks(-1), Period.FromDays(-1), Period.Zero })
        {
            Throws<ArgumentException>(() => new ReviewPolicy(bad, null), "publicationPeriod", "A publication period is a positive period of years, months, weeks or days.");
        }
    }

    [Fact]
    public void PublicationWindow_Equality_IsOverStartPeriodAndMinimum()
    {
        var window = PublicationWindow.Create(D(2016, 12, 1), Period.FromMonths(18), Period.FromMonths(12));
        EqualityLaws.Hold(window, PublicationWindow.Create(D(2016, 12, 1), Period.FromMonths(18), Period.FromMonths(12)),
            PublicationWindow.Create(D(2016, 12, 2), Period.FromMonths(18), Period.FromMonths(12)),
            PublicationWindow.Create(D(2016, 12, 1), Period.FromMonths(24), Period.FromMonths(12)));
        Unequal(window, PublicationWindow.Create(D(2016, 12, 1), Period.FromMonths(18), null));
        Unequal(window, PublicationWindow.Create(D(2016, 12, 1), Period.FromMonths(18), Period.FromMonths(6)));
        Assert.False(window.Equals((PublicationWindow?)null));
    }

    [Fact]
    public void PublicationWindow_LocalPeriod_RunsFromTheStartToTheFirstDayItMayComeDown()
    {
        var window = PublicationWindow.Create(D(2016, 12, 1), Period.FromMonths(18), Period.FromMonths(12));
        Assert.Equal((D(2016, 12, 1), (LocalDate?)D(2018, 6, 1)), (window.Start, window.End));
        Assert.Equal((Period.FromMonths(18), Period.FromMonths(12)), (window.Period, window.StatutoryMinimum));
        Assert.Equal(new DateInterval(D(2016, 12, 1), D(2018, 5, 31)), window.ToDateInterval());
        Assert.False(window.Contains(D(2016, 11, 30)));
        Assert.True(window.Contains(D(2016, 12, 1)));
        Assert.True(window.Contains(D(2018, 5, 31)));
        Assert.False(window.Contains(D(2018, 6, 1)));
        Assert.Equal("[2016-12-01, 2018-06-01)", window.ToString());
    }

    [Fact]
    public void PublicationWindow_WithoutALocalPeriod_LastsTheMinimum_OrStaysOpen()
    {
        var statutory = PublicationWindow.Create(D(2020, 2, 29), null, Period.FromMonths(12));
        Assert.Equal((D(2021, 2, 28), Period.FromMonths(12)), (statutory.End, statutory.Period));
        Assert.Equal("[2020-02-29, 2021-02-28)", statutory.ToString());

        var open = PublicationWindow.Create(D(2012, 10, 1), null, null);
        Assert.Null(open.End);
        Assert.Null(open.Period);
        Assert.Null(open.StatutoryMinimum);
        Assert.Null(open.ToDateInterval());
        Assert.False(open.Contains(D(2012, 9, 30)));
        Assert.True(open.Contains(D(2012, 10, 1)));
        Assert.True(open.Contains(D(2099, 12, 31)));
        Assert.Equal("[2012-10-01, open)", open.ToString());

        var localOnly = PublicationWindow.Create(D(2012, 10, 1), Period.FromMonths(3), null);
        Assert.Equal(D(2013, 1, 1), localOnly.End);
    }

    [Fact]
    public void PublicationWindow_ShorterThanTheMinimum_IsRefused()
    {
        Throws<ArgumentException>(() => PublicationWindow.Create(D(2016, 12, 1), Period.FromMonths(11), Period.FromMonths(12)), "localPeriod",
            "The local publication period is shorter than the statutory minimum (publication-period-below-minimum).");
        Assert.True(PublicationWindow.CheckPeriod(Period.FromMonths(12), Period.FromMonths(12)));
        Assert.True(PublicationWindow.CheckPeriod(null, Period.FromMonths(12)));
        Assert.True(PublicationWindow.CheckPeriod(Period.FromDays(1), null));
        Assert.False(PublicationWindow.CheckPeriod(Period.FromWeeks(52), Period.FromMonths(12)));
        Assert.True(PublicationWindow.CheckPeriod(Period.FromWeeks(53), Period.FromMonths(12)));
        Assert.False(PublicationWindow.CheckPeriod(Period.FromMonths(12), Period.FromDays(366)));
    }

    [Fact]
    public void PublicationWindow_OfAReview_StartsOnItsFirstPublication()
    {
        var catalogue = TimescaleCatalogue.Create(TimescaleOptions.Default);
        var review = Review.Start(DeterminationKind.LocalChildSafeguardingPracticeReview, Jurisdiction.England, new ReviewPolicy(Period.FromMonths(18), null)).Value;
        Assert.Null(PublicationWindow.Of(review, catalogue));
        var published = review.With(ReviewState.Published, ActionPlanState.None, new ReviewEvent(ReviewEventType.Published, D(2023, 6, 8)))
            .With(ReviewState.Published, ActionPlanState.None, new ReviewEvent(ReviewEventType.Published, D(2023, 7, 1)));
        Assert.Equal(PublicationWindow.Create(D(2023, 6, 8), Period.FromMonths(18), Period.FromMonths(12)), PublicationWindow.Of(published, catalogue));
        Assert.Equal("review", Assert.Throws<ArgumentNullException>(() => PublicationWindow.Of(null!, catalogue)).ParamName);
        Assert.Equal("catalogue", Assert.Throws<ArgumentNullException>(() => PublicationWindow.Of(review, null!)).ParamName);
        Assert.Equal("catalogue", Assert.Throws<ArgumentNullException>(() => PublicationWindow.StatutoryMinimumOf(RegimeId.EnglandLscb2006, DeterminationKind.SeriousCaseReview, null!)).ParamName);
        Assert.Null(PublicationWindow.StatutoryMinimumOf(RegimeId.EnglandLscb2006, DeterminationKind.LocalChildSafeguardingPracticeReview, catalogue));
    }

    [Fact]
    public void Review_StartChecks_NameTheArgument()
    {
        Throws<System.ComponentModel.InvalidEnumArgumentException>(() => Review.Start((DeterminationKind)99, Jurisdiction.England, ReviewPolicy.None).Value, "kind", "");
        Throws<System.ComponentModel.InvalidEnumArgumentException>(() => Review.Start(DeterminationKind.SeriousCaseReview, (Jurisdiction)4, ReviewPolicy.None).Value, "jurisdiction", "");
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => Review.Start(DeterminationKind.SeriousCaseReview, Jurisdiction.England, null!).Value).ParamName);
        Assert.Equal(new Issue("$.jurisdiction", "kind-not-in-jurisdiction", "This review kind does not exist in this jurisdiction."),
            Review.Start(DeterminationKind.CaseManagementReview, Jurisdiction.England, ReviewPolicy.None).Errors.Single());
        var start = Review.Start(DeterminationKind.SafeguardingAdultsReview, Jurisdiction.England, ReviewPolicy.None).Value;
        Assert.Equal((DeterminationKind.SafeguardingAdultsReview, Jurisdiction.England, ReviewState.NotStarted, ActionPlanState.None, 0),
            (start.Kind, start.Jurisdiction, start.State, start.ActionPlan, start.EventCount));
        Assert.Same(ReviewPolicy.None, start.Policy);
        Assert.Empty(start.Events);
        Assert.Null(start.LastDate);
    }

    [Fact]
    public void Review_KindsExistWhereTheirLawRuns()
    {
        string Where(DeterminationKind kind) => string.Join(",", Enum.GetValues<Jurisdiction>().Where(j => Review.IsKindOf(kind, j)).Select(LifecycleNames.Name));
        Assert.Equal("england,wales", Where(DeterminationKind.SeriousCaseReview));
        Assert.Equal("england,wales,northern-ireland", Where(DeterminationKind.DomesticHomicideReview));
        Assert.Equal("england", Where(DeterminationKind.SeriousIncidentNotification));
        Assert.Equal("england", Where(DeterminationKind.RapidReview));
        Assert.Equal("england", Where(DeterminationKind.LocalChildSafeguardingPracticeReview));
        Assert.Equal("england", Where(DeterminationKind.SafeguardingAdultsReview));
        Assert.Equal("wales", Where(DeterminationKind.ChildPracticeReviewConcise));
        Assert.Equal("wales", Where(DeterminationKind.ChildPracticeReviewExtended));
        Assert.Equal("wales", Where(DeterminationKind.AdultPracticeReview));
        Assert.Equal("northern-ireland", Where(DeterminationKind.CaseManagementReview));
        Assert.Equal("scotland", Where(DeterminationKind.LearningReview));

        // A determination kind without a review lifecycle exists nowhere as a review, and has no lifecycle to ask for.
        foreach (var kind in new[] { DeterminationKind.LookedAfterChildDeathNotification, DeterminationKind.CareLeaverDeathNotification })
        {
            Assert.Equal(string.Empty, Where(kind));
            Assert.False(LifecycleNames.TryParseKind(Safeguarding.Domain.VocabularyNames.Kinds.Name(kind), out _));
            Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => ReviewLifecycle.For(kind)).ParamName);
            Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => ReviewLifecycle.For(kind, Safeguarding.Domain.Timescales.TimescaleCatalogue.Default)).ParamName);
            Assert.False(Review.Start(kind, Jurisdiction.England, ReviewPolicy.None).Success);
        }
    }

    [Fact]
    public void Review_CalendarAndRegime_FollowTheJurisdictionAndTheFirstEvent()
    {
        Assert.Same(HolidayCalendar.EnglandAndWales, HolidayCalendar.For(Jurisdiction.England));
        Assert.Same(HolidayCalendar.EnglandAndWales, HolidayCalendar.For(Jurisdiction.Wales));
        Assert.Same(HolidayCalendar.Scotland, HolidayCalendar.For(Jurisdiction.Scotland));
        Assert.Same(HolidayCalendar.NorthernIreland, HolidayCalendar.For(Jurisdiction.NorthernIreland));
        Assert.Same(HolidayCalendar.NorthernIreland, Review.Start(DeterminationKind.CaseManagementReview, Jurisdiction.NorthernIreland, ReviewPolicy.None).Value.Calendar);

        var extended = Review.Start(DeterminationKind.ChildPracticeReviewExtended, Jurisdiction.Wales, ReviewPolicy.None).Value;
        Assert.Equal("wales-2016", extended.RegimeId.Value);
        ReviewEvent Known(LocalDate d) => new(ReviewEventType.IncidentKnown, d);
        Assert.Equal("wales-cpr-2013", extended.With(ReviewState.IncidentKnown, ActionPlanState.None, Known(D(2016, 4, 5))).RegimeId.Value);
        Assert.Equal("wales-2016", extended.With(ReviewState.IncidentKnown, ActionPlanState.None, Known(D(2016, 4, 6))).RegimeId.Value);
        Assert.Equal("wales-dhr-2011", Review.Start(DeterminationKind.DomesticHomicideReview, Jurisdiction.Wales, ReviewPolicy.None).Value.RegimeId.Value);
        Assert.Equal("england-dhr-2011", Review.Start(DeterminationKind.DomesticHomicideReview, Jurisdiction.England, ReviewPolicy.None).Value.RegimeId.Value);
    }

    [Fact]
    public void Review_First_FindsTheFirstEventOfAType_AndNothingBeyondTheTypes()
    {
        var review = Review.Start(DeterminationKind.SeriousCaseReview, Jurisdiction.England, ReviewPolicy.None).Value
            .With(ReviewState.IncidentKnown, ActionPlanState.None, new ReviewEvent(ReviewEventType.IncidentKnown, D(2015, 1, 5)))
            .With(ReviewState.IncidentKnown, ActionPlanState.None, new ReviewEvent(ReviewEventType.IncidentKnown, D(2015, 1, 9)))
            .With(ReviewState.IncidentKnown, ActionPlanState.None, new ReviewEvent(ReviewEventType.MembersInformed, D(2015, 1, 10)))
            .With(ReviewState.IncidentKnown, ActionPlanState.None, new ReviewEvent(ReviewEventType.MembersInformed, D(2015, 1, 11)));
        Assert.Equal(D(2015, 1, 5), review.First(ReviewEventType.IncidentKnown)!.Date);
        Assert.Equal(D(2015, 1, 10), review.First(ReviewEventType.MembersInformed)!.Date);
        Assert.True(review.Has(ReviewEventType.MembersInformed));
        Assert.False(review.Has(ReviewEventType.Notified));
        Assert.Null(review.First((ReviewEventType)Review.MaxEventTypes));
        Assert.Equal(D(2015, 1, 11), review.LastDate);
        Assert.Equal(4, review.Events.Length);
    }

    private static Review Published(DeterminationKind kind = DeterminationKind.SeriousCaseReview, Jurisdiction jurisdiction = Jurisdiction.England,
        ReviewPolicy? policy = null, ReviewState state = ReviewState.Published, ActionPlanState plan = ActionPlanState.Agreed, int day = 15) =>
        Review.Start(kind, jurisdiction, policy ?? ReviewPolicy.None).Value
            .With(ReviewState.IncidentKnown, ActionPlanState.None, new ReviewEvent(ReviewEventType.IncidentKnown, D(2013, 2, 28)))
            .With(state, plan, new ReviewEvent(ReviewEventType.Published, D(2014, 12, day)));

    [Fact]
    public void Review_Equality_IsOverEveryField()
    {
        EqualityLaws.Hold(Published(), Published(),
            Published(kind: DeterminationKind.DomesticHomicideReview),
            Published(state: ReviewState.PublicationEnded),
            Review.Start(DeterminationKind.SeriousCaseReview, Jurisdiction.England, ReviewPolicy.None).Value
                .With(ReviewState.Published, ActionPlanState.Agreed, new ReviewEvent(ReviewEventType.Published, D(2014, 12, 15))));
        Unequal(Published(), Published(jurisdiction: Jurisdiction.Wales));
        Unequal(Published(), Published(policy: new ReviewPolicy(Period.FromMonths(18), null)));
        Unequal(Published(), Published(plan: ActionPlanState.Closed));
        Unequal(Published(), Published(day: 16));
        Assert.False(Published().Equals((Review?)null));
    }

    [Fact]
    public void Review_Text_NamesKindStateAndActionPlan()
    {
        Assert.Equal("serious-case-review: published (action plan agreed)", Published().ToString());
        Assert.Equal("learning-review: not-started (action plan none)", Review.Start(DeterminationKind.LearningReview, Jurisdiction.Scotland, ReviewPolicy.None).Value.ToString());
    }

    private static ReviewRecord Record(DeterminationKind kind = DeterminationKind.SeriousCaseReview, Jurisdiction jurisdiction = Jurisdiction.England,
        ReviewPolicy? policy = null, int events = 2, int day = 7) =>
        new(kind, jurisdiction, policy ?? ReviewPolicy.None, ImmutableArray.Create(
            new ReviewEvent(ReviewEventType.IncidentKnown, D(2013, 1, day)), new ReviewEvent(ReviewEventType.Notified, D(2013, 1, 10)),
            new ReviewEvent(ReviewEventType.Decided, D(2013, 3, 20), ReviewDecision.Initiate)).Take(events).ToImmutableArray());

    [Fact]
    public void ReviewRecord_Equality_IsOverEveryField_EventsInOrder()
    {
        EqualityLaws.Hold(Record(), Record(),
            Record(kind: DeterminationKind.DomesticHomicideReview),
            Record(jurisdiction: Jurisdiction.Wales),
            Record(events: 3));
        Unequal(Record(), Record(policy: new ReviewPolicy(Period.FromMonths(18), null)));
        Unequal(Record(), Record(day: 8));
        Assert.False(Record().Equals((ReviewRecord?)null));
    }

    [Fact]
    public void ReviewRecord_Checks_AndItsStartingReview()
    {
        Throws<ArgumentException>(() => new ReviewRecord(DeterminationKind.LearningReview, Jurisdiction.Wales, ReviewPolicy.None, ImmutableArray<ReviewEvent>.Empty),
            "jurisdiction", "The review kind does not exist in this jurisdiction.");
        Throws<ArgumentException>(() => new ReviewRecord(DeterminationKind.SeriousCaseReview, Jurisdiction.England, ReviewPolicy.None, ImmutableArray.Create(new ReviewEvent[] { null! })),
            "events", "An event is null.");
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => new ReviewRecord(DeterminationKind.SeriousCaseReview, Jurisdiction.England, null!, default)).ParamName);
        Throws<System.ComponentModel.InvalidEnumArgumentException>(() => new ReviewRecord((DeterminationKind)99, Jurisdiction.England, ReviewPolicy.None, default), "kind", "");
        Throws<System.ComponentModel.InvalidEnumArgumentException>(() => new ReviewRecord(DeterminationKind.SeriousCaseReview, (Jurisdiction)9, ReviewPolicy.None, default), "jurisdiction", "");
        Assert.True(new ReviewRecord(DeterminationKind.SeriousCaseReview, Jurisdiction.England, ReviewPolicy.None, default).Events.IsEmpty);

        var policy = new ReviewPolicy(Period.FromMonths(18), null);
        var review = Record(kind: DeterminationKind.DomesticHomicideReview, jurisdiction: Jurisdiction.Wales, policy: policy).ToReview();
        Assert.Equal((DeterminationKind.DomesticHomicideReview, Jurisdiction.Wales, ReviewState.NotStarted, 0), (review.Kind, review.Jurisdiction, review.State, review.EventCount));
        Assert.Same(policy, review.Policy);
    }
}
