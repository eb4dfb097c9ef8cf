namespace Safeguarding.Service.Batch;

/// <summary>Where a batch writes its answers: one UTF-8 JSON document a line, flushed as it goes.</summary>
internal interface IBatchOutput
{
    /// <summary>Writes one answer (compact JSON, no newline) and a newline, and flushes.</summary>
    ValueTask WriteLineAsync(ReadOnlyMemory<byte> json, CancellationToken cancellationToken);
}
