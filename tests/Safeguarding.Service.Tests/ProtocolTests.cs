using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Domain.Serialization;
using Safeguarding.Service.Http;

namespace Safeguarding.Service.Tests;

/// <summary>Batches, errors, limits, the OpenAPI document and the logs.</summary>
public sealed class ProtocolTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    private HttpClient Client => service.Client;

    [Theory]
    [InlineData("/v1/evaluate", "evaluate")]
    [InlineData("/v1/review?asOf=2013-06-01", "review")]
    [InlineData("/v1/plan?asOf=2020-11-01", "plan")]
    public async Task Ndjson_IsABatch_AnsweredLineByLineAsTheCommandLinesBatch_With200EvenWhenLinesFail(string path, string command)
    {
        string first = command switch { "evaluate" => Documents.Julia, "review" => Documents.Record, _ => Documents.Plan };
        string input = first + "\n\n{ \"broken\": \n" + first + "\n";
        var response = await Client.PostAsync(path, Ndjson(input));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType!.MediaType);
        string body = await response.Content.ReadAsStringAsync();
        string[] args = command == "evaluate" ? new[] { command, "-", "--batch" }
            : command == "review" ? new[] { command, "-", "--batch", "--as-of", "2013-06-01" }
            : new[] { command, "-", "--batch", "--as-of", "2020-11-01" };
        var cli = Cli.Run(input, args);
        Assert.Equal(1, cli.Exit);
        Assert.Equal(cli.Out, body);
        var lines = body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToArray();
        Assert.Equal(new[] { 1, 3, 4 }, lines.Select(l => (int)l["line"]!));
        Assert.NotNull(lines[1]["errors"]);
    }

    [Fact]
    public async Task Ndjson_PlanInHtml_Is400()
    {
        var response = await Client.PostAsync("/v1/plan?asOf=2020-11-01&format=html", Ndjson(Documents.Plan));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("format", EndpointTests.Errors(await response.Content.ReadAsStringAsync()).Single().GetProperty("path").GetString());
    }

    [Fact]
    public async Task UnknownPath_Is404WithTheErrorDocument()
    {
        var response = await Client.GetAsync("/v2/nothing");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(new[] { "not-found" }, EndpointTests.Codes(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task WrongMethod_Is405WithTheErrorDocument()
    {
        var response = await Client.GetAsync("/v1/evaluate");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(new[] { "method-not-allowed" }, EndpointTests.Codes(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task OtherMediaType_Is415WithTheErrorDocument()
    {
        var response = await Client.PostAsync("/v1/evaluate", new StringContent(Documents.Julia, Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(new[] { "unsupported-media-type" }, EndpointTests.Codes(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task NoMediaType_IsReadAsJson()
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Documents.Julia));
        var response = await Client.PostAsync("/v1/evaluate", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task BodyOverTheLimit_WithContentLength_Is413TooLarge()
    {
        using var factory = new ServiceFactory(maxRequestBodyBytes: 1024);
        using var client = factory.CreateClient();
        var response = await client.PostAsync("/v1/evaluate", EndpointTests.Json(Documents.Julia.PadRight(2048)));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(new[] { "too-large" }, EndpointTests.Codes(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task BodyOverTheLimit_Chunked_Is413TooLarge()
    {
        using var factory = new ServiceFactory(maxRequestBodyBytes: 1024);
        using var client = factory.CreateClient();
        var response = await PostChunked(client, "/v1/evaluate", Chunked(Documents.Julia.PadRight(4096), "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(new[] { "too-large" }, EndpointTests.Codes(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task BodyOverTheLimit_Chunked_Ndjson_AnswersOneTooLargeLine_WhenNoLineFitsWithinIt()
    {
        using var factory = new ServiceFactory(maxRequestBodyBytes: 16);
        using var client = factory.CreateClient();
        var response = await PostChunked(client, "/v1/evaluate", Chunked(Documents.Julia, "application/x-ndjson"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var line = JsonNode.Parse((await response.Content.ReadAsStringAsync()).Trim())!;
        Assert.Equal((1, "too-large"), ((int)line["line"]!, (string?)line["errors"]![0]!["code"]));
    }

    [Fact]
    public async Task BodyOverTheLimit_WithContentLength_Ndjson_Is413BeforeAnyLine()
    {
        using var factory = new ServiceFactory(maxRequestBodyBytes: 16);
        using var client = factory.CreateClient();
        var response = await client.PostAsync("/v1/evaluate", Ndjson(Documents.Julia));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(new[] { "too-large" }, EndpointTests.Codes(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task BodyOverTheLimit_Chunked_Json_Is413TooLarge_WhateverItsSize()
    {
        using var factory = new ServiceFactory(maxRequestBodyBytes: 1024);
        using var client = factory.CreateClient();
        var response = await PostChunked(client, "/v1/evaluate", Chunked(Documents.Julia.PadRight(100_000), "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(new[] { "too-large" }, EndpointTests.Codes(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task BodyAtTheLimit_IsAnswered()
    {
        byte[] body = Encoding.UTF8.GetBytes(Documents.Julia);
        using var factory = new ServiceFactory(maxRequestBodyBytes: body.Length);
        using var client = factory.CreateClient();
        var response = await client.PostAsync("/v1/evaluate", new ByteArrayContent(body));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ChunkedBatchOverTheLimit_AnswersTheLinesWithinIt_ThenOneTooLargeLine()
    {
        string line = Documents.Julia + "\n";
        using var factory = new ServiceFactory(maxRequestBodyBytes: Encoding.UTF8.GetByteCount(line) * 2 + 10);
        using var client = factory.CreateClient();
        var response = await PostChunked(client, "/v1/evaluate", Chunked(line + line + line + line, "application/x-ndjson"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToArray();
        Assert.Equal(new[] { 1, 2, 3 }, lines.Select(l => (int)l["line"]!));
        Assert.Equal("england-lscb-2006", (string?)lines[1]["regime"]);
        Assert.Equal("too-large", (string?)lines[2]["errors"]![0]!["code"]);
    }

    [Fact]
    public async Task AnUnexpectedFailure_Is500WithTheErrorDocument_AndNoStackTrace()
    {
        // A broken dependency makes the handler throw inside the pipeline, as any unforeseen fault would.
        using var factory = new ServiceFactory(maxRequestBodyBytes: null).WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<ServiceSettings>(_ => throw new InvalidOperationException("broken on purpose"))));
        using var client = factory.CreateClient();
        var response = await client.PostAsync("/v1/evaluate", EndpointTests.Json(Documents.Julia));
        string body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(new[] { "internal-error" }, EndpointTests.Codes(body));
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("broken on purpose", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_DescribesEveryPath()
    {
        using var document = JsonDocument.Parse(await Client.GetStringAsync("/openapi/v1.json"));
        var paths = document.RootElement.GetProperty("paths");
        foreach (var (path, method) in new[]
        {
            ("/healthz", "get"), ("/v1/evaluate", "post"), ("/v1/review", "post"), ("/v1/plan", "post"),
            ("/v1/holidays/{region}/{year}", "get"), ("/v1/deadline", "get"), ("/v1/lifecycles/{kind}", "get"), ("/v1/schemas/{document}", "get"),
        })
        {
            Assert.True(paths.TryGetProperty(path, out var item), path + " is missing");
            Assert.True(item.TryGetProperty(method, out _), path + " " + method + " is missing");
        }

        var planParameters = paths.GetProperty("/v1/plan").GetProperty("post").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString());
        Assert.Equal(new[] { "asOf", "compareTo", "format" }, planParameters.OrderBy(n => n, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("/v1/evaluate", "case-facts")]
    [InlineData("/v1/review", "review-record")]
    [InlineData("/v1/plan", "action-plan")]
    public async Task OpenApi_RequestBodySchemas_AreThePackagesJsonSchemas(string path, string schemaName)
    {
        var openApi = JsonNode.Parse(await Client.GetStringAsync("/openapi/v1.json"))!;
        var content = openApi["paths"]![path]!["post"]!["requestBody"]!["content"]!;
        var shipped = JsonNode.Parse(DocumentSchemas.Get(schemaName))!;
        foreach (string mediaType in new[] { "application/json", "application/x-ndjson" })
        {
            string reference = (string)content[mediaType]!["schema"]!["$ref"]!;
            Assert.Equal("#/components/schemas/" + schemaName, reference);
        }

        var described = openApi["components"]!["schemas"]![schemaName]!;
        Assert.True(JsonNode.DeepEquals(Normalise(shipped), Normalise(described)), "the OpenAPI schema of " + schemaName + " differs from the shipped JSON Schema:\n" + described.ToJsonString());
    }

    [Fact]
    public async Task Logs_CarryNeitherCaseFactsNorFreeText()
    {
        const string FreeText = "Confidential note about the family";
        string plan = Documents.Plan.Replace("done", FreeText, StringComparison.Ordinal);
        await Client.PostAsync("/v1/plan?asOf=2020-11-01", EndpointTests.Json(plan));
        await Client.PostAsync("/v1/evaluate", EndpointTests.Json(Documents.BadFacts));
        await Client.PostAsync("/v1/evaluate", Ndjson(Documents.Julia + "\n" + Documents.WelshAdult));
        string logs = string.Join("\n", service.Logs);

        Assert.Contains("POST /v1/plan answered 200", logs, StringComparison.Ordinal);
        Assert.Contains("batch of 2 documents, 0 failed", logs, StringComparison.Ordinal);
        foreach (string secret in new[] { FreeText, "training date set", "seriously-harmed", "suspected", "2013-05-01", "harmm", "2020-11-01" })
        {
            Assert.DoesNotContain(secret, logs, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// A schema as a set of keywords: the OpenAPI writer may order a property's keywords, or the members of a type
    /// list, differently; what each keyword says must not change.
    /// </summary>
    private static JsonNode? Normalise(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair(p.Key, p.Key == "type" && p.Value is JsonArray types
                ? new JsonArray(types.Select(t => (JsonNode?)JsonValue.Create((string?)t)).OrderBy(t => (string?)t, StringComparer.Ordinal).ToArray())
                : p.Key == "required" && p.Value is JsonArray required
                    ? new JsonArray(required.Select(t => (JsonNode?)JsonValue.Create((string?)t)).OrderBy(t => (string?)t, StringComparer.Ordinal).ToArray())
                    : Normalise(p.Value)))),
        JsonArray a => new JsonArray(a.Select(Normalise).ToArray()),
        null => null,
        _ => JsonNode.Parse(node.ToJsonString()),
    };

    private static System.Collections.Generic.KeyValuePair<string, JsonNode?> KeyValuePair(string key, JsonNode? value) => new(key, value);

    private static Task<HttpResponseMessage> PostChunked(HttpClient client, string path, HttpContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.TransferEncodingChunked = true;
        return client.SendAsync(request);
    }

    /// <summary>A body sent without a Content-Length (chunked), so only the service's own counting can find it too large.</summary>
    private static StreamContent Chunked(string body, string mediaType)
    {
        var content = new StreamContent(new UnseekableStream(Encoding.UTF8.GetBytes(body)));
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return content;
    }

    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }

    private static StringContent Ndjson(string body) => new(body, Encoding.UTF8, "application/x-ndjson");
}
