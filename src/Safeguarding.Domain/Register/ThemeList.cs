using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Citations;

namespace Safeguarding.Domain.Register;

/// <summary>
/// A list of themes that findings may carry, with its source: the built-in lists drawn from national analyses
/// (<see cref="PanelThemes"/>, <see cref="AdultAbuseTypes"/>), or a partnership's own list. A register checks
/// every theme id of its findings against the list it chooses.
/// </summary>
/// <remarks>Immutable and thread-safe. The built-in lists are data with their citation; a citation marked
/// unverified means the project saw the list only in a secondary source.</remarks>
public sealed class ThemeList
{
    /// <summary>Makes a theme list, or gives the issues a register's <c>ownThemeList</c> gets from the reader.</summary>
    /// <param name="id">The list's id; not blank, at most 64 characters.</param>
    /// <param name="source">Where the list comes from.</param>
    /// <param name="themes">The themes, in order, each id once.</param>
    /// <returns>
    /// The list, or the issues, relative to the list's object: <c>$.id</c> (<c>empty-string</c>, <c>string-too-long</c>),
    /// <c>$.themes</c> (<c>empty-theme-list</c>), <c>$.themes[i].id</c> (<c>duplicate-id</c>, at each repeat).
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument or a theme is null.</exception>
    public static Result<ThemeList> Create(string id, Citation source, IEnumerable<Theme> themes)
    {
        Guard.Against.Null(source);
        var list = PlanGuards.Items(Guard.Against.Null(themes), nameof(themes));
        var issues = new List<Issue?> { Issue.ForText("$.id", Guard.Against.Null(id), Internal.TextLimits.MaxIdLength) };
        issues.AddRange(Repeats(list.Select(t => t.Id), i => "$.themes[" + i + "].id", DuplicateTheme));
        if (list.IsEmpty)
        {
            issues.Add(new Issue("$.themes", "empty-theme-list", EmptyList));
        }

        return Result<ThemeList>.Checked(issues, () => new ThemeList(id, source, list));
    }

    // The reader's messages for a theme id given twice and for a list without themes.
    internal const string DuplicateTheme = "Another theme of the list has this id.";
    internal const string EmptyList = "A theme list has at least one theme.";

    // duplicate-id at every id seen before in the sequence (the readers' rule for lists of ids).
    internal static IEnumerable<Issue> Repeats(IEnumerable<string> ids, Func<int, string> path, string message)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int i = 0;
        foreach (string id in ids)
        {
            if (!seen.Add(id))
            {
                yield return new Issue(path(i), "duplicate-id", message);
            }

            i++;
        }
    }

    /// <summary>Creates a theme list.</summary>
    /// <param name="id">The list's id, for example <c>panel-practice-themes</c>.</param>
    /// <param name="source">Where the list comes from.</param>
    /// <param name="themes">The themes, in order, each id once.</param>
    /// <exception cref="ArgumentException">The id is blank or too long, the list is empty, or an id repeats.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    internal ThemeList(string id, Citation source, IEnumerable<Theme> themes)
    {
        Id = PlanGuards.Id(id, nameof(id));
        Source = Guard.Against.Null(source);
        Themes = PlanGuards.Items(Guard.Against.Null(themes), nameof(themes));
        if (Themes.IsEmpty)
        {
            throw new ArgumentException(EmptyList, nameof(themes));
        }

        if (Themes.Select(t => t.Id).Distinct(StringComparer.Ordinal).Count() != Themes.Length)
        {
            throw new ArgumentException("Each theme id appears once in a list.", nameof(themes));
        }
    }

    /// <summary>The list's id.</summary>
    public string Id { get; }

    /// <summary>Where the list comes from.</summary>
    public Citation Source { get; }

    /// <summary>The themes, in order.</summary>
    public ImmutableArray<Theme> Themes { get; }

    /// <summary>
    /// The cross-cutting practice themes the national Child Safeguarding Practice Review Panel drew from rapid
    /// reviews and local reviews in England (<c>panel-practice-themes</c>): the key themes of its 2022 annual
    /// report, with information sharing and risk assessment, the "stubborn challenges" of its 2020 report.
    /// </summary>
    public static ThemeList PanelThemes { get; } = new(
        "panel-practice-themes",
        new Citation("Child Safeguarding Practice Review Panel", "annual reports 2020 and 2022: practice themes (read in partnerships' summaries)", SourceKind.Guidance, false),
        new[]
        {
            new Theme("information-sharing", "Sharing information between agencies in good time"),
            new Theme("risk-assessment", "Assessing risk and responding when it changes"),
            new Theme("leadership-and-critical-thinking", "Leadership and a culture that supports critical thinking and challenge"),
            new Theme("identity-and-lived-experience", "The child's racial, ethnic and cultural identity and lived experience"),
            new Theme("whole-family-approach", "A whole-family approach to assessing risk and giving support"),
            new Theme("vulnerability-of-babies", "Recognising and responding to the vulnerability of babies"),
            new Theme("domestic-abuse", "Domestic abuse and the harm it does to children, across services"),
            new Theme("risks-outside-the-family", "Keeping a focus on risks to children outside the family"),
            new Theme("disability-and-health-needs", "Parenting capacity where children have disabilities or health needs"),
            new Theme("children-mental-health", "Children with complex mental health needs"),
            new Theme("parental-mental-health", "Parents' mental health and their capacity to parent"),
            new Theme("children-not-in-school", "Children who are not in school"),
            new Theme("young-carers", "Young carers"),
            new Theme("gypsy-roma-traveller-communities", "Working with Gypsy, Roma and Traveller communities"),
        });

    /// <summary>
    /// The types of abuse and neglect of adults (<c>adult-abuse-types</c>), as the Care and Support Statutory
    /// Guidance lists them and the national analyses of safeguarding adults reviews count them (self-neglect is
    /// the type those analyses found most often).
    /// </summary>
    public static ThemeList AdultAbuseTypes { get; } = new(
        "adult-abuse-types",
        new Citation("Care and Support Statutory Guidance", "ch.14, types of abuse and neglect; the national analyses of safeguarding adults reviews (2020, 2024) report by these types", SourceKind.StatutoryGuidance, false),
        new[]
        {
            new Theme("physical-abuse", "Physical abuse"),
            new Theme("domestic-abuse", "Domestic abuse"),
            new Theme("sexual-abuse", "Sexual abuse"),
            new Theme("psychological-abuse", "Psychological or emotional abuse"),
            new Theme("financial-abuse", "Financial or material abuse"),
            new Theme("modern-slavery", "Modern slavery"),
            new Theme("discriminatory-abuse", "Discriminatory abuse"),
            new Theme("organisational-abuse", "Organisational abuse"),
            new Theme("neglect", "Neglect and acts of omission"),
            new Theme("self-neglect", "Self-neglect"),
        });

    /// <summary>The built-in lists, by id.</summary>
    public static ImmutableArray<ThemeList> BuiltIn { get; } = ImmutableArray.Create(PanelThemes, AdultAbuseTypes);

    /// <summary>The theme with an id, if the list has it.</summary>
    /// <param name="id">The theme id.</param>
    /// <returns>The theme, or null.</returns>
    public Theme? Find(string id) => Themes.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.Ordinal));

    /// <summary>Returns the id and size, for example <c>panel-practice-themes (14 themes)</c>.</summary>
    /// <returns>The list as text.</returns>
    public override string ToString() => Id + " (" + Themes.Length + " themes)";
}
