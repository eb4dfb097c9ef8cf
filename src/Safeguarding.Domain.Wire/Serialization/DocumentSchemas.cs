using System.IO;

namespace Safeguarding.Domain.Serialization;

/// <summary>
/// The JSON Schemas (draft 2020-12) of the input documents the library reads, as shipped in the package:
/// <c>case-facts</c> (<see cref="Criteria.CaseFactsJson"/>), <c>action-plan</c> (<see cref="ActionPlans.ActionPlanDocument"/>),
/// <c>review-record</c> (<see cref="Lifecycle.ReviewRecord"/>), <c>local-policy</c> (<see cref="Rating.LocalPolicy"/>) and
/// <c>register</c> (<see cref="Register.PartnershipRegister"/>).
/// </summary>
/// <remarks>
/// <para>Thread-safe. Each schema is self-contained (no <c>$ref</c>) and closed (<c>additionalProperties: false</c>), as the
/// readers reject unknown properties. The package also carries them as files under <c>contentFiles/any/any/schemas/</c>.</para>
/// <para>A document the schema accepts is read without errors, and the reverse, except for the cross-field rules each schema's
/// <c>description</c> lists (for example, a review kind that does not exist in the jurisdiction), the document limits of
/// <see cref="JsonReadLimits"/> (size and depth), and numbers written with a fraction or exponent such as <c>5.0</c>, which the
/// readers refuse as whole numbers.</para>
/// </remarks>
public static class DocumentSchemas
{
    private const string ResourcePrefix = "Safeguarding.Domain.Schemas.";

    private static readonly Dictionary<string, string> Cache = new(StringComparer.Ordinal);

    /// <summary>The document names, in the order the contract lists them: case-facts, action-plan, review-record, local-policy, register.</summary>
    public static ImmutableArray<string> Names { get; } = ImmutableArray.Create("case-facts", "action-plan", "review-record", "local-policy", "register");

    /// <summary>Gets a document's JSON Schema.</summary>
    /// <param name="document">The document name, one of <see cref="Names"/>.</param>
    /// <returns>The schema as JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="document"/> is not one of <see cref="Names"/>.</exception>
    public static string Get(string document)
    {
        Guard.Against.Null(document);
        return TryGet(document, out var schema)
            ? schema!
            : throw new ArgumentException("Unknown document; expected one of: " + string.Join(", ", Names) + ".", nameof(document));
    }

    /// <summary>Gets a document's JSON Schema, if the name is known.</summary>
    /// <param name="document">The document name, one of <see cref="Names"/>.</param>
    /// <param name="schema">The schema as JSON text, or null when the name is unknown.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryGet(string? document, out string? schema)
    {
        schema = null;
        if (document is null || !Names.Contains(document))
        {
            return false;
        }

        lock (Cache)
        {
            if (!Cache.TryGetValue(document, out schema))
            {
                schema = Load(document);
                Cache.Add(document, schema);
            }
        }

        return true;
    }

    private static string Load(string document)
    {
        using var stream = typeof(DocumentSchemas).Assembly.GetManifestResourceStream(ResourcePrefix + document + ".schema.json")
            ?? throw new InvalidOperationException("The schema resource is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
