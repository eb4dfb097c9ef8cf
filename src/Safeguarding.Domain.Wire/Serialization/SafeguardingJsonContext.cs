using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Calendars;
using Safeguarding.Domain.Criteria;
using Safeguarding.Domain.Lifecycle;
using Safeguarding.Domain.Rating;
using Safeguarding.Domain.Reporting;

namespace Safeguarding.Domain.Serialization;

/// <summary>
/// The source-generated System.Text.Json metadata of every contract document, for integrators who read and write JSON with
/// <see cref="JsonSerializer"/>: no reflection, trimming- and AOT-safe. For example <c>JsonSerializer.Deserialize(utf8,
/// SafeguardingJsonContext.Default.ActionPlan)</c>.
/// </summary>
/// <remarks>
/// <para>Thread-safe. Input documents, read and written: <see cref="CaseFactsDocument"/> (case facts),
/// <see cref="ActionPlan"/>, <see cref="ReviewRecord"/> (a review's lifecycle events) and <see cref="LocalPolicy"/>. Output
/// documents, written only (reading one throws a <see cref="JsonException"/> that says so): <see cref="Evaluation"/> (the
/// determinations), <see cref="ScrutinyReport"/> (the plan report), <see cref="ReviewReport"/>, <see cref="ReviewLifecycle"/>
/// (the transition table) and <see cref="HolidayYear"/>. The model's types carry no serializer attribute (the model does not
/// know about JSON); this context's options list their converters (<see cref="ActionPlanJsonConverter"/> and the rest), so an
/// integrator's own context that has, say, an <see cref="ActionPlan"/> property reads it just as strictly when its options
/// are built on these (<c>new JsonSerializerOptions(SafeguardingJsonContext.Default.Options)</c>) or list the same
/// converters.</para>
/// <para>Reading is exactly as strict as the documents' <c>Read</c> methods, with the same paths and codes, because the
/// converters hand each value to those readers; a value that cannot be read throws <see cref="SafeguardingJsonException"/>.
/// </para>
/// <para>Dates: the options carry NodaTime's ISO <see cref="LocalDate"/> converter, through
/// <see cref="IsoLocalDateJsonConverter"/> (NodaTime's converters are instances, which the options attribute cannot name; that
/// type can be named). So options built on these, <c>new JsonSerializerOptions(SafeguardingJsonContext.Default.Options)</c>
/// with an integrator's own context in the resolver chain, read and write that context's <see cref="LocalDate"/> values as
/// NodaTime does. <see cref="LocalDate"/> itself is not listed here: the generator would then also emit object metadata for its
/// properties (its calendar, era and day of week) as public members of this context, which no one should use.</para>
/// <para>The options are strict too, for any type an integrator combines with this context: unknown properties
/// (<see cref="JsonUnmappedMemberHandling.Disallow"/>) and duplicate properties are refused, nullable annotations and required
/// constructor parameters are respected, numbers must be JSON numbers, and output is indented, as the library's own
/// <c>ToJson</c> methods write it.</para>
/// </remarks>
[JsonSourceGenerationOptions(
    WriteIndented = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    NumberHandling = JsonNumberHandling.Strict,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    Converters = new[]
    {
        typeof(IsoLocalDateJsonConverter), typeof(CaseFactsDocumentJsonConverter), typeof(ActionPlanJsonConverter),
        typeof(ReviewRecordJsonConverter), typeof(LocalPolicyJsonConverter), typeof(EvaluationJsonConverter),
        typeof(ScrutinyReportJsonConverter), typeof(ReviewReportJsonConverter), typeof(ReviewLifecycleJsonConverter),
        typeof(HolidayYearJsonConverter),
    })]
[JsonSerializable(typeof(CaseFactsDocument))]
[JsonSerializable(typeof(ActionPlan))]
[JsonSerializable(typeof(ReviewRecord))]
[JsonSerializable(typeof(LocalPolicy))]
[JsonSerializable(typeof(Evaluation))]
[JsonSerializable(typeof(ScrutinyReport))]
[JsonSerializable(typeof(ReviewReport))]
[JsonSerializable(typeof(ReviewLifecycle))]
[JsonSerializable(typeof(HolidayYear))]
public sealed partial class SafeguardingJsonContext : JsonSerializerContext
{
}
