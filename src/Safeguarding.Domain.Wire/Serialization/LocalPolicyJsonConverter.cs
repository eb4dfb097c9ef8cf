using Safeguarding.Domain.Rating;

namespace Safeguarding.Domain.Serialization;

/// <summary>
/// Reads and writes the contract's <b>local policy</b> document (rating scheme and escalation thresholds) (<see cref="LocalPolicy"/>) with System.Text.Json, without
/// reflection. <see cref="SafeguardingJsonContext"/>'s options list it; an integrator's options can list it too.
/// </summary>
/// <remarks>
/// <para>Reading is that of <see cref="LocalPolicyJson.Read(ReadOnlyMemory{byte})"/>, under the same limits, with the same paths and codes; writing gives the
/// JSON of <see cref="LocalPolicyJson.ToJson"/>. Thread safety, errors and formatting are as <see cref="DocumentJsonConverter{T}"/>
/// says.</para>
/// <para>To read under other limits, add an instance made with them to the options' <c>Converters</c>, ahead of any other
/// converter of the type.</para>
/// </remarks>
public sealed class LocalPolicyJsonConverter : DocumentJsonConverter<LocalPolicy>
{
    /// <summary>Creates the converter with <see cref="JsonReadLimits.Default"/>.</summary>
    public LocalPolicyJsonConverter()
        : this(JsonReadLimits.Default)
    {
    }

    /// <summary>Creates the converter with other limits.</summary>
    /// <param name="limits">The limits the reader enforces.</param>
    /// <exception cref="ArgumentNullException"><paramref name="limits"/> is null.</exception>
    public LocalPolicyJsonConverter(JsonReadLimits limits)
        : base(limits, LocalPolicyJson.Read, static (writer, value) => value.WriteTo(writer))
    {
    }
}
