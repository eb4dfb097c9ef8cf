namespace Safeguarding.Service.Batch;

/// <summary>What a batch did: how many documents it answered and how many of those failed.</summary>
/// <param name="Documents">Lines that held a document (blank lines are not counted).</param>
/// <param name="Failed">Documents answered with an error document (or, with strict, found invalid).</param>
internal readonly record struct BatchSummary(long Documents, long Failed)
{
    /// <summary>The command line's exit code: 0 when every document was read, else 1.</summary>
    public int ExitCode => Failed == 0 ? 0 : 1;
}
