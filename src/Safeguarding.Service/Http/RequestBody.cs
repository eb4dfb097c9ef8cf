using System.Buffers;
using System.IO;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Http;

namespace Safeguarding.Service.Http;

/// <summary>Reads a request body whole, refusing it as soon as it passes the limit (whatever the Content-Length says).</summary>
internal static class RequestBody
{
    /// <summary>
    /// Up to this Content-Length, the body is read into an array of its declared size (one copy); above it, into a growing
    /// buffer, so that a client's claim of a large body reserves nothing before the bytes arrive.
    /// </summary>
    private const long ExactReadBytes = 64 * 1024;

    /// <summary>The body, or null when it is larger than <paramref name="limit"/>.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, long limit)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        var reader = request.BodyReader;
        if (request.ContentLength is long length && length <= ExactReadBytes)
        {
            return await ReadExactAsync(reader, length, request.HttpContext.RequestAborted).ConfigureAwait(false);
        }

        using var body = new MemoryStream();
        while (true)
        {
            var read = await reader.ReadAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);
            if (body.Length + read.Buffer.Length > limit)
            {
                reader.AdvanceTo(read.Buffer.End);
                return null;
            }

            foreach (var segment in read.Buffer)
            {
                body.Write(segment.Span);
            }

            reader.AdvanceTo(read.Buffer.End);
            if (read.IsCompleted)
            {
                return body.ToArray();
            }
        }
    }

    /// <summary>
    /// A body whose Content-Length is known (and within the limit), copied once into an array of that size. Kestrel ends
    /// the body at its Content-Length; a body that is shorter or longer than it declared is a bad request (400).
    /// </summary>
    private static async Task<byte[]> ReadExactAsync(PipeReader reader, long length, CancellationToken cancellation)
    {
        var body = new byte[length];
        long filled = 0;
        while (true)
        {
            var read = await reader.ReadAsync(cancellation).ConfigureAwait(false);
            if (filled + read.Buffer.Length > length)
            {
                reader.AdvanceTo(read.Buffer.End);
                throw new BadHttpRequestException("The request body is longer than its Content-Length.");
            }

            read.Buffer.CopyTo(body.AsSpan((int)filled));
            filled += read.Buffer.Length;

            reader.AdvanceTo(read.Buffer.End);
            if (read.IsCompleted)
            {
                return filled == length ? body : throw new BadHttpRequestException("The request body ended before its Content-Length.");
            }
        }
    }
}
