using System.CommandLine.Invocation;
using System.Reflection;
using Safeguarding.Cli.Commands;

namespace Safeguarding.Cli;

/// <summary>
/// The `safeguarding` command. Thin by design: it parses, calls the library, prints. Exit codes follow
/// the contract: 0 success, 1 input that cannot be read into the model, 2 usage error.
/// </summary>
internal static class CliApp
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<Stream> stdin)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 1 && args[0] == "--version")
        {
            // Answered here so the tool reports its own version even when hosted in-process by tests, and before the
            // command tree is built: building it was most of a cold start of --version (about 150 ms of 200).
            stdout.WriteLine(Version);
            return CliIo.Success;
        }

        var io = new CliIo(stdout, stderr, stdin);
        var root = new RootCommand("Safeguarding.Domain: UK statutory safeguarding review criteria, statutory clocks, review lifecycles and action-plan reports.");
        foreach (var command in CommandCatalog.All(io))
        {
            root.Subcommands.Add(command);
        }

        ParseResult parsed = root.Parse(args);
        if (parsed.Action is ParseErrorAction)
        {
            return io.UsageError(parsed.Errors.Select(e => e.Message), WantsJson(args));
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Never a stack trace: the contract promises a clean message and a stable code.
            stderr.WriteLine("error: internal-error: the command failed unexpectedly (" + ex.GetType().Name + "). Please report this with the input that caused it.");
            return 1;
        }
    }

    public static string Version =>
        typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(CliApp).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    private static bool WantsJson(string[] args)
    {
        for (int i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == "--format" && args[i + 1] == "json")
            {
                return true;
            }
        }

        return args.Contains("--format=json");
    }
}
