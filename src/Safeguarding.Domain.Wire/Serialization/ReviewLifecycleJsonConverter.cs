using Safeguarding.Domain.Lifecycle;

namespace Safeguarding.Domain.Serialization;

/// <summary>
/// Writes the contract's <c>lifecycle</c> output, a review kind's transition table (<see cref="ReviewLifecycle"/>) with System.Text.Json, without
/// reflection. It is an output document: reading one is refused. <see cref="SafeguardingJsonContext"/>'s options list it; an
/// integrator's options can list it too.
/// </summary>
/// <remarks>
/// <para>Writing gives the JSON of <see cref="ReviewLifecycleDiagrams.ToJson"/>; thread safety, the refusal to read and formatting are as
/// <see cref="DocumentJsonConverter{T}"/> says.</para>
/// </remarks>
public sealed class ReviewLifecycleJsonConverter : DocumentJsonConverter<ReviewLifecycle>
{
    /// <summary>Creates the converter.</summary>
    public ReviewLifecycleJsonConverter()
        : base("lifecycle table", static (writer, value) => value.WriteTo(writer))
    {
    }
}
