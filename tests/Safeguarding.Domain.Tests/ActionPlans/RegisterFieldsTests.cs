using System;
using System.Linq;
using System.Text;
using NodaTime;
using Safeguarding.Domain.ActionPlans;

namespace Safeguarding.Domain.Tests.ActionPlans;

/// <summary>The action plan's properties for the partnership register: finding themes, and recommendations' addressee, sending and response.</summary>
public sealed class RegisterFieldsTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static string Plan(string findings, string recommendations) =>
        "{ \"review\": \"Example\", \"findings\": [" + findings + "], \"recommendations\": [" + recommendations + "] }";

    [Fact]
    public void Read_ThemesAddresseeAndDates_RoundTrip()
    {
        var read = ActionPlanDocument.Read(Encoding.UTF8.GetBytes(Plan(
            "{ \"id\": \"F1\", \"themes\": [\"information-sharing\", \"neglect\"] }",
            "{ \"id\": \"R1\", \"findings\": [\"F1\"], \"addressee\": { \"level\": \"national\", \"body\": \"Department for Education\" }, \"sentOn\": \"2024-02-01\", \"respondedOn\": \"2024-05-01\" }")));
        Assert.True(read.Success);
        var plan = read.Value;
        Assert.Equal(new[] { "information-sharing", "neglect" }, plan.Findings[0].Themes);
        var r = plan.Recommendations[0];
        Assert.Equal((AddresseeLevel.National, "Department for Education"), (r.Addressee!.Level, r.Addressee.Body));
        Assert.Equal((D(2024, 2, 1), D(2024, 5, 1)), (r.SentOn!.Value, r.RespondedOn!.Value));
        Assert.Equal(plan, ActionPlanDocument.Read(Encoding.UTF8.GetBytes(ActionPlanDocument.Write(plan))).Value);
        Assert.Equal("national addressee", r.Addressee.ToString());
    }

    [Theory]
    [InlineData("\"respondedOn\": \"2024-05-01\"", "$.recommendations[0].respondedOn response-without-sending")]
    [InlineData("\"sentOn\": \"2024-05-02\", \"respondedOn\": \"2024-05-01\"", "$.recommendations[0].respondedOn responded-before-sent")]
    [InlineData("\"addressee\": { \"level\": \"county\", \"body\": \"x\" }", "$.recommendations[0].addressee.level invalid-enum")]
    [InlineData("\"addressee\": { \"level\": \"local\" }", "$.recommendations[0].addressee.body missing-property")]
    [InlineData("\"addressee\": { \"level\": \"local\", \"body\": \"x\", \"email\": \"y\" }", "$.recommendations[0].addressee.email unknown-property")]
    public void Read_BadRecommendationFields_AreErrorsWithPaths(string fields, string expected)
    {
        var read = ActionPlanDocument.Read(Encoding.UTF8.GetBytes(Plan("{ \"id\": \"F1\" }", "{ \"id\": \"R1\", \"findings\": [\"F1\"], " + fields + " }")));
        Assert.False(read.Success);
        Assert.Equal(expected, string.Join(" | ", read.Errors.Select(e => e.Path + " " + e.Code)));
    }

    [Fact]
    public void Read_BadThemeId_IsAnErrorWithItsPath()
    {
        var read = ActionPlanDocument.Read(Encoding.UTF8.GetBytes(Plan("{ \"id\": \"F1\", \"themes\": [\"ok\", 3] }", string.Empty)));
        Assert.Equal("$.findings[0].themes[1]", Assert.Single(read.Errors).Path);
    }

    [Fact]
    public void Constructor_ChecksTheSameRulesAsTheReader()
    {
        Assert.Equal("respondedOn", Assert.Throws<ArgumentException>(() => new Recommendation("R1", new[] { "F1" }, null, null, null, D(2024, 1, 1))).ParamName);
        Assert.Equal("respondedOn", Assert.Throws<ArgumentException>(() => new Recommendation("R1", new[] { "F1" }, null, null, D(2024, 1, 2), D(2024, 1, 1))).ParamName);
        Assert.Throws<ArgumentException>(() => new Addressee(AddresseeLevel.Local, " "));
        Assert.Throws<ArgumentException>(() => new Addressee(AddresseeLevel.Local, new string('x', 201)));
        Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(() => new Addressee((AddresseeLevel)7, "x"));
        Assert.Throws<ArgumentException>(() => new Finding("F1", null, null, new[] { "" }));
        Assert.NotEqual(new Finding("F1", null, null, new[] { "a" }), new Finding("F1", null, null, new[] { "b" }));
        Assert.NotEqual(new Recommendation("R1", new[] { "F1" }, null, new Addressee(AddresseeLevel.National, "x")), new Recommendation("R1", new[] { "F1" }, null));
    }

    [Fact]
    public void AwaitsResponse_SentOnOrBeforeTheDate_AndNotAnsweredByIt()
    {
        var r = new Recommendation("R1", new[] { "F1" }, null, new Addressee(AddresseeLevel.National, "Home Office"), D(2024, 2, 1), D(2024, 5, 1));
        Assert.False(r.AwaitsResponse(D(2024, 1, 31)));
        Assert.True(r.AwaitsResponse(D(2024, 2, 1)));
        Assert.True(r.AwaitsResponse(D(2024, 4, 30)));
        Assert.False(r.AwaitsResponse(D(2024, 5, 1)));
        Assert.False(new Recommendation("R2", new[] { "F1" }, null).AwaitsResponse(D(2024, 5, 1)));
    }
}
