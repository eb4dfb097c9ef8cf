using System.Linq;

namespace Safeguarding.Service.Tests;

/// <summary>The rules model stays apart from the doors: it references neither ASP.NET Core nor the service.</summary>
public sealed class LayeringTests
{
    [Fact]
    public void RulesModel_ReferencesNeitherAspNetCoreNorTheService()
    {
        var references = typeof(Safeguarding.Domain.Criteria.CaseFacts).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToArray();
        Assert.NotEmpty(references);
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.AspNetCore", System.StringComparison.Ordinal)
            || name.StartsWith("Microsoft.Extensions.Hosting", System.StringComparison.Ordinal)
            || name == "Safeguarding.Service");
    }

    [Fact]
    public void Service_CallsTheRulesModel()
    {
        var references = typeof(Safeguarding.Service.Http.ServiceSettings).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToArray();
        Assert.Contains("Safeguarding.Domain", references);
        Assert.Contains("Microsoft.AspNetCore.OpenApi", references);
    }
}
