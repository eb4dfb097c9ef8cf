using System.Linq;
using System.Text;
using Safeguarding.Domain.Register;

namespace Safeguarding.Domain.Tests.Register;

/// <summary>The register reader: nested records and plans read by their own readers, with paths into them, and the register's own codes.</summary>
public sealed class RegisterReaderTests
{
    private const string Record = """{ "kind": "safeguarding-adults-review", "jurisdiction": "england", "events": [ { "type": "incident-known", "date": "2024-01-02" } ] }""";

    private static string[] Errors(string json) =>
        RegisterJson.Read(Encoding.UTF8.GetBytes(json)).Errors.Select(e => e.Path + " " + e.Code).ToArray();

    [Fact]
    public void NestedFaults_HavePathsIntoTheRecordAndThePlan()
    {
        string json = """
            { "partnership": "P", "reviews": [
              { "id": "a", "record": { "kind": "safeguarding-adults-review", "jurisdiction": "england", "events": [ { "type": "incident-known", "date": "2024-02-30" } ] } },
              { "id": "b", "record": RECORD, "plan": { "review": "x", "findings": [ { "id": "F1", "themes": [ 7 ] } ] } },
              { "id": "a", "record": RECORD, "extra": 1 } ] }
            """.Replace("RECORD", Record, System.StringComparison.Ordinal);
        Assert.Equal(
            new[] { "$.reviews[0].record.events[0].date invalid-date", "$.reviews[1].plan.findings[0].themes[0] wrong-type", "$.reviews[2].extra unknown-property", "$.reviews[2].id duplicate-id" },
            Errors(json));
    }

    [Fact]
    public void ThemeLists_BuiltInOwnOrNeither()
    {
        var builtIn = RegisterJson.Read(Encoding.UTF8.GetBytes("""{ "partnership": "P", "themeList": "adult-abuse-types", "reviews": [] }"""));
        Assert.Same(ThemeList.AdultAbuseTypes, builtIn.Value.Themes);
        Assert.Equal(RecurringThemeRule.Default, builtIn.Value.RecurringThemes);
        var own = RegisterJson.Read(Encoding.UTF8.GetBytes("""
            { "partnership": "P", "recurringThemes": { "minimumReviews": 3, "window": "P5Y" },
              "ownThemeList": { "id": "local-2025", "source": "Board business plan 2025", "themes": [ { "id": "transitions", "title": "Moving to adult services" } ] }, "reviews": [] }
            """));
        Assert.Equal(("local-2025", "transitions", 3), (own.Value.Themes!.Id, own.Value.Themes.Themes[0].Id, own.Value.RecurringThemes.MinimumReviews));
        Assert.Null(RegisterJson.Read(Encoding.UTF8.GetBytes("""{ "partnership": "P", "reviews": [] }""")).Value.Themes);
        Assert.Equal(new[] { "$.themeList unknown-theme-list" }, Errors("""{ "partnership": "P", "themeList": "panel", "reviews": [] }"""));
        Assert.Equal(new[] { "$.ownThemeList conflicting-properties" }, Errors("""
            { "partnership": "P", "themeList": "adult-abuse-types", "ownThemeList": { "id": "l", "source": "s", "themes": [ { "id": "t", "title": "T" } ] }, "reviews": [] }
            """));
        Assert.Equal(new[] { "$.ownThemeList.themes[1].id duplicate-id" }, Errors("""
            { "partnership": "P", "ownThemeList": { "id": "l", "source": "s", "themes": [ { "id": "t", "title": "T" }, { "id": "t", "title": "U" } ] }, "reviews": [] }
            """));
        Assert.Equal(new[] { "$.ownThemeList.themes empty-theme-list" }, Errors("""{ "partnership": "P", "ownThemeList": { "id": "l", "source": "s", "themes": [] }, "reviews": [] }"""));
        Assert.Equal(new[] { "$.recurringThemes.minimumReviews number-out-of-range" }, Errors("""{ "partnership": "P", "recurringThemes": { "minimumReviews": 0 }, "reviews": [] }"""));
    }

    [Fact]
    public void BuiltInLists_HaveSourcesAndUniqueIds()
    {
        foreach (var list in ThemeList.BuiltIn)
        {
            Assert.False(string.IsNullOrWhiteSpace(list.Source.Instrument));
            Assert.Equal(list.Themes.Length, list.Themes.Select(t => t.Id).Distinct(System.StringComparer.Ordinal).Count());
        }

        Assert.Contains(ThemeList.AdultAbuseTypes.Themes, t => t.Id == "self-neglect");
        Assert.Contains(ThemeList.PanelThemes.Themes, t => t.Id == "information-sharing");
    }
}
