using System.Text.Json;
using Safeguarding.Domain.Serialization;

namespace Safeguarding.Cli.Tests;

public sealed class SchemaCommandTests
{
    [Theory]
    [InlineData("case-facts", "decisionDate")]
    [InlineData("action-plan", "reportingCycle")]
    [InlineData("review-record", "events")]
    [InlineData("local-policy", "escalation")]
    public void Schema_EveryDocument_PrintsItsSchemaAsShippedInTheLibrary(string document, string property)
    {
        var result = CliRunner.Run("schema", document);

        Assert.Equal(0, result.Exit);
        Assert.Equal(string.Empty, result.Err);
        Assert.Equal(DocumentSchemas.Get(document), result.Out);
        using var doc = JsonDocument.Parse(result.Out);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", doc.RootElement.GetProperty("$schema").GetString());
        Assert.False(doc.RootElement.GetProperty("additionalProperties").GetBoolean());
        Assert.True(doc.RootElement.GetProperty("properties").TryGetProperty(property, out _));
    }

    [Fact]
    public void Schema_UnknownDocument_IsAUsageErrorListingTheNames()
    {
        var result = CliRunner.Run("schema", "case-fact");

        Assert.Equal(2, result.Exit);
        Assert.Equal(string.Empty, result.Out);
        Assert.Contains("error: usage: unknown document 'case-fact'; expected one of: case-facts, action-plan, review-record, local-policy, register.", result.Err);
        Assert.False(result.HasStackTrace);
    }

    [Fact]
    public void Schema_NoDocument_IsAUsageError()
    {
        var result = CliRunner.Run("schema");

        Assert.Equal(2, result.Exit);
        Assert.Equal(string.Empty, result.Out);
        Assert.False(result.HasStackTrace);
    }
}
