namespace Safeguarding.Cli.Commands;

/// <summary>Every subcommand of `safeguarding`, one line each.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All(CliIo io)
    {
        yield return DemoCommand.Create(io);
        yield return HolidaysCommand.Create(io);
        yield return DeadlineCommand.Create(io);
        yield return EvaluateCommand.Create(io);
        yield return PlanCommand.Create(io);
        yield return ReviewCommand.Create(io);
        yield return RegisterCommand.Create(io);
        yield return LifecycleCommand.Create(io);
        yield return SchemaCommand.Create(io);
        yield return ServeCommand.Create(io);
    }
}
