using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Citations;
using Safeguarding.Domain.Internal;
using Safeguarding.Domain.Lifecycle;
using Safeguarding.Domain.Serialization;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Domain.Register;

/// <summary>
/// A safeguarding partnership's register of reviews: each review's record, and its action plan when there is
/// one, with the partnership's rule for recurring themes and its chosen theme list. This is the contract's
/// <b>register</b> document (<c>safeguarding register</c>); <see cref="RegisterReport.Create"/> gives its figures.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe. Review ids are unique. <see cref="ToString"/> gives counts only.</para>
/// <para>Reading is strict, and reuses the review record and action plan readers for the nested <c>record</c>
/// and <c>plan</c>, so an error's path reaches into them (<c>$.reviews[2].record.events[4].date</c>). Codes beside
/// theirs: <c>duplicate-id</c> (two reviews, or two themes of the partnership's own list, with one id),
/// <c>unknown-theme-list</c>, <c>empty-theme-list</c> and <c>conflicting-properties</c> (both <c>themeList</c> and <c>ownThemeList</c>).</para>
/// </remarks>
public sealed class PartnershipRegister
{
    /// <summary>Makes a register, or gives the issues the register document gets from <c>RegisterJson.Read</c>.</summary>
    /// <param name="partnership">The partnership's name.</param>
    /// <param name="recurringThemes">The rule for recurring themes.</param>
    /// <param name="themes">The theme list the findings' theme ids are checked against, or null to check none.</param>
    /// <param name="reviews">The reviews, in the register's order, each id once.</param>
    /// <returns>
    /// The register, or the issues at the document's paths: <c>$.partnership</c> (<c>empty-string</c>,
    /// <c>string-too-long</c>), <c>$.reviews[i].id</c> (<c>duplicate-id</c>, at each repeat).
    /// </returns>
    /// <exception cref="ArgumentNullException">A required argument or a review is null.</exception>
    public static Result<PartnershipRegister> Create(string partnership, RecurringThemeRule recurringThemes, ThemeList? themes, IEnumerable<RegisterEntry> reviews)
    {
        Guard.Against.Null(recurringThemes);
        var list = PlanGuards.Items(Guard.Against.Null(reviews), nameof(reviews));
        var issues = new List<Issue?> { Issue.ForText("$.partnership", Guard.Against.Null(partnership), Internal.TextLimits.MaxTextLength) };
        issues.AddRange(ThemeList.Repeats(list.Select(r => r.Id), i => "$.reviews[" + i + "].id", DuplicateReview));
        return Result<PartnershipRegister>.Checked(issues, () => new PartnershipRegister(partnership, recurringThemes, themes, list));
    }

    // The reader's message for a review id given twice.
    internal const string DuplicateReview = "Another review of the register has this id.";

    /// <summary>Creates a register.</summary>
    /// <param name="partnership">The partnership's name.</param>
    /// <param name="recurringThemes">The rule for recurring themes.</param>
    /// <param name="themes">The theme list the findings' theme ids are checked against, or null to check none.</param>
    /// <param name="reviews">The reviews, in the register's order, each id once.</param>
    /// <exception cref="ArgumentException">The name is blank or too long, a review is null, or an id repeats.</exception>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    internal PartnershipRegister(string partnership, RecurringThemeRule recurringThemes, ThemeList? themes, IEnumerable<RegisterEntry> reviews)
    {
        Partnership = PlanGuards.OptionalText(Guard.Against.NullOrWhiteSpace(partnership), nameof(partnership))!;
        RecurringThemes = Guard.Against.Null(recurringThemes);
        Themes = themes;
        Reviews = PlanGuards.Items(Guard.Against.Null(reviews), nameof(reviews));
        if (Reviews.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count() != Reviews.Length)
        {
            throw new ArgumentException("Each review id appears once in a register.", nameof(reviews));
        }
    }

    /// <summary>The partnership's name.</summary>
    public string Partnership { get; }

    /// <summary>The rule for recurring themes.</summary>
    public RecurringThemeRule RecurringThemes { get; }

    /// <summary>The chosen theme list; null when theme ids are not checked.</summary>
    public ThemeList? Themes { get; }

    /// <summary>The reviews, in the register's order.</summary>
    public ImmutableArray<RegisterEntry> Reviews { get; }

    /// <summary>A copy of the register with one more review at the end.</summary>
    /// <param name="entry">The review.</param>
    /// <returns>The new register, or the issue <c>duplicate-id</c> at <c>$.reviews[n].id</c> when the id is already in it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is null.</exception>
    public Result<PartnershipRegister> With(RegisterEntry entry) =>
        Create(Partnership, RecurringThemes, Themes, Reviews.Add(Guard.Against.Null(entry)));

    /// <summary>Returns the counts, for example <c>register: 12 reviews</c>.</summary>
    /// <returns>The register as text.</returns>
    public override string ToString() => "register: " + Reviews.Length + " reviews";
}
