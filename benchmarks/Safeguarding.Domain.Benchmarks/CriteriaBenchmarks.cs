using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using NodaTime;
using RulesEngine.Models;
using Safeguarding.Domain.Criteria;

namespace Safeguarding.Domain.Benchmarks;

/// <summary>
/// Evaluating one case under england-lscb-2006 (Regulation 5) and england-cspr-2018, without and with the
/// reasons tree, against the same rules as a Microsoft RulesEngine workflow (compiled once, warm), the
/// baseline a council integrator would otherwise write.
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

    [Params("england-lscb-2006", "england-cspr-2018")]
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

    [GlobalSetup]
    public void Setup()
    {
        var decision = Regime == "england-lscb-2006" ? new LocalDate(2013, 5, 1) : new LocalDate(2021, 5, 1);
        _facts = new CaseFacts(Jurisdiction.England, Subject.Child, decision, AbuseOrNeglect.Suspected, Harm.SeriouslyHarmed,
            concernAboutJointWorking: TriState.Yes, diedInCustody: TriState.No);
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
        };
        _engine = new RulesEngine.RulesEngine(workflows, new ReSettings());
        _input = new[] { new RuleParameter("input1", new Reg5Input { AbuseOrNeglect = true, SeriouslyHarmed = true, ConcernAboutJointWorking = true }) };
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
