namespace Safeguarding.Cli.Commands;

/// <summary>`safeguarding schema &lt;document&gt;`: prints an input document's JSON Schema, as shipped in the package.</summary>
internal static class SchemaCommand
{
    public static Command Create(CliIo io)
    {
        string names = string.Join(", ", DocumentSchemas.Names);
        var document = new Argument<string>("document") { Description = "The input document: " + names + "." };
        var command = new Command("schema", "Print the JSON Schema (draft 2020-12) of an input document: " + names + ".") { document };
        command.SetAction(parsed =>
        {
            string name = parsed.GetValue(document)!;
            if (!DocumentSchemas.TryGet(name, out var schema))
            {
                return io.UsageError(new[] { "unknown document '" + name + "'; expected one of: " + names + "." }, json: false);
            }

            io.Out.Write(schema);
            return CliIo.Success;
        });
        return command;
    }
}
