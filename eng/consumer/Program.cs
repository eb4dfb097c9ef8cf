// A council's own console program, as a consumer of the packed Safeguarding.Domain package.
// eng/consumer-test.sh copies this file into a fresh `dotnet new console` project and runs it.
using System.Linq;
using System.Text;
using NodaTime;
using Safeguarding.Domain;
using Safeguarding.Domain.Calendars;
using Safeguarding.Domain.Criteria;
using Safeguarding.Domain.Timescales;

var failures = 0;

void Check(string name, bool ok)
{
    Console.WriteLine((ok ? "PASS " : "FAIL ") + name);
    if (!ok)
    {
        failures++;
    }
}

// Regulation 5 (SI 2006/90), from the contract's case facts document.
const string caseFacts = """
{
  "jurisdiction": "england",
  "subject": "child",
  "decisionDate": "2013-05-01",
  "abuseOrNeglect": "suspected",
  "harm": "seriously-harmed",
  "concernAboutJointWorking": "yes"
}
""";
var read = CaseFactsJson.Read(Encoding.UTF8.GetBytes(caseFacts));
Check("the case facts document reads", read.Success);
var evaluation = CriteriaEvaluator.Evaluate(read.Value.Facts, read.Value.Options).Value;
var scr = evaluation.Determinations.Single(d => d.Kind == DeterminationKind.SeriousCaseReview);
Check("Regulation 5: a serious case review is required under england-lscb-2006",
    evaluation.Regime.Id == RegimeId.EnglandLscb2006 && scr.Outcome == ReviewOutcome.Required && scr.MissingFacts.IsEmpty);
Check("the reasons cite SI 2006/90 reg 5", scr.Reasons.Any(r => r.Citation.Instrument == "SI 2006/90"));

var unknownHarm = new CaseFacts(Jurisdiction.England, Subject.Child, new LocalDate(2013, 5, 1), AbuseOrNeglect.Suspected);
var undetermined = CriteriaEvaluator.Evaluate(unknownHarm).Value.Determinations.Single(d => d.Kind == DeterminationKind.SeriousCaseReview);
Check("with harm unknown the answer is undetermined and says which facts are missing",
    undetermined.Outcome == ReviewOutcome.Undetermined && undetermined.MissingFacts.Contains(FactName.Harm));

var due = ClockLength.WorkingDays(5).DueFrom(new LocalDate(2022, 9, 14), HolidayCalendar.EnglandAndWales);
Check("notification clock skips the 2022 state funeral", due.Date == new LocalDate(2022, 9, 22) && !due.IsProvisional);
Check("Scotland has the 15 June 2026 one-off", HolidayCalendar.Scotland.TryGetHoliday(new LocalDate(2026, 6, 15), out _));

return failures == 0 ? 0 : 1;
