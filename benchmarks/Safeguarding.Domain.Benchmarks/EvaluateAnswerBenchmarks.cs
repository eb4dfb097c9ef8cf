using System.Text;
using BenchmarkDotNet.Attributes;
using Safeguarding.Domain.Criteria;
using Safeguarding.Service.Documents;

namespace Safeguarding.Domain.Benchmarks;

/// <summary>
/// Where `POST /v1/evaluate`'s own time goes, without HTTP: reading and evaluating the case document (the baseline),
/// against the same plus writing the contract's JSON answer (the full reasons tree, citations and dates, about 8 KB),
/// which is what the door returns.
/// </summary>
[MemoryDiagnoser]
public class EvaluateAnswerBenchmarks
{
    private static readonly byte[] Document = Encoding.UTF8.GetBytes(HttpLoad.Facts);

    [Benchmark(Baseline = true, Description = "Read and evaluate")]
    public bool Compute() => EvaluateDocument.Compute(Document).Success;

    [Benchmark(Description = "Read, evaluate and write the JSON answer")]
    public int Answer() => EvaluateDocument.Json(Document).Output!.Length;

    [Benchmark(Description = "Write the JSON answer of an evaluation")]
    public int Write() => EvaluationJson.ToJson(Evaluated).Length;

    private static readonly Evaluation Evaluated = EvaluateDocument.Compute(Document).Value;
}
