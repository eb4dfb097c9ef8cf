namespace Safeguarding.Cli.Commands;

/// <summary>The <c>--format</c> option, restricted to the values a command supports.</summary>
internal static class OutputFormat
{
    public static Option<string> Create(params string[] formats)
    {
        var option = new Option<string>("--format")
        {
            Description = "Output format: " + string.Join(" | ", formats) + ".",
            DefaultValueFactory = _ => formats[0],
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    public static bool IsJson(ParseResult parsed, Option<string> format) =>
        string.Equals(parsed.GetValue(format), "json", StringComparison.Ordinal);
}
