using Microsoft.AspNetCore.Http;

namespace Safeguarding.Service.Http;

/// <summary>Every failure the service answers is the contract's error document, never a stack trace or an HTML page.</summary>
internal static class ErrorResponses
{
    public const string JsonContentType = "application/json; charset=utf-8";

    public static Task WriteAsync(HttpContext context, int status, IEnumerable<Issue> errors)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = JsonContentType;
        return context.Response.WriteAsync(ErrorDocument.ToJson(errors) + "\n", context.RequestAborted);
    }

    public static Task WriteAsync(HttpContext context, int status, string code, string message) =>
        WriteAsync(context, status, new[] { new Issue("$", code, message) });

    /// <summary>The code and message for a status the service sets without a body of its own (404, 405, ...).</summary>
    public static (string Code, string Message) ForStatus(int status) => status switch
    {
        StatusCodes.Status400BadRequest => ("bad-request", "The request could not be read."),
        StatusCodes.Status404NotFound => ("not-found", "No such path; the paths are described at /openapi/v1.json."),
        StatusCodes.Status405MethodNotAllowed => ("method-not-allowed", "This path does not answer this method; see /openapi/v1.json."),
        StatusCodes.Status413PayloadTooLarge => ("too-large", "The request body is larger than the service accepts."),
        StatusCodes.Status415UnsupportedMediaType => ("unsupported-media-type", "Send application/json, or application/x-ndjson for a batch."),
        _ => ("http-" + status, "The request failed with HTTP status " + status + "."),
    };
}
