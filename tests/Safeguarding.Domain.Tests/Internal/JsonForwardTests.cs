using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Criteria;
using Safeguarding.Domain.Internal;
using Safeguarding.Domain.Lifecycle;
using Safeguarding.Domain.Serialization;
using Safeguarding.Domain.Tests.Arbitraries;
using Safeguarding.Domain.Timescales;
using Safeguarding.Tests.Shared;

namespace Safeguarding.Domain.Tests.Internal;

/// <summary>
/// The forward readers (one Utf8JsonReader pass) against the DOM readers they stand in front of: on every hostile file and
/// on thousands of mutated documents, the public reader's answer (value, or every error in order) is the DOM reader's, and
/// whatever the forward pass accepts, the DOM reader accepts with an equal value. Valid documents never need the DOM.
/// </summary>
public sealed class JsonForwardTests
{
    private static readonly JsonReadLimits Limits = JsonReadLimits.Default;

    // Values that break, or nearly break, some rule of some property.
    private static readonly string[] Values =
    {
        "null", "\"\"", "\" \"", "\"unknown\"", "\"yes\"", "\"no\"", "0", "-1", "1.5", "1e3", "100001", "10001", "1201", "131", "17", "true", "false",
        "\"2019-02-29\"", "\"2020-02-29\"", "\"2019-13-01\"", "\"1899-12-31\"", "\"1900-01-01\"", "\"2199-12-31\"", "\"2200-01-01\"",
        "\"1999-12-31\"", "\"2000-01-01\"", "\"2099-12-31\"", "\"2100-01-01\"", "\"2019-5-01\"", "\"2019-05-01\"", "\"2030-01-01\"",
        "\"P0D\"", "\"PT1H\"", "\"P101Y\"", "\"P18M\"", "\"P1M\"", "\"P3M\"", "\"P-1M\"", "{}", "[]", "[\"a\"]", "[1]", "[{}]", "[null]",
        "\"" + new string('x', 65) + "\"", "\"LONE-SURROGATE\"", "\"\\u0079es\"", "\"decided\"", "\"commissioned\"", "\"delayed\"",
        "\"incident-known\"", "\"members-informed\"", "\"initiate\"", "\"child\"", "\"adult\"", "\"england\"", "\"wales\"", "\"partnership\"",
        "{\"level\":\"local\",\"body\":\"b\"}", "{\"startsOn\":\"published\",\"days\":1}", "{\"startsOn\":\"published\",\"days\":1,\"months\":1}",
    };

    // Names from every document, so that a mutation can add a fact that belongs elsewhere.
    private static readonly string[] Names =
    {
        "type", "date", "decision", "reviewerIndependent", "methodology", "scopeStart", "scopeEnd", "incidentDate", "openActions", "reasons",
        "referralSource", "reason", "note", "outcome", "kind", "jurisdiction", "localPolicy", "events", "publicationPeriod", "membersInformed",
        "subject", "decisionDate", "ageAtDeath", "awareOn", "notifiedOn", "harm", "englandTransition", "rapidReviewClockStart",
        "review", "reportingCycle", "agreedOn", "horizon", "findings", "recommendations", "actions", "id", "themes", "addressee", "sentOn",
        "respondedOn", "owner", "targetDate", "evidence", "updates", "dependsOn", "reportedStatus", "description", "Type", "ki\u00f1d",
    };

    public static TheoryData<string, string> Corpus()
    {
        var data = new TheoryData<string, string>();
        foreach (var (file, command, _, _, _) in HostileCorpus.Manifest())
        {
            data.Add(file, command);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Read_EveryHostileFile_GivesTheDomReadersAnswer(string file, string command)
    {
        AssertAgrees(command, File.ReadAllBytes(Path.Combine(HostileCorpus.Root, file)));
    }

    [Property(Arbitrary = new[] { typeof(CriteriaArbitraries) }, MaxTest = 300)]
    public void CaseFacts_ValidAndMutated_GiveTheDomReadersAnswer(CaseFacts facts, EnglandTransition transition, bool fromAwareness, int seed)
    {
        var options = new CriteriaOptions(transition, TimescaleCatalogue.Default)
            .WithRapidReviewClockStart(fromAwareness ? RapidReviewClockStart.IncidentAwareness : RapidReviewClockStart.NotificationSent);
        var valid = Encoding.UTF8.GetBytes(CaseFactsJson.Write(new CaseFactsDocument(facts, options)));
        var forward = JsonInput.TryForward<CaseFactsDocument>(valid, Limits, CaseFactsJson.ReadForward);
        Assert.NotNull(forward);
        Assert.Equal(facts, forward!.Facts);
        AssertAgrees("evaluate", valid);
        foreach (var mutant in Mutants(valid, seed))
        {
            AssertAgrees("evaluate", mutant);
        }
    }

    [Property(MaxTest = 300)]
    public Property ReviewRecord_ValidAndMutated_GiveTheDomReadersAnswer() =>
        Prop.ForAll(LifecycleArbitraries.Walk, ArbMap.Default.ArbFor<int>(), (walk, seed) =>
        {
            var record = new ReviewRecord(walk.Start.Kind, walk.Start.Jurisdiction, walk.Start.Policy, walk.Events);
            var valid = Encoding.UTF8.GetBytes(record.ToJson());
            var forward = JsonInput.TryForward<ReviewRecord>(valid, Limits, (ref System.Text.Json.Utf8JsonReader r, JsonReadLimits l) => ReviewRecordJson.ReadForward(ref r, l, TimescaleCatalogue.Default));
            Assert.Equal(record, forward);
            AssertAgrees("review", valid);
            foreach (var mutant in Mutants(valid, seed))
            {
                AssertAgrees("review", mutant);
            }
        });

    [Property(Arbitrary = new[] { typeof(ActionPlanArbitraries) }, MaxTest = 200)]
    public void ActionPlan_ValidAndMutated_GiveTheDomReadersAnswer(ActionPlan plan, int seed)
    {
        var valid = Encoding.UTF8.GetBytes(ActionPlanDocument.Write(plan));
        Assert.Equal(plan, JsonInput.TryForward<ActionPlan>(valid, Limits, ActionPlanDocument.ReadForward));
        AssertAgrees("plan", valid);
        foreach (var mutant in Mutants(valid, seed))
        {
            AssertAgrees("plan", mutant);
        }
    }

    [Fact]
    public void TryForward_DuplicateEscapedOrTrailing_LeavesTheDocumentToTheDom()
    {
        string[] documents =
        {
            "{\"jurisdiction\":\"england\",\"subject\":\"child\",\"decisionDate\":\"2019-05-01\",\"subject\":\"child\"}",
            "{\"jurisdiction\":\"england\",\"subject\":\"child\",\"decisionDate\":\"2019-05-01\",\"harm\":null,\"harm\":\"died\"}",
            "{\"jurisdiction\":\"england\",\"subject\":\"child\",\"decision\\u0044ate\":\"2019-05-01\"}",
            "{\"jurisdiction\":\"england\",\"subject\":\"child\",\"decisionDate\":\"2019-05-01\"} {}",
            "{\"jurisdiction\":\"england\",\"subject\":\"child\",\"decisionDate\":\"2019-05-01\",\"note\":\"\\udc00\"}",
            "\uFEFF{\"jurisdiction\":\"england\",\"subject\":\"child\",\"decisionDate\":\"2019-05-01\"",
        };
        foreach (string document in documents)
        {
            var utf8 = Encoding.UTF8.GetBytes(document);
            Assert.Null(JsonInput.TryForward<CaseFactsDocument>(utf8, Limits, CaseFactsJson.ReadForward));
            AssertAgrees("evaluate", utf8);
        }

        // An escaped name is not an error: the DOM reader unescapes it and reads the document.
        Assert.True(CaseFactsJson.Read(Encoding.UTF8.GetBytes(documents[2])).Success);
    }

    [Theory]
    [InlineData("\"respondedOn\":\"2020-01-02\"")]
    [InlineData("\"sentOn\":null,\"respondedOn\":\"2020-01-02\"")]
    [InlineData("\"sentOn\":\"2020-01-03\",\"respondedOn\":\"2020-01-02\"")]
    [InlineData("\"sentOn\":\"2020-01-02\",\"respondedOn\":\"2020-01-02\"")]
    [InlineData("\"sentOn\":\"2020-01-02\",\"respondedOn\":null")]
    [InlineData("\"addressee\":{\"level\":\"local\"}")]
    [InlineData("\"addressee\":{\"level\":\"local\",\"body\":null}")]
    [InlineData("\"addressee\":null")]
    public void Plan_RecommendationDatesAndAddressee_GiveTheDomReadersAnswer(string properties)
    {
        AssertAgrees("plan", Encoding.UTF8.GetBytes(
            "{\"review\":\"r\",\"findings\":[{\"id\":\"F1\"}],\"recommendations\":[{\"id\":\"R1\",\"findings\":[\"F1\"]," + properties + "}]}"));
    }

    [Theory]
    [InlineData("{\"type\":\"incident-known\",\"date\":\"2020-01-02\",\"incidentDate\":\"2020-01-03\"}")]
    [InlineData("{\"type\":\"incident-known\",\"date\":\"2020-01-02\",\"incidentDate\":\"2020-01-02\",\"referralSource\":\"police\"}")]
    [InlineData("{\"type\":\"commissioned\",\"date\":\"2020-01-02\",\"scopeStart\":\"2019-01-02\",\"scopeEnd\":\"2019-01-01\"}")]
    [InlineData("{\"type\":\"notified\",\"date\":\"2020-01-02\",\"reasons\":\"r\"}")]
    [InlineData("{\"type\":\"notified\",\"date\":\"2020-01-02\",\"decision\":null,\"outcome\":null}")]
    [InlineData("{\"date\":\"2020-01-02\",\"type\":\"decided\",\"reasons\":\"r\"}")]
    [InlineData("{\"date\":\"2020-01-02\",\"type\":\"decided\",\"decision\":\"initiate\",\"reasons\":\"r\"}")]
    public void Review_EventFactsByType_GiveTheDomReadersAnswer(string e)
    {
        AssertAgrees("review", Encoding.UTF8.GetBytes("{\"kind\":\"rapid-review\",\"jurisdiction\":\"england\",\"events\":[" + e + "]}"));
    }

    [Fact]
    public void TryForward_ByteOrderMarkAndWhiteSpace_IsReadForward()
    {
        var utf8 = Encoding.UTF8.GetBytes("\uFEFF {\"jurisdiction\":\"england\",\"subject\":\"child\",\"decisionDate\":\"2019-05-01\"}\r\n ");
        Assert.NotNull(JsonInput.TryForward<CaseFactsDocument>(utf8, Limits, CaseFactsJson.ReadForward));
    }

    /// <summary>The public reader's answer equals the DOM reader's, and a forward value equals the DOM's value.</summary>
    private static void AssertAgrees(string command, byte[] utf8)
    {
        switch (command)
        {
            case "evaluate":
            {
                var read = CaseFactsJson.Read(utf8);
                var dom = JsonInput.Read(utf8, Limits, CaseFactsJson.ReadRoot);
                AssertSameErrors(dom.Errors, read.Errors, utf8);
                Assert.Equal(dom.Success, read.Success);
                var forward = JsonInput.TryForward<CaseFactsDocument>(utf8, Limits, CaseFactsJson.ReadForward);
                if (forward is not null)
                {
                    Assert.True(dom.Success, Encoding.UTF8.GetString(utf8));
                    Assert.Equal(dom.Value.Facts, forward.Facts);
                    Assert.Equal(dom.Value.Options.EnglandTransition, forward.Options.EnglandTransition);
                    Assert.Equal(dom.Value.Options.RapidReviewClockStart, forward.Options.RapidReviewClockStart);
                }

                if (read.Success)
                {
                    Assert.Equal(dom.Value.Facts, read.Value.Facts);
                }

                break;
            }

            case "review":
            {
                var read = ReviewRecordJson.Read(utf8);
                var dom = JsonInput.Read(utf8, Limits, root => ReviewRecordJson.ReadRecord(root, TimescaleCatalogue.Default));
                AssertSameErrors(dom.Errors, read.Errors, utf8);
                Assert.Equal(dom.Success ? dom.Value : null, read.Success ? read.Value : null);
                var forward = JsonInput.TryForward<ReviewRecord>(utf8, Limits, (ref System.Text.Json.Utf8JsonReader r, JsonReadLimits l) => ReviewRecordJson.ReadForward(ref r, l, TimescaleCatalogue.Default));
                Assert.True(forward is null || (dom.Success && forward.Equals(dom.Value)), Encoding.UTF8.GetString(utf8));
                break;
            }

            default:
            {
                var read = ActionPlanDocument.Read(utf8);
                var dom = JsonInput.Read(utf8, Limits, ActionPlanDocument.ReadPlan);
                AssertSameErrors(dom.Errors, read.Errors, utf8);
                Assert.Equal(dom.Success ? dom.Value : null, read.Success ? read.Value : null);
                var forward = JsonInput.TryForward<ActionPlan>(utf8, Limits, ActionPlanDocument.ReadForward);
                Assert.True(forward is null || (dom.Success && forward.Equals(dom.Value)), Encoding.UTF8.GetString(utf8));
                break;
            }
        }
    }

    private static void AssertSameErrors(IReadOnlyList<Issue> expected, IReadOnlyList<Issue> actual, byte[] utf8) =>
        Assert.True(expected.SequenceEqual(actual), Encoding.UTF8.GetString(utf8) + "\n" + string.Join("\n", expected) + "\n---\n" + string.Join("\n", actual));

    /// <summary>Documents one to three edits away from a valid one: a value replaced, a property added, renamed or removed,
    /// an item removed, or the text cut short.</summary>
    private static IEnumerable<byte[]> Mutants(byte[] valid, int seed)
    {
        var random = new Random(seed);
        for (int n = 0; n < 6; n++)
        {
            var root = JsonNode.Parse(valid)!;
            int edits = random.Next(1, 4);
            for (int e = 0; e < edits; e++)
            {
                Mutate(root, random);
            }

            // JsonNode cannot hold half a surrogate pair; the text can.
            yield return Encoding.UTF8.GetBytes(root.ToJsonString().Replace("LONE-SURROGATE", "\\ud800", StringComparison.Ordinal));
        }

        yield return valid.AsSpan(0, random.Next(valid.Length)).ToArray();
    }

    private static void Mutate(JsonNode root, Random random)
    {
        var objects = new List<JsonObject>();
        var arrays = new List<JsonArray>();
        Collect(root, objects, arrays);
        var target = objects[random.Next(objects.Count)];
        var names = target.Select(p => p.Key).ToList();
        switch (random.Next(5))
        {
            case 0 when names.Count > 0:
                target[names[random.Next(names.Count)]] = JsonNode.Parse(Values[random.Next(Values.Length)]);
                break;
            case 1:
                string name = Names[random.Next(Names.Length)];
                target[name] = JsonNode.Parse(Values[random.Next(Values.Length)]);
                break;
            case 2 when names.Count > 0:
                target.Remove(names[random.Next(names.Count)]);
                break;
            case 3 when names.Count > 0:
                string old = names[random.Next(names.Count)];
                var value = target[old];
                target.Remove(old);
                target[Names[random.Next(Names.Length)]] = value;
                break;
            case 4 when arrays.Count > 0:
                var array = arrays[random.Next(arrays.Count)];
                if (array.Count > 0)
                {
                    array.RemoveAt(random.Next(array.Count));
                }

                break;
        }
    }

    private static void Collect(JsonNode? node, List<JsonObject> objects, List<JsonArray> arrays)
    {
        switch (node)
        {
            case JsonObject o:
                objects.Add(o);
                foreach (var p in o)
                {
                    Collect(p.Value, objects, arrays);
                }

                break;
            case JsonArray a:
                arrays.Add(a);
                foreach (var item in a)
                {
                    Collect(item, objects, arrays);
                }

                break;
        }
    }
}
