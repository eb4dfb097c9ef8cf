using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Safeguarding.Service.Batch;

namespace Safeguarding.Service.Http;

/// <summary>
/// One log line a request: method, route template (never the path's values or the query), status, time and, for a
/// batch, how many documents and failures. Bodies, case facts and free text never reach the log.
/// </summary>
internal sealed partial class RequestLog(RequestDelegate next, ILogger<RequestLog> logger)
{
    public const string DocumentsKey = "safeguarding.batch";

    public async Task InvokeAsync(HttpContext context)
    {
        long start = Stopwatch.GetTimestamp();
        await next(context).ConfigureAwait(false);
        string route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(no route)";
        double ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        if (context.Items[DocumentsKey] is BatchSummary batch)
        {
            LogBatch(logger, context.Request.Method, route, context.Response.StatusCode, ms, batch.Documents, batch.Failed);
        }
        else
        {
            LogRequest(logger, context.Request.Method, route, context.Response.StatusCode, ms);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Method} {Route} answered {Status} in {ElapsedMs:0.0} ms")]
    private static partial void LogRequest(ILogger logger, string method, string route, int status, double elapsedMs);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "{Method} {Route} answered {Status} in {ElapsedMs:0.0} ms: batch of {Documents} documents, {Failed} failed")]
    private static partial void LogBatch(ILogger logger, string method, string route, int status, double elapsedMs, long documents, long failed);
}
