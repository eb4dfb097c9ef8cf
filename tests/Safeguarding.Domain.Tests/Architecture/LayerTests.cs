using System;
using System.Linq;
using System.Reflection;
using Safeguarding.Domain.Citations;
using Safeguarding.Domain.Serialization;

namespace Safeguarding.Domain.Tests.Architecture;

/// <summary>
/// The cut between the rules model (Safeguarding.Domain) and its wire layer (Safeguarding.Domain.Wire): the model reads
/// and writes no document format, and references no serializer; the wire layer depends on the model, never the reverse.
/// </summary>
public sealed class LayerTests
{
    private static readonly Assembly Model = typeof(Citation).Assembly;
    private static readonly Assembly Wire = typeof(ErrorDocument).Assembly;

    private static readonly string[] RendererNames = { "ToJson", "ToText", "ToHtml", "ToMarkdown", "ToMermaid", "ToDot", "WriteTo" };

    [Fact]
    public void Model_ReferencesNoSerializerAndNotTheWireLayer()
    {
        var referenced = Model.GetReferencedAssemblies().Select(a => a.Name).ToList();

        Assert.DoesNotContain("System.Text.Json", referenced);
        Assert.DoesNotContain("NodaTime.Serialization.SystemTextJson", referenced);
        Assert.DoesNotContain(Wire.GetName().Name, referenced);
        Assert.Contains(Model.GetName().Name, Wire.GetReferencedAssemblies().Select(a => a.Name));
    }

    [Fact]
    public void Model_HasNoReaderOrRendererMembers()
    {
        const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var renderers = Model.GetTypes()
            .Where(t => !t.Name.StartsWith('<'))
            .SelectMany(t => t.GetMethods(All).Select(m => (Type: t, Method: m)))
            .Where(x => RendererNames.Contains(x.Method.Name, StringComparer.Ordinal))
            .Select(x => x.Type.FullName + "." + x.Method.Name)
            .Distinct()
            .ToList();

        Assert.Empty(renderers);
    }

    [Fact]
    public void Model_HasNoTypeInTheWireLayersNamespaces()
    {
        Assert.DoesNotContain(Model.GetTypes(), t => t.Name.Contains("Json", StringComparison.Ordinal) || t.Name.Contains("Html", StringComparison.Ordinal));
        Assert.Contains(Wire.GetTypes(), t => t.Name == "ScrutinyReportHtml");
    }
}
