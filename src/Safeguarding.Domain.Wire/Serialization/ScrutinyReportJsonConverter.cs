using Safeguarding.Domain.Reporting;

namespace Safeguarding.Domain.Serialization;

/// <summary>
/// Writes the contract's <c>plan</c> output, the action plan report (<see cref="ScrutinyReport"/>) with System.Text.Json, without
/// reflection. It is an output document: reading one is refused. <see cref="SafeguardingJsonContext"/>'s options list it; an
/// integrator's options can list it too.
/// </summary>
/// <remarks>
/// <para>Writing gives the JSON of <see cref="ScrutinyReportJson.ToJson"/>; thread safety, the refusal to read and formatting are as
/// <see cref="DocumentJsonConverter{T}"/> says.</para>
/// </remarks>
public sealed class ScrutinyReportJsonConverter : DocumentJsonConverter<ScrutinyReport>
{
    /// <summary>Creates the converter.</summary>
    public ScrutinyReportJsonConverter()
        : base("plan report", static (writer, value) => value.WriteTo(writer))
    {
    }
}
