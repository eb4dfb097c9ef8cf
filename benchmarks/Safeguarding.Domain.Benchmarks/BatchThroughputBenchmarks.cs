using System;
using System.Diagnostics;
using System.IO;
using System.IO.Pipelines;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Safeguarding.Service.Batch;
using Safeguarding.Service.Documents;

namespace Safeguarding.Domain.Benchmarks;

/// <summary>
/// Case documents a second through the `evaluate` door: 1,000 documents as one newline-delimited batch in one process
/// (the `--batch` engine, its JSON lines written to a null stream), against the baseline an integrator without a
/// batch mode has, one `safeguarding evaluate` process a document (the real command, started once an invocation).
/// Both results are per document, so the ratio is the batch's cost as a fraction of a process.
/// </summary>
[MemoryDiagnoser]
public class BatchThroughputBenchmarks
{
    private const int Documents = 1_000;
    private const string Facts = """{ "jurisdiction": "england", "subject": "child", "decisionDate": "2019-05-01", "abuseOrNeglect": "suspected", "harm": "seriously-harmed", "concernAboutJointWorking": "yes" }""";

    private byte[] _batch = Array.Empty<byte>();
    private string _cli = string.Empty;
    private string _document = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var text = new StringBuilder();
        for (int i = 0; i < Documents; i++)
        {
            text.Append(Facts).Append('\n');
        }

        _batch = Encoding.UTF8.GetBytes(text.ToString());
        _cli = Path.Combine(RepositoryRoot(), "src", "Safeguarding.Cli", "bin", "Release", "net10.0", "safeguarding.dll");
        if (!File.Exists(_cli))
        {
            throw new InvalidOperationException("Build the CLI first: dotnet build src/Safeguarding.Cli -c Release (" + _cli + ").");
        }

        _document = Path.Combine(Path.GetTempPath(), "safeguarding-benchmark-case.json");
        File.WriteAllText(_document, Facts);
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_document);

    [Benchmark(Baseline = true, Description = "One safeguarding process a document")]
    public int ProcessPerDocument()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(_cli);
        start.ArgumentList.Add("evaluate");
        start.ArgumentList.Add(_document);
        start.ArgumentList.Add("--format");
        start.ArgumentList.Add("json");
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode;
    }

    [Benchmark(OperationsPerInvoke = Documents, Description = "--batch engine, one process")]
    public async Task<long> Batch()
    {
        var reader = PipeReader.Create(new MemoryStream(_batch, writable: false));
        var writer = PipeWriter.Create(Stream.Null);
        var summary = await NdjsonBatch.RunAsync(reader, BatchOutputs.To(writer), EvaluateDocument.Json, strict: false, NdjsonBatch.DefaultMaxLineBytes, long.MaxValue, CancellationToken.None);
        return summary.Documents;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Safeguarding.Domain.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }
}
