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
    public int ReaderPass() => JsonTokens.Count(Document);

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

    // The strict read taken apart, to show where its time goes beyond the pass (see benchmarks/README.md).

    [Benchmark(Description = "part: UTF-8 validation")]
    public bool Utf8Check() => Utf8Validation.IsValid(Document);

    [Benchmark(Description = "part: pass + names matched")]
    public int PassAndNames()
    {
        var reader = new Utf8JsonReader(Document);
        int sum = 0;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                sum += CaseFactsJson.PropertyIndex(ref reader);
            }
        }

        return sum;
    }

    [Benchmark(Description = "part: forward read (no result object)")]
    public bool ForwardOnly() => JsonInput.TryForward(Document, JsonReadLimits.Default, CaseFactsJson.ReadForward) is not null;

    private static readonly byte[] HarmName = Encoding.UTF8.GetBytes("seriously-harmed");
    private static readonly byte[] DateText = Encoding.UTF8.GetBytes("2013-05-01");

    [Benchmark(Description = "part: one enum name matched")]
    public int EnumName() => CriteriaNames.Harms.TryParse(HarmName, out var harm) ? (int)harm : -1;

    [Benchmark(Description = "part: one date parsed")]
    public int DateParsed() => ContractDate.TryRead(DateText, out var date) ? date.Day : -1;

    [Benchmark(Description = "part: CaseFacts constructed")]
    public int Construct() => new CaseFacts(Jurisdiction.England, Subject.Child, new NodaTime.LocalDate(2013, 5, 1), AbuseOrNeglect.Suspected,
        Harm.SeriouslyHarmed, TriState.Yes).DecisionDate.Day;
}
