using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Citations;
using Safeguarding.Domain.Internal;
using Safeguarding.Domain.Lifecycle;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Domain.Register;

/// <summary>The partnership register document: reads it strictly, with every error and its path.</summary>
public static class RegisterJson
{
    /// <summary>Reads a register document (UTF-8 JSON) with the default limits and catalogue.</summary>
    /// <param name="utf8">The document.</param>
    /// <returns>The register, or every error found.</returns>
    public static Result<PartnershipRegister> Read(ReadOnlyMemory<byte> utf8) => Read(utf8, JsonReadLimits.Default, TimescaleCatalogue.Default);

    /// <summary>Reads a register document (UTF-8 JSON).</summary>
    /// <param name="utf8">The document.</param>
    /// <param name="limits">The reader's limits; texts are held to the action plan's bound whatever these say.</param>
    /// <param name="catalogue">The catalogue whose statutory minimum a review's local publication period is checked against.</param>
    /// <returns>The register, or every error found, each with its JSON path and code.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public static Result<PartnershipRegister> Read(ReadOnlyMemory<byte> utf8, JsonReadLimits limits, TimescaleCatalogue catalogue)
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

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var entries = root.Objects("reviews", true, item => ReadEntry(item, ids, catalogue), out bool ok);
        root.RejectUnknown();
        if (!ok || partnership is null || root.Sink.HasErrors)
        {
            return null;
        }

        return new PartnershipRegister(partnership, rule, themes, entries);
    }

    private static RegisterEntry? ReadEntry(JsonObjectReader item, HashSet<string> ids, TimescaleCatalogue catalogue)
    {
        string? id = item.Id("id", true);
        var recordReader = item.Object("record", true);
        var record = recordReader is null ? null : ReviewRecordJson.ReadRecord(recordReader, catalogue);
        var planReader = item.Object("plan", false);
        var plan = planReader is null ? null : ActionPlanDocument.ReadPlan(planReader);
        item.RejectUnknown();
        bool unique = IsNewId(item, id, ids, PartnershipRegister.DuplicateReview);
        return !unique || id is null || record is null || (planReader is not null && plan is null) ? null : new RegisterEntry(id, record, plan);
    }

    private static ThemeList? ReadOwnList(JsonObjectReader own)
    {
        string? listId = own.Id("id", true);
        string? source = own.Text("source", true);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var themes = own.Objects("themes", true, theme => ReadTheme(theme, ids), out bool ok);

        own.RejectUnknown();
        if (ok && themes.Count == 0 && !own.Sink.HasErrors)
        {
            own.Sink.Add(own.PathOf("themes"), "empty-theme-list", ThemeList.EmptyList);
            return null;
        }

        return !ok || listId is null || source is null || themes.Count == 0
            ? null
            : new ThemeList(listId, new Citation(source, string.Empty, SourceKind.LocalPolicy, true), themes);
    }

    private static Theme? ReadTheme(JsonObjectReader theme, HashSet<string> ids)
    {
        string? id = theme.Id("id", true);
        string? title = theme.Text("title", true);
        theme.RejectUnknown();
        bool unique = IsNewId(theme, id, ids, ThemeList.DuplicateTheme);
        return !unique || id is null || title is null ? null : new Theme(id, title);
    }

    // Whether an item's id is new to its list (an absent id counts as new); records duplicate-id when it is not.
    private static bool IsNewId(JsonObjectReader item, string? id, HashSet<string> ids, string message)
    {
        if (id is null || ids.Add(id))
        {
            return true;
        }

        item.Sink.Add(item.PathOf("id"), "duplicate-id", message);
        return false;
    }
}
