using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Safeguarding.Domain.Criteria;
using Safeguarding.Domain.Internal;
using Safeguarding.Domain.Serialization;

namespace Safeguarding.Domain.Benchmarks;

/// <summary>
/// The cost of the strict reader's checks (UTF-8, syntax and depth, duplicate and unknown properties, values) over one
/// Utf8JsonReader pass of the same case-facts document, beside a plain JsonDocument parse and the strict reader's DOM
/// walk (every document before the forward pass; a broken one still).
/// </summary>
[MemoryDiagnoser]
public class StrictJsonReadBenchmarks
{
    private static readonly byte[] Document = Encoding.UTF8.GetBytes(
        "{\"jurisdiction\":\"england\",\"subject\":\"child\",\"decisionDate\":\"2013-05-01\",\"abuseOrNeglect\":\"suspected\",\"harm\":\"seriously-harmed\",\"concernAboutJointWorking\":\"yes\"}");

    [Benchmark(Baseline = true, Description = "Utf8JsonReader pass")]
    public int ReaderPass()
    {
        var reader = new Utf8JsonReader(Document);
        int tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    [Benchmark]
    public int JsonDocumentParse()
    {
        using var document = JsonDocument.Parse(Document);
        int count = 0;
        foreach (var _ in document.RootElement.EnumerateObject())
        {
            count++;
        }

        return count;
    }

    [Benchmark(Description = "Strict read, DOM walk (before)")]
    public bool StrictReadDom() => JsonInput.Read(Document, JsonReadLimits.Default, CaseFactsJson.ReadRoot).Success;

    [Benchmark(Description = "Strict read")]
    public bool StrictRead() => CaseFactsJson.Read(Document).Success;
}
