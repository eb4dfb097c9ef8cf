using Safeguarding.Domain.Lifecycle;

namespace Safeguarding.Domain.Serialization;

/// <summary>
/// Writes the contract's <c>review</c> output, where a recorded review stands (<see cref="ReviewReport"/>) with System.Text.Json, without
/// reflection. It is an output document: reading one is refused. <see cref="SafeguardingJsonContext"/>'s options list it; an
/// integrator's options can list it too.
/// </summary>
/// <remarks>
/// <para>Writing gives the JSON of <see cref="ReviewReportJson.ToJson"/>; thread safety, the refusal to read and formatting are as
/// <see cref="DocumentJsonConverter{T}"/> says.</para>
/// </remarks>
public sealed class ReviewReportJsonConverter : DocumentJsonConverter<ReviewReport>
{
    /// <summary>Creates the converter.</summary>
    public ReviewReportJsonConverter()
        : base("review report", static (writer, value) => value.WriteTo(writer))
    {
    }
}
