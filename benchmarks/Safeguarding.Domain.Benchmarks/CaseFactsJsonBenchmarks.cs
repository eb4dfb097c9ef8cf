using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Safeguarding.Domain.Criteria;
using Safeguarding.Domain.Internal;
using Safeguarding.Domain.Serialization;

namespace Safeguarding.Domain.Benchmarks;

/// <summary>
/// Reading and evaluating 10,000 case-facts documents: the library's strict reader (no reflection; every
/// error with its path) against System.Text.Json's reflection-based serializer into a plain class, each
/// followed by the same outcomes-only evaluation. The baseline is one Utf8JsonReader pass over the same bytes
/// that reads every token and does nothing else: the floor for any reader. The strict reader's DOM walk, which
/// every document took before the forward pass and a broken one still takes, is measured beside it.
/// </summary>
[MemoryDiagnoser]
public class CaseFactsJsonBenchmarks
{
    private const int Documents = 10_000;
    private static readonly JsonSerializerOptions Reflection = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
    private readonly KindOutcome[] _outcomes = new KindOutcome[CriteriaEvaluator.MaxDeterminations];
    private byte[][] _documents = Array.Empty<byte[]>();

    /// <summary>The shape an integrator would deserialize into with the reflection-based serializer.</summary>
    public sealed class CaseFactsDto
    {
        public string? Jurisdiction { get; set; }

        public string? Subject { get; set; }

        public string? DecisionDate { get; set; }

        public string? AbuseOrNeglect { get; set; }

        public string? Harm { get; set; }

        public string? ConcernAboutJointWorking { get; set; }

        public string? DiedInCustody { get; set; }
    }

    [GlobalSetup]
    public void Setup()
    {
        var abuse = new[] { "known", "suspected", "not-suspected", "unknown" };
        var harm = new[] { "died", "seriously-harmed", "not-seriously-harmed", "unknown" };
        var yesNo = new[] { "yes", "no", "unknown" };
        var random = new Random(7);
        var list = new List<byte[]>(Documents);
        for (int i = 0; i < Documents; i++)
        {
            var date = new LocalDate(2008, 1, 1).PlusDays(random.Next(365 * 15));
            list.Add(Encoding.UTF8.GetBytes(
                "{\"jurisdiction\":\"england\",\"subject\":\"child\",\"decisionDate\":\"" + date.ToString("uuuu-MM-dd", null)
                + "\",\"abuseOrNeglect\":\"" + abuse[random.Next(4)] + "\",\"harm\":\"" + harm[random.Next(4)]
                + "\",\"concernAboutJointWorking\":\"" + yesNo[random.Next(3)] + "\",\"diedInCustody\":\"" + yesNo[random.Next(3)] + "\"}"));
        }

        _documents = list.ToArray();
        if (Library() != ReflectionSerializer() || LibraryDom() != Library())
        {
            throw new InvalidOperationException("Both readers must evaluate every document to the same outcomes.");
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Documents, Description = "Utf8JsonReader pass")]
    public long ReaderPass()
    {
        long tokens = 0;
        foreach (var document in _documents)
        {
            tokens += JsonTokens.Count(document);
        }

        return tokens;
    }

    [Benchmark(OperationsPerInvoke = Documents, Description = "Reflection serializer + evaluate")]
    public int ReflectionSerializer()
    {
        int required = 0;
        foreach (var document in _documents)
        {
            var dto = JsonSerializer.Deserialize<CaseFactsDto>(document, Reflection)!;
            var facts = new CaseFacts(Jurisdiction.England, Subject.Child, LocalDate.FromDateTime(DateTime.ParseExact(dto.DecisionDate!, "yyyy-MM-dd", null)),
                dto.AbuseOrNeglect switch { "known" => AbuseOrNeglect.Known, "suspected" => AbuseOrNeglect.Suspected, "not-suspected" => AbuseOrNeglect.NotSuspected, _ => AbuseOrNeglect.Unknown },
                dto.Harm switch { "died" => Harm.Died, "seriously-harmed" => Harm.SeriouslyHarmed, "not-seriously-harmed" => Harm.NotSeriouslyHarmed, _ => Harm.Unknown },
                YesNo(dto.ConcernAboutJointWorking), YesNo(dto.DiedInCustody));
            required += Count(in facts);
        }

        return required;
    }

    [Benchmark(OperationsPerInvoke = Documents, Description = "Library strict reader + evaluate")]
    public int Library()
    {
        int required = 0;
        foreach (var document in _documents)
        {
            var read = CaseFactsJson.Read(document);
            var facts = read.Value.Facts;
            required += Count(in facts);
        }

        return required;
    }

    [Benchmark(OperationsPerInvoke = Documents, Description = "Library strict reader, DOM walk (before) + evaluate")]
    public int LibraryDom()
    {
        int required = 0;
        foreach (var document in _documents)
        {
            var read = JsonInput.Read(document, JsonReadLimits.Default, CaseFactsJson.ReadRoot);
            var facts = read.Value.Facts;
            required += Count(in facts);
        }

        return required;
    }

    private static TriState YesNo(string? value) => value switch { "yes" => TriState.Yes, "no" => TriState.No, _ => TriState.Unknown };

    private int Count(in CaseFacts facts)
    {
        int n = CriteriaEvaluator.EvaluateOutcomes(in facts, CriteriaOptions.Default, _outcomes, out _);
        int required = 0;
        for (int i = 0; i < n; i++)
        {
            required += _outcomes[i].Outcome == ReviewOutcome.Required ? 1 : 0;
        }

        return required;
    }
}
