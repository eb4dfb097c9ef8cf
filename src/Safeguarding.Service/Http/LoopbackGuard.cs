using System.Net;
using Microsoft.Extensions.Configuration;

namespace Safeguarding.Service.Http;

/// <summary>
/// The service has no authentication, so by default it only listens on the loopback interface. This finds the
/// addresses the configuration asks for (<c>urls</c>, <c>http_ports</c>/<c>https_ports</c>, Kestrel endpoints)
/// and says which are not loopback; the host refuses to start on any of them without <c>--allow-remote</c>.
/// </summary>
internal static class LoopbackGuard
{
    /// <summary>The addresses configured, or empty when nothing is (the default address is then used).</summary>
    public static IReadOnlyList<string> ConfiguredAddresses(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var addresses = new List<string>();
        addresses.AddRange(Split(configuration["urls"]));
        // http_ports / https_ports (ASPNETCORE_HTTP_PORTS, as container images set) bind every interface.
        addresses.AddRange(Split(configuration["http_ports"]).Select(port => "http://*:" + port));
        addresses.AddRange(Split(configuration["https_ports"]).Select(port => "https://*:" + port));
        addresses.AddRange(configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"]).OfType<string>());
        return addresses;
    }

    /// <summary>Whether an address is on the loopback interface only (localhost, 127.0.0.0/8, ::1).</summary>
    public static bool IsLoopback(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        int scheme = address.IndexOf("://", StringComparison.Ordinal);
        string rest = scheme < 0 ? address : address[(scheme + 3)..];
        int slash = rest.IndexOf('/', StringComparison.Ordinal);
        string hostAndPort = slash < 0 ? rest : rest[..slash];
        string host;
        if (hostAndPort.StartsWith('['))
        {
            int close = hostAndPort.IndexOf(']', StringComparison.Ordinal);
            host = close < 0 ? hostAndPort : hostAndPort[1..close];
        }
        else
        {
            int colon = hostAndPort.LastIndexOf(':');
            host = colon < 0 ? hostAndPort : hostAndPort[..colon];
        }

        return string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
    }

    private static string[] Split(string? list) =>
        list is null ? Array.Empty<string>() : list.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
