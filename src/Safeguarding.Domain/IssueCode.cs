namespace Safeguarding.Domain;

/// <summary>One of the library's issue codes, with its kind and meaning (see <see cref="IssueCodes"/>).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class IssueCode
{
    internal IssueCode(string code, string kind, string meaning)
    {
        Code = Guard.Against.NullOrWhiteSpace(code);
        Kind = Guard.Against.NullOrWhiteSpace(kind);
        Meaning = Guard.Against.NullOrWhiteSpace(meaning);
    }

    /// <summary>The stable, kebab-case code, for example <c>invalid-date</c>.</summary>
    public string Code { get; }

    /// <summary>Where it arises: <c>reading</c>, <c>validation</c>, <c>evaluation</c>, <c>discrepancy</c>, <c>CLI</c>, <c>HTTP</c> (several, comma-separated).</summary>
    public string Kind { get; }

    /// <summary>What it means, in words.</summary>
    public string Meaning { get; }

    /// <summary>Returns the code and its kind, for example <c>invalid-date (reading, CLI, HTTP)</c>.</summary>
    /// <returns>The code as text.</returns>
    public override string ToString() => Code + " (" + Kind + ")";
}
