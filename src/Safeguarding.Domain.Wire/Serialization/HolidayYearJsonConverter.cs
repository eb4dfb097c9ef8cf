using Safeguarding.Domain.Calendars;

namespace Safeguarding.Domain.Serialization;

/// <summary>
/// Writes the contract's <c>holidays</c> output, one year's holidays in one region (<see cref="HolidayYear"/>) with System.Text.Json, without
/// reflection. It is an output document: reading one is refused. <see cref="SafeguardingJsonContext"/>'s options list it; an
/// integrator's options can list it too.
/// </summary>
/// <remarks>
/// <para>Writing gives the JSON of <see cref="HolidayYearJson.ToJson"/>; thread safety, the refusal to read and formatting are as
/// <see cref="DocumentJsonConverter{T}"/> says.</para>
/// </remarks>
public sealed class HolidayYearJsonConverter : DocumentJsonConverter<HolidayYear>
{
    /// <summary>Creates the converter.</summary>
    public HolidayYearJsonConverter()
        : base("holiday list", static (writer, value) => value.WriteTo(writer))
    {
    }
}
