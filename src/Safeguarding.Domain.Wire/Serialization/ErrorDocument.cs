using System.IO;
using Safeguarding.Domain.Internal;

namespace Safeguarding.Domain.Serialization;

/// <summary>
/// Writes the contract's error document, <c>{ "errors": [ { "path", "code", "message" } ] }</c>,
/// which the command-line tool prints with <c>--format json</c> when input cannot be read.
/// </summary>
/// <remarks>Thread-safe: the members are pure.</remarks>
public static class ErrorDocument
{
    /// <summary>Serialises errors as the contract's error document.</summary>
    /// <param name="errors">The errors, in order.</param>
    /// <returns>The JSON text, indented.</returns>
    public static string ToJson(IEnumerable<Issue> errors)
    {
        return JsonText.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteObjects("errors", errors, static (w, error) =>
            {
                w.WriteString("path", error.Path);
                w.WriteString("code", error.Code);
                w.WriteString("message", error.Message);
            });
            writer.WriteEndObject();
        });
    }
}
