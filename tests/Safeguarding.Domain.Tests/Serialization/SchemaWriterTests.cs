using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using Safeguarding.Domain.Criteria;
using Safeguarding.Domain.Serialization;
using Xunit;

namespace Safeguarding.Domain.Tests.Serialization;

/// <summary>
/// The shipped schemas are the output of <see cref="SchemaWriter"/>. To regenerate them after changing a description or a
/// fact declaration: <c>SAFEGUARDING_WRITE_SCHEMAS=1 dotnet test tests/Safeguarding.Domain.Tests --filter SchemaWriterTests</c>.
/// </summary>
public sealed class SchemaWriterTests
{
    public static TheoryData<string> Documents() => new(DocumentSchemas.Names);

    [Theory]
    [MemberData(nameof(Documents))]
    public void Write_EqualsTheShippedSchema(string document)
    {
        string generated = SchemaWriter.Write(document)!;
        if (Environment.GetEnvironmentVariable("SAFEGUARDING_WRITE_SCHEMAS") == "1")
        {
            File.WriteAllText(SourcePath(document), generated);
        }

        Assert.Equal(DocumentSchemas.Get(document), generated);
    }

    [Fact]
    public void Write_UnknownDocument_IsNull() => Assert.Null(SchemaWriter.Write("case-fact"));

    [Fact]
    public void CaseFactsSchema_HasOnePropertyPerDeclaredFact_InDeclarationOrder()
    {
        var properties = (SchemaNode)SchemaWriter.CaseFacts().Get("properties")!;
        var names = properties.Keywords.Select(k => k.Key).ToList();
        Assert.Equal(FactDeclarations.All.Select(f => f.WireName), names.Skip(3).Take(FactSet.Count));
        Assert.Equal(new[] { "jurisdiction", "subject", "decisionDate" }, names.Take(3));
        Assert.Equal(new[] { "awareOn", "notifiedOn", "englandTransition", "rapidReviewClockStart" }, names.Skip(3 + FactSet.Count));
    }

    private static string SourcePath(string document, [CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "src", "Safeguarding.Domain.Wire", "Serialization", "Schemas",
            document + ".schema.json");
}
