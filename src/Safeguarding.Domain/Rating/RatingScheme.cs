using Safeguarding.Domain.Internal;
using Safeguarding.Domain.ActionPlans;

namespace Safeguarding.Domain.Rating;

/// <summary>
/// A rating scheme as data: the status names in order from worst to best, the status each
/// <see cref="ActionStage"/> receives, and how statuses roll up. A council supplies its own scheme
/// (without blue, or with "complete" and "embedded" named differently) by constructing one; no code changes.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe. The default is <see cref="BlueRedAmberGreen"/>, the contract's scheme:
/// not started or overdue = <c>red</c>, in progress = <c>amber</c>, completed = <c>green</c>, embedded = <c>blue</c>.</para>
/// <para>Stages must map monotonically: overdue is no better than not started, which is no better than
/// in progress, which is no better than completed, which is no better than embedded. This is what makes
/// "a later date never improves an incomplete action" and "impact evidence never lowers a completed one" hold
/// for every scheme.</para>
/// <para>A reported status is compared through the stage it claims: <c>red</c> as overdue, <c>amber</c>
/// as in progress, <c>green</c> as completed, <c>blue</c> as embedded; <c>update-pending</c> claims nothing.</para>
/// </remarks>
public sealed class RatingScheme : IEquatable<RatingScheme>
{
    private readonly ImmutableDictionary<string, int> _rank;
    private readonly int[] _stageRank;

    /// <summary>
    /// Makes a scheme, or gives the issues a local-policy document with the same values gets from
    /// <c>LocalPolicyJson.Read</c>: the same codes and messages, at the document's paths (<c>$.scheme.statuses</c>,
    /// <c>$.scheme.notStarted</c>, ..., <c>$.scheme</c> for stages out of order).
    /// </summary>
    /// <param name="name">The scheme's name, for example <c>blue-red-amber-green</c>.</param>
    /// <param name="statuses">The status names, distinct, from worst to best.</param>
    /// <param name="notStarted">The status of an action not yet started.</param>
    /// <param name="inProgress">The status of an action started and on time.</param>
    /// <param name="overdue">The status of an action not completed past its target date.</param>
    /// <param name="completed">The status of a completed action without impact evidence.</param>
    /// <param name="embedded">The status of a completed action with impact evidence.</param>
    /// <param name="rollUp">How parents' statuses are formed from their children's.</param>
    /// <returns>
    /// The scheme, or the issues: <c>empty-string</c> or <c>string-too-long</c> for a name; <c>invalid-scheme</c> when
    /// there is no status or one is repeated, a stage names a status not in <paramref name="statuses"/>, or the stages
    /// are not ordered (overdue, not started, in progress, completed, embedded, each no better than the next).
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="rollUp"/> is not a defined value.</exception>
    public static Result<RatingScheme> Create(string name, IEnumerable<string> statuses, string notStarted, string inProgress, string overdue, string completed, string embedded, RollUpMethod rollUp = RollUpMethod.WorstOf)
    {
        Guard.Against.Null(name);
        var list = Guard.Against.Null(statuses).ToImmutableArray();
        Guard.Against.EnumOutOfRange(rollUp);
        var stages = new[] { ("notStarted", notStarted), ("inProgress", inProgress), ("overdue", overdue), ("completed", completed), ("embedded", embedded) };
        var issues = ImmutableArray.CreateBuilder<Issue>();
        Add(issues, Issue.ForText(SchemePath + ".name", name, TextLimits.MaxIdLength));
        for (int i = 0; i < list.Length; i++)
        {
            Add(issues, Issue.ForText(SchemePath + ".statuses[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]", Guard.Against.Null(list[i], nameof(statuses)), TextLimits.MaxIdLength));
        }

        foreach (var (property, status) in stages)
        {
            Add(issues, Issue.ForText(SchemePath + "." + property, Guard.Against.Null(status, property), TextLimits.MaxIdLength));
        }

        if (issues.Count == 0)
        {
            issues.AddRange(OrderIssues(list, stages));
        }

        return issues.Count == 0
            ? Result<RatingScheme>.Ok(new RatingScheme(name, list, notStarted, inProgress, overdue, completed, embedded, rollUp))
            : Result<RatingScheme>.Fail(issues.ToImmutable());
    }

    // Where a local-policy document keeps its scheme.
    private const string SchemePath = "$.scheme";

    private static void Add(ImmutableArray<Issue>.Builder issues, Issue? issue)
    {
        if (issue is not null)
        {
            issues.Add(issue);
        }
    }

    /// <summary>The scheme's own rules over well-formed names (the JSON reader checks the names while reading, then these).</summary>
    internal static ImmutableArray<Issue> OrderIssues(IReadOnlyList<string> statuses, IEnumerable<(string Property, string Status)> stages)
    {
        if (statuses.Count == 0 || statuses.Distinct(StringComparer.Ordinal).Count() != statuses.Count)
        {
            return ImmutableArray.Create(new Issue(SchemePath + ".statuses", "invalid-scheme", "Give at least one status, each once, from worst to best."));
        }

        var missing = stages.Where(s => !statuses.Contains(s.Status, StringComparer.Ordinal))
            .Select(s => new Issue(SchemePath + "." + s.Property, "invalid-scheme", "The status is not among the scheme's statuses."))
            .ToImmutableArray();
        if (!missing.IsEmpty)
        {
            return missing;
        }

        var rank = stages.ToDictionary(s => s.Property, s => IndexOf(statuses, s.Status), StringComparer.Ordinal);
        return rank["overdue"] <= rank["notStarted"] && rank["notStarted"] <= rank["inProgress"] && rank["inProgress"] <= rank["completed"] && rank["completed"] <= rank["embedded"]
            ? ImmutableArray<Issue>.Empty
            : ImmutableArray.Create(new Issue(SchemePath, "invalid-scheme", "Stages must be ordered from worst to best: overdue, not started, in progress, completed, embedded (equal is allowed)."));
    }

    private static int IndexOf(IReadOnlyList<string> statuses, string status)
    {
        for (int i = 0; i < statuses.Count; i++)
        {
            if (string.Equals(statuses[i], status, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Creates a scheme.</summary>
    /// <param name="name">The scheme's name, for example <c>blue-red-amber-green</c>.</param>
    /// <param name="statuses">The status names, distinct, from worst to best.</param>
    /// <param name="notStarted">The status of an action not yet started.</param>
    /// <param name="inProgress">The status of an action started and on time.</param>
    /// <param name="overdue">The status of an action not completed past its target date.</param>
    /// <param name="completed">The status of a completed action without impact evidence.</param>
    /// <param name="embedded">The status of a completed action with impact evidence.</param>
    /// <param name="rollUp">How parents' statuses are formed from their children's.</param>
    /// <exception cref="ArgumentException">
    /// A name is empty or repeated, a stage names a status not in <paramref name="statuses"/>, the stages are
    /// not ordered (overdue, not started, in progress, completed, embedded, each no better than the next), or
    /// <paramref name="rollUp"/> is not defined.
    /// </exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    internal RatingScheme(string name, IEnumerable<string> statuses, string notStarted, string inProgress, string overdue, string completed, string embedded, RollUpMethod rollUp)
    {
        Name = PlanGuards.Id(name, nameof(name));
        Statuses = PlanGuards.Ids(statuses, nameof(statuses));
        if (Statuses.IsEmpty)
        {
            throw new ArgumentException("A scheme has at least one status.", nameof(statuses));
        }

        var rank = ImmutableDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < Statuses.Length; i++)
        {
            if (rank.ContainsKey(Statuses[i]))
            {
                throw new ArgumentException("Status names must be distinct.", nameof(statuses));
            }

            rank.Add(Statuses[i], i);
        }

        _rank = rank.ToImmutable();
        NotStarted = Known(notStarted, nameof(notStarted));
        InProgress = Known(inProgress, nameof(inProgress));
        Overdue = Known(overdue, nameof(overdue));
        Completed = Known(completed, nameof(completed));
        Embedded = Known(embedded, nameof(embedded));
        RollUp = Guard.Against.EnumOutOfRange(rollUp);
        var stages = new[] { ("notStarted", NotStarted), ("inProgress", InProgress), ("overdue", Overdue), ("completed", Completed), ("embedded", Embedded) };
        if (OrderIssues(Statuses, stages).FirstOrDefault() is Issue outOfOrder)
        {
            throw new ArgumentException(outOfOrder.Message, nameof(statuses));
        }

        // By ActionStage's value: NotStarted, InProgress, Overdue, Completed, Embedded.
        _stageRank = new[] { Rank(NotStarted), Rank(InProgress), Rank(Overdue), Rank(Completed), Rank(Embedded) };
    }

    /// <summary>The contract's default scheme: <c>red</c>, <c>amber</c>, <c>green</c>, <c>blue</c> (worst to best), worst-of roll-up.</summary>
    public static RatingScheme BlueRedAmberGreen { get; } =
        new("blue-red-amber-green", new[] { "red", "amber", "green", "blue" }, "red", "amber", "red", "green", "blue", RollUpMethod.WorstOf);

    /// <summary>A three-colour scheme without blue: embedded actions are <c>green</c>, like completed ones.</summary>
    public static RatingScheme RedAmberGreen { get; } =
        new("red-amber-green", new[] { "red", "amber", "green" }, "red", "amber", "red", "green", "green", RollUpMethod.WorstOf);

    /// <summary>The scheme's name.</summary>
    public string Name { get; }

    /// <summary>The status names from worst to best.</summary>
    public ImmutableArray<string> Statuses { get; }

    /// <summary>The status of an action not yet started.</summary>
    public string NotStarted { get; }

    /// <summary>The status of an action in progress and on time.</summary>
    public string InProgress { get; }

    /// <summary>The status of an overdue action.</summary>
    public string Overdue { get; }

    /// <summary>The status of a completed action without impact evidence.</summary>
    public string Completed { get; }

    /// <summary>The status of a completed action with impact evidence.</summary>
    public string Embedded { get; }

    /// <summary>How parents' statuses are formed.</summary>
    public RollUpMethod RollUp { get; }

    /// <summary>The worst status.</summary>
    public string Worst => Statuses[0];

    /// <summary>The best status.</summary>
    public string Best => Statuses[Statuses.Length - 1];

    /// <summary>The status a stage receives.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>The status name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is not defined.</exception>
    internal string StatusOf(ActionStage stage) => stage switch
    {
        ActionStage.NotStarted => NotStarted,
        ActionStage.InProgress => InProgress,
        ActionStage.Overdue => Overdue,
        ActionStage.Completed => Completed,
        ActionStage.Embedded => Embedded,
        _ => throw new ArgumentOutOfRangeException(nameof(stage)),
    };

    /// <summary>The scheme status a reported status claims, or <see langword="null"/> for <c>update-pending</c>.</summary>
    /// <param name="reported">The reported status.</param>
    /// <returns>The status name, or <see langword="null"/>.</returns>
    internal string? StatusOf(ReportedStatus reported) => reported switch
    {
        ReportedStatus.Red => Overdue,
        ReportedStatus.Amber => InProgress,
        ReportedStatus.Green => Completed,
        ReportedStatus.Blue => Embedded,
        _ => null,
    };

    /// <summary>The rank of a status: 0 for the worst, higher is better.</summary>
    /// <param name="status">A status name of this scheme.</param>
    /// <returns>The rank.</returns>
    /// <exception cref="ArgumentException"><paramref name="status"/> is not a status of this scheme.</exception>
    internal int Rank(string status) =>
        status is not null && _rank.TryGetValue(status, out int rank) ? rank : throw new ArgumentException("Not a status of this scheme.", nameof(status));

    /// <summary>Whether a status is one of this scheme's.</summary>
    /// <param name="status">The name.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public bool Contains(string status) => status is not null && _rank.ContainsKey(status);

    /// <summary>Rolls children's statuses up to a parent's, by <see cref="RollUp"/>.</summary>
    /// <param name="children">The children's statuses (any order).</param>
    /// <returns>The parent's status, between the worst and the best child; <see langword="null"/> when there are no children.</returns>
    /// <exception cref="ArgumentException">A status is not of this scheme.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="children"/> is null.</exception>
    internal string? RollUpOf(IEnumerable<string> children)
    {
        var ranks = Guard.Against.Null(children).Select(Rank).OrderBy(r => r).ToList();
        if (ranks.Count == 0)
        {
            return null;
        }

        int chosen = RollUp switch
        {
            RollUpMethod.LowerMedian => ranks[(ranks.Count - 1) / 2],
            RollUpMethod.MostCommon => ranks.GroupBy(r => r).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key,
            _ => ranks[0],
        };
        return Statuses[chosen];
    }

    /// <summary>The rank of the status a stage receives, without a name lookup.</summary>
    internal int RankOf(ActionStage stage) => _stageRank[(int)stage];

    /// <summary>The rank of the status a reported status claims; -1 for <c>update-pending</c>, which claims nothing.</summary>
    internal int RankOf(ReportedStatus reported) => reported switch
    {
        ReportedStatus.Red => _stageRank[(int)ActionStage.Overdue],
        ReportedStatus.Amber => _stageRank[(int)ActionStage.InProgress],
        ReportedStatus.Green => _stageRank[(int)ActionStage.Completed],
        ReportedStatus.Blue => _stageRank[(int)ActionStage.Embedded],
        _ => -1,
    };

    /// <summary>
    /// <see cref="RollUpOf"/> over children given as a count per rank (<paramref name="counts"/>, one entry per
    /// status) with <paramref name="total"/> children: the same choice, without names, lists or sorting.
    /// </summary>
    /// <returns>The parent's rank; -1 when there are no children.</returns>
    internal int RollUpRank(int[] counts, int total)
    {
        if (total == 0)
        {
            return -1;
        }

        switch (RollUp)
        {
            case RollUpMethod.LowerMedian:
                int median = (total - 1) / 2;
                for (int rank = 0, seen = 0; rank < counts.Length; rank++)
                {
                    seen += counts[rank];
                    if (seen > median)
                    {
                        return rank;
                    }
                }

                break;
            case RollUpMethod.MostCommon:
                int best = -1;
                for (int rank = 0; rank < counts.Length; rank++)
                {
                    if (counts[rank] > 0 && (best < 0 || counts[rank] > counts[best]))
                    {
                        best = rank;
                    }
                }

                return best;
            default:
                for (int rank = 0; rank < counts.Length; rank++)
                {
                    if (counts[rank] > 0)
                    {
                        return rank;
                    }
                }

                break;
        }

        throw new ArgumentException("The counts do not add up to the total.", nameof(counts));
    }

    /// <summary>Returns the scheme's name and statuses, for example <c>blue-red-amber-green: red &lt; amber &lt; green &lt; blue</c>.</summary>
    /// <returns>The scheme as text.</returns>
    public override string ToString() => Name + ": " + string.Join(" < ", Statuses);

    /// <inheritdoc />
    public bool Equals(RatingScheme? other) =>
        other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && Statuses.SequenceEqual(other.Statuses, StringComparer.Ordinal)
        && NotStarted == other.NotStarted && InProgress == other.InProgress && Overdue == other.Overdue
        && Completed == other.Completed && Embedded == other.Embedded && RollUp == other.RollUp;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RatingScheme);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name) ^ Statuses.Length;

    private string Known(string status, string parameter)
    {
        Guard.Against.NullOrWhiteSpace(status, parameter);
        return _rank.ContainsKey(status) ? status : throw new ArgumentException("The status is not among the scheme's statuses.", parameter);
    }
}
