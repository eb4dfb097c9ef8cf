using Safeguarding.Domain.Lifecycle;

namespace Safeguarding.Cli.Commands;

/// <summary>`safeguarding lifecycle &lt;review-kind&gt; [--format mermaid|json|dot]`: a review kind's lifecycle, from the table the library enforces.</summary>
internal static class LifecycleCommand
{
    public static Command Create(CliIo io)
    {
        var kind = new Argument<string>("review-kind") { Description = "The review kind: " + LifecycleNames.ExpectedKinds + "." };
        var format = OutputFormat.Create("mermaid", "json", "dot");
        var command = new Command("lifecycle", "Print a review kind's lifecycle (states, triggers, guards with citations) as Mermaid, DOT or JSON.") { kind, format };
        command.SetAction(parsed =>
        {
            bool json = OutputFormat.IsJson(parsed, format);
            if (!LifecycleNames.TryParseKind(parsed.GetValue(kind)!, out var reviewKind))
            {
                return io.InputErrors(new Issue("review-kind", "invalid-enum", "Expected one of: " + LifecycleNames.ExpectedKinds + "."), json);
            }

            var lifecycle = ReviewLifecycle.For(reviewKind);
            string text = parsed.GetValue(format) switch
            {
                "json" => lifecycle.ToJson() + "\n",
                "dot" => lifecycle.ToDot(),
                _ => lifecycle.ToMermaid(),
            };
            io.Out.Write(text);
            return CliIo.Success;
        });
        return command;
    }
}
