using Safeguarding.Domain.Lifecycle;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Domain.Serialization;

/// <summary>
/// Reads and writes the contract's <b>review record</b> document, a review's dated lifecycle events
/// (<see cref="ReviewRecord"/>) with System.Text.Json, without reflection. <see cref="SafeguardingJsonContext"/>'s options list
/// it; an integrator's options can list it too.
/// </summary>
/// <remarks>
/// <para>Reading is that of <see cref="ReviewRecordJson.Read(ReadOnlyMemory{byte}, JsonReadLimits, TimescaleCatalogue)"/>,
/// under the same limits and catalogue, with the same paths and codes; writing gives the JSON of
/// <see cref="ReviewRecordJson.ToJson"/>. Thread safety, errors and formatting are as
/// <see cref="DocumentJsonConverter{T}"/> says.</para>
/// <para>To read under other limits, add an instance made with them to the options' <c>Converters</c>, ahead of any other
/// converter of the type.</para>
/// </remarks>
public sealed class ReviewRecordJsonConverter : DocumentJsonConverter<ReviewRecord>
{
    /// <summary>Creates the converter with <see cref="JsonReadLimits.Default"/> and
    /// <see cref="TimescaleCatalogue.Default"/>.</summary>
    public ReviewRecordJsonConverter()
        : this(JsonReadLimits.Default, TimescaleCatalogue.Default)
    {
    }

    /// <summary>Creates the converter with other limits or another catalogue.</summary>
    /// <param name="limits">The limits the reader enforces.</param>
    /// <param name="catalogue">The catalogue whose statutory minimum a local publication period is checked against.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ReviewRecordJsonConverter(JsonReadLimits limits, TimescaleCatalogue catalogue)
        : base(limits, (utf8, readLimits) => ReviewRecordJson.Read(utf8, readLimits, catalogue), static (writer, value) => value.WriteTo(writer))
    {
        Guard.Against.Null(catalogue);
    }
}
