using Safeguarding.Domain.Citations;

namespace Safeguarding.Domain.Criteria;

/// <summary>
/// One criterion of a regime: a test of the case's facts, or a combination (all, any, not) of other criteria,
/// with the provision it comes from and the dates it is in force.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Criteria are built by <see cref="RuleSet"/>; they are public so that callers can
/// inspect and document the rules. A criterion that is not in force on the decision date is not met.
/// </remarks>
public sealed class Criterion
{
    private readonly FactTest? _test;

    private Criterion(string id, string description, Citation citation, Validity validity, CriterionKind kind,
        ImmutableArray<Criterion> children, FactSet ownFacts, FactTest? test)
    {
        Id = Guard.Against.NullOrWhiteSpace(id);
        Description = Guard.Against.NullOrWhiteSpace(description);
        Citation = Guard.Against.Null(citation);
        Validity = validity;
        Kind = kind;
        Children = children;
        _test = test;
        var facts = ownFacts;
        foreach (var child in children)
        {
            facts = facts.Union(child.Facts);
        }

        Facts = facts;
    }

    /// <summary>A stable identifier, for example <c>si-2006-90-reg-5-2-a</c>.</summary>
    public string Id { get; }

    /// <summary>What the criterion asks, in plain words.</summary>
    public string Description { get; }

    /// <summary>The provision the criterion comes from.</summary>
    public Citation Citation { get; }

    /// <summary>The dates the criterion is in force.</summary>
    public Validity Validity { get; }

    /// <summary>How the criterion is decided.</summary>
    public CriterionKind Kind { get; }

    /// <summary>The criteria it combines; empty for a test of facts.</summary>
    public ImmutableArray<Criterion> Children { get; }

    /// <summary>Every fact the criterion or its children read.</summary>
    public FactSet Facts { get; }

    /// <summary>The facts read by the parts of the criterion in force on a date.</summary>
    /// <param name="date">The decision date.</param>
    /// <returns>The facts; empty when the criterion is not in force.</returns>
    internal FactSet FactsOn(LocalDate date)
    {
        if (!Validity.Contains(date))
        {
            return FactSet.Empty;
        }

        if (Kind == CriterionKind.Fact)
        {
            return Facts;
        }

        var facts = FactSet.Empty;
        foreach (var child in Children)
        {
            facts = facts.Union(child.FactsOn(date));
        }

        return facts;
    }

    /// <summary>Evaluates the criterion in three-valued logic: unknown facts make it unknown unless the known ones decide it.</summary>
    /// <param name="facts">The case facts.</param>
    /// <returns>Met, not met or unknown.</returns>
    public CriterionResult Evaluate(in CaseFacts facts)
    {
        if (!Validity.Contains(facts.DecisionDate))
        {
            return CriterionResult.NotMet;
        }

        switch (Kind)
        {
            case CriterionKind.Fact:
                return _test!(in facts);
            case CriterionKind.Not:
                var inner = Children[0].Evaluate(in facts);
                return inner == CriterionResult.Met ? CriterionResult.NotMet : inner == CriterionResult.NotMet ? CriterionResult.Met : CriterionResult.Unknown;
            case CriterionKind.All:
                return Combine(in facts, decisive: CriterionResult.NotMet, otherwise: CriterionResult.Met);
            default:
                return Combine(in facts, decisive: CriterionResult.Met, otherwise: CriterionResult.NotMet);
        }
    }

    // Three-valued AND (all: one child not met decides) and OR (any: one child met decides); otherwise an unknown child makes the answer unknown.
    private CriterionResult Combine(in CaseFacts facts, CriterionResult decisive, CriterionResult otherwise)
    {
        var answer = otherwise;
        foreach (var child in Children)
        {
            var result = child.Evaluate(in facts);
            if (result == decisive)
            {
                return decisive;
            }

            if (result == CriterionResult.Unknown)
            {
                answer = CriterionResult.Unknown;
            }
        }

        return answer;
    }

    /// <summary>Returns the identifier and the citation.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Id + " (" + Citation + ")";

    internal static Criterion Test(string id, string description, Citation citation, Validity validity, FactSet facts, FactTest test) =>
        new(id, description, citation, validity, CriterionKind.Fact, ImmutableArray<Criterion>.Empty, facts, Guard.Against.Null(test));

    internal static Criterion AllOf(string id, string description, Citation citation, Validity validity, params Criterion[] children) =>
        new(id, description, citation, validity, CriterionKind.All, Children2(children), FactSet.Empty, null);

    internal static Criterion AnyOf(string id, string description, Citation citation, Validity validity, params Criterion[] children) =>
        new(id, description, citation, validity, CriterionKind.Any, Children2(children), FactSet.Empty, null);

    internal static Criterion NotOf(string id, string description, Citation citation, Validity validity, Criterion child) =>
        new(id, description, citation, validity, CriterionKind.Not, ImmutableArray.Create(Guard.Against.Null(child)), FactSet.Empty, null);

    private static ImmutableArray<Criterion> Children2(Criterion[] children)
    {
        if (children is null || children.Length == 0)
        {
            throw new ArgumentException("A combination needs at least one criterion.", nameof(children));
        }

        return ImmutableArray.Create(children);
    }
}

/// <summary>A test of the case's facts in three-valued logic.</summary>
internal delegate CriterionResult FactTest(in CaseFacts facts);
