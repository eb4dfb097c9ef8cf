using System.Linq;
using NodaTime;
using Safeguarding.Domain.Citations;
using Safeguarding.Domain.Criteria;

namespace Safeguarding.Domain.Tests.Sources;

/// <summary>Working Together citations name the edition in force on the decision date, on both sides of every edition's first day.</summary>
public sealed class WorkingTogetherTests
{
    private static readonly Citation Rapid = new("Working Together to Safeguard Children 2018", "ch.4, rapid reviews", SourceKind.StatutoryGuidance, true);

    [Theory]
    [InlineData("2006-04-01", "Working Together to Safeguard Children 2006/2010 ch.8, rapid reviews", false)]
    [InlineData("2013-04-14", "Working Together to Safeguard Children 2006/2010 ch.8, rapid reviews", false)]
    [InlineData("2013-04-15", "Working Together to Safeguard Children 2013 ch.4, rapid reviews", false)]
    [InlineData("2015-03-25", "Working Together to Safeguard Children 2013 ch.4, rapid reviews", false)]
    [InlineData("2015-03-26", "Working Together to Safeguard Children 2015 ch.4, rapid reviews", true)]
    [InlineData("2018-06-28", "Working Together to Safeguard Children 2015 ch.4, rapid reviews", true)]
    [InlineData("2018-06-29", "Working Together to Safeguard Children 2018 ch.4, rapid reviews", true)]
    [InlineData("2023-12-14", "Working Together to Safeguard Children 2018 ch.4, rapid reviews", true)]
    [InlineData("2023-12-15", "Working Together to Safeguard Children 2023 ch.5, rapid reviews", true)]
    public void On_EachEditionsFirstDay_NamesThatEditionAndItsChapter(string date, string expected, bool verified)
    {
        var cited = WorkingTogether.On(Rapid, NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value);
        Assert.Equal(expected, cited.ToString());
        Assert.Equal(verified, cited.Verified);
        Assert.Equal(SourceKind.StatutoryGuidance, cited.Kind);
    }

    [Fact]
    public void On_OtherInstrumentsAndDatesBeforeEveryEdition_AreLeftAsTheyAre()
    {
        var statute = new Citation("Children Act 2004", "s16C(1)", SourceKind.Statute, true);
        Assert.Same(statute, WorkingTogether.On(statute, new LocalDate(2024, 1, 1)));
        Assert.Same(Rapid, WorkingTogether.On(Rapid, new LocalDate(2006, 3, 31)));
        Assert.Same(Rapid, WorkingTogether.On(Rapid, new LocalDate(2019, 1, 1)));
        var noChapter = new Citation("Working Together to Safeguard Children 2018", "rapid reviews", SourceKind.StatutoryGuidance, true);
        Assert.Equal("Working Together to Safeguard Children 2023 ch.5, rapid reviews", WorkingTogether.On(noChapter, new LocalDate(2024, 1, 1)).ToString());
    }

    [Theory]
    [InlineData("2021-03-01", "Working Together to Safeguard Children 2018 ch.4, rapid reviews")]
    [InlineData("2023-12-14", "Working Together to Safeguard Children 2018 ch.4, rapid reviews")]
    [InlineData("2023-12-15", "Working Together to Safeguard Children 2023 ch.5, rapid reviews")]
    [InlineData("2024-06-03", "Working Together to Safeguard Children 2023 ch.5, rapid reviews")]
    public void Evaluate_RapidReview_CitesTheEditionInForce(string date, string expected)
    {
        var facts = new CaseFacts(Jurisdiction.England, Subject.Child, NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value, AbuseOrNeglect.Known, Harm.Died);
        var rapid = CriteriaEvaluator.Evaluate(facts).Value.Determinations.Single(d => d.Kind == DeterminationKind.RapidReview);
        Assert.Equal(expected, Assert.Single(rapid.Reasons).Citation.ToString());
    }

    [Theory]
    [InlineData("2010-06-01", "Working Together to Safeguard Children 2006/2010 ch.8, notification of serious incidents to Ofsted", "Working Together to Safeguard Children 2013 ch.4, cases where a serious case review should always be carried out")]
    [InlineData("2014-06-02", "Working Together to Safeguard Children 2013 ch.4, notification of serious incidents to Ofsted", "Working Together to Safeguard Children 2013 ch.4, cases where a serious case review should always be carried out")]
    [InlineData("2016-06-01", "Working Together to Safeguard Children 2015 ch.4, notification of serious incidents to Ofsted", "Working Together to Safeguard Children 2015 ch.4, cases where a serious case review should always be carried out")]
    [InlineData("2019-09-02", "Working Together to Safeguard Children 2015 ch.4, notification of serious incidents to Ofsted", "Working Together to Safeguard Children 2018 ch.4, cases where a serious case review should always be carried out")]
    public void Evaluate_SeriousCaseReviewLimbs_CiteTheEditionInForceOrTheNearestOneTheLimbHad(string date, string notify, string custody)
    {
        var facts = new CaseFacts(Jurisdiction.England, Subject.Child, NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value, AbuseOrNeglect.Known, Harm.Died);
        var evaluation = CriteriaEvaluator.Evaluate(facts, new CriteriaOptions(EnglandTransition.LocalSafeguardingChildrenBoard, Safeguarding.Domain.Timescales.TimescaleCatalogue.Default)).Value;
        var notification = evaluation.Determinations.Single(d => d.Kind == DeterminationKind.SeriousIncidentNotification);
        Assert.Equal(notify, notification.Reasons[0].Reasons.Single(r => r.CriterionId == "wt-notifiable").Citation.ToString());
        var scr = evaluation.Determinations.Single(d => d.Kind == DeterminationKind.SeriousCaseReview);
        Assert.Equal(custody, scr.Reasons[0].Reasons.Single(r => r.CriterionId == "wt-2013-custody-death").Citation.ToString());
    }

    [Theory]
    [InlineData("2021-03-01", "Working Together to Safeguard Children 2018 ch.4")]
    [InlineData("2024-03-01", "Working Together to Safeguard Children 2023 ch.5")]
    public void Evaluate_NotificationDeadline_IsGuidanceCitingTheEditionInForce(string date, string edition)
    {
        var day = NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value;
        var facts = new CaseFacts(Jurisdiction.England, Subject.Child, day, AbuseOrNeglect.Known, Harm.Died, awareOn: day.PlusDays(-2));
        var notification = CriteriaEvaluator.Evaluate(facts).Value.Determinations.Single(d => d.Kind == DeterminationKind.SeriousIncidentNotification);
        var deadline = Assert.Single(notification.Deadlines);
        Assert.Equal(SourceKind.StatutoryGuidance, deadline.Citation.Kind);
        Assert.Equal(edition + ", notifying the Panel within 5 working days (guidance; the duty to notify is the Children Act 2004 s16C(1))", deadline.Citation.ToString());
    }
}
