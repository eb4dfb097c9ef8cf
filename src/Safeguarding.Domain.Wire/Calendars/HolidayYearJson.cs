using System.Globalization;
using Safeguarding.Domain.Internal;

namespace Safeguarding.Domain.Calendars;

/// <summary>The contract's <c>holidays</c> JSON of one year.</summary>
public static class HolidayYearJson
{
    /// <summary>
    /// The contract's <c>holidays</c> JSON: an array, in date order, of <c>{ "date", "name" }</c>, with
    /// <c>substitute</c> and <c>provisional</c> beside them.
    /// </summary>
    /// <returns>The JSON text, indented.</returns>
    public static string ToJson(this HolidayYear self) => JsonText.Write(self.WriteTo);

    /// <summary>Writes the document onto a writer, whose options set the indentation and escaping.</summary>
    internal static void WriteTo(this HolidayYear self, Utf8JsonWriter writer)
    {
        writer.WriteStartArray();
        foreach (var holiday in self.Holidays)
        {
            writer.WriteStartObject();
            writer.WriteString("date", ContractDate.Format(holiday.Date));
            writer.WriteString("name", holiday.Name);
            writer.WriteBoolean("substitute", holiday.IsSubstitute);
            writer.WriteBoolean("provisional", self.IsProvisional);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
