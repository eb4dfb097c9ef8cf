using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Safeguarding.Domain.Internal;
using Safeguarding.Domain.Serialization;

namespace Safeguarding.Domain.Benchmarks;

/// <summary>
/// The cost of the strict reader's checks (UTF-8, syntax and depth with paths, duplicate and unknown
/// properties) over a plain JsonDocument parse of the same case-facts document.
/// </summary>
[MemoryDiagnoser]
public class StrictJsonReadBenchmarks
{
    private static readonly byte[] Document = Encoding.UTF8.GetBytes(
        "{\"jurisdiction\":\"england\",\"subject\":\"child\",\"decisionDate\":\"2013-05-01\",\"abuseOrNeglect\":\"suspected\",\"harm\":\"seriously-harmed\",\"concernAboutJointWorking\":\"yes\"}");

    [Benchmark(Baseline = true)]
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

    [Benchmark]
    public bool StrictRead()
    {
        var result = JsonInput.Read(Document, JsonReadLimits.Default, reader =>
        {
            string? jurisdiction = reader.Id("jurisdiction", required: true);
            string? subject = reader.Id("subject", required: true);
            var date = reader.Date("decisionDate", required: true);
            reader.Id("abuseOrNeglect", required: false);
            reader.Id("harm", required: false);
            reader.Id("concernAboutJointWorking", required: false);
            reader.RejectUnknown();
            return jurisdiction is null || subject is null || date is null ? null : jurisdiction;
        });
        return result.Success;
    }
}
