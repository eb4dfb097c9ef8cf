using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using Safeguarding.Domain.Calendars;
using Safeguarding.Domain.Lifecycle;
using Safeguarding.Domain.Rating;
using Safeguarding.Service.Batch;
using Safeguarding.Service.Documents;

namespace Safeguarding.Service.Http;

/// <summary>
/// The paths of the contract's "HTTP service" table. Every handler reads its parameters with the command line's
/// readers and answers with the command line's per-document functions and writers, so the two doors agree.
/// </summary>
internal static class Endpoints
{
    public const string NdjsonContentType = "application/x-ndjson";

    /// <summary>
    /// The contract's paths, in its order: the method, the route, the handler, the operation's name and summary (the OpenAPI
    /// description's words), and for a POST path the input document (JSON Schema name) it reads.
    /// </summary>
    private static readonly (string Method, string Route, Delegate Handler, string Name, string Summary, string? Document)[] Paths =
    {
        ("GET", "/healthz", () => Results.Text("{\"status\":\"ok\"}\n", ErrorResponses.JsonContentType), "health",
            "Liveness: 200 while the service runs.", null),
        ("POST", "/v1/evaluate", Evaluate, "evaluate",
            "Which statutory reviews and notifications a case's facts require (the evaluate output); a batch with application/x-ndjson.", "case-facts"),
        ("POST", "/v1/review", Review, "review",
            "Replay a review record through its lifecycle on asOf (the review output); a batch with application/x-ndjson.", "review-record"),
        ("POST", "/v1/plan", Plan, "plan",
            "An action plan's scrutiny report on asOf (the plan output) as JSON, HTML or Markdown; a batch (JSON only) with application/x-ndjson.", "action-plan"),
        ("GET", "/v1/holidays/{region}/{year}", Holidays, "holidays", "A region's bank holidays for a year (the holidays output).", null),
        ("GET", "/v1/deadline", Deadline, "deadline", "One clock's due date: from, and one of workingDays, months or days (the deadline output).", null),
        ("GET", "/v1/lifecycles/{kind}", Lifecycle, "lifecycle", "A review kind's lifecycle, from the table the library enforces (the lifecycle output).", null),
        ("GET", "/v1/schemas/{document}", Schema, "schema", "An input document's JSON Schema (draft 2020-12), as shipped in the package.", null),
    };

    /// <summary>The POST paths and the input document (JSON Schema name) each reads.</summary>
    public static IReadOnlyList<(string Path, string Document)> DocumentPaths { get; } =
        Paths.Where(p => p.Document is not null).Select(p => (p.Route, p.Document!)).ToArray();

    private static readonly string[] PlanFormats = { "json", "html", "markdown" };
    private static readonly string[] LifecycleFormats = { "json", "mermaid", "dot" };

    public static void Map(IEndpointRouteBuilder app)
    {
        foreach (var path in Paths)
        {
            app.MapMethods(path.Route, new[] { path.Method }, path.Handler).WithName(path.Name).WithSummary(path.Summary);
        }
    }

    private static Task Evaluate(HttpContext context, ServiceSettings settings, [FromQuery] string? commencement)
    {
        var errors = new List<Issue>();
        var commencements = EvaluateDocument.ReadCommencements(commencement is null ? null : new[] { commencement }, "commencement", errors);
        return Post(context, settings, errors, bytes => EvaluateDocument.Json(bytes, commencements), batchAllowed: true);
    }

    private static Task Review(HttpContext context, ServiceSettings settings, [FromQuery] string? asOf)
    {
        var errors = new List<Issue>();
        var date = OptionValue.RequiredDate(asOf, "asOf", errors);
        return Post(context, settings, errors, bytes => ReviewDocument.Answer(bytes, date!.Value, json: true), batchAllowed: true);
    }

    private static Task Plan(HttpContext context, ServiceSettings settings, [FromQuery] string? asOf, [FromQuery] string? compareTo, [FromQuery] string? format)
    {
        var errors = new List<Issue>();
        var date = OptionValue.RequiredDate(asOf, "asOf", errors);
        var compare = OptionValue.OptionalDate(compareTo, "compareTo", errors);
        string chosen = format ?? "json";
        if (!PlanFormats.Contains(chosen, StringComparer.Ordinal))
        {
            errors.Add(new Issue("format", "invalid-enum", "Expected one of: " + string.Join(", ", PlanFormats) + "."));
        }

        string contentType = chosen switch
        {
            "html" => "text/html; charset=utf-8",
            "markdown" => "text/markdown; charset=utf-8",
            _ => ErrorResponses.JsonContentType,
        };
        return Post(
            context, settings, errors, bytes => PlanDocument.Answer(bytes, new PlanSettings(date!.Value, compare, LocalPolicy.Default), chosen),
            batchAllowed: chosen == "json", contentType);
    }

    private static Task Holidays(HttpContext context, string region, string year)
    {
        var calendar = OptionValue.Region(region, "region", out var regionError);
        int? y = OptionValue.Year(year, "year", out var yearError);
        var errors = new[] { regionError, yearError }.OfType<Issue>().ToList();
        return errors.Count > 0
            ? ErrorResponses.WriteAsync(context, StatusCodes.Status400BadRequest, errors)
            : Json(context, calendar!.HolidaysIn(y!.Value).ToJson());
    }

    private static Task Deadline(HttpContext context, [FromQuery] string? from, [FromQuery] string? workingDays, [FromQuery] string? months, [FromQuery] string? days, [FromQuery] string? region)
    {
        var answer = DeadlineDocument.Answer(from, workingDays, months, days, region, DeadlineDocument.Http, json: true);
        return answer.Succeeded ? Json(context, answer.Output!) : ErrorResponses.WriteAsync(context, StatusCodes.Status400BadRequest, answer.Errors);
    }

    private static Task Lifecycle(HttpContext context, string kind, [FromQuery] string? format)
    {
        var errors = new List<Issue>();
        if (!LifecycleNames.TryParseKind(kind, out var reviewKind))
        {
            errors.Add(new Issue("kind", "invalid-enum", "Expected one of: " + LifecycleNames.ExpectedKinds + "."));
        }

        string chosen = format ?? "json";
        if (!LifecycleFormats.Contains(chosen, StringComparer.Ordinal))
        {
            errors.Add(new Issue("format", "invalid-enum", "Expected one of: " + string.Join(", ", LifecycleFormats) + "."));
        }

        if (errors.Count > 0)
        {
            return ErrorResponses.WriteAsync(context, StatusCodes.Status400BadRequest, errors);
        }

        var lifecycle = ReviewLifecycle.For(reviewKind);
        return chosen switch
        {
            "mermaid" => Text(context, lifecycle.ToMermaid(), "text/vnd.mermaid; charset=utf-8"),
            "dot" => Text(context, lifecycle.ToDot(), "text/vnd.graphviz; charset=utf-8"),
            _ => Json(context, lifecycle.ToJson()),
        };
    }

    private static Task Schema(HttpContext context, string document) =>
        DocumentSchemas.TryGet(document, out var schema)
            ? Text(context, schema!, "application/schema+json; charset=utf-8")
            : ErrorResponses.WriteAsync(context, StatusCodes.Status400BadRequest, new[]
            {
                new Issue("document", "invalid-enum", "Expected one of: " + string.Join(", ", DocumentSchemas.Names) + "."),
            });

    /// <summary>
    /// A POST path: parameters first (400), then the media type (415), then the size (413), then the document
    /// (400 with its errors) or a batch (200, one answer a line).
    /// </summary>
    private static async Task Post(
        HttpContext context, ServiceSettings settings, List<Issue> parameterErrors, Func<ReadOnlyMemory<byte>, DocumentAnswer> answer,
        bool batchAllowed, string contentType = ErrorResponses.JsonContentType)
    {
        if (parameterErrors.Count > 0)
        {
            await ErrorResponses.WriteAsync(context, StatusCodes.Status400BadRequest, parameterErrors).ConfigureAwait(false);
            return;
        }

        bool batch;
        if (!IsMediaType(context.Request.ContentType, out batch))
        {
            var (code, message) = ErrorResponses.ForStatus(StatusCodes.Status415UnsupportedMediaType);
            await ErrorResponses.WriteAsync(context, StatusCodes.Status415UnsupportedMediaType, code, message).ConfigureAwait(false);
            return;
        }

        if (context.Request.ContentLength > settings.MaxRequestBodyBytes)
        {
            await TooLarge(context, settings).ConfigureAwait(false);
            return;
        }

        if (batch)
        {
            if (!batchAllowed)
            {
                await ErrorResponses.WriteAsync(context, StatusCodes.Status400BadRequest, new[]
                {
                    new Issue("format", "invalid-enum", "A batch (application/x-ndjson) answers one JSON document a line: leave out format or give json."),
                }).ConfigureAwait(false);
                return;
            }

            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = NdjsonContentType;
            var summary = await NdjsonBatch.RunAsync(
                context.Request.BodyReader, BatchOutputs.To(context.Response.BodyWriter), answer, strict: false,
                NdjsonBatch.DefaultMaxLineBytes, settings.MaxRequestBodyBytes, context.RequestAborted).ConfigureAwait(false);
            context.Items[RequestLog.DocumentsKey] = summary;
            return;
        }

        byte[]? body = await RequestBody.ReadAsync(context.Request, settings.MaxRequestBodyBytes).ConfigureAwait(false);
        if (body is null)
        {
            await TooLarge(context, settings).ConfigureAwait(false);
            return;
        }

        var result = answer(body);
        if (!result.Succeeded)
        {
            await ErrorResponses.WriteAsync(context, StatusCodes.Status400BadRequest, result.Errors).ConfigureAwait(false);
            return;
        }

        // As the command line prints it: the output, ending with a newline.
        await Write(context, result.Output!, contentType).ConfigureAwait(false);
    }

    private static Task TooLarge(HttpContext context, ServiceSettings settings) =>
        ErrorResponses.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "too-large",
            "The request body is larger than the limit of " + settings.MaxRequestBodyBytes + " bytes.");

    /// <summary>application/json (or none, or any +json type) is one document; application/x-ndjson is a batch.</summary>
    private static bool IsMediaType(string? contentType, out bool batch)
    {
        batch = false;
        if (contentType is null)
        {
            return true;
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var media))
        {
            return false;
        }

        var type = media.MediaType;
        if (type.Equals(NdjsonContentType, StringComparison.OrdinalIgnoreCase))
        {
            batch = true;
            return true;
        }

        return type.Equals("application/json", StringComparison.OrdinalIgnoreCase) || media.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase);
    }

    private static Task Json(HttpContext context, string json) => Write(context, json, ErrorResponses.JsonContentType);

    /// <summary>A 200 answer: the text and, unless it already ends with one, a newline.</summary>
    private static Task Write(HttpContext context, string text, string contentType) => Text(context, text, contentType, newline: !text.EndsWith('\n'));

    /// <summary>
    /// A 200 answer encoded once, straight into the response pipe, with its Content-Length (so no chunked framing and no
    /// second copy of a large answer to append the newline). The same UTF-8 bytes as <c>HttpResponse.WriteAsync</c>.
    /// </summary>
    private static async Task Text(HttpContext context, string text, string contentType, bool newline = false)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = contentType;
        response.ContentLength = Encoding.UTF8.GetByteCount(text) + (newline ? 1 : 0);
        var body = response.BodyWriter;
        Encoding.UTF8.GetBytes(text, body);
        if (newline)
        {
            body.Write("\n"u8);
        }

        await body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }
}
