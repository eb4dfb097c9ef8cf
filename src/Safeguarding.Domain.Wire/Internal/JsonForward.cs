using System.Diagnostics.CodeAnalysis;
using NodaTime.Text;

namespace Safeguarding.Domain.Internal;

/// <summary>
/// Reads one document in a single forward pass of <see cref="Utf8JsonReader"/>, for the documents that have nothing wrong
/// with them.
/// </summary>
/// <remarks>
/// <para>A forward reader knows no errors: at the first thing that is not exactly right (an unknown, duplicate, escaped or
/// missing property, a wrong type, a value out of range, anything it is unsure of) it returns null, and
/// <see cref="JsonInput"/> reads the document again with the DOM readers (<see cref="JsonObjectReader"/>), which report
/// every error with its path, in their order. So the error lists have one source, and a forward reader has one duty:
/// to accept only documents the DOM reader accepts, and to make the same value of them.</para>
/// <para>The value helpers here take the reader on a value token and mirror the <see cref="JsonObjectReader"/> member
/// of the same name.</para>
/// </remarks>
internal static class JsonForward
{
    /// <summary>Reads the value after the current property name; false when it is null (an absent value).</summary>
    public static bool NextValue(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType != JsonTokenType.Null;
    }

    /// <summary>Moves to the next property name of the current object; false at its end.</summary>
    public static bool NextProperty(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.PropertyName;
    }

    /// <summary>Every property of the object may be <c>null</c> (passed over as absent).</summary>
    public const uint AnyMayBeNull = uint.MaxValue;

    /// <summary>The properties from position <paramref name="first"/> on may be <c>null</c>; those before it may not.</summary>
    public static uint NullFrom(int first) => uint.MaxValue << first;

    /// <summary>
    /// Moves to the next property of the object that has a value, in one step; false after the last property.
    /// <paramref name="index"/> is the property's position in <paramref name="names"/>, or -1 when the object is not
    /// exactly right: a name not in <paramref name="names"/>, a name already seen, or <c>null</c> for a property whose
    /// bit is not set in <paramref name="nullable"/>. A <c>null</c> value of any other property is passed over.
    /// </summary>
    public static bool NextMember(ref Utf8JsonReader reader, Utf8Names names, ref uint seen, uint nullable, out int index)
    {
        while (NextProperty(ref reader))
        {
            index = names.IndexOf(ref reader);
            if (index < 0 || (seen & (1u << index)) != 0)
            {
                index = -1;
                return true;
            }

            seen |= 1u << index;
            if (NextValue(ref reader))
            {
                return true;
            }

            if ((nullable & (1u << index)) == 0)
            {
                index = -1;
                return true;
            }
        }

        index = -1;
        return false;
    }

    /// <summary>Moves to the next item of the current array; false at its end. The caller counts the items against
    /// <see cref="JsonReadLimits.MaxArrayItems"/> at the end (the document's size bounds the work).</summary>
    public static bool NextItem(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType != JsonTokenType.EndArray;
    }

    /// <summary>An array of ids (the plan's <c>themes</c>, <c>findings</c>, <c>dependsOn</c>); null when anything is not right.</summary>
    public static System.Collections.Generic.List<string>? Ids(ref Utf8JsonReader reader, JsonReadLimits limits)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return null;
        }

        var list = new System.Collections.Generic.List<string>();

        while (NextItem(ref reader))
        {
            if (!Text(ref reader, JsonObjectReader.MaxIdLength, out string? id))
            {
                return null;
            }

            list.Add(id);
        }

        return list.Count > limits.MaxArrayItems ? null : list;
    }

    /// <summary>An array of objects, each read by <paramref name="read"/> from its first token (checked to be an object) to its
    /// end; null when anything is not right.</summary>
    public static System.Collections.Generic.List<T>? Objects<T>(ref Utf8JsonReader reader, JsonReadLimits limits, ForwardRead<T> read)
        where T : class
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return null;
        }

        var list = new System.Collections.Generic.List<T>();
        while (NextItem(ref reader))
        {
            var item = reader.TokenType == JsonTokenType.StartObject ? read(ref reader, limits) : null;
            if (item is null)
            {
                return null;
            }

            list.Add(item);
        }

        return list.Count > limits.MaxArrayItems ? null : list;
    }

    /// <summary>Free text or an id (<see cref="JsonObjectReader.ReadText"/>): a string of at most <paramref name="maxLength"/>
    /// characters, not only white space.</summary>
    public static bool Text(ref Utf8JsonReader reader, int maxLength, [NotNullWhen(true)] out string? text)
    {
        text = null;
        if (reader.TokenType != JsonTokenType.String)
        {
            return false;
        }

        // A lone surrogate escape throws InvalidOperationException here, which JsonInput takes as "not exactly right".
        string value = reader.GetString()!;
        if (value.Length > maxLength || string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        text = value;
        return true;
    }

    /// <summary>An enum's wire name (<see cref="JsonObjectReader.ReadEnum{TEnum}"/>), matched as bytes.</summary>
    public static bool Enum<TEnum>(ref Utf8JsonReader reader, KebabNames<TEnum> names, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        return reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && names.TryParse(reader.ValueSpan, out value);
    }

    /// <summary>As <see cref="Enum{TEnum}(ref Utf8JsonReader, KebabNames{TEnum}, out TEnum)"/>, into an optional value.</summary>
    public static bool Enum<TEnum>(ref Utf8JsonReader reader, KebabNames<TEnum> names, out TEnum? value)
        where TEnum : struct, Enum
    {
        value = Enum(ref reader, names, out TEnum parsed) ? parsed : null;
        return value.HasValue;
    }

    /// <summary>A contract date (<see cref="JsonObjectReader.ReadDate"/>), parsed in place.</summary>
    public static bool Date(ref Utf8JsonReader reader, out LocalDate date)
    {
        date = default;
        return reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && ContractDate.TryRead(reader.ValueSpan, out date);
    }

    /// <summary>As <see cref="Date(ref Utf8JsonReader, out LocalDate)"/>, into an optional value.</summary>
    public static bool Date(ref Utf8JsonReader reader, out LocalDate? date)
    {
        date = Date(ref reader, out LocalDate value) ? value : null;
        return date.HasValue;
    }

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/> (<see cref="JsonObjectReader.Int32"/>).</summary>
    public static bool Int32(ref Utf8JsonReader reader, int min, int max, out int value)
    {
        value = 0;
        return reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out value) && value >= min && value <= max;
    }

    /// <summary>As <see cref="Int32(ref Utf8JsonReader, int, int, out int)"/>, into an optional value.</summary>
    public static bool Int32(ref Utf8JsonReader reader, int min, int max, out int? value)
    {
        value = Int32(ref reader, min, max, out int number) ? number : null;
        return value.HasValue;
    }

    /// <summary>true or false (<see cref="JsonObjectReader.Boolean"/>).</summary>
    public static bool Boolean(ref Utf8JsonReader reader, out bool value)
    {
        value = reader.TokenType == JsonTokenType.True;
        return reader.TokenType is JsonTokenType.True or JsonTokenType.False;
    }

    /// <summary>As <see cref="Boolean(ref Utf8JsonReader, out bool)"/>, into an optional value.</summary>
    public static bool Boolean(ref Utf8JsonReader reader, out bool? value)
    {
        value = Boolean(ref reader, out bool flag) ? flag : null;
        return value.HasValue;
    }

    /// <summary>A positive period of years, months, weeks or days of at most 100 years (<see cref="JsonObjectReader.Period"/>).</summary>
    public static bool Period(ref Utf8JsonReader reader, [NotNullWhen(true)] out Period? period)
    {
        period = null;
        if (reader.TokenType != JsonTokenType.String)
        {
            return false;
        }

        string text = reader.GetString()!;
        var parsed = text.Length <= JsonObjectReader.MaxIdLength ? PeriodPattern.NormalizingIso.Parse(text) : null;
        if (parsed is null || !parsed.Success || parsed.Value.HasTimeComponent || parsed.Value.Equals(NodaTime.Period.Zero))
        {
            return false;
        }

        var value = parsed.Value;
        if (value.Years < 0 || value.Months < 0 || value.Weeks < 0 || value.Days < 0 || value.Years > 100)
        {
            return false;
        }

        period = value;
        return true;
    }
}

/// <summary>
/// The members of one object in the forward pass, read in a loop:
/// <c>while (members.Next(ref reader, out int index)) { members.Read(index switch { ... }); }</c>, then
/// <c>if (members.Failed) { return null; }</c>. <see cref="Next"/> moves to each property that has a value (as
/// <see cref="JsonForward.NextMember"/>); <see cref="Read"/> takes whether its value was read; the loop stops at the first
/// thing that is not exactly right, and <see cref="Failed"/> says so.
/// </summary>
internal struct ForwardMembers
{
    private readonly Utf8Names _names;
    private readonly uint _nullable;
    private uint _seen;

    /// <param name="names">The object's property names.</param>
    /// <param name="nullable">The positions that may be <c>null</c> (see <see cref="JsonForward.NullFrom"/>).</param>
    public ForwardMembers(Utf8Names names, uint nullable)
    {
        _names = names;
        _nullable = nullable;
        _seen = 0;
        Failed = false;
    }

    /// <summary>Whether the object was not exactly right.</summary>
    public bool Failed { get; private set; }

    /// <summary>Moves to the next property that has a value; false after the last one, or once anything has failed.</summary>
    public bool Next(ref Utf8JsonReader reader, out int index)
    {
        index = -1;
        if (Failed || !JsonForward.NextMember(ref reader, _names, ref _seen, _nullable, out index))
        {
            return false;
        }

        Failed = index < 0;
        return !Failed;
    }

    /// <summary>Takes whether the current property's value was read.</summary>
    public void Read(bool ok) => Failed |= !ok;
}

/// <summary>The forward readers' look-up of a property name in a <see cref="Utf8Names"/> table.</summary>
internal static class Utf8NamesReader
{
    /// <summary>
    /// The index of the reader's current property name, or -1 when it is not one of the names or is escaped (an escaped
    /// name is left to the DOM reader, which unescapes it).
    /// </summary>
    public static int IndexOf(this Utf8Names names, ref Utf8JsonReader reader) =>
        reader.ValueIsEscaped || reader.HasValueSequence ? -1 : names.IndexOf(reader.ValueSpan);
}
