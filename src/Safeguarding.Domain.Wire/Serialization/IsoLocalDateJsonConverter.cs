using System.Text.Json.Serialization;
using NodaTime.Serialization.SystemTextJson;
using NodaTime.Text;

namespace Safeguarding.Domain.Serialization;

/// <summary>
/// NodaTime's ISO <see cref="LocalDate"/> converter (<c>uuuu-MM-dd</c>: a <see cref="NodaPatternConverter{T}"/> over
/// <see cref="LocalDatePattern.Iso"/>, set up as <see cref="NodaConverters.LocalDateConverter"/> is) as a type with a
/// parameterless constructor, so that a source-generated context can name it: in <c>JsonSourceGenerationOptions.Converters</c>,
/// or in a <see cref="JsonConverterAttribute"/> on a <see cref="LocalDate"/> property. The options of
/// <see cref="SafeguardingJsonContext"/> carry it.
/// </summary>
/// <remarks>
/// <para>Thread-safe. It reads and writes as NodaTime's converter does (a date that does not exist, such as <c>2019-02-30</c>,
/// is refused, as the document readers refuse it; a date in a calendar other than ISO cannot be written), with one difference:
/// a refused value throws a <see cref="JsonException"/> whose message is fixed and which has no inner exception, because
/// NodaTime's own exception quotes the input text. System.Text.Json fills in the exception's path. Unlike the document readers
/// it does not confine dates to 1900 to 2199: that is a rule of the contract's documents, not of dates.</para>
/// <para>Why a type: NodaTime's converters are instances, which a <c>JsonSourceGenerationOptions</c> attribute cannot name. Why
/// not <see cref="NodaConverters.LocalDateConverter"/> itself: reading that property runs the static initialiser of
/// <see cref="NodaConverters"/>, whose interval converters look converters up by type and so bring trimming warnings into any
/// app that uses this one; the converter is built the same way here instead. For every NodaTime type at once, add NodaTime's
/// converters to the options (<c>ConfigureForNodaTime</c>) as usual.</para>
/// </remarks>
public sealed class IsoLocalDateJsonConverter : JsonConverter<LocalDate>
{
    private const string Refused = "Expected a date string as YYYY-MM-DD (ISO-8601) that exists in the calendar.";

    // NodaConverters.LocalDateConverter, built here: touching NodaConverters would run its static initialiser, whose interval
    // converters use JsonSerializerOptions.GetConverter(Type) and so bring trimming warnings into every app that uses this type.
    private static readonly JsonConverter<LocalDate> Noda = new NodaPatternConverter<LocalDate>(ContractDate.Pattern, IsoCalendarOnly);

    private static readonly NodaReader NodaRead = Noda.Read;

    private static readonly NodaReader NodaReadAsPropertyName = Noda.ReadAsPropertyName;

    private delegate LocalDate NodaReader(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options);

    /// <summary>Creates the converter.</summary>
    public IsoLocalDateJsonConverter()
    {
    }

    /// <summary>Reads a date.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="typeToConvert">The type to convert.</param>
    /// <param name="options">The serializer options.</param>
    /// <returns>The date.</returns>
    /// <exception cref="JsonException">The value is not an ISO date string, or names a date that does not exist.</exception>
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Refusing(NodaRead, ref reader, typeToConvert, options);

    /// <summary>Writes a date as an ISO string.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The date.</param>
    /// <param name="options">The serializer options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentException">The date is not in the ISO calendar.</exception>
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        Noda.Write(writer, value, options);
    }

    /// <summary>Reads a date used as a property name.</summary>
    /// <param name="reader">The reader, on the property name.</param>
    /// <param name="typeToConvert">The type to convert.</param>
    /// <param name="options">The serializer options.</param>
    /// <returns>The date.</returns>
    /// <exception cref="JsonException">The name is not an ISO date, or names a date that does not exist.</exception>
    public override LocalDate ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Refusing(NodaReadAsPropertyName, ref reader, typeToConvert, options);

    /// <summary>Writes a date as a property name.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The date.</param>
    /// <param name="options">The serializer options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentException">The date is not in the ISO calendar.</exception>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        Noda.WriteAsPropertyName(writer, value, options);
    }

    // Reads with NodaTime's converter; a refused value gets the fixed message, because NodaTime's exception carries the input
    // text in its inner exception: not passed on.
    private static LocalDate Refusing(NodaReader read, ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        try
        {
            return read(ref reader, typeToConvert, options);
        }
        catch (JsonException)
        {
            throw new JsonException(Refused);
        }
    }

    // As NodaTime's own converter: a date in another calendar would be written as ISO text of a different day.
    private static void IsoCalendarOnly(LocalDate date)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("Only dates in the ISO calendar can be written as ISO dates.", nameof(date));
        }
    }
}
