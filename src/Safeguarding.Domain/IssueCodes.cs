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
        new IssueCode { Code = "too-large", Kind = "reading, HTTP", Meaning = "the document is bigger than 16 MiB; over HTTP also a request body over the service's limit (status 413); for a workbook also over 200 parts, 32 MiB unpacked a part or 96 MiB in all, or 400,000 cells" },
        new IssueCode { Code = "not-a-workbook", Kind = "reading (v2)", Meaning = "the file read as a workbook is not a zip package, a zip without a workbook, or a package that cannot be read; path $" },
        new IssueCode { Code = "formula-not-allowed", Kind = "reading (v2)", Meaning = "a workbook cell holds a formula; the path is the cell" },
        new IssueCode { Code = "merged-cells", Kind = "reading (v2)", Meaning = "a sheet has merged cells; the path is the range, Actions!D2:D3" },
        new IssueCode { Code = "missing-sheet", Kind = "reading (v2)", Meaning = "the workbook has no Plan sheet" },
        new IssueCode { Code = "unknown-sheet", Kind = "reading (v2)", Meaning = "a workbook sheet with content outside the layout; path $, the message gives its position" },
        new IssueCode { Code = "invalid-utf8", Kind = "reading", Meaning = "the bytes are not valid UTF-8 (the message gives the first bad byte's offset)" },
        new IssueCode { Code = "malformed-json", Kind = "reading", Meaning = "the text is not JSON, is empty, or escapes half of a surrogate pair on its own; the path is where the fault was found" },
        new IssueCode { Code = "too-deep", Kind = "reading", Meaning = "objects and arrays nest more than 32 levels" },
        new IssueCode { Code = "wrong-type", Kind = "reading", Meaning = "a value of the wrong JSON type (the root not an object, a string where a number belongs, an array item that is null...)" },
        new IssueCode { Code = "missing-property", Kind = "reading", Meaning = "a required property is absent" },
        new IssueCode { Code = "null-value", Kind = "reading", Meaning = "a required property is null" },
        new IssueCode { Code = "unknown-property", Kind = "reading", Meaning = "a property the document does not have (check its spelling)" },
        new IssueCode { Code = "duplicate-property", Kind = "reading", Meaning = "the same property twice in one object" },
        new IssueCode { Code = "invalid-enum", Kind = "reading, CLI", Meaning = "a string outside its list of values; also membersInformed.startsOn: members-informed; on the command line --region and the lifecycle kind (path review-kind)" },
        new IssueCode { Code = "invalid-date", Kind = "reading, CLI, HTTP", Meaning = "not YYYY-MM-DD, or a day that does not exist" },
        new IssueCode { Code = "date-out-of-range", Kind = "reading, CLI", Meaning = "a date outside 1900 to 2199; for awareOn, notifiedOn and every review record date, outside 2000 to 2099; for deadline --working-days, a start or result outside 2000 to 2099 (reported at --from)" },
        new IssueCode { Code = "invalid-number", Kind = "reading, CLI", Meaning = "a number with a fraction or exponent where a whole number belongs; on the command line, text that is not a whole number" },
        new IssueCode { Code = "number-out-of-range", Kind = "reading, CLI", Meaning = "a whole number outside its range (see Limits)" },
        new IssueCode { Code = "string-too-long", Kind = "reading", Meaning = "an identifier over 64 or a free text over 20,000 UTF-16 code units" },
        new IssueCode { Code = "empty-string", Kind = "reading", Meaning = "a string that is empty or only white space" },
        new IssueCode { Code = "invalid-period", Kind = "reading", Meaning = "not a positive ISO-8601 period of years, months, weeks and days of at most 100 years (or longer than 64 characters)" },
        new IssueCode { Code = "too-many-items", Kind = "reading", Meaning = "an array with more than 200,000 items" },
        new IssueCode { Code = "invalid-document", Kind = "reading", Meaning = "the document could not be read for a reason no other code describes (a safeguard; not expected in practice)" },
        new IssueCode { Code = "inconsistent-facts", Kind = "reading", Meaning = "an adult's ageAtDeath is under 18" },
        new IssueCode { Code = "dates-out-of-order", Kind = "reading, evaluation", Meaning = "notifiedOn is before awareOn (path $.notifiedOn); CriteriaEvaluator.Evaluate refuses such facts as the reader does" },
        new IssueCode { Code = "no-regime-in-force", Kind = "evaluation", Meaning = "no regime covers the jurisdiction and subject on decisionDate (the message gives the first date one begins, where there is one); path $.decisionDate" },
        new IssueCode { Code = "kind-not-in-jurisdiction", Kind = "reading", Meaning = "the review kind does not exist in the jurisdiction; path $.jurisdiction" },
        new IssueCode { Code = "publication-period-below-minimum", Kind = "reading", Meaning = "localPolicy.publicationPeriod is shorter than the regime's statutory minimum for some start date" },
        new IssueCode { Code = "property-not-allowed", Kind = "reading", Meaning = "an extra fact on an event type that does not take it" },
        new IssueCode { Code = "conflicting-properties", Kind = "reading", Meaning = "more than one of workingDays, days, months in membersInformed" },
        new IssueCode { Code = "invalid-scope", Kind = "reading", Meaning = "scopeEnd before scopeStart" },
        new IssueCode { Code = "incident-after-event", Kind = "reading", Meaning = "incidentDate after the incident-known event's date" },
        new IssueCode { Code = "invalid-scheme", Kind = "reading", Meaning = "the scheme's statuses are empty or repeated, a stage status is not among them, or the stages are out of order" },
        new IssueCode { Code = "response-without-sending", Kind = "reading", Meaning = "a recommendation's respondedOn without sentOn" },
        new IssueCode { Code = "responded-before-sent", Kind = "reading", Meaning = "a recommendation's respondedOn before its sentOn" },
        new IssueCode { Code = "unknown-theme-list", Kind = "reading", Meaning = "themeList names no built-in list" },
        new IssueCode { Code = "empty-theme-list", Kind = "reading", Meaning = "ownThemeList.themes is empty" },
        new IssueCode { Code = "event-refused", Kind = "validation, error", Meaning = "the lifecycle refuses a review's event (path of the event); later events are not replayed" },
        new IssueCode { Code = "unknown-theme", Kind = "validation, error", Meaning = "a finding's theme id is not on the register's chosen list" },
        new IssueCode { Code = "invalid-register", Kind = "CLI", Meaning = "with --strict, the register has validation errors (stderr only, path $, exit 1)" },
        new IssueCode { Code = "usage", Kind = "CLI", Meaning = "a usage error (path $; only in the error document with --format json), including the same provision given in two evaluate --commencement options" },
        new IssueCode { Code = "year-out-of-range", Kind = "CLI", Meaning = "--year outside 2000 to 2099" },
        new IssueCode { Code = "unknown-agency", Kind = "CLI", Meaning = "--agency names no action owner in the plan" },
        new IssueCode { Code = "invalid-plan", Kind = "CLI", Meaning = "with --strict, the plan has validation errors (stderr only, path $, exit 1)" },
        new IssueCode { Code = "internal-error", Kind = "CLI, HTTP", Meaning = "a defect in the tool (stderr only, no path, exit 1); over HTTP, status 500 with the error document" },
        new IssueCode { Code = "missing-parameter", Kind = "HTTP", Meaning = "a required query parameter is absent (path: its name)" },
        new IssueCode { Code = "invalid-commencement", Kind = "CLI, HTTP (v2)", Meaning = "a commencement value is not provision=YYYY-MM-DD (no =, or nothing before it); path --commencement or commencement, exit 1" },
        new IssueCode { Code = "unknown-provision", Kind = "CLI, HTTP (v2)", Meaning = "a commencement names a provision other than vpa-2024-s19; path --commencement or commencement, exit 1" },
        new IssueCode { Code = "not-found", Kind = "HTTP", Meaning = "no such path (status 404)" },
        new IssueCode { Code = "method-not-allowed", Kind = "HTTP", Meaning = "the path does not answer this method (status 405)" },
        new IssueCode { Code = "unsupported-media-type", Kind = "HTTP", Meaning = "a POST body that is neither JSON nor newline-delimited JSON (status 415)" },
        new IssueCode { Code = "bad-request", Kind = "HTTP", Meaning = "the HTTP request itself could not be read (status 400)" },
        new IssueCode { Code = "unknown-finding", Kind = "validation, error", Meaning = "a recommendation cites a finding id that does not exist" },
        new IssueCode { Code = "unknown-recommendation", Kind = "validation, error", Meaning = "an action cites a recommendation id that does not exist" },
        new IssueCode { Code = "unknown-action", Kind = "validation, error; reading (v2, workbooks)", Meaning = "dependsOn cites an action id that does not exist (in the extract, with --agency); in a workbook, an Evidence or Updates row names an action no row of Actions has (a reading error at its cell)" },
        new IssueCode { Code = "duplicate-id", Kind = "validation, error", Meaning = "two findings, two recommendations or two actions share an id (path of the later one's id)" },
        new IssueCode { Code = "reference-cycle", Kind = "validation, error", Meaning = "an action depends on itself, directly or through other actions" },
        new IssueCode { Code = "recommendation-without-finding", Kind = "validation, error", Meaning = "a recommendation traces to no finding" },
        new IssueCode { Code = "action-without-recommendation", Kind = "validation, error", Meaning = "an action traces to no recommendation" },
        new IssueCode { Code = "finding-without-recommendation", Kind = "validation, error", Meaning = "no recommendation answers a finding and the finding has no rationale" },
        new IssueCode { Code = "recommendation-without-actions", Kind = "validation, warning", Meaning = "a recommendation has no action (its status is then the scheme's worst)" },
        new IssueCode { Code = "action-past-horizon", Kind = "validation, warning", Meaning = "an action's targetDate is after the plan's horizon" },
        new IssueCode { Code = "completed-before-started", Kind = "validation, warning", Meaning = "completedOn is before startedOn" },
        new IssueCode { Code = "completed-by-output-only", Kind = "discrepancy", Meaning = "reported as completed or better, but the only evidence so far is output" },
        new IssueCode { Code = "completed-without-evidence", Kind = "discrepancy", Meaning = "reported as completed or better, with no completion date and no completion evidence" },
        new IssueCode { Code = "no-impact-evidence", Kind = "discrepancy", Meaning = "completed, but reported as embedded without impact evidence" },
        new IssueCode { Code = "past-target-date", Kind = "discrepancy", Meaning = "reported better than the overdue status while not completed after the target date" },
        new IssueCode { Code = "not-started", Kind = "discrepancy", Meaning = "reported better than the not-started status (without claiming completion) while there is no start date and no evidence" },
        new IssueCode { Code = "reported-better-than-derived", Kind = "discrepancy", Meaning = "any other report better than the derived status" },
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
