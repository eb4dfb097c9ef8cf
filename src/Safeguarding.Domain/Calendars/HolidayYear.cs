using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Safeguarding.Domain.Internal;
using Safeguarding.Domain.Serialization;

namespace Safeguarding.Domain.Calendars;

/// <summary>One year's bank holidays in one region, and whether they were officially announced.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
[JsonConverter(typeof(HolidayYearJsonConverter))]
public sealed class HolidayYear
{
    internal HolidayYear(HolidayRegion region, int year, ImmutableArray<BankHoliday> holidays, bool isProvisional)
    {
        Region = region;
        Year = year;
        Holidays = holidays;
        IsProvisional = isProvisional;
    }

    /// <summary>The region.</summary>
    public HolidayRegion Region { get; }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>Every day of the year that is not a working day because of a holiday, substitute days included, in date order.</summary>
    public ImmutableArray<BankHoliday> Holidays { get; }

    /// <summary>
    /// Whether the year is after the calendar's last officially announced year, so the list comes from the
    /// standing rules alone and a later proclamation could change it.
    /// </summary>
    public bool IsProvisional { get; }

    /// <summary>
    /// The contract's <c>holidays</c> JSON: an array, in date order, of <c>{ "date", "name" }</c>, with
    /// <c>substitute</c> and <c>provisional</c> beside them.
    /// </summary>
    /// <returns>The JSON text, indented.</returns>
    public string ToJson() => JsonText.Write(WriteTo);

    /// <summary>Writes the document onto a writer, whose options set the indentation and escaping.</summary>
    internal void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartArray();
        foreach (var holiday in Holidays)
        {
            writer.WriteStartObject();
            writer.WriteString("date", holiday.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
            writer.WriteString("name", holiday.Name);
            writer.WriteBoolean("substitute", holiday.IsSubstitute);
            writer.WriteBoolean("provisional", IsProvisional);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
