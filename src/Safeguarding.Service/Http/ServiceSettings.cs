using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Safeguarding.Service.Http;

/// <summary>
/// The service's own settings, read from configuration section <c>Safeguarding</c> (command line, environment
/// <c>Safeguarding__MaxRequestBodyBytes</c>, or <c>appsettings.json</c>), except <see cref="AllowRemote"/>, which only
/// the command line's explicit <c>--allow-remote</c> can set.
/// </summary>
/// <param name="MaxRequestBodyBytes">The largest request body accepted (413 <c>too-large</c> above it).</param>
/// <param name="AllowRemote">Whether a non-loopback address may be bound.</param>
internal sealed record ServiceSettings(long MaxRequestBodyBytes, bool AllowRemote)
{
    /// <summary>The default request limit: 16 MiB, the library's limit for one document.</summary>
    public const long DefaultMaxRequestBodyBytes = 16 * 1024 * 1024;

    /// <summary>The address bound when nothing else is configured.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>The configuration key of the request limit.</summary>
    public const string MaxRequestBodyBytesKey = "Safeguarding:MaxRequestBodyBytes";

    /// <summary>Reads the settings; null with an error message when a value cannot be read.</summary>
    public static ServiceSettings? From(IConfiguration configuration, bool allowRemote, out string? error)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        error = null;
        string? text = configuration[MaxRequestBodyBytesKey];
        long max = DefaultMaxRequestBodyBytes;
        if (text is not null && (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out max) || max <= 0))
        {
            error = MaxRequestBodyBytesKey + " must be a whole number of bytes greater than zero.";
            return null;
        }

        return new ServiceSettings(max, allowRemote);
    }
}
