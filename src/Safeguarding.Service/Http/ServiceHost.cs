using System.IO;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Safeguarding.Service.Http;

/// <summary>
/// Builds the HTTP service: ASP.NET Core minimal APIs on Kestrel, configured the usual way (<c>--urls</c>,
/// <c>ASPNETCORE_URLS</c>, environment variables, <c>appsettings.json</c> in the working directory), bound to
/// <see cref="ServiceSettings.DefaultUrl"/> when nothing says otherwise, and never to a non-loopback address
/// without <c>--allow-remote</c>.
/// </summary>
internal static partial class ServiceHost
{
    /// <summary>Builds the application, or says why it must not start.</summary>
    /// <param name="args">Host arguments (<c>--urls=...</c>, <c>--Safeguarding:MaxRequestBodyBytes=...</c>, ...).</param>
    /// <param name="allowRemote">Whether the caller explicitly allowed a non-loopback address.</param>
    /// <param name="refusal">Why the service must not start, when the result is null.</param>
    public static WebApplication? Build(string[] args, bool allowRemote, out string? refusal)
    {
        var builder = WebApplication.CreateBuilder(args);
        var settings = ServiceSettings.From(builder.Configuration, allowRemote, out refusal);
        if (settings is null)
        {
            return null;
        }

        var configured = LoopbackGuard.ConfiguredAddresses(builder.Configuration);
        var remote = configured.Where(a => !LoopbackGuard.IsLoopback(a)).ToList();
        if (remote.Count > 0 && !allowRemote)
        {
            refusal = "refusing to listen on " + string.Join(", ", remote) + ": the service has no authentication. Bind a loopback address "
                + "(the default is " + ServiceSettings.DefaultUrl + "), or pass --allow-remote to run it behind your own gateway.";
            return null;
        }

        if (configured.Count == 0)
        {
            builder.WebHost.UseUrls(ServiceSettings.DefaultUrl);
        }

        // Under systemd (Type=notify) or the Windows service manager, report readiness and stop when told; elsewhere no-ops.
        builder.Host.UseSystemd();
        builder.Host.UseWindowsService();

        // The service enforces its own request limit on every body (so it answers 413 with an error document, and
        // in-process tests see the same); Kestrel's own limit is lifted so it never cuts a body first.
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = null;
            kestrel.AddServerHeader = false;
        });

        // ASP.NET Core's own request lines carry paths and query strings; only this service's one line a request is kept.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.Diagnostics", LogLevel.None);
        builder.Services.AddSingleton(settings);
        builder.Services.AddOpenApi("v1", OpenApiDescription.Configure);

        var app = builder.Build();
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = HandleException });
        app.UseStatusCodePages(async pages =>
        {
            var (code, message) = ErrorResponses.ForStatus(pages.HttpContext.Response.StatusCode);
            await ErrorResponses.WriteAsync(pages.HttpContext, pages.HttpContext.Response.StatusCode, code, message).ConfigureAwait(false);
        });
        app.UseMiddleware<RequestLog>();
        app.MapOpenApi("/openapi/{documentName}.json");
        Endpoints.Map(app);

        if (!allowRemote)
        {
            // Whatever the configuration said, check what was actually bound, and stop at once if it is not loopback.
            app.Lifetime.ApplicationStarted.Register(() =>
            {
                var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? new List<string>();
                var bound = addresses.Where(a => !LoopbackGuard.IsLoopback(a)).ToList();
                if (bound.Count > 0)
                {
                    string list = string.Join(", ", bound);
                    LogRemoteBound(app.Logger, list);
                    app.Lifetime.StopApplication();
                }
            });
        }

        return app;
    }

    /// <summary>Builds and runs the service until it is stopped. Exit code 0, or 2 when it refused to start.</summary>
    public static int Run(string[] args, bool allowRemote, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var app = Build(args, allowRemote, out string? refusal);
        if (app is null)
        {
            error.WriteLine("error: serve: " + refusal);
            return 2;
        }

        app.Run();
        return 0;
    }

    private static async System.Threading.Tasks.Task HandleException(HttpContext context)
    {
        var exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (exception is BadHttpRequestException bad)
        {
            var (code, message) = ErrorResponses.ForStatus(bad.StatusCode);
            await ErrorResponses.WriteAsync(context, bad.StatusCode, code, message).ConfigureAwait(false);
            return;
        }

        // The type only: an exception's message could quote input.
        LogUnhandled(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ServiceHost)), exception?.GetType().Name ?? "unknown");
        await ErrorResponses.WriteAsync(context, StatusCodes.Status500InternalServerError, "internal-error",
            "The request failed unexpectedly. Please report it with the input that caused it.").ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 10, Level = LogLevel.Error, Message = "A request failed unexpectedly ({ExceptionType})")]
    private static partial void LogUnhandled(ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 11, Level = LogLevel.Critical, Message = "Stopping: bound to non-loopback {Addresses} without --allow-remote")]
    private static partial void LogRemoteBound(ILogger logger, string addresses);
}
