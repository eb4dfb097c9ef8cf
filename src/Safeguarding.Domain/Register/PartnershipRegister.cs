using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
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
    /// <summary>Creates a register.</summary>
    /// <param name="partnership">The partnership's name.</param>
    /// <param name="recurringThemes">The rule for recurring themes.</param>
    /// <param name="themes">The theme list the findings' theme ids are checked against, or null to check none.</param>
    /// <param name="reviews">The reviews, in the register's order, each id once.</param>
    /// <exception cref="ArgumentException">The name is blank or too long, a review is null, or an id repeats.</exception>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public PartnershipRegister(string partnership, RecurringThemeRule recurringThemes, ThemeList? themes, IEnumerable<RegisterEntry> reviews)
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
    /// <returns>The new register.</returns>
    /// <exception cref="ArgumentException">The id is already in the register.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is null.</exception>
    public PartnershipRegister With(RegisterEntry entry) =>
        new(Partnership, RecurringThemes, Themes, Reviews.Add(Guard.Against.Null(entry)));

    /// <summary>Reads a register document (UTF-8 JSON) with the default limits and catalogue.</summary>
    /// <param name="utf8">The document.</param>
    /// <returns>The register, or every error found.</returns>
    public static ReadResult<PartnershipRegister> Read(ReadOnlyMemory<byte> utf8) => Read(utf8, JsonReadLimits.Default, TimescaleCatalogue.Default);

    /// <summary>Reads a register document (UTF-8 JSON).</summary>
    /// <param name="utf8">The document.</param>
    /// <param name="limits">The reader's limits; texts are held to the action plan's bound whatever these say.</param>
    /// <param name="catalogue">The catalogue whose statutory minimum a review's local publication period is checked against.</param>
    /// <returns>The register, or every error found, each with its JSON path and code.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public static ReadResult<PartnershipRegister> Read(ReadOnlyMemory<byte> utf8, JsonReadLimits limits, TimescaleCatalogue catalogue)
    {
        Guard.Against.Null(limits);
        Guard.Against.Null(catalogue);
        int maxText = JsonReadLimits.Default.MaxTextLength;
        if (limits.MaxTextLength > maxText)
        {
            limits = new JsonReadLimits(limits.MaxDocumentBytes, limits.MaxDepth, maxText, limits.MaxArrayItems);
        }

        return JsonInput.Read(utf8, limits, root => ReadRegister(root, catalogue));
    }

    /// <summary>Returns the counts, for example <c>register: 12 reviews</c>.</summary>
    /// <returns>The register as text.</returns>
    public override string ToString() => "register: " + Reviews.Length + " reviews";

    private static PartnershipRegister? ReadRegister(JsonObjectReader root, TimescaleCatalogue catalogue)
    {
        string? partnership = root.Text("partnership", true);
        var rule = RecurringThemeRule.Default;
        var recurring = root.Object("recurringThemes", false);
        if (recurring is not null)
        {
            int? minimum = recurring.Int32("minimumReviews", false, 1, 1000);
            var window = recurring.Period("window", false);
            recurring.RejectUnknown();
            rule = new RecurringThemeRule(minimum ?? rule.MinimumReviews, window ?? rule.Window);
        }

        ThemeList? themes = null;
        string? builtIn = root.Id("themeList", false);
        if (builtIn is not null)
        {
            themes = ThemeList.BuiltIn.FirstOrDefault(l => string.Equals(l.Id, builtIn, StringComparison.Ordinal));
            if (themes is null)
            {
                root.Sink.Add(root.PathOf("themeList"), "unknown-theme-list", "Expected one of the built-in theme lists: " + string.Join(", ", ThemeList.BuiltIn.Select(l => l.Id))
                    + " (a partnership's own list goes in ownThemeList).");
            }
        }

        var own = root.Object("ownThemeList", false);
        if (own is not null)
        {
            if (root.Has("themeList"))
            {
                root.Sink.Add(root.PathOf("ownThemeList"), "conflicting-properties", "Give either themeList (a built-in list) or ownThemeList, not both.");
            }

            themes = ReadOwnList(own);
        }

        var entries = new List<RegisterEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        bool ok = true;
        foreach (var (value, path) in root.Array("reviews", true))
        {
            var item = root.ReadObject(value, path);
            if (item is null)
            {
                ok = false;
                continue;
            }

            string? id = item.Id("id", true);
            var recordReader = item.Object("record", true);
            var record = recordReader is null ? null : ReviewRecord.ReadRecord(recordReader, catalogue);
            var planReader = item.Object("plan", false);
            var plan = planReader is null ? null : ActionPlanDocument.ReadPlan(planReader);
            item.RejectUnknown();
            if (id is not null && !seen.Add(id))
            {
                item.Sink.Add(item.PathOf("id"), "duplicate-id", "Another review of the register has this id.");
                ok = false;
            }

            if (id is null || record is null || (planReader is not null && plan is null))
            {
                ok = false;
                continue;
            }

            entries.Add(new RegisterEntry(id, record, plan));
        }

        root.RejectUnknown();
        if (!ok || partnership is null || root.Sink.HasErrors)
        {
            return null;
        }

        return new PartnershipRegister(partnership, rule, themes, entries);
    }

    private static ThemeList? ReadOwnList(JsonObjectReader own)
    {
        string? listId = own.Id("id", true);
        string? source = own.Text("source", true);
        var themes = new List<Theme>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        bool ok = true;
        foreach (var (item, itemPath) in own.Array("themes", true))
        {
            var theme = own.ReadObject(item, itemPath);
            if (theme is null)
            {
                ok = false;
                continue;
            }

            string? id = theme.Id("id", true);
            string? title = theme.Text("title", true);
            theme.RejectUnknown();
            if (id is not null && !ids.Add(id))
            {
                theme.Sink.Add(theme.PathOf("id"), "duplicate-id", "Another theme of the list has this id.");
                ok = false;
            }

            if (id is null || title is null)
            {
                ok = false;
                continue;
            }

            themes.Add(new Theme(id, title));
        }

        own.RejectUnknown();
        if (ok && themes.Count == 0 && !own.Sink.HasErrors)
        {
            own.Sink.Add(own.PathOf("themes"), "empty-theme-list", "A theme list has at least one theme.");
            return null;
        }

        return !ok || listId is null || source is null || themes.Count == 0
            ? null
            : new ThemeList(listId, new Citation(source, string.Empty, SourceKind.LocalPolicy, true), themes);
    }
}
