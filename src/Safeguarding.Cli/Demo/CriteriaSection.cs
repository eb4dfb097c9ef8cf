using Safeguarding.Domain.Timescales;
using Safeguarding.Cli.Commands;
using Safeguarding.Domain.Criteria;

namespace Safeguarding.Cli.Demo;

/// <summary>
/// The review criteria applied to the published cases, with facts only as far as the minutes state them:
/// what the minutes leave open stays unknown, and the answer says which facts would settle it.
/// </summary>
internal sealed class CriteriaSection : IDemoSection
{
    public string Title => "Review criteria: which reviews the rules in force required, and why";

    public void Write(TextWriter output)
    {
        // Julia: the Board's panel found the reg 5 criteria met (abuse or neglect suspected, serious harm, concern
        // about joint working); the review was commissioned in May 2013.
        Case(output, "Julia (review commissioned May 2013)", new CaseFacts(Jurisdiction.England, Subject.Child, new LocalDate(2013, 5, 1),
            abuseOrNeglect: AbuseOrNeglect.Suspected, harm: Harm.SeriouslyHarmed, concernAboutJointWorking: TriState.Yes));

        // James: the minutes record that agencies were not joining up, but state neither the harm nor abuse or
        // neglect. They give only the publication date (December 2016); any decision date from 15 April 2013 to
        // 28 June 2018 gives the same answer, and 1 June 2015 is used.
        Case(output, "James (decision date assumed; harm and abuse not stated in the minutes)", new CaseFacts(Jurisdiction.England, Subject.Child, new LocalDate(2015, 6, 1),
            concernAboutJointWorking: TriState.Yes));

        // Sam and Kyle: Sam died in January 2018 and the death prompted a serious case review. The minutes do not
        // say whether abuse or neglect was known or suspected. The decision is taken as one month later.
        var sam = new CaseFacts(Jurisdiction.England, Subject.Child, new LocalDate(2018, 2, 28), harm: Harm.Died);
        Case(output, "Sam and Kyle (the review of Sam's death in January 2018; decision taken as 28 February 2018)", sam);

        // The same facts decided during England's 2018-2019 transition: the parameter decides the regime.
        var transition = sam.WithDecisionDate(new LocalDate(2018, 9, 3));
        var board = new CriteriaOptions(EnglandTransition.LocalSafeguardingChildrenBoard, TimescaleCatalogue.Default);
        output.WriteLine();
        output.WriteLine("-- Sam's facts decided on 2018-09-03, in the transition --");
        output.WriteLine("   default (safeguarding-partners): " + Summary(CriteriaEvaluator.Evaluate(transition).Value));
        output.WriteLine("   local-safeguarding-children-board: " + Summary(CriteriaEvaluator.Evaluate(transition, board).Value));

        // Child R: a looked-after 15-year-old who was allegedly raped (abuse suspected; serious harm); the learning
        // records tension between police and social care (concern about joint working). Decided in March 2014.
        Case(output, "Child R (decided March 2014)", new CaseFacts(Jurisdiction.England, Subject.Child, new LocalDate(2014, 3, 31),
            abuseOrNeglect: AbuseOrNeglect.Suspected, harm: Harm.SeriouslyHarmed, concernAboutJointWorking: TriState.Yes));

        // An invented case (no real child): a looked-after child dies in 2024 and abuse or neglect is not suspected.
        // No serious incident is notified to the Panel, but the death of a looked-after child must be notified.
        Case(output, "A looked-after child's death in 2024 (invented example)", new CaseFacts(Jurisdiction.England, Subject.Child, new LocalDate(2024, 4, 8),
            abuseOrNeglect: AbuseOrNeglect.NotSuspected, harm: Harm.Died, concernAboutJointWorking: TriState.No, ageAtDeath: 15,
            perpetratorRelationship: PerpetratorRelationship.Other, lookedAfter: TriState.Yes, careLeaver: TriState.No));

        // Planning for domestic abuse related death reviews (invented example): a woman killed by the father of her
        // child, who never lived with her. Today a domestic homicide review is not required (a parent of the same child is
        // not a s9 relationship); with vpa-2024-s19 commenced on an assumed day, the DARDR is required.
        var planning = new CaseFacts(Jurisdiction.England, Subject.Adult, new LocalDate(2027, 6, 1),
            abuseOrNeglect: AbuseOrNeglect.Known, harm: Harm.Died, concernAboutJointWorking: TriState.No, careAndSupportNeeds: TriState.No,
            ageAtDeath: 31, perpetratorRelationship: PerpetratorRelationship.SharedParent, perpetratorAgedSixteenOrOver: TriState.Yes,
            careLeaver: TriState.No, homicide: TriState.Yes, offensiveWeapon: TriState.No);
        output.WriteLine();
        output.WriteLine("-- Planning: a death in June 2027, by a parent of the same child (invented example) --");
        output.WriteLine("   law as it stands: " + Summary(CriteriaEvaluator.Evaluate(planning).Value));
        var commenced = CriteriaOptions.Default.WithCommencement(new Commencement(RuleSet.DomesticAbuseRelatedDeathReviewProvision, new LocalDate(2027, 4, 1)));
        output.WriteLine("   with --commencement vpa-2024-s19=2027-04-01 (an assumed day): " + Summary(CriteriaEvaluator.Evaluate(planning, commenced).Value));

        // Wales since 1 October 2024 (illustrative facts, not a published case): an adult killed by someone known to
        // mental health services in the year before. Every Welsh review now runs as a Single Unified Safeguarding
        // Review, held because one constituent (here the mental health homicide review) is required.
        Case(output, "A Welsh adult killed in 2025 (illustrative facts; decided 3 March 2025)", new CaseFacts(Jurisdiction.Wales, Subject.Adult, new LocalDate(2025, 3, 3),
            abuseOrNeglect: AbuseOrNeglect.NotSuspected, harm: Harm.Died, ageAtDeath: 47, perpetratorRelationship: PerpetratorRelationship.Other,
            homicide: TriState.Yes, perpetratorKnownToMentalHealthServices: TriState.Yes));
    }

    private static void Case(TextWriter output, string title, CaseFacts facts)
    {
        output.WriteLine();
        output.WriteLine("-- " + title + " --");
        EvaluateCommand.WriteText(output, CriteriaEvaluator.Evaluate(facts).Value);
    }

    private static string Summary(Evaluation evaluation)
    {
        var text = evaluation.Regime.Id.Value + ":";
        foreach (var determination in evaluation.Determinations)
        {
            text += " " + EvaluateCommand.Kebab(determination.Kind.ToString()) + "=" + EvaluateCommand.Kebab(determination.Outcome.ToString());
        }

        return text;
    }
}
