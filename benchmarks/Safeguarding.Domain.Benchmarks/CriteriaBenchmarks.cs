using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using NodaTime;
using RulesEngine.Models;
using Safeguarding.Domain.Criteria;

namespace Safeguarding.Domain.Benchmarks;

/// <summary>
/// Evaluating one case under england-lscb-2006 (Regulation 5), england-cspr-2018 and wales-susr-2024 (an adult
/// seriously harmed: the regime that reads the most facts, here three determinations over nine facts), without
/// and with the reasons tree, against the same rules as a Microsoft RulesEngine workflow (compiled once, warm),
/// the baseline a council integrator would otherwise write.
/// </summary>
[MemoryDiagnoser]
public class CriteriaBenchmarks
{
    private readonly KindOutcome[] _outcomes = new KindOutcome[CriteriaEvaluator.MaxDeterminations];
    private CaseFacts _facts;
    private CriteriaOptions _options = CriteriaOptions.Default;
    private RulesEngine.RulesEngine _engine = null!;
    private RuleParameter[] _input = null!;
    private string _workflow = string.Empty;

    [Params("england-lscb-2006", "england-cspr-2018", "wales-susr-2024")]
    public string Regime { get; set; } = "england-lscb-2006";

    /// <summary>The facts as an integrator's plain class for the rules engine (known facts only: it has no "unknown").</summary>
    public sealed class Reg5Input
    {
        public bool AbuseOrNeglect { get; set; }

        public bool Died { get; set; }

        public bool SeriouslyHarmed { get; set; }

        public bool ConcernAboutJointWorking { get; set; }

        public bool DiedInCustody { get; set; }
    }

    /// <summary>The facts of a Welsh adult's case for the rules engine (known facts only).</summary>
    public sealed class WalesAdultInput
    {
        public bool AbuseOrNeglect { get; set; }

        public bool NeglectOnly { get; set; }

        public bool Died { get; set; }

        public bool SeriouslyHarmed { get; set; }

        public bool ProtectedInPriorSixMonths { get; set; }

        public int AgeAtDeath { get; set; }

        public bool DomesticRelationship { get; set; }

        public bool Homicide { get; set; }

        public bool PerpetratorKnownToMentalHealthServices { get; set; }
    }

    [GlobalSetup]
    public void Setup()
    {
        _facts = Regime switch
        {
            "england-lscb-2006" => new CaseFacts(Jurisdiction.England, Subject.Child, new LocalDate(2013, 5, 1), AbuseOrNeglect.Suspected, Harm.SeriouslyHarmed,
                concernAboutJointWorking: TriState.Yes, diedInCustody: TriState.No),
            "england-cspr-2018" => new CaseFacts(Jurisdiction.England, Subject.Child, new LocalDate(2021, 5, 1), AbuseOrNeglect.Suspected, Harm.SeriouslyHarmed,
                concernAboutJointWorking: TriState.Yes, diedInCustody: TriState.No),
            _ => new CaseFacts(Jurisdiction.Wales, Subject.Adult, new LocalDate(2025, 5, 1), AbuseOrNeglect.Suspected, Harm.SeriouslyHarmed,
                concernAboutJointWorking: TriState.Yes, careAndSupportNeeds: TriState.Yes, ageAtDeath: 40, perpetratorRelationship: PerpetratorRelationship.Other,
                protectionOrLookedAfterInPriorSixMonths: TriState.No, neglectOnly: TriState.No, homicide: TriState.No,
                perpetratorKnownToMentalHealthServices: TriState.No),
        };
        _options = CriteriaOptions.Default;

        var workflows = new[]
        {
            new Workflow
            {
                WorkflowName = "england-lscb-2006",
                Rules = new List<Rule>
                {
                    Lambda("serious-case-review", "input1.AbuseOrNeglect && (input1.Died || (input1.SeriouslyHarmed && input1.ConcernAboutJointWorking)) || input1.DiedInCustody"),
                    Lambda("serious-incident-notification", "input1.AbuseOrNeglect && (input1.Died || input1.SeriouslyHarmed)"),
                },
            },
            new Workflow
            {
                WorkflowName = "england-cspr-2018",
                Rules = new List<Rule>
                {
                    Lambda("serious-incident-notification", "input1.AbuseOrNeglect && (input1.Died || input1.SeriouslyHarmed)"),
                    Lambda("rapid-review", "input1.AbuseOrNeglect && (input1.Died || input1.SeriouslyHarmed)"),
                    Lambda("local-child-safeguarding-practice-review", "input1.AbuseOrNeglect && (input1.Died || input1.SeriouslyHarmed)"),
                },
            },
            new Workflow
            {
                // SI 2015/1466 reg 4(3)-(4) and the SUSR guidance's constituents for an adult (s9(1), mental health homicide).
                WorkflowName = "wales-susr-2024",
                Rules = new List<Rule>
                {
                    Lambda("adult-practice-review", AdultPracticeReview),
                    Lambda("mental-health-homicide-review", MentalHealthHomicideReview),
                    Lambda("single-unified-safeguarding-review", "(" + AdultPracticeReview + ") || (" + MentalHealthHomicideReview
                        + ") || (input1.Died && input1.AgeAtDeath >= 16 && input1.AbuseOrNeglect && input1.DomesticRelationship)"),
                },
            },
        };
        _engine = new RulesEngine.RulesEngine(workflows, new ReSettings());
        _input = Regime == "wales-susr-2024"
            ? new[] { new RuleParameter("input1", new WalesAdultInput { AbuseOrNeglect = true, SeriouslyHarmed = true, AgeAtDeath = 40 }) }
            : new[] { new RuleParameter("input1", new Reg5Input { AbuseOrNeglect = true, SeriouslyHarmed = true, ConcernAboutJointWorking = true }) };
        _workflow = Regime;
        if (RulesEngineWarm().Result == 0 || Library() == 0)
        {
            throw new InvalidOperationException("Both sides must decide the case before they are measured.");
        }
    }

    [Benchmark(Baseline = true, Description = "RulesEngine workflow")]
    public Task<int> RulesEngineWarm() => RulesEngineCount();

    [Benchmark(Description = "Library, outcomes only")]
    public int Library() => CriteriaEvaluator.EvaluateOutcomes(in _facts, _options, _outcomes, out _);

    [Benchmark(Description = "Library, with reasons tree")]
    public int LibraryWithReasons() => CriteriaEvaluator.Evaluate(_facts, _options).Value.Determinations.Length;

    private const string AdultPracticeReview =
        "input1.AbuseOrNeglect && (input1.Died || input1.SeriouslyHarmed) && (!input1.ProtectedInPriorSixMonths || !input1.NeglectOnly)";

    private const string MentalHealthHomicideReview = "input1.Died && input1.Homicide && input1.PerpetratorKnownToMentalHealthServices";

    private static Rule Lambda(string name, string expression) =>
        new() { RuleName = name, Expression = expression, RuleExpressionType = RuleExpressionType.LambdaExpression };

    private async Task<int> RulesEngineCount()
    {
        var results = await _engine.ExecuteAllRulesAsync(_workflow, _input).ConfigureAwait(false);
        int met = 0;
        foreach (var result in results)
        {
            met += result.IsSuccess ? 1 : 0;
        }

        return met;
    }
}
