using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace Safeguarding.Service.Tests;

/// <summary>Every path of the contract's table, in process: the same answers as the command line, byte for byte.</summary>
public sealed class EndpointTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    private HttpClient Client => service.Client;

    [Fact]
    public async Task Healthz_Answers200()
    {
        var response = await Client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData(Documents.ChildSeriouslyHarmed)]
    [InlineData(Documents.WelshAdult)]
    public async Task Evaluate_AnswersWhatTheCommandLinePrints(string facts)
    {
        var response = await Client.PostAsync("/v1/evaluate", Json(facts));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Cli.Run(facts, "evaluate", "-", "--format", "json").Out, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Evaluate_UnreadableFacts_Is400WithTheCommandLinesErrorDocument()
    {
        var response = await Client.PostAsync("/v1/evaluate", Json(Documents.BadFacts));
        var cli = Cli.Run(Documents.BadFacts, "evaluate", "-", "--format", "json");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(1, cli.Exit);
        Assert.Equal(cli.Out, await response.Content.ReadAsStringAsync());
        Assert.Equal(new[] { "invalid-date", "unknown-property" }, Codes(cli.Out).OrderBy(c => c));
    }

    [Theory]
    [InlineData("", "malformed-json")]
    [InlineData("[1, 2]", "wrong-type")]
    [InlineData("{ \"jurisdiction\": ", "malformed-json")]
    public async Task Evaluate_BrokenBodies_Are400WithTheirCodes(string body, string code)
    {
        var response = await Client.PostAsync("/v1/evaluate", Json(body));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(code, Codes(await response.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("vpa-2024-s99=2027-04-01", "unknown-provision")]
    [InlineData("vpa-2024-s19", "invalid-commencement")]
    [InlineData("vpa-2024-s19=2027-02-30", "invalid-date")]
    public async Task Evaluate_Commencement_IsCheckedBeforeTheBody(string commencement, string code)
    {
        var response = await Client.PostAsync("/v1/evaluate?commencement=" + commencement, Json(Documents.ChildSeriouslyHarmed));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Errors(await response.Content.ReadAsStringAsync()).Single();
        Assert.Equal(("commencement", code), (error.GetProperty("path").GetString(), error.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task Evaluate_WithACommencement_AnswersWhatTheCommandLinePrints()
    {
        // A death after the planned commencement of domestic abuse related death reviews (VPA 2024 s19): the DARDR
        // replaces the domestic homicide review, through the query as through --commencement.
        const string death = """{ "jurisdiction": "england", "subject": "adult", "decisionDate": "2027-06-01", "harm": "died", "abuseOrNeglect": "known", "ageAtDeath": 31, "perpetratorRelationship": "shared-parent", "perpetratorAgedSixteenOrOver": "yes" }""";
        var response = await Client.PostAsync("/v1/evaluate?commencement=vpa-2024-s19=2027-04-01", Json(death));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string body = await response.Content.ReadAsStringAsync();
        Assert.Equal(Cli.Run(death, "evaluate", "-", "--format", "json", "--commencement", "vpa-2024-s19=2027-04-01").Out, body);
        Assert.Contains("\"domestic-abuse-related-death-review\"", body, StringComparison.Ordinal);
        Assert.NotEqual(body, await (await Client.PostAsync("/v1/evaluate", Json(death))).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Review_AnswersWhatTheCommandLinePrints()
    {
        var response = await Client.PostAsync("/v1/review?asOf=2013-06-01", Json(Documents.Record));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Cli.Run(Documents.Record, "review", "-", "--as-of", "2013-06-01", "--format", "json").Out, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("", "missing-parameter")]
    [InlineData("?asOf=2013-13-01", "invalid-date")]
    [InlineData("?asOf=9999-01-01", "date-out-of-range")]
    public async Task Review_AsOfThatCannotBeRead_Is400NamingTheParameter(string query, string code)
    {
        var response = await Client.PostAsync("/v1/review" + query, Json(Documents.Record));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Errors(await response.Content.ReadAsStringAsync()).Single();
        Assert.Equal(("asOf", code), (error.GetProperty("path").GetString(), error.GetProperty("code").GetString()));
    }

    [Theory]
    [InlineData(null, "json", "application/json")]
    [InlineData("json", "json", "application/json")]
    [InlineData("html", "html", "text/html")]
    [InlineData("markdown", "markdown", "text/markdown")]
    public async Task Plan_AnswersWhatTheCommandLinePrints_InEachFormat(string? format, string cliFormat, string mediaType)
    {
        string query = "/v1/plan?asOf=2020-11-01&compareTo=2020-08-01" + (format is null ? string.Empty : "&format=" + format);
        var response = await Client.PostAsync(query, Json(Documents.Plan));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        string cli = Cli.Run(Documents.Plan, "plan", "-", "--as-of", "2020-11-01", "--compare-to", "2020-08-01", "--format", cliFormat).Out;
        Assert.Equal(cli.TrimEnd('\n'), (await response.Content.ReadAsStringAsync()).TrimEnd('\n'));
    }

    [Theory]
    [InlineData("json")]
    [InlineData("markdown")]
    public async Task Plan_NonAsciiAnswer_IsTheCommandLinesTextInUtf8_WithItsByteCount(string format)
    {
        string plan = Documents.Plan.Replace("Share it", "Share it — with the café’s staff 📋", StringComparison.Ordinal);
        var response = await Client.PostAsync("/v1/plan?asOf=2020-11-01&format=" + format, Json(plan));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        byte[] body = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(body.Length, response.Content.Headers.ContentLength);
        string text = Encoding.UTF8.GetString(body);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        Assert.Contains("café", text, StringComparison.Ordinal);
        string cli = Cli.Run(plan, "plan", "-", "--as-of", "2020-11-01", "--format", format).Out;
        Assert.Equal(cli.TrimEnd('\n'), text.TrimEnd('\n'));
    }

    [Fact]
    public async Task Plan_UnknownFormat_Is400()
    {
        var response = await Client.PostAsync("/v1/plan?asOf=2020-11-01&format=pdf", Json(Documents.Plan));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("format", Errors(await response.Content.ReadAsStringAsync()).Single().GetProperty("path").GetString());
    }

    [Fact]
    public async Task Holidays_AnswersWhatTheCommandLinePrints()
    {
        var response = await Client.GetAsync("/v1/holidays/scotland/2022");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Cli.Run(string.Empty, "holidays", "--region", "scotland", "--year", "2022", "--format", "json").Out, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/v1/holidays/mars/2022", "region", "invalid-enum")]
    [InlineData("/v1/holidays/scotland/1999", "year", "year-out-of-range")]
    [InlineData("/v1/holidays/scotland/20x2", "year", "invalid-number")]
    public async Task Holidays_BadParameter_Is400NamingIt(string path, string parameter, string code)
    {
        var response = await Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Errors(await response.Content.ReadAsStringAsync()).Single();
        Assert.Equal((parameter, code), (error.GetProperty("path").GetString(), error.GetProperty("code").GetString()));
    }

    [Theory]
    [InlineData("from=2022-09-14&workingDays=5", "--from", "2022-09-14", "--working-days", "5")]
    [InlineData("from=2019-08-31&months=6&region=scotland", "--from", "2019-08-31", "--months", "6", "--region", "scotland")]
    [InlineData("from=2020-01-01&days=-3", "--from", "2020-01-01", "--days", "-3")]
    public async Task Deadline_AnswersWhatTheCommandLinePrints(string query, params string[] cliArgs)
    {
        var response = await Client.GetAsync("/v1/deadline?" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string cli = Cli.Run(string.Empty, new[] { "deadline" }.Concat(cliArgs).Concat(new[] { "--format", "json" }).ToArray()).Out;
        Assert.Equal(cli, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("from=2022-09-14", "$", "usage")]
    [InlineData("from=2022-09-14&days=1&months=1", "$", "usage")]
    [InlineData("workingDays=5", "from", "missing-parameter")]
    [InlineData("from=2022-09-14&workingDays=5&region=mars", "region", "invalid-enum")]
    [InlineData("from=2022-09-14&months=x", "months", "invalid-number")]
    public async Task Deadline_BadQuery_Is400(string query, string path, string code)
    {
        var response = await Client.GetAsync("/v1/deadline?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Errors(await response.Content.ReadAsStringAsync()).Single();
        Assert.Equal((path, code), (error.GetProperty("path").GetString(), error.GetProperty("code").GetString()));
    }

    [Theory]
    [InlineData(null, "json")]
    [InlineData("mermaid", "mermaid")]
    [InlineData("dot", "dot")]
    public async Task Lifecycles_AnswerWhatTheCommandLinePrints(string? format, string cliFormat)
    {
        var response = await Client.GetAsync("/v1/lifecycles/serious-case-review" + (format is null ? string.Empty : "?format=" + format));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string cli = Cli.Run(string.Empty, "lifecycle", "serious-case-review", "--format", cliFormat).Out;
        Assert.Equal(cli.TrimEnd('\n'), (await response.Content.ReadAsStringAsync()).TrimEnd('\n'));
    }

    [Theory]
    [InlineData("/v1/lifecycles/inquest", "kind")]
    [InlineData("/v1/lifecycles/serious-case-review?format=svg", "format")]
    public async Task Lifecycles_BadParameter_Is400(string path, string parameter)
    {
        var response = await Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(parameter, Errors(await response.Content.ReadAsStringAsync()).Single().GetProperty("path").GetString());
    }

    [Theory]
    [InlineData("case-facts")]
    [InlineData("action-plan")]
    [InlineData("review-record")]
    [InlineData("local-policy")]
    public async Task Schemas_AnswerTheShippedSchema(string document)
    {
        var response = await Client.GetAsync("/v1/schemas/" + document);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/schema+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Safeguarding.Domain.Serialization.DocumentSchemas.Get(document), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Schemas_UnknownDocument_Is400()
    {
        var response = await Client.GetAsync("/v1/schemas/case-fact");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("document", Errors(await response.Content.ReadAsStringAsync()).Single().GetProperty("path").GetString());
    }

    internal static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    internal static JsonElement[] Errors(string body) => JsonDocument.Parse(body).RootElement.GetProperty("errors").EnumerateArray().ToArray();

    internal static string[] Codes(string body) => Errors(body).Select(e => e.GetProperty("code").GetString()!).ToArray();
}
