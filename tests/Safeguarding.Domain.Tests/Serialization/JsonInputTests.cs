using System.Linq;
using System.Text;
using Safeguarding.Domain.Internal;
using Safeguarding.Domain.Serialization;

namespace Safeguarding.Domain.Tests.Serialization;

public sealed class JsonInputTests
{
    private sealed class Sample
    {
        public Sample(string name) => Name = name;

        public string Name { get; }
    }

    private static Result<Sample> Read(string json) => Read(Encoding.UTF8.GetBytes(json));

    private static Result<Sample> Read(byte[] json) =>
        JsonInput.Read(json, JsonReadLimits.Default, reader =>
        {
            string? name = reader.Id("name", required: true);
            reader.Date("date", required: false);
            reader.Int32("count", required: false, 0, 100);
            foreach (var (item, path) in reader.Array("items", required: false))
            {
                var child = reader.ReadObject(item, path);
                child?.Date("due", required: true);
                child?.RejectUnknown();
            }

            reader.RejectUnknown();
            return name is null ? null : new Sample(name);
        });

    private static (string Path, string Code)[] Errors(Result<Sample> result) =>
        result.Errors.Select(e => (e.Path, e.Code)).ToArray();

    [Fact]
    public void Read_ValidDocument_ReturnsTheValue()
    {
        var result = Read("{\"name\":\"a\",\"date\":\"2020-02-29\",\"items\":[{\"due\":\"2021-01-01\"}]}");
        Assert.True(result.Success);
        Assert.Equal("a", result.Value.Name);
    }

    [Fact]
    public void Read_ByteOrderMark_IsAccepted()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("{\"name\":\"a\"}")).ToArray();
        Assert.True(Read(bytes).Success);
    }

    [Theory]
    [InlineData("{\"name\":\"a\",\"date\":\"2019-02-30\"}", "$.date", "invalid-date")]
    [InlineData("{\"name\":\"a\",\"date\":\"99999-01-01\"}", "$.date", "invalid-date")]
    [InlineData("{\"name\":\"a\",\"date\":\"0000-01-01\"}", "$.date", "date-out-of-range")]
    [InlineData("{\"name\":\"a\",\"date\":20200101}", "$.date", "wrong-type")]
    [InlineData("{\"name\":\"a\",\"count\":101}", "$.count", "number-out-of-range")]
    [InlineData("{\"name\":\"a\",\"count\":1.5}", "$.count", "invalid-number")]
    [InlineData("{\"name\":\"a\",\"count\":99999999999}", "$.count", "number-out-of-range")]
    [InlineData("{\"name\":null}", "$.name", "null-value")]
    [InlineData("{}", "$.name", "missing-property")]
    [InlineData("{\"name\":\"a\",\"nmae\":\"b\"}", "$.nmae", "unknown-property")]
    [InlineData("{\"name\":\"a\",\"name\":\"b\"}", "$.name", "duplicate-property")]
    [InlineData("{\"name\":\"a\",\"items\":[{\"due\":\"2021-01-01\"},{\"due\":\"2021-13-01\"}]}", "$.items[1].due", "invalid-date")]
    [InlineData("{\"name\":\"a\",\"items\":[{\"due\":\"2021-01-01\"},{\"due\":\"2021-13-01\"", "$.items[1].due", "malformed-json")]
    [InlineData("{\"name\":\"a\",\"items\":{}}", "$.items", "wrong-type")]
    [InlineData("[1,2]", "$", "wrong-type")]
    [InlineData("", "$", "malformed-json")]
    [InlineData("{\"name\":\"   \"}", "$.name", "empty-string")]
    public void Read_BadInput_ReportsPathAndCode(string json, string path, string code)
    {
        var result = Read(json);
        Assert.False(result.Success);
        Assert.Contains((path, code), Errors(result));
    }

    [Fact]
    public void Read_SeveralFaults_ReportsEveryOne()
    {
        var result = Read("{\"date\":\"x\",\"count\":\"y\",\"extra\":1}");
        Assert.Equal(
            new[] { ("$.name", "missing-property"), ("$.date", "invalid-date"), ("$.count", "wrong-type"), ("$.extra", "unknown-property") },
            Errors(result));
    }

    [Fact]
    public void Read_DeepNesting_IsRefusedAsTooDeep()
    {
        string json = "{\"name\":\"a\",\"items\":" + new string('[', 10_000) + new string(']', 10_000) + "}";
        var result = Read(json);
        Assert.Equal("too-deep", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Read_InvalidUtf8_IsRefusedWithItsOffset()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"name\":\"ab\"}");
        bytes[10] = 0xC3; // a lead byte followed by an ASCII byte
        var error = Assert.Single(Read(bytes).Errors);
        Assert.Equal("invalid-utf8", error.Code);
        Assert.Contains("Byte 10", error.Message);
    }

    [Fact]
    public void Read_HugeText_IsRefusedWithoutEchoingIt()
    {
        string huge = new string('x', 30_000);
        var error = Assert.Single(Read("{\"name\":\"" + huge + "\"}").Errors);
        Assert.Equal("string-too-long", error.Code);
        Assert.DoesNotContain("xxxx", error.Message);
    }

    [Fact]
    public void Read_OversizedDocument_IsRefusedBeforeParsing()
    {
        var limits = new JsonReadLimits(100, 32, 1000, 1000);
        var result = JsonInput.Read<Sample>(new byte[200], limits, _ => new Sample("x"));
        Assert.Equal("too-large", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Read_OddPropertyName_IsQuotedInThePath()
    {
        var result = Read("{\"name\":\"a\",\"bad name's\":1}");
        Assert.Equal("$['bad name\\'s']", Assert.Single(result.Errors).Path);
    }

    [Fact]
    public void Read_ErrorMessages_NeverRepeatTheInputText()
    {
        const string marker = "PLANTED-MARKER-7f3a";
        var result = Read("{\"name\":\"" + marker + "\",\"date\":\"" + marker + "\",\"" + marker + "\":\"" + marker + "\"}");
        Assert.All(result.Errors, e => Assert.DoesNotContain(marker, e.Message));
    }
}
