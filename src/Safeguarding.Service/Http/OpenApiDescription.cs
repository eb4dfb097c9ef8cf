using System.Net.Http;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace Safeguarding.Service.Http;

/// <summary>
/// Completes the generated OpenAPI document: the request bodies of the POST paths are the package's own JSON
/// Schemas (<see cref="DocumentSchemas"/>, shipped in the package), placed under <c>components/schemas</c> by their
/// document names and referenced from each body, and every error answer is the contract's error document.
/// </summary>
internal static class OpenApiDescription
{
    public const string ErrorDocumentSchemaName = "error-document";

    private const string ErrorDocumentSchema = """
        {
          "type": "object",
          "description": "The contract's error document: every error names the JSON path (or parameter) it concerns and a stable code.",
          "required": ["errors"],
          "properties": {
            "errors": {
              "type": "array",
              "items": {
                "type": "object",
                "required": ["path", "code", "message"],
                "properties": {
                  "path": { "type": "string" },
                  "code": { "type": "string" },
                  "message": { "type": "string" }
                }
              }
            },
            "line": { "type": "integer", "description": "In a batch answer: the 1-based line of the input." }
          }
        }
        """;

    public static void Configure(OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_1;
        options.AddDocumentTransformer(Transform);
    }

    private static Task Transform(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Safeguarding.Domain HTTP service";
        document.Info.Description = "The JSON contract of the `safeguarding` command over HTTP: the same documents and error codes. "
            + "No authentication: run it on loopback, or inside a council's network behind its gateway.";
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        foreach (string name in DocumentSchemas.Names)
        {
            document.Components.Schemas[name] = Read(DocumentSchemas.Get(name), document);
        }

        document.Components.Schemas[ErrorDocumentSchemaName] = Read(ErrorDocumentSchema, document);
        foreach (var (path, name) in Endpoints.DocumentPaths)
        {
            if (document.Paths.TryGetValue(path, out var item) && item.Operations is { } operations && operations.TryGetValue(HttpMethod.Post, out var operation))
            {
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Description = "One document (application/json), or a batch of them, one a line (application/x-ndjson).",
                    Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
                    {
                        ["application/json"] = new() { Schema = new OpenApiSchemaReference(name, document) },
                        [Endpoints.NdjsonContentType] = new() { Schema = new OpenApiSchemaReference(name, document) },
                    },
                };
            }
        }

        foreach (var item in document.Paths.Values)
        {
            foreach (var operation in item.Operations?.Values ?? (IEnumerable<OpenApiOperation>)Array.Empty<OpenApiOperation>())
            {
                operation.Responses ??= new OpenApiResponses();
                foreach (string status in new[] { "400", "404", "405", "413", "415", "500" })
                {
                    operation.Responses[status] = new OpenApiResponse
                    {
                        Description = "The error document.",
                        Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
                        {
                            ["application/json"] = new() { Schema = new OpenApiSchemaReference(ErrorDocumentSchemaName, document) },
                        },
                    };
                }
            }
        }

        return Task.CompletedTask;
    }

    private static OpenApiSchema Read(string json, OpenApiDocument document)
    {
        var node = JsonNode.Parse(json) ?? throw new InvalidOperationException("A schema is a JSON object.");
        var schema = new OpenApiJsonReader().ReadFragment<OpenApiSchema>(node, OpenApiSpecVersion.OpenApi3_1, document, out _);
        return schema ?? throw new InvalidOperationException("A shipped JSON Schema could not be read as an OpenAPI schema.");
    }
}
