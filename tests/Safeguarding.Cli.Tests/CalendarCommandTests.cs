using System.Linq;
using System.Text.Json;

namespace Safeguarding.Cli.Tests;

public sealed class CalendarCommandTests
{
    [Fact]
    public void Holidays_Json_IsTheContractArrayInDateOrder()
    {
        var result = CliRunner.Run("holidays", "--region", "england-and-wales", "--year", "2022", "--format", "json");
        Assert.Equal(0, result.Exit);
        using var document = JsonDocument.Parse(result.Out);
        var dates = document.RootElement.EnumerateArray().Select(e => e.GetProperty("date").GetString()).ToArray();
        Assert.Equal(new[] { "2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27" }, dates);
        Assert.All(document.RootElement.EnumerateArray(), e => Assert.False(string.IsNullOrEmpty(e.GetProperty("name").GetString())));
    }

    [Fact]
    public void Holidays_Text_MarksUnannouncedYearsProvisional()
    {
        var result = CliRunner.Run("holidays", "--region", "scotland", "--year", "2031");
        Assert.Equal(0, result.Exit);
        Assert.Contains("provisional", result.Out);
        Assert.Contains("St Andrew's Day", result.Out);
    }

    [Theory]
    [InlineData("--region", "cymru", "--year", "2022", "--region", "invalid-enum")]
    [InlineData("--region", "scotland", "--year", "1999", "--year", "year-out-of-range")]
    [InlineData("--region", "scotland", "--year", "twenty", "--year", "invalid-number")]
    public void Holidays_BadValue_IsInputErrorWithPathAndCode(string o1, string v1, string o2, string v2, string path, string code)
    {
        var result = CliRunner.Run("holidays", o1, v1, o2, v2, "--format", "json");
        Assert.Equal(1, result.Exit);
        using var document = JsonDocument.Parse(result.Out);
        var error = document.RootElement.GetProperty("errors")[0];
        Assert.Equal(path, error.GetProperty("path").GetString());
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.False(result.HasStackTrace);
    }

    [Fact]
    public void Holidays_MissingOption_IsUsageError()
    {
        var result = CliRunner.Run("holidays", "--region", "scotland");
        Assert.Equal(2, result.Exit);
        Assert.Equal(string.Empty, result.Out);
        Assert.Contains("--year", result.Err);
    }

    [Theory]
    [InlineData("--working-days", "5", "england-and-wales", "2022-09-14", "2022-09-22")]
    [InlineData("--working-days", "15", "england-and-wales", "2022-09-14", "2022-10-06")]
    [InlineData("--working-days", "1", "scotland", "2024-03-28", "2024-04-01")]
    [InlineData("--months", "6", "england-and-wales", "2019-08-31", "2020-02-29")]
    [InlineData("--months", "1", "england-and-wales", "2013-01-10", "2013-02-10")]
    [InlineData("--days", "-7", "england-and-wales", "2014-12-15", "2014-12-08")]
    public void Deadline_Json_FollowsTheContractSemantics(string unit, string n, string region, string from, string expected)
    {
        var result = CliRunner.Run("deadline", "--from", from, unit, n, "--region", region, "--format", "json");
        Assert.Equal(0, result.Exit);
        using var document = JsonDocument.Parse(result.Out);
        Assert.Equal(from, document.RootElement.GetProperty("from").GetString());
        Assert.Equal(expected, document.RootElement.GetProperty("deadline").GetString());
        Assert.False(string.IsNullOrEmpty(document.RootElement.GetProperty("rule").GetString()));
    }

    [Fact]
    public void Deadline_DefaultRegion_IsEnglandAndWales()
    {
        var result = CliRunner.Run("deadline", "--from", "2022-09-14", "--working-days", "5");
        Assert.Equal(0, result.Exit);
        Assert.StartsWith("2022-09-22", result.Out);
        Assert.Contains("england-and-wales", result.Out);
    }

    [Theory]
    [InlineData("2019-02-30", "--from", "invalid-date")]
    [InlineData("2019-2-3", "--from", "invalid-date")]
    [InlineData("2200-01-01", "--from", "date-out-of-range")]
    [InlineData("1899-12-31", "--from", "date-out-of-range")]
    public void Deadline_BadDate_IsInputError(string from, string path, string code)
    {
        var result = CliRunner.Run("deadline", "--from", from, "--days", "3", "--format", "json");
        Assert.Equal(1, result.Exit);
        using var document = JsonDocument.Parse(result.Out);
        Assert.Equal(path, document.RootElement.GetProperty("errors")[0].GetProperty("path").GetString());
        Assert.Equal(code, document.RootElement.GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public void Deadline_OutsideTheCalendars_IsInputErrorNotACrash()
    {
        var result = CliRunner.Run("deadline", "--from", "2099-12-30", "--working-days", "10");
        Assert.Equal(1, result.Exit);
        Assert.Contains("date-out-of-range", result.Err);
        Assert.False(result.HasStackTrace);
    }

    [Theory]
    [InlineData("deadline", "--from", "2022-01-01")]
    [InlineData("deadline", "--from", "2022-01-01", "--days", "1", "--months", "1")]
    public void Deadline_NotExactlyOneLength_IsUsageError(params string[] args)
    {
        var result = CliRunner.Run(args);
        Assert.Equal(2, result.Exit);
        Assert.Contains("exactly one", result.Err);
    }

    [Fact]
    public void Deadline_IntoAnUnannouncedYear_SaysProvisional()
    {
        var result = CliRunner.Run("deadline", "--from", "2028-12-20", "--working-days", "10", "--format", "json");
        using var document = JsonDocument.Parse(result.Out);
        Assert.True(document.RootElement.GetProperty("provisional").GetBoolean());
        Assert.Equal("2029-01-08", document.RootElement.GetProperty("deadline").GetString());
    }
}
