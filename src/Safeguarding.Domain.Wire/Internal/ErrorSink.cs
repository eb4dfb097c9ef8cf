namespace Safeguarding.Domain.Internal;

/// <summary>Collects input errors while a document is read, so that every error is reported, not only the first.</summary>
internal sealed class ErrorSink
{
    private readonly List<Issue> _errors = new();

    public bool HasErrors => _errors.Count > 0;

    public int Count => _errors.Count;

    public void Add(string path, string code, string message) => _errors.Add(new Issue(path, code, message));

    public void Add(Issue error) => _errors.Add(error);

    public ImmutableArray<Issue> ToImmutable() => _errors.ToImmutableArray();
}
