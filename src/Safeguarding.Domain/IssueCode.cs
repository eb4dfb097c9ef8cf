namespace Safeguarding.Domain;

/// <summary>One of the library's issue codes, with its kind and meaning (see <see cref="IssueCodes"/>).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class IssueCode
{
    // Made by the library only, with an object initialiser that names each property.
    internal IssueCode()
    {
    }

    /// <summary>The stable, kebab-case code, for example <c>invalid-date</c>.</summary>
    public string Code { get; internal init => field = Guard.Against.NullOrWhiteSpace(value, nameof(Code)); } = null!;

    /// <summary>Where it arises: <c>reading</c>, <c>validation</c>, <c>evaluation</c>, <c>discrepancy</c>, <c>CLI</c>, <c>HTTP</c> (several, comma-separated).</summary>
    public string Kind { get; internal init => field = Guard.Against.NullOrWhiteSpace(value, nameof(Kind)); } = null!;

    /// <summary>What it means, in words.</summary>
    public string Meaning { get; internal init => field = Guard.Against.NullOrWhiteSpace(value, nameof(Meaning)); } = null!;

    /// <summary>Returns the code and its kind, for example <c>invalid-date (reading, CLI, HTTP)</c>.</summary>
    /// <returns>The code as text.</returns>
    public override string ToString() => Code + " (" + Kind + ")";
}
