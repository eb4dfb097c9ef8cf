using System;
using System.Collections.Concurrent;
using System.IO;
using System.Net.Http;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Safeguarding.Cli;
using Safeguarding.Service.Http;

namespace Safeguarding.Service.Tests;

/// <summary>The service in process (WebApplicationFactory over its own entry point), with every log line kept for the privacy tests.</summary>
public sealed class ServiceFixture : IDisposable
{
    private readonly ServiceFactory _factory = new(maxRequestBodyBytes: null);

    public ServiceFixture()
    {
        Client = _factory.CreateClient();
    }

    public HttpClient Client { get; }

    internal ConcurrentQueue<string> Logs => _factory.Logs;

    public void Dispose()
    {
        Client.Dispose();
        _factory.Dispose();
    }
}

/// <summary>Starts the service through its entry point; the request limit can be set as configuration would.</summary>
internal sealed class ServiceFactory(long? maxRequestBodyBytes) : WebApplicationFactory<ServiceSettings>
{
    public ConcurrentQueue<string> Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (maxRequestBodyBytes is { } max)
        {
            builder.UseSetting(ServiceSettings.MaxRequestBodyBytesKey, max.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        builder.ConfigureServices(services => services.AddLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Trace);
            logging.AddProvider(new CollectingLoggerProvider(Logs));
        }));
    }

    private sealed class CollectingLoggerProvider(ConcurrentQueue<string> logs) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Collecting(categoryName, logs);

        public void Dispose()
        {
        }

        private sealed class Collecting(string category, ConcurrentQueue<string> logs) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                logs.Enqueue(category + ": " + formatter(state, exception) + (exception is null ? string.Empty : " " + exception));
        }
    }
}

/// <summary>The command line in process: the answers the service must give byte for byte.</summary>
internal static class Cli
{
    public static (int Exit, string Out) Run(string stdin, params string[] args)
    {
        var stdout = new StringWriter();
        int exit = CliApp.Run(args, stdout, new StringWriter(), () => new MemoryStream(Encoding.UTF8.GetBytes(stdin)));
        return (exit, stdout.ToString());
    }
}
