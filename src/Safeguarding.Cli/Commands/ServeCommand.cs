using System.Globalization;
using Safeguarding.Service.Http;

namespace Safeguarding.Cli.Commands;

/// <summary>
/// `safeguarding serve [--urls url] [--allow-remote] [--max-request-bytes n]`: the contract over HTTP until stopped
/// (Ctrl+C, SIGTERM, or the service manager). Everything else is configured the usual ASP.NET Core way.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(CliIo io)
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Addresses to listen on, separated by ';' (default " + ServiceSettings.DefaultUrl + ", or ASPNETCORE_URLS, or 'urls' in appsettings.json).",
        };
        var allowRemote = new Option<bool>("--allow-remote")
        {
            Description = "Allow a non-loopback address. The service has no authentication: only behind your own gateway.",
        };
        var maxRequest = new Option<string>("--max-request-bytes")
        {
            Description = "The largest request body accepted, in bytes (default 16 MiB; or Safeguarding:MaxRequestBodyBytes in configuration). Larger: 413.",
        };
        var command = new Command("serve", "Run the contract as an HTTP service (JSON in and out, batches as application/x-ndjson, OpenAPI at /openapi/v1.json) until stopped.")
        {
            urls, allowRemote, maxRequest,
        };
        command.SetAction(parsed =>
        {
            var args = new List<string>();
            if (parsed.GetValue(urls) is { } given)
            {
                args.Add("--urls=" + given);
            }

            if (parsed.GetValue(maxRequest) is { } max)
            {
                var bytes = CliValues.Integer(max, "--max-request-bytes", 1, int.MaxValue, out var error);
                if (error is not null)
                {
                    return io.InputErrors(error, json: false);
                }

                args.Add("--" + ServiceSettings.MaxRequestBodyBytesKey + "=" + bytes!.Value.ToString(CultureInfo.InvariantCulture));
            }

            return ServiceHost.Run(args.ToArray(), parsed.GetValue(allowRemote), io.Err);
        });
        return command;
    }
}
