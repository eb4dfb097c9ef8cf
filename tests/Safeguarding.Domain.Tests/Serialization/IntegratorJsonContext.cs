using System.Text.Json.Serialization;
using NodaTime;
using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Serialization;

namespace Safeguarding.Domain.Tests.Serialization;

/// <summary>An integrator's own request type that carries a contract document and a date beside it.</summary>
public sealed class PlanRequest
{
    public PlanRequest(ActionPlan plan, LocalDate asOf, string? requestedBy = null)
    {
        Plan = plan;
        AsOf = asOf;
        RequestedBy = requestedBy;
    }

    public ActionPlan Plan { get; }

    public LocalDate AsOf { get; }

    public string? RequestedBy { get; }
}

/// <summary>
/// An integrator's own source-generated context, as an integrator would write it: it knows nothing of the library's
/// context. <see cref="ActionPlan"/> is read by the wire layer's converter, named here (the model's types carry no
/// serializer attribute, as NodaTime's do not); the date by NodaTime's ISO converter, named here through
/// <see cref="IsoLocalDateJsonConverter"/>.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    Converters = new[] { typeof(IsoLocalDateJsonConverter), typeof(ActionPlanJsonConverter) })]
[JsonSerializable(typeof(PlanRequest))]
internal sealed partial class IntegratorJsonContext : JsonSerializerContext
{
}
