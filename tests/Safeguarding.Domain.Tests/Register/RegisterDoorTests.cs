using System.Linq;
using System.Text;
using NodaTime;
using Safeguarding.Domain.Citations;
using Safeguarding.Domain.Lifecycle;
using Safeguarding.Domain.Register;

namespace Safeguarding.Domain.Tests.Register;

/// <summary>
/// A register made in C# (the <c>Create</c> factories) and the same register read from its document
/// (<c>RegisterJson.Read</c>) are refused with the same codes and messages; a part made alone (a rule, a theme list, a
/// theme, an entry) gives paths relative to its own object, which the document places under its property.
/// </summary>
public sealed class RegisterDoorTests
{
    private const string RecordJson = """{ "kind": "safeguarding-adults-review", "jurisdiction": "england", "events": [ { "type": "incident-known", "date": "2024-01-02" } ] }""";

    private static readonly ReviewRecord Record = ReviewRecordJson.Read(Encoding.UTF8.GetBytes(RecordJson)).Value;

    private static (string Path, string Code, string Message)[] Read(string json) =>
        RegisterJson.Read(Encoding.UTF8.GetBytes(json.Replace("RECORD", RecordJson, System.StringComparison.Ordinal))).Errors
            .Select(e => (e.Path, e.Code, e.Message)).ToArray();

    private static (string Path, string Code, string Message)[] Under<T>(string prefix, Result<T> made) =>
        made.Errors.Select(e => (prefix + e.Path[1..], e.Code, e.Message)).ToArray();

    [Fact]
    public void RepeatedReviewIds_AndABlankName_SameIssuesBothDoors()
    {
        var entry = RegisterEntry.Create("a", Record, null).Value;
        var made = PartnershipRegister.Create(" ", RecurringThemeRule.Default, null, new[] { entry, RegisterEntry.Create("b", Record, null).Value, entry });

        Assert.Equal(
            Read("""{ "partnership": " ", "reviews": [ { "id": "a", "record": RECORD }, { "id": "b", "record": RECORD }, { "id": "a", "record": RECORD } ] }"""),
            Under("$", made));
        Assert.Equal(new[] { "$.partnership", "$.reviews[2].id" }, made.Errors.Select(e => e.Path));
    }

    [Fact]
    public void AddingAReviewWhoseIdIsTaken_IsAnIssue_NotAnException()
    {
        var register = PartnershipRegister.Create("P", RecurringThemeRule.Default, null, new[] { RegisterEntry.Create("a", Record, null).Value }).Value;

        var added = register.With(RegisterEntry.Create("b", Record, null).Value);
        var taken = register.With(RegisterEntry.Create("a", Record, null).Value);

        Assert.Equal(new[] { "a", "b" }, added.Value.Reviews.Select(r => r.Id));
        var issue = Assert.Single(taken.Errors);
        Assert.Equal(("$.reviews[1].id", "duplicate-id"), (issue.Path, issue.Code));
    }

    [Theory]
    [InlineData(0, "P3Y")]
    [InlineData(1001, "P3Y")]
    [InlineData(2, "P0D")]
    [InlineData(2, "P101Y")]
    [InlineData(0, "P-1M")]
    [InlineData(3, "P5Y")]
    public void RecurringThemeRule_SameAnswerBothDoors(int minimum, string window)
    {
        var period = NodaTime.Text.PeriodPattern.NormalizingIso.Parse(window).Value;
        var made = RecurringThemeRule.Create(minimum, period);
        string json = $$"""{ "partnership": "P", "recurringThemes": { "minimumReviews": {{minimum}}, "window": "{{window}}" }, "reviews": [] }""";

        Assert.Equal(Read(json), Under("$.recurringThemes", made));
        if (made.Success)
        {
            Assert.Equal(RegisterJson.Read(Encoding.UTF8.GetBytes(json)).Value.RecurringThemes, made.Value);
        }
    }

    [Fact]
    public void OwnThemeList_EmptyOrRepeated_SameAnswerBothDoors()
    {
        var source = new Citation("s", string.Empty, SourceKind.LocalPolicy, true);
        var theme = Theme.Create("t", "T").Value;

        Assert.Equal(
            Read("""{ "partnership": "P", "ownThemeList": { "id": "l", "source": "s", "themes": [] }, "reviews": [] }"""),
            Under("$.ownThemeList", ThemeList.Create("l", source, System.Array.Empty<Theme>())));
        Assert.Equal(
            Read("""{ "partnership": "P", "ownThemeList": { "id": "l", "source": "s", "themes": [ { "id": "t", "title": "T" }, { "id": "t", "title": "U" } ] }, "reviews": [] }"""),
            Under("$.ownThemeList", ThemeList.Create("l", source, new[] { theme, Theme.Create("t", "U").Value })));
    }

    [Fact]
    public void Theme_AndEntry_BlankOrLongText_SameCodesAsTheReader()
    {
        Assert.Equal(
            Read("""{ "partnership": "P", "ownThemeList": { "id": "l", "source": "s", "themes": [ { "id": " ", "title": "T" } ] }, "reviews": [] }"""),
            Under("$.ownThemeList.themes[0]", Theme.Create(" ", "T")));
        string longId = new('x', 65);
        Assert.Equal(
            Read($$"""{ "partnership": "P", "reviews": [ { "id": "{{longId}}", "record": RECORD } ] }"""),
            Under("$.reviews[0]", RegisterEntry.Create(longId, Record, null)));
    }

    [Fact]
    public void DisclosureControl_OutsideTwoToAThousand_IsAnIssue()
    {
        Assert.Equal(("$.suppressBelow", "number-out-of-range"), (Assert.Single(DisclosureControl.Create(1).Errors).Path, DisclosureControl.Create(1001).Errors[0].Code));
        Assert.Equal(5, DisclosureControl.Create(5).Value.SuppressBelow);
    }
}
