using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Service.Documents;
using Safeguarding.Service.Http;

namespace Safeguarding.Domain.Benchmarks;

/// <summary>
/// The HTTP service on 127.0.0.1 (an ephemeral port), built by <see cref="ServiceHost.Build"/> exactly as
/// `safeguarding serve` builds it, plus two routes that exist only here: <see cref="ConstantPath"/>, a POST that drains
/// the body and answers a constant, so that a POST of the same document can be compared with and without the service's
/// own work, and <see cref="EvaluateAsBeforePath"/> (see there). Requests are bounded in number and the run stops by itself; no address but loopback is ever used.
/// </summary>
internal sealed class HttpLoad : IAsyncDisposable
{
    /// <summary>The benchmark-only route (never part of the product).</summary>
    public const string ConstantPath = "/benchmark/constant";

    /// <summary>
    /// Benchmark-only: <c>/v1/evaluate</c>'s read and write as they were before issue #20 (a growing buffer for the body,
    /// the answer copied to append its newline, then written with chunked framing), for an A/B in one run.
    /// </summary>
    public const string EvaluateAsBeforePath = "/benchmark/evaluate-as-before";

    public const string Facts = """{ "jurisdiction": "england", "subject": "child", "decisionDate": "2013-05-01", "abuseOrNeglect": "suspected", "harm": "seriously-harmed", "concernAboutJointWorking": "yes" }""";

    private static readonly byte[] Body = Encoding.UTF8.GetBytes(Facts);
    private readonly WebApplication _app;
    private readonly HttpClient _client;

    private HttpLoad(WebApplication app, HttpClient client)
    {
        _app = app;
        _client = client;
    }

    /// <summary>The endpoints compared: a GET of a constant (the product's /healthz), a POST of the document to a constant, and evaluate.</summary>
    public enum Endpoint
    {
        HealthGet,
        ConstantPost,
        EvaluatePost,
        EvaluateAsBeforePost,
    }

    public Uri Address => _client.BaseAddress!;

    /// <summary>Starts the service on an ephemeral loopback port; the request log is kept at Warning (one line a request otherwise).</summary>
    public static async Task<HttpLoad> StartAsync(bool requestLog = false)
    {
        var args = requestLog
            ? new[] { "--urls=http://127.0.0.1:0" }
            : new[] { "--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning" };
        var app = ServiceHost.Build(args, allowRemote: false, out string? refusal)
            ?? throw new InvalidOperationException("The service refused to start: " + refusal);
        app.MapPost(ConstantPath, async (HttpContext context) =>
        {
            while (true)
            {
                var read = await context.Request.BodyReader.ReadAsync(context.RequestAborted).ConfigureAwait(false);
                context.Request.BodyReader.AdvanceTo(read.Buffer.End);
                if (read.IsCompleted)
                {
                    break;
                }
            }

            context.Response.ContentType = ErrorResponses.JsonContentType;
            await context.Response.WriteAsync("{\"status\":\"ok\"}\n", context.RequestAborted).ConfigureAwait(false);
        });
        app.MapPost(EvaluateAsBeforePath, async (HttpContext context) =>
        {
            using var buffer = new MemoryStream();
            while (true)
            {
                var read = await context.Request.BodyReader.ReadAsync(context.RequestAborted).ConfigureAwait(false);
                foreach (var segment in read.Buffer)
                {
                    buffer.Write(segment.Span);
                }

                context.Request.BodyReader.AdvanceTo(read.Buffer.End);
                if (read.IsCompleted)
                {
                    break;
                }
            }

            var answer = EvaluateDocument.Json(buffer.ToArray());
            context.Response.ContentType = ErrorResponses.JsonContentType;
            await context.Response.WriteAsync(answer.Output!.EndsWith('\n') ? answer.Output : answer.Output + "\n", context.RequestAborted).ConfigureAwait(false);
        });
        await app.StartAsync().ConfigureAwait(false);
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        if (!address.StartsWith("http://127.0.0.1:", StringComparison.Ordinal))
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw new InvalidOperationException("Not a loopback address: " + address);
        }

        var client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = new Uri(address) };
        return new HttpLoad(app, client);
    }

    /// <summary>One request; true when it was answered 200.</summary>
    public async Task<bool> SendAsync(Endpoint endpoint)
    {
        using var request = endpoint switch
        {
            Endpoint.HealthGet => new HttpRequestMessage(HttpMethod.Get, "/healthz"),
            Endpoint.ConstantPost => new HttpRequestMessage(HttpMethod.Post, ConstantPath) { Content = JsonBody() },
            Endpoint.EvaluateAsBeforePost => new HttpRequestMessage(HttpMethod.Post, EvaluateAsBeforePath) { Content = JsonBody() },
            _ => new HttpRequestMessage(HttpMethod.Post, "/v1/evaluate") { Content = JsonBody() },
        };
        using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseContentRead).ConfigureAwait(false);
        return response.StatusCode == HttpStatusCode.OK;
    }

    /// <summary>
    /// <paramref name="requests"/> requests from <paramref name="concurrency"/> loops at once; each request's latency (ms)
    /// goes to <paramref name="latencies"/> when given. Returns the number of answers that were not 200.
    /// </summary>
    public async Task<int> RunAsync(Endpoint endpoint, int requests, int concurrency, double[]? latencies = null)
    {
        int next = -1;
        int errors = 0;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests)
            {
                long started = Stopwatch.GetTimestamp();
                bool ok = await SendAsync(endpoint).ConfigureAwait(false);
                if (latencies is not null)
                {
                    latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                }

                if (!ok)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        })).ConfigureAwait(false);
        return errors;
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// The load driver: `-- http-load [requests] [concurrency] [rounds] [--request-log]`. Each round sends the same
    /// number of requests to every endpoint in turn (after a warm-up), and prints requests a second, p50 and p99.
    /// </summary>
    public static async Task<int> DriveAsync(string[] args)
    {
        var numbers = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
        int requests = numbers.Length > 0 ? numbers[0] : 5_000;
        int concurrency = numbers.Length > 1 ? numbers[1] : 8;
        int rounds = numbers.Length > 2 ? numbers[2] : 3;
        bool requestLog = args.Contains("--request-log");
        if (requests < 100 || requests > 1_000_000 || concurrency < 1 || concurrency > 256 || rounds < 1 || rounds > 20)
        {
            Console.Error.WriteLine("usage: http-load [requests 100..1000000] [concurrency 1..256] [rounds 1..20] [--request-log]");
            return 2;
        }

        await using var load = await StartAsync(requestLog).ConfigureAwait(false);
        Console.WriteLine($"http-load: {load.Address} (loopback), {requests} requests an endpoint a round at concurrency {concurrency}, {rounds} rounds, request log {(requestLog ? "on" : "off")}, {Environment.ProcessorCount} cores");
        foreach (var endpoint in Enum.GetValues<Endpoint>())
        {
            await load.RunAsync(endpoint, Math.Min(requests, 1_000), concurrency).ConfigureAwait(false);
        }

        int failures = 0;
        for (int round = 1; round <= rounds; round++)
        {
            foreach (var endpoint in Enum.GetValues<Endpoint>())
            {
                var latencies = new double[requests];
                var total = Stopwatch.StartNew();
                int errors = await load.RunAsync(endpoint, requests, concurrency, latencies).ConfigureAwait(false);
                total.Stop();
                failures += errors;
                Array.Sort(latencies);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"round {round} {Describe(endpoint),-44} {requests / total.Elapsed.TotalSeconds,8:N0} requests/s  p50 {Percentile(latencies, 0.50),6:N3} ms  p99 {Percentile(latencies, 0.99),7:N3} ms  errors {errors}"));
            }
        }

        return failures == 0 ? 0 : 1;
    }

    public static string Describe(Endpoint endpoint) => endpoint switch
    {
        Endpoint.HealthGet => "GET /healthz (constant)",
        Endpoint.ConstantPost => "POST " + ConstantPath + " (drain, constant)",
        Endpoint.EvaluateAsBeforePost => "POST " + EvaluateAsBeforePath,
        _ => "POST /v1/evaluate (one case document)",
    };

    private static double Percentile(double[] sorted, double p) => sorted[Math.Max(0, (int)Math.Ceiling(sorted.Length * p) - 1)];

    private static ByteArrayContent JsonBody()
    {
        var content = new ByteArrayContent(Body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }
}
