using Safeguarding.Cli.Demo;

namespace Safeguarding.Cli.Commands;

/// <summary>
/// `safeguarding demo`: runs the main job on embedded examples drawn from the published cases
/// (pseudonyms only). Every figure it prints is computed by the library.
/// </summary>
internal static class DemoCommand
{
    public static Command Create(CliIo io)
    {
        var command = new Command("demo", "Run the library on embedded examples from published cases: criteria, statutory clocks, lifecycle position and an action-plan report. Needs no input.");
        command.SetAction(_ =>
        {
            io.Out.WriteLine("Safeguarding.Domain demo: every answer below is computed by the library.");
            foreach (var section in DemoSections.All)
            {
                io.Out.WriteLine();
                io.Out.WriteLine("== " + section.Title + " ==");
                section.Write(io.Out);
            }

            return CliIo.Success;
        });
        return command;
    }
}
