using Safeguarding.Domain;
using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Criteria;
using Safeguarding.Domain.Lifecycle;
using Safeguarding.Domain.Rating;
using Safeguarding.Domain.Reporting;
using Safeguarding.Domain.Serialization;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Cli.Tests;

/// <summary>
/// Privacy: free text from the input (titles, texts, notes, evidence descriptions, success measures, leads, reasons,
/// review names) never reaches an error, an exception or a <c>ToString()</c>. Every free-text field carries a planted
/// marker; every reader and command runs on valid and invalid variants, and the marker must not appear in any
/// <see cref="Issue"/>, any error document, stderr, any validation message, or the <c>ToString()</c> of any
/// public object reachable from the results. Reports of a plan may show the plan's own texts: that is their job.
/// </summary>
public sealed class PrivacyTests
{
    private const string Marker = "Pl4nted-M4rker";

    private static readonly string[] PlanFormats = { "text", "json", "markdown", "html" };

    /// <summary>A valid plan whose every free-text field carries the marker.</summary>
    private static JsonObject Plan() => JsonNode.Parse($$"""
        {
          "review": "Review {{Marker}} of a child",
          "reportingCycle": "P3M",
          "agreedOn": "2020-01-15",
          "findings": [ { "id": "F1", "title": "Title {{Marker}}", "rationale": "Rationale {{Marker}}" } ],
          "recommendations": [ { "id": "R1", "findings": ["F1"], "text": "Text {{Marker}}" } ],
          "actions": [
            { "id": "1.1", "recommendations": ["R1"], "description": "Description {{Marker}}", "owner": "police", "lead": "Lead {{Marker}}", "targetDate": "2020-06-30",
              "successMeasure": "Measure {{Marker}}", "startedOn": "2020-02-01",
              "evidence": [ { "kind": "output", "date": "2020-03-01", "description": "Evidence {{Marker}}" } ],
              "updates": [ { "date": "2020-04-01", "reportedStatus": "amber", "note": "Note {{Marker}}" } ] },
            { "id": "1.2", "recommendations": ["R1"], "owner": "health", "lead": "Lead {{Marker}}", "targetDate": "2020-03-31",
              "successMeasure": "Measure {{Marker}}", "dependsOn": ["1.1"],
              "updates": [ { "date": "2020-12-01", "reportedStatus": "green", "note": "Note {{Marker}}" } ] }
          ]
        }
        """)!.AsObject();

    /// <summary>A valid review record whose free text (reasons) and methodology carry the marker.</summary>
    private static JsonObject Record() => JsonNode.Parse($$"""
        {
          "kind": "serious-case-review",
          "jurisdiction": "england",
          "localPolicy": { "publicationPeriod": "P18M" },
          "events": [
            { "type": "incident-known", "date": "2013-01-07" },
            { "type": "notified", "date": "2013-01-10" },
            { "type": "decided", "date": "2013-03-20", "decision": "initiate", "reasons": "Reasons {{Marker}}" },
            { "type": "commissioned", "date": "2013-05-01", "methodology": "{{Marker}}-systems" },
            { "type": "report-completed", "date": "2014-05-30" }
          ]
        }
        """)!.AsObject();

    private static JsonObject Facts() => JsonNode.Parse("""
        { "jurisdiction": "england", "subject": "child", "decisionDate": "2013-05-01", "abuseOrNeglect": "suspected", "harm": "seriously-harmed", "concernAboutJointWorking": "yes" }
        """)!.AsObject();

    /// <summary>Plans that do not read: each error sits on or beside a field that carries the marker.</summary>
    public static TheoryData<string> UnreadablePlans() => Names(PlanBreakers.Keys);

    /// <summary>Plans that read but are not valid: the report is printed, its validation messages must stay clean.</summary>
    public static TheoryData<string> InvalidPlans() => Names(InvalidPlanMakers.Keys);

    public static TheoryData<string> UnreadableRecords() => Names(RecordBreakers.Keys);

    public static TheoryData<string> UnreadableFacts() => Names(FactBreakers.Keys);

    private static readonly Dictionary<string, Action<JsonObject>> PlanBreakers = new()
    {
        ["review too long"] = p => p["review"] = Long(),
        ["title too long"] = p => p["findings"]![0]!["title"] = Long(),
        ["note too long"] = p => p["actions"]![0]!["updates"]![0]!["note"] = Long(),
        ["description too long"] = p => p["actions"]![0]!["evidence"]![0]!["description"] = Long(),
        ["action description too long"] = p => p["actions"]![0]!["description"] = Long(),
        ["action description as a number beside marked texts"] = p => p["actions"]![1]!["description"] = 7,
        ["lead as an owner id too long"] = p => p["actions"]![0]!["owner"] = Long(),
        ["marker as an evidence kind"] = p => p["actions"]![0]!["evidence"]![0]!["kind"] = Marker,
        ["marker as a status"] = p => p["actions"]![0]!["updates"]![0]!["reportedStatus"] = Marker,
        ["marker as a date"] = p => p["actions"]![0]!["targetDate"] = Marker,
        ["marker as a cycle"] = p => p["reportingCycle"] = Marker,
        ["text as a number beside marked texts"] = p => p["recommendations"]![0]!["text"] = 12,
        ["unknown property beside marked texts"] = p => p["actions"]![0]!["comment"] = "Comment " + Marker,
        ["review as an array of marked text"] = p => p["review"] = new JsonArray("Review " + Marker),
        ["finding as marked text"] = p => p["findings"]![0] = "Finding " + Marker,
    };

    private static readonly Dictionary<string, Action<JsonObject>> InvalidPlanMakers = new()
    {
        ["dangling recommendation"] = p => p["actions"]![1]!["recommendations"] = new JsonArray("R9"),
        ["dependency cycle"] = p => p["actions"]![0]!["dependsOn"] = new JsonArray("1.2"),
        ["duplicate ids"] = p => p["actions"]![1]!["id"] = "1.1",
        ["finding without recommendation"] = p => p["findings"]!.AsArray().Add(new JsonObject { ["id"] = "F2", ["title"] = "Title " + Marker }),
        ["completed before started"] = p => { p["actions"]![0]!["completedOn"] = "2020-01-01"; },
    };

    private static readonly Dictionary<string, Action<JsonObject>> RecordBreakers = new()
    {
        ["reasons too long"] = r => r["events"]![2]!["reasons"] = Long(),
        ["reasons on the wrong event"] = r => r["events"]![1]!["reasons"] = "Reasons " + Marker,
        ["methodology too long"] = r => r["events"]![3]!["methodology"] = Long(),
        ["marker as a kind"] = r => r["kind"] = Marker,
        ["marker as an event type"] = r => r["events"]![4]!["type"] = Marker,
        ["marker as a decision"] = r => r["events"]![2]!["decision"] = Marker,
        ["marker as a date"] = r => r["events"]![1]!["date"] = Marker,
        ["marker as a period"] = r => r["localPolicy"]!["publicationPeriod"] = Marker,
        ["bad date beside marked reasons"] = r => r["events"]![0]!["date"] = "2019-02-30",
        ["reasons as an object"] = r => r["events"]![2]!["reasons"] = new JsonObject { ["text"] = "Reasons " + Marker },
    };

    private static readonly Dictionary<string, Action<JsonObject>> FactBreakers = new()
    {
        ["marker as a jurisdiction"] = f => f["jurisdiction"] = Marker,
        ["marker as a harm"] = f => f["harm"] = "Harm " + Marker,
        ["marker as a date"] = f => f["decisionDate"] = Marker,
        ["marker in an unknown property's value"] = f => f["notes"] = "Notes " + Marker,
        ["marker as an age"] = f => f["ageAtDeath"] = Marker,
        ["long marker as a yes or no"] = f => f["diedInCustody"] = Long(),
    };

    [Fact]
    public void ValidDocuments_CarryTheMarker_AndReadWithoutErrors()
    {
        // The marker is really planted: the valid plan's own report shows it, so a clean error is not a vacuous pass.
        Assert.True(ActionPlanDocument.Read(Bytes(Plan())).Success);
        Assert.True(ReviewRecordJson.Read(Bytes(Record())).Success);
        var report = CliRunner.RunWithBytes(Bytes(Plan()), "plan", "-", "--as-of", "2021-01-12", "--format", "markdown");
        Assert.Equal(0, report.Exit);
        Assert.Contains(Marker, report.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidPlan_EveryFormat_ShowsEveryWordOfThePlan()
    {
        // Words belong in reports: the action's description, lead and success measure, the recommendation's text, the finding's title.
        foreach (var format in PlanFormats)
        {
            var result = CliRunner.RunWithBytes(Bytes(Plan()), "plan", "-", "--as-of", "2021-01-12", "--format", format);
            Assert.Equal(0, result.Exit);
            foreach (var words in new[] { "Description ", "Lead ", "Measure ", "Text ", "Title " })
            {
                Assert.Contains(words + Marker, result.Out, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void ValidPlan_EveryFormatAndOption_NoMarkerInStderr_NorInAnyToString()
    {
        byte[] bytes = Bytes(Plan());
        foreach (var format in PlanFormats)
        {
            foreach (var extra in new[] { Array.Empty<string>(), new[] { "--strict" }, new[] { "--compare-to", "2020-05-01" }, new[] { "--agency", "police" } })
            {
                var result = CliRunner.RunWithBytes(bytes, new[] { "plan", "-", "--as-of", "2021-01-12", "--format", format }.Concat(extra).ToArray());
                Assert.Equal(0, result.Exit);
                AssertClean(result.Err, "stderr");
            }
        }

        var plan = ActionPlanDocument.Read(bytes).Value;
        AssertNoMarkerInToString(plan);
        AssertNoMarkerInToString(ScrutinyReport.Create(plan, new LocalDate(2021, 1, 12), new LocalDate(2020, 5, 1)));
        AssertNoMarkerInToString(PlanSnapshot.Take(plan, new LocalDate(2021, 1, 12)));
        AssertNoMarkerInToString(plan.ExtractFor("police"));
    }

    [Theory]
    [MemberData(nameof(UnreadablePlans))]
    public void UnreadablePlan_NoMarkerInErrors_StderrOrErrorDocument(string breaker)
    {
        var plan = Plan();
        PlanBreakers[breaker](plan);
        byte[] bytes = Bytes(plan);

        var read = ActionPlanDocument.Read(bytes);
        Assert.False(read.Success);
        AssertClean(read.Errors);
        foreach (var format in PlanFormats)
        {
            foreach (var strict in new[] { false, true })
            {
                var args = new List<string> { "plan", "-", "--as-of", "2021-01-12", "--format", format };
                if (strict)
                {
                    args.Add("--strict");
                }

                var result = CliRunner.RunWithBytes(bytes, args.ToArray());
                Assert.Equal(1, result.Exit);
                AssertClean(result.Out, "stdout");
                AssertClean(result.Err, "stderr");
            }
        }
    }

    [Theory]
    [MemberData(nameof(InvalidPlans))]
    public void ReadableInvalidPlan_NoMarkerInValidationMessages_StderrOrToString(string maker)
    {
        var json = Plan();
        InvalidPlanMakers[maker](json);
        byte[] bytes = Bytes(json);

        var plan = ActionPlanDocument.Read(bytes).Value;
        var issues = PlanValidation.Validate(plan);
        Assert.NotEmpty(issues);
        foreach (var issue in issues)
        {
            AssertClean(issue.ToString(), "validation issue");
            AssertClean(issue.Path, "validation path");
        }

        AssertNoMarkerInToString(ScrutinyReport.Create(plan, new LocalDate(2021, 1, 12), null));
        foreach (var format in PlanFormats)
        {
            var strict = CliRunner.RunWithBytes(bytes, "plan", "-", "--as-of", "2021-01-12", "--format", format, "--strict");
            AssertClean(strict.Err, "stderr");
            Assert.False(strict.HasStackTrace);
        }

        var result = CliRunner.RunWithBytes(bytes, "plan", "-", "--as-of", "2021-01-12", "--format", "json");
        Assert.Equal(0, result.Exit);
        using var report = JsonDocument.Parse(result.Out);
        foreach (var issue in report.RootElement.GetProperty("validation").EnumerateArray())
        {
            AssertClean(issue.GetProperty("message").GetString()!, "validation message");
            AssertClean(issue.GetProperty("path").GetString()!, "validation path");
        }
    }

    [Fact]
    public void ValidRecord_BothFormats_NoMarkerInStderr_NorInAnyToString()
    {
        byte[] bytes = Bytes(Record());
        foreach (var format in new[] { "text", "json" })
        {
            var result = CliRunner.RunWithBytes(bytes, "review", "-", "--as-of", "2021-01-12", "--format", format);
            Assert.Equal(0, result.Exit);
            AssertClean(result.Err, "stderr");
            AssertClean(result.Out, "the review report");
        }

        var record = ReviewRecordJson.Read(bytes).Value;
        AssertNoMarkerInToString(record);
        AssertNoMarkerInToString(ReviewReport.Create(record, new LocalDate(2021, 1, 12), TimescaleCatalogue.Default));
    }

    [Theory]
    [MemberData(nameof(UnreadableRecords))]
    public void UnreadableRecord_NoMarkerInErrors_StderrOrErrorDocument(string breaker)
    {
        var record = Record();
        RecordBreakers[breaker](record);
        byte[] bytes = Bytes(record);

        var read = ReviewRecordJson.Read(bytes);
        Assert.False(read.Success);
        AssertClean(read.Errors);
        foreach (var format in new[] { "text", "json" })
        {
            var result = CliRunner.RunWithBytes(bytes, "review", "-", "--as-of", "2021-01-12", "--format", format);
            Assert.Equal(1, result.Exit);
            AssertClean(result.Out, "stdout");
            AssertClean(result.Err, "stderr");
        }
    }

    [Theory]
    [MemberData(nameof(UnreadableFacts))]
    public void UnreadableFacts_NoMarkerInErrors_StderrOrErrorDocument(string breaker)
    {
        var facts = Facts();
        FactBreakers[breaker](facts);
        byte[] bytes = Bytes(facts);

        var read = CaseFactsJson.Read(bytes);
        Assert.False(read.Success);
        AssertClean(read.Errors);
        foreach (var format in new[] { "text", "json" })
        {
            var result = CliRunner.RunWithBytes(bytes, "evaluate", "-", "--format", format);
            Assert.Equal(1, result.Exit);
            AssertClean(result.Out, "stdout");
            AssertClean(result.Err, "stderr");
        }
    }

    [Fact]
    public void ValidFacts_NoMarkerAnywhere_InTheEvaluationsToStrings()
    {
        var read = CaseFactsJson.Read(Bytes(Facts()));
        var evaluation = CriteriaEvaluator.Evaluate(read.Value.Facts, read.Value.Options);
        Assert.True(evaluation.Success);
        AssertNoMarkerInToString(read.Value);
        AssertNoMarkerInToString(evaluation.Value);
    }

    [Fact]
    public void LocalPolicy_MarkedStatusNames_NeverInErrors()
    {
        string status = Marker + "-status";
        string policy = $$"""
            { "scheme": { "name": "{{Marker}}", "statuses": ["red", "{{status}}", "green"], "notStarted": "{{status}}", "inProgress": "{{status}}",
              "overdue": "{{status}}-missing", "completed": "green", "embedded": "green" } }
            """;
        var read = LocalPolicyJson.Read(Encoding.UTF8.GetBytes(policy));
        Assert.False(read.Success);
        Assert.Contains(read.Errors, e => e.Path == "$.scheme.overdue" && e.Code == "invalid-scheme");
        AssertClean(read.Errors);

        string file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, policy);
            var result = CliRunner.RunWithBytes(Bytes(Plan()), "plan", "-", "--as-of", "2021-01-12", "--policy", file, "--format", "json");
            Assert.Equal(1, result.Exit);
            AssertClean(result.Out, "stdout");
            AssertClean(result.Err, "stderr");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void ModelFactories_RefusingMarkedText_NeverPutItInTheIssues()
    {
        string longText = Long();
        string longId = Marker + new string('x', 60);
        var refused = new Func<string>[]
        {
            () => Describe(Finding.Create(longId, "Title " + Marker, null)),
            () => Describe(Finding.Create("F1", longText, null)),
            () => Describe(Recommendation.Create("R1", new[] { "F1" }, longText)),
            () => Describe(Evidence.Create(EvidenceKind.Output, new LocalDate(2020, 1, 1), longText)),
            () => Describe(StatusUpdate.Create(new LocalDate(2020, 1, 1), ReportedStatus.Amber, longText)),
            () => Describe(new ActionPlanBuilder { Review = longText }.Build()),
            () => Describe(ReviewEvent.NotPublished(new LocalDate(2020, 1, 1), longText)),
            () => Describe(ReviewEvent.Commissioned(new LocalDate(2020, 1, 1), methodology: longId)),
        };
        foreach (var attempt in refused)
        {
            AssertClean(attempt(), "result");
        }
    }

    private static string Describe<T>(Result<T> result)
    {
        Assert.False(result.Success);
        AssertClean(result.Errors);
        return result.ToString();
    }

    [Fact]
    public void RatingSchemeCreate_RefusingMarkedText_NeverPutsItInTheIssues()
    {
        var refused = RatingScheme.Create(Marker, new[] { Marker, Marker }, Marker, Marker, Marker, Marker, Marker);

        Assert.False(refused.Success);
        Assert.Equal("invalid-scheme", Assert.Single(refused.Errors).Code);
        AssertClean(string.Join("\n", refused.Errors), "issues");
        AssertClean(refused.ToString(), "result");
    }

    [Fact]
    public void PlanActionBuilder_RefusingMarkedText_NeverPutsItInTheIssues()
    {
        string longText = Long();
        string longId = Marker + new string('x', 60);
        var attempts = new[]
        {
            new PlanActionBuilder { Id = "1", Recommendations = new[] { "R1" }, Owner = longId, Lead = "Lead " + Marker },
            new PlanActionBuilder { Id = "1", Recommendations = new[] { "R1" }, Owner = "police", Lead = longText },
            new PlanActionBuilder { Id = "1", Recommendations = new[] { "R1" }, Owner = "police", Description = longText },
            new PlanActionBuilder { Id = "1", Recommendations = new[] { "R1" }, Owner = "police", Description = " ", Lead = "Lead " + Marker },
        };
        foreach (var attempt in attempts)
        {
            var result = attempt.Build();
            Assert.False(result.Success);
            AssertClean(result.Errors);
            AssertClean(result.ToString(), "result");
        }
    }

    private static void AssertClean(IEnumerable<Issue> errors)
    {
        foreach (var error in errors)
        {
            AssertClean(error.Path, "error path");
            AssertClean(error.Message, "error message");
            AssertClean(error.ToString(), "error");
        }
    }

    private static void AssertClean(string text, string where) =>
        Assert.False(text.Contains(Marker, StringComparison.Ordinal), "the planted marker leaked into " + where + ": " + Excerpt(text));

    private static string Excerpt(string text)
    {
        int at = text.IndexOf(Marker, StringComparison.Ordinal);
        return at < 0 ? string.Empty : text.Substring(Math.Max(0, at - 80), Math.Min(200, text.Length - Math.Max(0, at - 80)));
    }

    /// <summary>Calls ToString on every public object reachable through public properties and collections (bounded).</summary>
    private static void AssertNoMarkerInToString(object root)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        int visited = 0;
        Walk(root, "root", 0);
        Assert.True(visited > 1, "the walk reached nothing");

        void Walk(object? value, string path, int depth)
        {
            if (value is null || value is string || depth > 8 || visited > 50_000)
            {
                return;
            }

            var type = value.GetType();
            if (!type.IsValueType && !seen.Add(value))
            {
                return;
            }

            visited++;
            if (type.Assembly == typeof(ActionPlan).Assembly)
            {
                AssertClean(value.ToString() ?? string.Empty, path + ".ToString()");
            }

            if (value is IEnumerable items)
            {
                int index = 0;
                foreach (var item in items)
                {
                    if (index == 200)
                    {
                        break;
                    }

                    Walk(item, path + "[" + index++ + "]", depth + 1);
                }
            }

            if (type.Assembly != typeof(ActionPlan).Assembly)
            {
                return;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetIndexParameters().Length > 0)
                {
                    continue;
                }

                object? child;
                try
                {
                    child = property.GetValue(value);
                }
                catch (TargetInvocationException)
                {
                    continue;
                }

                Walk(child, path + "." + property.Name, depth + 1);
            }
        }
    }

    private static string Long() => string.Concat(Enumerable.Repeat(Marker + " ", 20_001 / (Marker.Length + 1) + 1));

    private static byte[] Bytes(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString());

    private static TheoryData<string> Names(IEnumerable<string> names)
    {
        var data = new TheoryData<string>();
        foreach (var name in names)
        {
            data.Add(name);
        }

        return data;
    }
}
