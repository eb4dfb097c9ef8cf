using System.IO;
using System.Text.Json;

namespace Safeguarding.Cli.Tests;

/// <summary>Defects a newcomer met on a first try of the tool (issue 13), each pinned to the answer the user should see.</summary>
public sealed class NewcomerDefectTests
{
    [Theory]
    [InlineData("england")]
    [InlineData("wales")]
    public void Holidays_NationName_IsTheEnglandAndWalesCalendar(string nation)
    {
        var alias = CliRunner.Run("holidays", "--region", nation, "--year", "2023", "--format", "json");
        var full = CliRunner.Run("holidays", "--region", "england-and-wales", "--year", "2023", "--format", "json");
        Assert.Equal(0, alias.Exit);
        Assert.Equal(full.Out, alias.Out);
    }

    [Fact]
    public void Deadline_WalesRegion_CountsEnglandAndWalesWorkingDays()
    {
        // 14 Sep 2022 + 5 working days skips the state funeral (Mon 19 Sep) of the England and Wales calendar.
        var result = CliRunner.Run("deadline", "--from", "2022-09-14", "--working-days", "5", "--region", "wales", "--format", "json");
        Assert.Equal(0, result.Exit);
        using var document = JsonDocument.Parse(result.Out);
        Assert.Equal("2022-09-22", document.RootElement.GetProperty("deadline").GetString());
    }

    [Fact]
    public void Holidays_UnknownRegion_SaysWhichNamesAreAccepted()
    {
        var result = CliRunner.Run("holidays", "--region", "cymru", "--year", "2023");
        Assert.Equal(1, result.Exit);
        Assert.Contains("error: --region: invalid-enum: Unknown region. Expected one of: england-and-wales, scotland, northern-ireland (england and wales are accepted as names of england-and-wales).", result.Err);
    }

    [Fact]
    public void JsonOutput_KeepsApostrophesReadable()
    {
        var result = CliRunner.Run("holidays", "--region", "england-and-wales", "--year", "2023", "--format", "json");
        Assert.Contains("\"name\": \"New Year's Day", result.Out);
        Assert.DoesNotContain("\\u0027", result.Out);
        using var document = JsonDocument.Parse(result.Out); // still valid JSON
        Assert.Equal(JsonValueKind.Array, document.RootElement.ValueKind);
    }

    [Fact]
    public void Deadline_JsonRule_KeepsApostrophesReadable()
    {
        var result = CliRunner.Run("deadline", "--from", "2022-09-14", "--working-days", "5", "--format", "json");
        Assert.DoesNotContain("\\u0027", result.Out);
        Assert.Contains("region's bank holidays", result.Out);
    }

    [Fact]
    public void Evaluate_Directory_IsAUsageErrorNamingThePath()
    {
        string dir = Path.Combine(Path.GetTempPath(), "safeguarding-dir-" + System.Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var result = CliRunner.Run("evaluate", dir);
            Assert.Equal(2, result.Exit);
            Assert.Equal(string.Empty, result.Out);
            Assert.Contains("'" + dir + "' is a directory, not a file", result.Err);
            Assert.DoesNotContain("UnauthorizedAccessException", result.Err);
            Assert.False(result.HasStackTrace);

            var json = CliRunner.Run("evaluate", dir, "--format", "json");
            Assert.Equal(2, json.Exit);
            using var document = JsonDocument.Parse(json.Out);
            Assert.Equal("usage", document.RootElement.GetProperty("errors")[0].GetProperty("code").GetString());
        }
        finally
        {
            Directory.Delete(dir);
        }
    }

    [Fact]
    public void Evaluate_MissingFile_SaysItDoesNotExist()
    {
        string path = Path.Combine(Path.GetTempPath(), "no-such-" + System.Guid.NewGuid().ToString("N") + ".json");
        var result = CliRunner.Run("evaluate", path);
        Assert.Equal(2, result.Exit);
        Assert.Contains("cannot read the input file '" + path + "': it does not exist.", result.Err);
    }

    [Fact]
    public void Review_RefusedEvent_IsNumberedFromOneInTheTextAndFromZeroInJson()
    {
        const string record = """
            { "kind": "serious-case-review", "jurisdiction": "england", "events": [
              { "type": "incident-known", "date": "2013-01-07" },
              { "type": "published", "date": "2013-01-10" } ] }
            """;
        var text = CliRunner.RunWithInput(record, "review", "-", "--as-of", "2014-01-01");
        Assert.Equal(0, text.Exit);
        Assert.Contains("INVALID: the 2nd event (published 2013-01-10) is refused", text.Out);

        var json = CliRunner.RunWithInput(record, "review", "-", "--as-of", "2014-01-01", "--format", "json");
        using var document = JsonDocument.Parse(json.Out);
        Assert.Equal(1, document.RootElement.GetProperty("rejected").GetProperty("index").GetInt32());
    }
}
