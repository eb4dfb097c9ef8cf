using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace Safeguarding.Domain.Benchmarks;

/// <summary>
/// The HTTP service on loopback: a bounded batch of <see cref="Requests"/> requests at concurrency
/// <see cref="Concurrency"/> an invocation (results are per request, so 1 / Mean is requests a second at that
/// concurrency, client included), against the cheapest thing the same Kestrel configuration and middleware can
/// answer: the product's GET /healthz, a constant (the baseline). Client and server share the machine's cores.
/// </summary>
[MemoryDiagnoser]
public class HttpServiceBenchmarks
{
    private const int Requests = 1_000;
    private const int Concurrency = 8;

    private HttpLoad? _load;

    [GlobalSetup]
    public void Setup()
    {
        _load = HttpLoad.StartAsync().GetAwaiter().GetResult();
        foreach (var endpoint in System.Enum.GetValues<HttpLoad.Endpoint>())
        {
            if (_load.RunAsync(endpoint, 200, Concurrency).GetAwaiter().GetResult() != 0)
            {
                throw new System.InvalidOperationException(HttpLoad.Describe(endpoint) + " did not answer 200.");
            }
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _load?.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true, OperationsPerInvoke = Requests, Description = "GET /healthz (constant)")]
    public Task<int> HealthGet() => _load!.RunAsync(HttpLoad.Endpoint.HealthGet, Requests, Concurrency);

    [Benchmark(OperationsPerInvoke = Requests, Description = "POST the document to a constant")]
    public Task<int> ConstantPost() => _load!.RunAsync(HttpLoad.Endpoint.ConstantPost, Requests, Concurrency);

    [Benchmark(OperationsPerInvoke = Requests, Description = "POST /v1/evaluate")]
    public Task<int> EvaluatePost() => _load!.RunAsync(HttpLoad.Endpoint.EvaluatePost, Requests, Concurrency);

    [Benchmark(OperationsPerInvoke = Requests, Description = "POST /v1/evaluate's body and answer as before #20")]
    public Task<int> EvaluateAsBeforePost() => _load!.RunAsync(HttpLoad.Endpoint.EvaluateAsBeforePost, Requests, Concurrency);
}
