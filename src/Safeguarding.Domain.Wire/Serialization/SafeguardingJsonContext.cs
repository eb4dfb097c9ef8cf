using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Calendars;
using Safeguarding.Domain.Criteria;
using Safeguarding.Domain.Lifecycle;
using Safeguarding.Domain.Rating;
using Safeguarding.Domain.Reporting;

namespace Safeguarding.Domain.Serialization;

/// <summary>
/// The System.Text.Json metadata of every contract document, for integrators who read and write JSON with
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
/// are built on these (<c>new JsonSerializerOptions(SafeguardingJsonContext.Default.Options)</c>) or when it names that
/// converter (<c>Converters = new[] { typeof(ActionPlanJsonConverter) }</c>, as NodaTime's integrators name NodaTime's). A
/// converter an integrator puts first in the options (say, with tighter limits) is the one used.</para>
/// <para>Reading is exactly as strict as the documents' <c>Read</c> methods, with the same paths and codes, because the
/// converters hand each value to those readers; a value that cannot be read throws <see cref="SafeguardingJsonException"/>.
/// </para>
/// <para>Dates: the options carry NodaTime's ISO <see cref="LocalDate"/> converter, through
/// <see cref="IsoLocalDateJsonConverter"/> (NodaTime's converters are instances, which the options attribute cannot name; that
/// type can be named). So options built on these, <c>new JsonSerializerOptions(SafeguardingJsonContext.Default.Options)</c>
/// with an integrator's own context in the resolver chain, read and write that context's <see cref="LocalDate"/> values as
/// NodaTime does. <see cref="LocalDate"/> itself has no type information here: it is
/// a value inside documents, and the options' converter serves it.</para>
/// <para>The options are strict too, for any type an integrator combines with this context: unknown properties
/// (<see cref="JsonUnmappedMemberHandling.Disallow"/>) and duplicate properties are refused, nullable annotations and required
/// constructor parameters are respected, numbers must be JSON numbers, and output is indented, as the library's own
/// <c>ToJson</c> methods write it.</para>
/// </remarks>
public sealed class SafeguardingJsonContext : JsonSerializerContext
{
    // Written by hand rather than by the source generator: the generator would walk every property of the model's types
    // (which carry no serializer attribute) and emit public metadata for each, although each document type is read and
    // written whole by its converter. A context is options plus a type-info resolver; this one resolves the documents.
    private static readonly JsonSerializerOptions Strict = CreateOptions();

    private JsonTypeInfo<CaseFactsDocument>? _caseFacts;
    private JsonTypeInfo<ActionPlan>? _actionPlan;
    private JsonTypeInfo<ReviewRecord>? _reviewRecord;
    private JsonTypeInfo<LocalPolicy>? _localPolicy;
    private JsonTypeInfo<Evaluation>? _evaluation;
    private JsonTypeInfo<ScrutinyReport>? _scrutinyReport;
    private JsonTypeInfo<ReviewReport>? _reviewReport;
    private JsonTypeInfo<ReviewLifecycle>? _reviewLifecycle;
    private JsonTypeInfo<HolidayYear>? _holidayYear;

    /// <summary>Creates a context with the library's strict options.</summary>
    public SafeguardingJsonContext()
        : this(new JsonSerializerOptions(Strict))
    {
    }

    /// <summary>Creates a context bound to the given options (which it makes its own: they become read-only once used).</summary>
    /// <param name="options">The options.</param>
    public SafeguardingJsonContext(JsonSerializerOptions options)
        : base(options)
    {
    }

    /// <summary>The context with the library's strict options.</summary>
    public static SafeguardingJsonContext Default { get; } = new();

    /// <summary>The case-facts document.</summary>
    public JsonTypeInfo<CaseFactsDocument> CaseFactsDocument => _caseFacts ??= Info<Criteria.CaseFactsDocument>();

    /// <summary>The action plan document.</summary>
    public JsonTypeInfo<ActionPlan> ActionPlan => _actionPlan ??= Info<ActionPlans.ActionPlan>();

    /// <summary>The review record document.</summary>
    public JsonTypeInfo<ReviewRecord> ReviewRecord => _reviewRecord ??= Info<Lifecycle.ReviewRecord>();

    /// <summary>The local policy document.</summary>
    public JsonTypeInfo<LocalPolicy> LocalPolicy => _localPolicy ??= Info<Rating.LocalPolicy>();

    /// <summary>The evaluation (the determinations); written only.</summary>
    public JsonTypeInfo<Evaluation> Evaluation => _evaluation ??= Info<Criteria.Evaluation>();

    /// <summary>The scrutiny report; written only.</summary>
    public JsonTypeInfo<ScrutinyReport> ScrutinyReport => _scrutinyReport ??= Info<Reporting.ScrutinyReport>();

    /// <summary>The review report; written only.</summary>
    public JsonTypeInfo<ReviewReport> ReviewReport => _reviewReport ??= Info<Lifecycle.ReviewReport>();

    /// <summary>The lifecycle's transition table; written only.</summary>
    public JsonTypeInfo<ReviewLifecycle> ReviewLifecycle => _reviewLifecycle ??= Info<Lifecycle.ReviewLifecycle>();

    /// <summary>A year's bank holidays; written only.</summary>
    public JsonTypeInfo<HolidayYear> HolidayYear => _holidayYear ??= Info<Calendars.HolidayYear>();

    /// <inheritdoc />
    protected override JsonSerializerOptions? GeneratedSerializerOptions => Strict;

    /// <inheritdoc />
    public override JsonTypeInfo? GetTypeInfo(System.Type type)
    {
        if (type is null)
        {
            throw new System.ArgumentNullException(nameof(type));
        }

        return type == typeof(CaseFactsDocument) ? CaseFactsDocument
            : type == typeof(ActionPlan) ? ActionPlan
            : type == typeof(ReviewRecord) ? ReviewRecord
            : type == typeof(LocalPolicy) ? LocalPolicy
            : type == typeof(Evaluation) ? Evaluation
            : type == typeof(ScrutinyReport) ? ScrutinyReport
            : type == typeof(ReviewReport) ? ReviewReport
            : type == typeof(ReviewLifecycle) ? ReviewLifecycle
            : type == typeof(HolidayYear) ? HolidayYear
            : null;
    }

    // The options' converter for the type: the library's own (listed in the strict options), or one an integrator put first.
    private JsonTypeInfo<T> Info<T>()
    {
        foreach (var converter in Options.Converters)
        {
            if (converter.CanConvert(typeof(T)))
            {
                return JsonMetadataServices.CreateValueInfo<T>(Options, converter);
            }
        }

        throw new System.InvalidOperationException("The options have no converter for " + typeof(T).Name + "; build them on SafeguardingJsonContext.Default.Options.");
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            WriteIndented = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            AllowDuplicateProperties = false,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            NumberHandling = JsonNumberHandling.Strict,
            ReadCommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
        };
        options.Converters.Add(new IsoLocalDateJsonConverter());
        options.Converters.Add(new CaseFactsDocumentJsonConverter());
        options.Converters.Add(new ActionPlanJsonConverter());
        options.Converters.Add(new ReviewRecordJsonConverter());
        options.Converters.Add(new LocalPolicyJsonConverter());
        options.Converters.Add(new EvaluationJsonConverter());
        options.Converters.Add(new ScrutinyReportJsonConverter());
        options.Converters.Add(new ReviewReportJsonConverter());
        options.Converters.Add(new ReviewLifecycleJsonConverter());
        options.Converters.Add(new HolidayYearJsonConverter());
        return options;
    }
}
