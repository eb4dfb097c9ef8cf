using System.Text.Json;

namespace Safeguarding.Cli.Tests;

public sealed class ShellTests
{
    [Fact]
    public void Help_ListsTheCommandsAndExitsZero()
    {
        var result = CliRunner.Run("--help");
        Assert.Equal(0, result.Exit);
        Assert.Contains("demo", result.Out);
        Assert.Equal(string.Empty, result.Err);
    }

    [Fact]
    public void Version_PrintsTheAssemblyVersion()
    {
        var result = CliRunner.Run("--version");
        Assert.Equal(0, result.Exit);
        Assert.StartsWith("0.1.0", result.Out.Trim());
    }

    [Fact]
    public void UnknownCommand_IsAUsageErrorWithExitTwoAndNoStackTrace()
    {
        var result = CliRunner.Run("frobnicate");
        Assert.Equal(2, result.Exit);
        Assert.Equal(string.Empty, result.Out);
        Assert.Contains("error: usage:", result.Err);
        Assert.False(result.HasStackTrace);
    }

    [Fact]
    public void UnknownOption_WithJsonFormat_PrintsTheErrorDocument()
    {
        var result = CliRunner.Run("demo", "--no-such-option", "--format", "json");
        Assert.Equal(2, result.Exit);
        using var document = JsonDocument.Parse(result.Out);
        var error = document.RootElement.GetProperty("errors")[0];
        Assert.Equal("$", error.GetProperty("path").GetString());
        Assert.Equal("usage", error.GetProperty("code").GetString());
    }

    [Fact]
    public void Demo_ExitsZeroAndSaysItsAnswersAreComputed()
    {
        var result = CliRunner.Run("demo");
        Assert.Equal(0, result.Exit);
        Assert.StartsWith("Safeguarding.Domain demo", result.Out);
        Assert.Equal(string.Empty, result.Err);
    }
}
