using Safeguarding.Domain.Citations;

namespace Safeguarding.Domain.Criteria;

/// <summary>
/// A body of review rules in force in one jurisdiction for children, adults or both between two dates: for
/// example <c>england-lscb-2006</c>, the serious case reviews of the Local Safeguarding Children Boards Regulations 2006.
/// </summary>
/// <remarks>Immutable and thread-safe. The regimes are data in <see cref="RuleSet"/>.</remarks>
public sealed class Regime
{
    private readonly Lazy<DecisionTable[]> _tables;

    internal Regime(RegimeId id, string name, Jurisdiction jurisdiction, ImmutableArray<Subject> subjects, Validity validity,
        Citation citation, ImmutableArray<DeterminationRule> rules, bool presentOnlyForDeaths = false)
    {
        PresentOnlyForDeaths = presentOnlyForDeaths;
        Id = id == default ? throw new ArgumentException("A regime has a declared id.", nameof(id)) : id;
        Name = Guard.Against.NullOrWhiteSpace(name);
        Jurisdiction = Guard.Against.EnumOutOfRange(jurisdiction);
        Subjects = subjects;
        Validity = validity;
        FromKey = DateKey.Of(validity.From);
        UntilKey = DateKey.Of(validity.Until);
        Citation = Guard.Against.Null(citation);
        Rules = rules;
        var groups = new List<KindGroup>();
        foreach (var rule in rules)
        {
            var group = groups.Find(g => g.Kind == rule.Kind && g.Subject == rule.Subject);
            if (group is null)
            {
                group = new KindGroup(rule.Kind, rule.Subject);
                groups.Add(group);
            }

            group.Add(rule);
        }

        Groups = groups.ToImmutableArray();
        _tables = new Lazy<DecisionTable[]>(() =>
        {
            var tables = new DecisionTable[Groups.Length];
            for (int i = 0; i < tables.Length; i++)
            {
                tables[i] = DecisionTable.Build(this, Groups[i]);
            }

            return tables;
        });
    }

    /// <summary>The contract's id, for example <c>england-cspr-2018</c>.</summary>
    public RegimeId Id { get; }

    /// <summary>The regime's name in words.</summary>
    public string Name { get; }

    /// <summary>The jurisdiction.</summary>
    public Jurisdiction Jurisdiction { get; }

    /// <summary>Whom the regime covers.</summary>
    public ImmutableArray<Subject> Subjects { get; }

    /// <summary>The dates the regime may be applied to a decision (see <see cref="RuleSet.Select"/> for the English transition).</summary>
    public Validity Validity { get; }

    /// <summary>The instrument or guidance the regime rests on.</summary>
    public Citation Citation { get; }

    /// <summary>
    /// Whether a companion regime's determinations are given only when the person died or it is not known (domestic
    /// homicide reviews, offensive weapons homicide reviews, care leavers' deaths); a main regime is always applied.
    /// </summary>
    internal bool PresentOnlyForDeaths { get; }

    /// <summary>The rules, grouped by kind in the order the determinations are reported.</summary>
    public ImmutableArray<DeterminationRule> Rules { get; }

    internal ImmutableArray<KindGroup> Groups { get; }

    /// <summary><see cref="Validity"/> as date keys, for the hot path.</summary>
    internal int FromKey { get; }

    /// <summary>The last day in force as a date key; <see cref="DateKey.Never"/> when open-ended.</summary>
    internal int UntilKey { get; }

    /// <summary>Whether a date key is in force.</summary>
    internal bool InForce(int dateKey) => dateKey >= FromKey && dateKey <= UntilKey;

    /// <summary>The precomputed answers of each group, in the order of <see cref="Groups"/> (built on first use).</summary>
    internal DecisionTable[] Tables => _tables.Value;

    /// <summary>Whether the regime covers the jurisdiction, the subject and the date.</summary>
    /// <param name="jurisdiction">The jurisdiction.</param>
    /// <param name="subject">Child or adult.</param>
    /// <param name="date">The decision date.</param>
    /// <returns>Whether it covers them.</returns>
    internal bool Covers(Jurisdiction jurisdiction, Subject subject, LocalDate date) =>
        jurisdiction == Jurisdiction && Subjects.Contains(subject) && Validity.Contains(date);

    /// <summary>The determination kinds the regime defines for a subject, in report order.</summary>
    /// <param name="subject">Child or adult.</param>
    /// <returns>The kinds.</returns>
    internal ImmutableArray<DeterminationKind> KindsFor(Subject subject)
    {
        var kinds = ImmutableArray.CreateBuilder<DeterminationKind>();
        foreach (var group in Groups)
        {
            if (group.Subject == subject)
            {
                kinds.Add(group.Kind);
            }
        }

        return kinds.ToImmutable();
    }

    /// <summary>The facts the rules of one determination read on a date: no other fact can change its outcome.</summary>
    /// <param name="subject">Child or adult.</param>
    /// <param name="kind">The determination.</param>
    /// <param name="date">The decision date.</param>
    /// <returns>The facts; empty when the regime does not define that determination.</returns>
    internal FactSet FactsFor(Subject subject, DeterminationKind kind, LocalDate date)
    {
        foreach (var group in Groups)
        {
            if (group.Subject == subject && group.Kind == kind)
            {
                return group.FactsOn(date);
            }
        }

        return FactSet.Empty;
    }

    /// <summary>Returns the id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id.Value;
}

/// <summary>The rules of one determination kind for one subject.</summary>
internal sealed class KindGroup
{
    private readonly List<DeterminationRule> _rules = new();

    public KindGroup(DeterminationKind kind, Subject subject)
    {
        Kind = kind;
        Subject = subject;
    }

    public DeterminationKind Kind { get; }

    public Subject Subject { get; }

    public IReadOnlyList<DeterminationRule> Rules => _rules;

    public void Add(DeterminationRule rule) => _rules.Add(rule);

    public FactSet FactsOn(LocalDate date)
    {
        var facts = FactSet.Empty;
        foreach (var rule in _rules)
        {
            facts = facts.Union(rule.Condition.FactsOn(date));
        }

        return facts;
    }
}
