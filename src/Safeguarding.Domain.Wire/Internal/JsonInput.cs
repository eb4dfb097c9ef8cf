// One frame an open object or array: whether it is an array, the index of its current item, the name of its current member.
using PathFrame = (bool IsArray, int Index, string? Name);

namespace Safeguarding.Domain.Internal;

/// <summary>A document's forward reader (see <see cref="JsonForward"/>): on the root object's first token, it reads to the
/// root's end and returns the value, or null at the first thing that is not exactly right.</summary>
internal delegate T? ForwardRead<T>(ref Utf8JsonReader reader, JsonReadLimits limits)
    where T : class;

/// <summary>
/// Reads a contract document strictly: size, encoding, syntax and depth are checked first, with the
/// JSON path of any fault; then the document's own reader walks it and reports every error it finds.
/// </summary>
/// <remarks>
/// A document with a forward reader is read first in one pass of <see cref="Utf8JsonReader"/>; only a document that pass
/// does not accept is parsed into a DOM and walked by the DOM reader, which finds and locates every error. The forward
/// reader accepts only documents the DOM reader accepts, and makes the same value, so the answer never depends on which
/// reader gave it.
/// </remarks>
internal static class JsonInput
{
    private const string UnpairedSurrogate = "A string escapes half of a UTF-16 surrogate pair (\\uD800 to \\uDFFF) on its own; it is not text.";

    private static readonly byte[] Bom = { 0xEF, 0xBB, 0xBF };

    public static Result<T> Read<T>(ReadOnlyMemory<byte> utf8, JsonReadLimits limits, ForwardRead<T> forward, Func<JsonObjectReader, T?> read)
        where T : class
    {
        T? value = TryForward(utf8.Span, limits, forward);
        return value is not null ? Result<T>.Ok(value) : Read(utf8, limits, read);
    }

    /// <summary>The forward pass alone: the value, or null when the document needs the DOM reader.</summary>
    internal static T? TryForward<T>(ReadOnlySpan<byte> utf8, JsonReadLimits limits, ForwardRead<T> forward)
        where T : class
    {
        if (utf8.Length > limits.MaxDocumentBytes)
        {
            return null;
        }

        if (utf8.StartsWith(Bom))
        {
            utf8 = utf8.Slice(Bom.Length);
        }

        if (!Utf8Validation.IsValid(utf8))
        {
            return null;
        }

        // The same reader options as the DOM's parse below, so both refuse the same syntax and depth.
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = limits.MaxDepth });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            T? value = forward(ref reader, limits);

            // The root object must be the whole document: Read throws on anything after it but white space.
            return value is not null && reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == 0 && !reader.Read() ? value : null;
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            // A string that escapes half a surrogate pair cannot be unescaped; the DOM pass refuses it with its path.
            return null;
        }
    }

    public static Result<T> Read<T>(ReadOnlyMemory<byte> utf8, JsonReadLimits limits, Func<JsonObjectReader, T?> read)
        where T : class
    {
        var sink = new ErrorSink();
        if (utf8.Length > limits.MaxDocumentBytes)
        {
            sink.Add("$", "too-large", $"The document is {utf8.Length} bytes; the limit is {limits.MaxDocumentBytes} bytes.");
            return Result<T>.Fail(sink.ToImmutable());
        }

        // A UTF-8 byte-order mark, as spreadsheet exports write, is accepted and skipped.
        if (utf8.Span.StartsWith(Bom))
        {
            utf8 = utf8.Slice(Bom.Length);
        }

        if (!Utf8Validation.IsValid(utf8.Span))
        {
            int invalid = Utf8Validation.FirstInvalidByte(utf8.Span);
            sink.Add("$", "invalid-utf8", $"Byte {invalid} of the document is not valid UTF-8.");
            return Result<T>.Fail(sink.ToImmutable());
        }

        JsonDocument document;
        try
        {
            // The parser refuses exactly what the path-tracking pass refuses (more than MaxDepth levels), so the
            // verdict on depth never depends on whether that pass runs; the pass itself reads one level more, so that
            // it reaches the offending container and reports it with its path.
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = limits.MaxDepth });
        }
        catch (JsonException)
        {
            // Only a broken document pays for the second, path-tracking pass that locates the fault.
            if (Prescan(utf8.Span, limits, sink))
            {
                sink.Add("$", "malformed-json", "The document is not well-formed JSON.");
            }

            return Result<T>.Fail(sink.ToImmutable());
        }

        using var owned = document;

        // The parser accepts a lone surrogate escape such as \uD800, which is not text; only a document that
        // escapes a surrogate at all pays for the path-tracking pass that finds and refuses one.
        if (MayEscapeASurrogate(utf8.Span) && !Prescan(utf8.Span, limits, sink))
        {
            return Result<T>.Fail(sink.ToImmutable());
        }
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            sink.Add("$", "wrong-type", "The document must be a JSON object.");
            return Result<T>.Fail(sink.ToImmutable());
        }

        var root = new JsonObjectReader(document.RootElement, "$", sink, limits);
        T? value = read(root);
        if (sink.HasErrors || value is null)
        {
            if (!sink.HasErrors)
            {
                sink.Add("$", "invalid-document", "The document could not be read.");
            }

            return Result<T>.Fail(sink.ToImmutable());
        }

        return Result<T>.Ok(value);
    }

    /// <summary>Checks syntax and depth token by token, keeping the path so a fault can be located.</summary>
    private static bool Prescan(ReadOnlySpan<byte> utf8, JsonReadLimits limits, ErrorSink sink)
    {
        var path = new List<PathFrame>();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = limits.MaxDepth + 1 });
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        if (!TryGetString(ref reader, out string name))
                        {
                            // The name cannot be read: the path is the object's.
                            path[path.Count - 1] = path[path.Count - 1] with { Name = null };
                            sink.Add(PathOf(path), "malformed-json", UnpairedSurrogate);
                            return false;
                        }

                        path[path.Count - 1] = path[path.Count - 1] with { Name = name };
                        break;
                    case JsonTokenType.String:
                        BumpIndex(path);
                        if (!TryGetString(ref reader, out _))
                        {
                            sink.Add(PathOf(path), "malformed-json", UnpairedSurrogate);
                            return false;
                        }

                        break;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        BumpIndex(path);
                        if (path.Count >= limits.MaxDepth)
                        {
                            sink.Add(PathOf(path), "too-deep", $"The document nests deeper than {limits.MaxDepth} levels.");
                            return false;
                        }

                        path.Add((reader.TokenType == JsonTokenType.StartArray, -1, null));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        path.RemoveAt(path.Count - 1);
                        break;
                    default:
                        BumpIndex(path);
                        break;
                }
            }

            if (reader.TokenType == JsonTokenType.None)
            {
                sink.Add("$", "malformed-json", "The document is empty.");
                return false;
            }

            return true;
        }
        catch (JsonException ex)
        {
            string where = ex.LineNumber is long line && ex.BytePositionInLine is long column
                ? $" (line {line + 1}, byte {column + 1})"
                : string.Empty;
            sink.Add(PathOf(path), "malformed-json", "The document is not well-formed JSON" + where + ".");
            return false;
        }
    }

    /// <summary>
    /// Unescapes a string token. JSON lets <c>\uD800</c> stand alone, but such a string is not text and cannot be
    /// read as one; it is refused here (code <c>malformed-json</c>) rather than failing later.
    /// </summary>
    private static bool TryGetString(ref Utf8JsonReader reader, out string name)
    {
        name = string.Empty;
        if (!reader.ValueIsEscaped)
        {
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                name = reader.GetString() ?? string.Empty;
            }

            return true;
        }

        try
        {
            name = reader.GetString() ?? string.Empty;
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool MayEscapeASurrogate(ReadOnlySpan<byte> utf8)
    {
        for (int i = utf8.IndexOf((byte)'\\'); i >= 0 && i + 3 < utf8.Length; i++)
        {
            if (utf8[i] == '\\' && utf8[i + 1] == 'u' && (utf8[i + 2] | 0x20) == 'd' && IsHighHexDigit(utf8[i + 3]))
            {
                return true;
            }
        }

        return false;
    }

    // The second hex digit of a surrogate code unit: D800 to DFFF.
    private static bool IsHighHexDigit(byte b) => (b >= '8' && b <= '9') || ((b | 0x20) >= 'a' && (b | 0x20) <= 'f');

    private static void BumpIndex(List<PathFrame> path)
    {
        if (path.Count > 0 && path[path.Count - 1].IsArray)
        {
            path[path.Count - 1] = path[path.Count - 1] with { Index = path[path.Count - 1].Index + 1 };
        }
    }

    private static string PathOf(List<PathFrame> path)
    {
        var text = new StringBuilder("$");
        foreach (var frame in path)
        {
            if (frame.IsArray)
            {
                if (frame.Index >= 0)
                {
                    text.Append('[').Append(frame.Index).Append(']');
                }
            }
            else if (frame.Name is not null)
            {
                text.Append(IssuePaths.Member(string.Empty, frame.Name));
            }
        }

        return text.ToString();
    }
}
