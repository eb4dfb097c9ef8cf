using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Safeguarding.Domain.ActionPlans;

namespace Safeguarding.Domain.Serialization;

/// <summary>
/// Reads and writes the contract's <b>action plan</b> document (<see cref="ActionPlan"/>) with System.Text.Json, without
/// reflection. <see cref="ActionPlan"/> names this converter in a <see cref="JsonConverterAttribute"/>, so every serializer
/// context and every <see cref="JsonSerializerOptions"/> uses it; <see cref="SafeguardingJsonContext"/> lists the type.
/// </summary>
/// <remarks>
/// <para>Thread-safe. Reading hands the value's own UTF-8 to
/// <see cref="ActionPlanDocument.Read(ReadOnlyMemory{byte}, JsonReadLimits)"/>, so it is exactly as strict, under the same
/// limits, with the same paths and codes: unknown, duplicate and missing properties, wrong types, impossible or out-of-range
/// dates and numbers, too long, too many, too deep, too large. A value that cannot be read throws
/// <see cref="SafeguardingJsonException"/> with every error. Malformed JSON, and nesting deeper than the serializer's own
/// <see cref="JsonSerializerOptions.MaxDepth"/>, are refused by System.Text.Json's reader (a plain <see cref="JsonException"/>)
/// before the value reaches the converter. A JSON <c>null</c> is the null reference, as for any class.</para>
/// <para>Writing gives the JSON of <see cref="ActionPlanDocument.Write"/>, formatted by the writer: with
/// <see cref="JsonSerializerOptions.WriteIndented"/> and the default encoder (as <see cref="SafeguardingJsonContext.Default"/>
/// has) the text is byte for byte the same.</para>
/// <para>To read under other limits, add an instance made with them to <see cref="JsonSerializerOptions.Converters"/>: a
/// converter there takes precedence over the attribute.</para>
/// </remarks>
public sealed class ActionPlanJsonConverter : DocumentJsonConverter<ActionPlan>
{
    private readonly JsonReadLimits _limits;

    /// <summary>Creates the converter with <see cref="JsonReadLimits.Default"/>.</summary>
    public ActionPlanJsonConverter()
        : this(JsonReadLimits.Default)
    {
    }

    /// <summary>Creates the converter with other limits.</summary>
    /// <param name="limits">The limits the reader enforces.</param>
    /// <exception cref="ArgumentNullException"><paramref name="limits"/> is null.</exception>
    public ActionPlanJsonConverter(JsonReadLimits limits)
    {
        _limits = Guard.Against.Null(limits);
    }

    /// <inheritdoc/>
    private protected override Result<ActionPlan> ReadDocument(ReadOnlyMemory<byte> utf8) => ActionPlanDocument.Read(utf8, _limits);

    /// <inheritdoc/>
    private protected override void WriteDocument(Utf8JsonWriter writer, ActionPlan value) => ActionPlanDocument.WriteTo(writer, value);
}
