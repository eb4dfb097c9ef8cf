using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Service.Http;
using Xunit.Abstractions;

namespace Safeguarding.Service.Tests;

/// <summary>
/// The service on real sockets, on 127.0.0.1 only: the loopback guard, one run of the real `safeguarding serve`
/// process, and a bounded load test (a fixed number of requests at a fixed concurrency; it stops by itself).
/// </summary>
public sealed class LoopbackTests(ITestOutputHelper output)
{
    private const int LoadRequests = 400;
    private const int LoadConcurrency = 8;

    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://127.10.0.1:5080", true)]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://[::1]:5080", true)]
    [InlineData("https://LOCALHOST", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://*:5080", false)]
    [InlineData("http://+:5080", false)]
    [InlineData("http://[::]:5080", false)]
    [InlineData("http://192.168.1.20:5080", false)]
    [InlineData("http://council-gateway:5080", false)]
    public void IsLoopback_OnlyForTheLoopbackInterface(string address, bool loopback) =>
        Assert.Equal(loopback, LoopbackGuard.IsLoopback(address));

    [Theory]
    [InlineData("--urls=http://0.0.0.0:5080")]
    [InlineData("--urls=http://127.0.0.1:5080;http://*:5081")]
    [InlineData("--http_ports=8080")]
    [InlineData("--Kestrel:Endpoints:Public:Url=http://10.0.0.5:80")]
    public async Task Build_NonLoopbackAddress_IsRefusedWithoutAllowRemote(string arg)
    {
        Assert.Null(ServiceHost.Build(new[] { arg }, allowRemote: false, out string? refusal));
        Assert.Contains("no authentication", refusal, StringComparison.Ordinal);
        Assert.Contains("--allow-remote", refusal, StringComparison.Ordinal);

        await using var allowed = ServiceHost.Build(new[] { arg }, allowRemote: true, out string? none);
        Assert.NotNull(allowed);
        Assert.Null(none);
    }

    [Fact]
    public void Build_BadRequestLimit_IsRefused()
    {
        Assert.Null(ServiceHost.Build(new[] { "--Safeguarding:MaxRequestBodyBytes=-1" }, allowRemote: false, out string? refusal));
        Assert.Contains("MaxRequestBodyBytes", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_RealProcess_OnALoopbackPort_AnswersAndStops()
    {
        int port = FreeLoopbackPort();
        string cli = Path.Combine(AppContext.BaseDirectory, "safeguarding.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[] { cli, "serve", "--urls", $"http://127.0.0.1:{port}" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(start)!;
        var stderr = new StringBuilder();
        process.ErrorDataReceived += (_, e) => stderr.AppendLine(e.Data);
        process.OutputDataReceived += (_, e) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await WaitUntilHealthy(client, process, stderr);

            var response = await client.PostAsync("/v1/evaluate", EndpointTests.Json(Documents.Julia));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(Cli.Run(Documents.Julia, "evaluate", "-", "--format", "json").Out, await response.Content.ReadAsStringAsync());

            var missing = await client.GetAsync("/nowhere");
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
            Assert.Equal(new[] { "not-found" }, EndpointTests.Codes(await missing.Content.ReadAsStringAsync()));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        Assert.True(process.HasExited);
    }

    [Fact]
    public void Serve_NonLoopbackWithoutAllowRemote_RefusesWithExitTwo()
    {
        var stderr = new StringWriter();
        int exit = Safeguarding.Cli.CliApp.Run(new[] { "serve", "--urls", "http://0.0.0.0:5080" }, new StringWriter(), stderr, () => Stream.Null);
        Assert.Equal(2, exit);
        Assert.Contains("no authentication", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_FixedRequestsAtFixedConcurrency_OnLoopback_HasNoErrors()
    {
        await using var app = ServiceHost.Build(new[] { "--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning" }, allowRemote: false, out _)!;
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Assert.StartsWith("http://127.0.0.1:", address, StringComparison.Ordinal);
        using var client = new HttpClient { BaseAddress = new Uri(address) };
        byte[] body = Encoding.UTF8.GetBytes(Documents.Julia);

        // Warm up once (JIT, first evaluation), then the measured run.
        (await client.PostAsync("/v1/evaluate", new ByteArrayContent(body))).EnsureSuccessStatusCode();
        var latencies = new double[LoadRequests];
        int next = -1;
        int errors = 0;
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, LoadConcurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < LoadRequests)
            {
                long started = Stopwatch.GetTimestamp();
                using var response = await client.PostAsync("/v1/evaluate", new ByteArrayContent(body));
                await response.Content.ReadAsByteArrayAsync();
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }));
        total.Stop();
        await app.StopAsync();

        Array.Sort(latencies);
        output.WriteLine($"load: {LoadRequests} POST /v1/evaluate at concurrency {LoadConcurrency} on {address}: {LoadRequests / total.Elapsed.TotalSeconds:N0} requests/s, "
            + $"p50 {latencies[LoadRequests / 2]:N2} ms, p99 {latencies[(int)(LoadRequests * 0.99) - 1]:N2} ms, errors {errors}");
        Assert.Equal(0, errors);
    }

    private static async Task WaitUntilHealthy(HttpClient client, Process process, StringBuilder stderr)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(90))
        {
            Assert.False(process.HasExited, "safeguarding serve exited: " + stderr);
            try
            {
                if ((await client.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(200);
        }

        Assert.Fail("safeguarding serve did not answer /healthz: " + stderr);
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
