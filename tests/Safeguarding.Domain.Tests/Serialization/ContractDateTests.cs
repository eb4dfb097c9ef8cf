using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;
using Safeguarding.Domain.Serialization;

namespace Safeguarding.Domain.Tests.Serialization;

/// <summary>The one date rule shared by the documents' readers and the CLI's date options.</summary>
public sealed class ContractDateTests
{
    [Theory]
    [InlineData("1900-01-01", 1900, 1, 1)]
    [InlineData("2199-12-31", 2199, 12, 31)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    public void TryParse_ADayInRange_IsThatDay(string text, int year, int month, int day)
    {
        Assert.True(ContractDate.TryParse(text, "--as-of", out var date, out var error));
        Assert.Equal(new LocalDate(year, month, day), date);
        Assert.Null(error);
    }

    [Theory]
    [InlineData(null, "invalid-date", "Expected a date as YYYY-MM-DD.")]
    [InlineData("", "invalid-date", "Expected a date as YYYY-MM-DD.")]
    [InlineData("2019-2-3", "invalid-date", "Expected a date as YYYY-MM-DD.")]
    [InlineData("2019-02-030", "invalid-date", "Expected a date as YYYY-MM-DD.")]
    [InlineData("2019-02-30", "invalid-date", "Expected a real calendar date as YYYY-MM-DD.")]
    [InlineData("2023-02-29", "invalid-date", "Expected a real calendar date as YYYY-MM-DD.")]
    [InlineData("20190-2-03", "invalid-date", "Expected a real calendar date as YYYY-MM-DD.")]
    [InlineData("1899-12-31", "date-out-of-range", "Dates must be between 1900-01-01 and 2199-12-31.")]
    [InlineData("2200-01-01", "date-out-of-range", "Dates must be between 1900-01-01 and 2199-12-31.")]
    [InlineData("0000-01-01", "date-out-of-range", "Dates must be between 1900-01-01 and 2199-12-31.")]
    public void TryParse_NotADocumentDate_IsOneErrorAtThePath(string? text, string code, string message)
    {
        Assert.False(ContractDate.TryParse(text, "$.asOf", out var date, out var error));
        Assert.Equal(default, date);
        Assert.Equal(new Issue("$.asOf", code, message), error);
    }

    [Fact]
    public void TryParse_NeverRepeatsTheText()
    {
        Assert.False(ContractDate.TryParse("ZQX-PLANT", "--from", out _, out var error));
        Assert.DoesNotContain("ZQX", error!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_WithoutAPath_IsRefused()
    {
        Assert.Throws<ArgumentNullException>(() => ContractDate.TryParse("2020-01-01", null!, out _, out _));
        Assert.Throws<ArgumentException>(() => ContractDate.TryParse("2020-01-01", " ", out _, out _));
    }

    [Fact]
    public void Range_IsThe1900To2199OfTheContract()
    {
        Assert.Equal(new LocalDate(1900, 1, 1), ContractDate.Earliest);
        Assert.Equal(new LocalDate(2199, 12, 31), ContractDate.Latest);
        Assert.True(ContractDate.IsInRange(ContractDate.Earliest));
        Assert.True(ContractDate.IsInRange(ContractDate.Latest));
        Assert.False(ContractDate.IsInRange(ContractDate.Earliest.PlusDays(-1)));
        Assert.False(ContractDate.IsInRange(ContractDate.Latest.PlusDays(1)));
    }

    /// <summary>Law: a date is read back from its ISO text exactly when it lies in the range, and then as itself.</summary>
    [Property(MaxTest = 500)]
    public Property TryParse_OfAnIsoDate_IsTheDateExactlyWhenInRange() =>
        Prop.ForAll(Gen.Choose(0, 9999).SelectMany(y => Gen.Choose(1, 12), (y, m) => (y, m))
            .SelectMany(ym => Gen.Choose(1, 28), (ym, d) => new LocalDate(ym.y, ym.m, d)).ToArbitrary(), date =>
        {
            bool read = ContractDate.TryParse(LocalDatePattern.Iso.Format(date), "$.date", out var back, out var error);
            bool inRange = date >= ContractDate.Earliest && date <= ContractDate.Latest;
            return read == inRange && (read ? back == date && error is null : error!.Code == "date-out-of-range");
        });
}
