namespace Safeguarding.Domain;

/// <summary>
/// Every code an <see cref="Issue"/> (and an action's discrepancy) can carry, listed once, with its kind and meaning: the
/// library's readers, validation and evaluation, the spreadsheet reader, the command line and the HTTP service use no
/// other. The contract's "Error codes" table (docs/contract.md) shows the same list; a test keeps the two equal.
/// </summary>
/// <remarks>Immutable and thread-safe. Kinds: <c>reading</c> (a document or value cannot be made), <c>validation</c>
/// (an action plan's or register's traceability), <c>evaluation</c>, <c>discrepancy</c> (a reported status the evidence
/// does not support), <c>CLI</c> and <c>HTTP</c>; "(v2)" marks codes added by contract v2.</remarks>
public static class IssueCodes
{
    /// <summary>Every code, in the order of the contract's table.</summary>
    public static ImmutableArray<IssueCode> All { get; } = ImmutableArray.Create(new IssueCode[]
    {
        new("too-large", "reading, HTTP", "the document is bigger than 16 MiB; over HTTP also a request body over the service's limit (status 413); for a workbook also over 200 parts, 32 MiB unpacked a part or 96 MiB in all, or 400,000 cells"),
        new("not-a-workbook", "reading (v2)", "the file read as a workbook is not a zip package, a zip without a workbook, or a package that cannot be read; path $"),
        new("formula-not-allowed", "reading (v2)", "a workbook cell holds a formula; the path is the cell"),
        new("merged-cells", "reading (v2)", "a sheet has merged cells; the path is the range, Actions!D2:D3"),
        new("missing-sheet", "reading (v2)", "the workbook has no Plan sheet"),
        new("unknown-sheet", "reading (v2)", "a workbook sheet with content outside the layout; path $, the message gives its position"),
        new("invalid-utf8", "reading", "the bytes are not valid UTF-8 (the message gives the first bad byte's offset)"),
        new("malformed-json", "reading", "the text is not JSON, is empty, or escapes half of a surrogate pair on its own; the path is where the fault was found"),
        new("too-deep", "reading", "objects and arrays nest more than 32 levels"),
        new("wrong-type", "reading", "a value of the wrong JSON type (the root not an object, a string where a number belongs, an array item that is null...)"),
        new("missing-property", "reading", "a required property is absent"),
        new("null-value", "reading", "a required property is null"),
        new("unknown-property", "reading", "a property the document does not have (check its spelling)"),
        new("duplicate-property", "reading", "the same property twice in one object"),
        new("invalid-enum", "reading, CLI", "a string outside its list of values; also membersInformed.startsOn: members-informed; on the command line --region and the lifecycle kind (path review-kind)"),
        new("invalid-date", "reading, CLI, HTTP", "not YYYY-MM-DD, or a day that does not exist"),
        new("date-out-of-range", "reading, CLI", "a date outside 1900 to 2199; for awareOn, notifiedOn and every review record date, outside 2000 to 2099; for deadline --working-days, a start or result outside 2000 to 2099 (reported at --from)"),
        new("invalid-number", "reading, CLI", "a number with a fraction or exponent where a whole number belongs; on the command line, text that is not a whole number"),
        new("number-out-of-range", "reading, CLI", "a whole number outside its range (see Limits)"),
        new("string-too-long", "reading", "an identifier over 64 or a free text over 20,000 UTF-16 code units"),
        new("empty-string", "reading", "a string that is empty or only white space"),
        new("invalid-period", "reading", "not a positive ISO-8601 period of years, months, weeks and days of at most 100 years (or longer than 64 characters)"),
        new("too-many-items", "reading", "an array with more than 200,000 items"),
        new("invalid-document", "reading", "the document could not be read for a reason no other code describes (a safeguard; not expected in practice)"),
        new("inconsistent-facts", "reading", "an adult's ageAtDeath is under 18"),
        new("dates-out-of-order", "reading, evaluation", "notifiedOn is before awareOn (path $.notifiedOn); CriteriaEvaluator.Evaluate refuses such facts as the reader does"),
        new("no-regime-in-force", "evaluation", "no regime covers the jurisdiction and subject on decisionDate (the message gives the first date one begins, where there is one); path $.decisionDate"),
        new("kind-not-in-jurisdiction", "reading", "the review kind does not exist in the jurisdiction; path $.jurisdiction"),
        new("publication-period-below-minimum", "reading", "localPolicy.publicationPeriod is shorter than the regime's statutory minimum for some start date"),
        new("property-not-allowed", "reading", "an extra fact on an event type that does not take it"),
        new("conflicting-properties", "reading", "more than one of workingDays, days, months in membersInformed"),
        new("invalid-scope", "reading", "scopeEnd before scopeStart"),
        new("incident-after-event", "reading", "incidentDate after the incident-known event's date"),
        new("invalid-scheme", "reading", "the scheme's statuses are empty or repeated, a stage status is not among them, or the stages are out of order"),
        new("response-without-sending", "reading", "a recommendation's respondedOn without sentOn"),
        new("responded-before-sent", "reading", "a recommendation's respondedOn before its sentOn"),
        new("unknown-theme-list", "reading", "themeList names no built-in list"),
        new("empty-theme-list", "reading", "ownThemeList.themes is empty"),
        new("event-refused", "validation, error", "the lifecycle refuses a review's event (path of the event); later events are not replayed"),
        new("unknown-theme", "validation, error", "a finding's theme id is not on the register's chosen list"),
        new("invalid-register", "CLI", "with --strict, the register has validation errors (stderr only, path $, exit 1)"),
        new("usage", "CLI", "a usage error (path $; only in the error document with --format json), including the same provision given in two evaluate --commencement options"),
        new("year-out-of-range", "CLI", "--year outside 2000 to 2099"),
        new("unknown-agency", "CLI", "--agency names no action owner in the plan"),
        new("invalid-plan", "CLI", "with --strict, the plan has validation errors (stderr only, path $, exit 1)"),
        new("internal-error", "CLI, HTTP", "a defect in the tool (stderr only, no path, exit 1); over HTTP, status 500 with the error document"),
        new("missing-parameter", "HTTP", "a required query parameter is absent (path: its name)"),
        new("invalid-commencement", "CLI, HTTP (v2)", "a commencement value is not provision=YYYY-MM-DD (no =, or nothing before it); path --commencement or commencement, exit 1"),
        new("unknown-provision", "CLI, HTTP (v2)", "a commencement names a provision other than vpa-2024-s19; path --commencement or commencement, exit 1"),
        new("not-found", "HTTP", "no such path (status 404)"),
        new("method-not-allowed", "HTTP", "the path does not answer this method (status 405)"),
        new("unsupported-media-type", "HTTP", "a POST body that is neither JSON nor newline-delimited JSON (status 415)"),
        new("bad-request", "HTTP", "the HTTP request itself could not be read (status 400)"),
        new("unknown-finding", "validation, error", "a recommendation cites a finding id that does not exist"),
        new("unknown-recommendation", "validation, error", "an action cites a recommendation id that does not exist"),
        new("unknown-action", "validation, error; reading (v2, workbooks)", "dependsOn cites an action id that does not exist (in the extract, with --agency); in a workbook, an Evidence or Updates row names an action no row of Actions has (a reading error at its cell)"),
        new("duplicate-id", "validation, error", "two findings, two recommendations or two actions share an id (path of the later one's id)"),
        new("reference-cycle", "validation, error", "an action depends on itself, directly or through other actions"),
        new("recommendation-without-finding", "validation, error", "a recommendation traces to no finding"),
        new("action-without-recommendation", "validation, error", "an action traces to no recommendation"),
        new("finding-without-recommendation", "validation, error", "no recommendation answers a finding and the finding has no rationale"),
        new("recommendation-without-actions", "validation, warning", "a recommendation has no action (its status is then the scheme's worst)"),
        new("action-past-horizon", "validation, warning", "an action's targetDate is after the plan's horizon"),
        new("completed-before-started", "validation, warning", "completedOn is before startedOn"),
        new("completed-by-output-only", "discrepancy", "reported as completed or better, but the only evidence so far is output"),
        new("completed-without-evidence", "discrepancy", "reported as completed or better, with no completion date and no completion evidence"),
        new("no-impact-evidence", "discrepancy", "completed, but reported as embedded without impact evidence"),
        new("past-target-date", "discrepancy", "reported better than the overdue status while not completed after the target date"),
        new("not-started", "discrepancy", "reported better than the not-started status (without claiming completion) while there is no start date and no evidence"),
        new("reported-better-than-derived", "discrepancy", "any other report better than the derived status"),
    });

    private static readonly Dictionary<string, IssueCode> ByCode = All.ToDictionary(c => c.Code, StringComparer.Ordinal);

    /// <summary>Looks a code up.</summary>
    /// <param name="code">The code, for example <c>invalid-date</c>.</param>
    /// <param name="described">The code's kind and meaning, when it is one of the library's.</param>
    /// <returns>Whether the code is one of the library's.</returns>
    public static bool TryGet(string? code, out IssueCode described)
    {
        if (code is not null && ByCode.TryGetValue(code, out var found))
        {
            described = found;
            return true;
        }

        described = null!;
        return false;
    }
}
