namespace Safeguarding.Domain.Criteria;

/// <summary>Whether the person the case concerns is a child or an adult.</summary>
/// <remarks>The default value is <see cref="Child"/>. Wire names: <c>child</c>, <c>adult</c>.</remarks>
public enum Subject
{
    /// <summary>A child (<c>child</c>).</summary>
    Child = 0,

    /// <summary>An adult (<c>adult</c>).</summary>
    Adult = 1,
}
