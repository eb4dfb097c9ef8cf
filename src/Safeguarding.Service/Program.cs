using Safeguarding.Service.Http;

namespace Safeguarding.Service;

/// <summary>
/// Runs the service on its own (<c>dotnet Safeguarding.Service.dll [--urls ...] [--allow-remote]</c>); integrators
/// use <c>safeguarding serve</c>, which builds the same host. WebApplicationFactory starts the service through here.
/// </summary>
internal static class Program
{
    private const string AllowRemote = "--allow-remote";

    private static int Main(string[] args) =>
        ServiceHost.Run(args.Where(a => a != AllowRemote).ToArray(), args.Contains(AllowRemote), Console.Error);
}
