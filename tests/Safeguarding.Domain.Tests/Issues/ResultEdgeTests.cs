using System;
using System.Collections.Immutable;
using Xunit;

namespace Safeguarding.Domain.Tests.Issues;

/// <summary>The edges of Result and Issue.ForText that the value tests leave open: misuse is refused, text limits are inclusive.</summary>
public sealed class ResultEdgeTests
{
    private static readonly Issue Error = new("$.a", "invalid-date", "No such day.");

    [Fact]
    public void Fail_ANullIssueAmongErrors_IsRefused()
    {
        var errors = ImmutableArray.Create(Error, null!);

        var refused = Assert.Throws<ArgumentException>(() => Result<string>.Fail(errors));
        Assert.Equal("errors", refused.ParamName);
    }

    [Fact]
    public void Bind_AStepThatReturnsNoResult_IsAProgrammerError()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => Result<string>.Ok("a").Bind<int>(_ => null!));

        Assert.Equal("The step returned no result.", refused.Message);
    }

    [Fact]
    public void ToString_OfASuccess_IsOkAndTheValue()
    {
        Assert.Equal("ok: abc", Result<string>.Ok("abc").ToString());
    }

    [Fact]
    public void TryGetValue_OfAFailure_GivesTheDefault()
    {
        Assert.False(Result<string>.Fail(ImmutableArray.Create(Error)).TryGetValue(out var value));
        Assert.Null(value);
    }

    [Theory]
    [InlineData(5, 5, null)]
    [InlineData(6, 5, "string-too-long")]
    public void ForText_LengthAtTheLimit_IsAccepted_OneMoreIsTooLong(int length, int limit, string? code)
    {
        Assert.Equal(code, Issue.ForText("$.t", new string('x', length), limit)?.Code);
    }

    [Fact]
    public void ForText_TooLong_SaysTheLengthAndTheLimit()
    {
        var issue = Issue.ForText("$.t", "abcdef", 5)!;

        Assert.Equal(("$.t", "string-too-long", "The text is 6 characters; the limit is 5."), (issue.Path, issue.Code, issue.Message));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \t ")]
    public void ForText_BlankText_IsEmptyString(string text)
    {
        var issue = Issue.ForText("$.t", text, 5)!;

        Assert.Equal(("$.t", "empty-string", "The text may not be empty."), (issue.Path, issue.Code, issue.Message));
    }
}
