using System.Reflection;
using System.Runtime.Versioning;
using Safeguarding.Domain.Citations;

namespace Safeguarding.Domain.Tests;

/// <summary>Which build of the library this test run loaded: the run must be testing what it says.</summary>
public sealed class LibraryBuildTests
{
    [Fact]
    public void LoadedAssembly_TargetsTheFrameworkTheRunAskedFor()
    {
        string expected = System.AppContext.GetData("Safeguarding.LibraryTargetFramework") as string ?? "net10.0";
        var attribute = typeof(Citation).Assembly.GetCustomAttribute<TargetFrameworkAttribute>();
        Assert.NotNull(attribute);
        string moniker = expected == "netstandard2.0" ? ".NETStandard,Version=v2.0" : ".NETCoreApp,Version=v10.0";
        Assert.Equal(moniker, attribute!.FrameworkName);
    }
}
