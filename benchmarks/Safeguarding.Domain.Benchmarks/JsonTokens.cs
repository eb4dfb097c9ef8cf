using System;
using System.Text.Json;

namespace Safeguarding.Domain.Benchmarks;

/// <summary>The baseline of the reading benchmarks: one <see cref="Utf8JsonReader"/> pass over a document, nothing else.</summary>
internal static class JsonTokens
{
    /// <summary>Reads every token of the document and counts them.</summary>
    public static int Count(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        int tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }
}
