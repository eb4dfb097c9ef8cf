using System.Linq;
using System.Text;
using System.Text.Json;
using Safeguarding.Domain.Rating;

namespace Safeguarding.Domain.Tests.Rating;

/// <summary>
/// A local policy made in C# (<see cref="RatingScheme.Create"/>, <see cref="EscalationThreshold.Create"/>) and the same
/// policy read from its JSON document (<c>LocalPolicyJson.Read</c>) are refused with the same issues.
/// </summary>
public sealed class LocalPolicyDoorTests
{
    private static readonly JsonSerializerOptions WithoutNulls = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    public static TheoryData<string[], string, string, string, string, string> Schemes => new()
    {
        { new[] { "red", "amber", "green", "blue" }, "red", "amber", "red", "green", "blue" },
        { new[] { "off", "on", "done" }, "off", "on", "off", "done", "done" },
        { System.Array.Empty<string>(), "a", "a", "a", "a", "a" },
        { new[] { "a", "a" }, "a", "a", "a", "a", "a" },
        { new[] { "a", "b" }, "a", "z", "a", "b", "y" },
        { new[] { "red", "amber", "green" }, "amber", "red", "red", "green", "green" },
        { new[] { "red", "amber", "green" }, "red", "amber", "green", "green", "green" },
        { new[] { "red", "amber", "green" }, "red", "amber", "red", "green", "amber" },
        { new[] { "red", " ", "green" }, "red", "green", "red", "green", "green" },
        { new[] { "red", "green" }, "red", "green", "red", "green", new string('g', 65) },
    };

    [Theory]
    [MemberData(nameof(Schemes))]
    public void Scheme_BothDoors_GiveTheSameAnswer(string[] statuses, string notStarted, string inProgress, string overdue, string completed, string embedded)
    {
        var made = RatingScheme.Create("council", statuses, notStarted, inProgress, overdue, completed, embedded);
        string json = JsonSerializer.Serialize(new
        {
            scheme = new { name = "council", statuses, notStarted, inProgress, overdue, completed, embedded },
        });
        var read = LocalPolicyJson.Read(Encoding.UTF8.GetBytes(json));

        Assert.Equal(read.Success, made.Success);
        if (made.Success)
        {
            Assert.Equal(read.Value.Scheme, made.Value);
        }
        else
        {
            Assert.Equal(read.Errors.ToArray(), made.Errors.ToArray());
        }
    }

    [Fact]
    public void Scheme_OutOfOrder_IsOneIssueAtTheScheme()
    {
        var made = RatingScheme.Create("council", new[] { "red", "amber", "green" }, "amber", "red", "red", "green", "green");

        var issue = Assert.Single(made.Errors);
        Assert.Equal("$.scheme", issue.Path);
        Assert.Equal("invalid-scheme", issue.Code);
    }

    [Theory]
    [InlineData(0, null, null)]
    [InlineData(null, 0, null)]
    [InlineData(null, null, -1)]
    [InlineData(100_001, 1_001, 1_001)]
    [InlineData(100_000, 1_000, 1_000)]
    [InlineData(1, 1, 1)]
    [InlineData(null, null, null)]
    public void Threshold_BothDoors_GiveTheSameAnswer(int? days, int? silent, int? red)
    {
        var made = EscalationThreshold.Create(days, silent, red);
        string json = JsonSerializer.Serialize(new { escalation = new { board = new { daysOverdue = days, cyclesWithoutUpdate = silent, cyclesAtRed = red } } },
            WithoutNulls);
        var read = LocalPolicyJson.Read(Encoding.UTF8.GetBytes(json));

        Assert.Equal(read.Success, made.Success);
        if (made.Success)
        {
            Assert.Equal(read.Value.Escalation.Board, made.Value);
        }
        else
        {
            // In the document the threshold's object is $.escalation.board; made in C#, its paths start at the object.
            Assert.Equal(read.Errors.Select(e => (e.Path, e.Code, e.Message)),
                made.Errors.Select(e => ("$.escalation.board" + e.Path[1..], e.Code, e.Message)));
        }
    }
}
