using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using NodaTime;
using Safeguarding.Domain.Criteria;
using Xunit;

namespace Safeguarding.Domain.Tests.Criteria;

/// <summary>The model checks case facts once: C# callers (Validate, Evaluate) and the JSON reader get the same issues.</summary>
public sealed class CaseFactsValidationTests
{
    private static readonly LocalDate Day = new(2023, 6, 1);

    public static TheoryData<string, string, string> Inconsistent() => new()
    {
        { "adult aged 16", "\"subject\":\"adult\",\"ageAtDeath\":16", "$.ageAtDeath inconsistent-facts" },
        { "negative age", "\"subject\":\"child\",\"ageAtDeath\":-5", "$.ageAtDeath number-out-of-range" },
        { "age over the maximum", "\"subject\":\"adult\",\"ageAtDeath\":131", "$.ageAtDeath number-out-of-range" },
        { "notified before aware", "\"subject\":\"child\",\"awareOn\":\"2023-05-10\",\"notifiedOn\":\"2023-05-09\"", "$.notifiedOn dates-out-of-order" },
        { "clock date before 2000", "\"subject\":\"child\",\"awareOn\":\"1999-12-31\"", "$.awareOn date-out-of-range" },
        { "clock date after 2099", "\"subject\":\"child\",\"notifiedOn\":\"2100-01-01\"", "$.notifiedOn date-out-of-range" },
        {
            "two at once", "\"subject\":\"adult\",\"ageAtDeath\":17,\"awareOn\":\"2023-05-10\",\"notifiedOn\":\"2023-05-01\"",
            "$.ageAtDeath inconsistent-facts; $.notifiedOn dates-out-of-order"
        },
    };

    [Theory]
    [MemberData(nameof(Inconsistent))]
    public void InconsistentFacts_GiveTheSameIssues_FromCSharpAndFromJson(string name, string members, string expected)
    {
        var read = CaseFactsJson.Read(Json(members));
        var facts = FromMembers(members);
        var validated = facts.Validate();
        var evaluated = CriteriaEvaluator.Evaluate(facts);

        Assert.False(read.Success, name);
        Assert.Equal(expected, Describe(read.Errors));
        Assert.Equal(read.Errors.ToArray(), validated.Errors.ToArray());
        Assert.Equal(read.Errors.ToArray(), evaluated.Errors.ToArray());
    }

    [Fact]
    public void ConsistentFacts_AreValid_AndReadEqual()
    {
        string members = "\"subject\":\"adult\",\"ageAtDeath\":18,\"awareOn\":\"2023-05-10\",\"notifiedOn\":\"2023-05-10\"";
        var facts = FromMembers(members);

        Assert.Equal(facts, facts.Validate().Value);
        Assert.Equal(facts, CaseFactsJson.Read(Json(members)).Value.Facts);
        Assert.True(CriteriaEvaluator.Evaluate(facts).Success);
    }

    [Fact]
    public void Constructor_BadAge_DoesNotThrow()
    {
        var facts = new CaseFacts(Jurisdiction.England, Subject.Child, Day, ageAtDeath: -5);
        Assert.Equal(-5, facts.AgeAtDeath);
        Assert.Equal("number-out-of-range", Assert.Single(facts.Validate().Errors).Code);
    }

    [Fact]
    public void RapidReviewDeadline_IsNeverBeforeTheIncident_BecauseDatesOutOfOrderAreRefused()
    {
        var facts = new CaseFacts(Jurisdiction.England, Subject.Child, Day, AbuseOrNeglect.Known, Harm.Died,
            awareOn: new LocalDate(2023, 5, 20), notifiedOn: new LocalDate(2023, 1, 2));
        var result = CriteriaEvaluator.Evaluate(facts, CriteriaOptions.Default);
        Assert.Equal("dates-out-of-order", Assert.Single(result.Errors).Code);
    }

    private static ReadOnlyMemory<byte> Json(string members) =>
        Encoding.UTF8.GetBytes("{\"jurisdiction\":\"england\",\"decisionDate\":\"2023-06-01\"," + members + "}");

    // The C# door: the same members as constructor arguments.
    private static CaseFacts FromMembers(string members)
    {
        var doc = System.Text.Json.JsonDocument.Parse("{" + members + "}").RootElement;
        var subject = doc.GetProperty("subject").GetString() == "adult" ? Subject.Adult : Subject.Child;
        int? age = doc.TryGetProperty("ageAtDeath", out var a) ? a.GetInt32() : null;
        LocalDate? aware = doc.TryGetProperty("awareOn", out var w) ? NodaTime.Text.LocalDatePattern.Iso.Parse(w.GetString()!).Value : null;
        LocalDate? notified = doc.TryGetProperty("notifiedOn", out var n) ? NodaTime.Text.LocalDatePattern.Iso.Parse(n.GetString()!).Value : null;
        return new CaseFacts(Jurisdiction.England, subject, Day, ageAtDeath: age, awareOn: aware, notifiedOn: notified);
    }

    private static string Describe(ImmutableArray<Issue> issues) => string.Join("; ", issues.Select(i => i.Path + " " + i.Code));
}
