namespace Safeguarding.Spreadsheets;

/// <summary>What a column holds, which decides how a cell becomes a value of the plan document.</summary>
internal enum ColumnKind
{
    /// <summary>Free text or an id: a number cell is taken as Excel wrote it ("1.1").</summary>
    Text,

    /// <summary>A date: an Excel date (a serial number) or text, which must then be ISO (YYYY-MM-DD).</summary>
    Date,

    /// <summary>Ids separated by commas, for example <c>R1, R2</c>.</summary>
    IdList,
}

/// <summary>One column of a sheet: its header (case-insensitive in a workbook) and the document property it fills.</summary>
internal sealed record Column(string Name, ColumnKind Kind);

/// <summary>One sheet of the action-plan workbook and its columns, in the contract's order.</summary>
internal sealed record SheetLayout(string Name, IReadOnlyList<Column> Columns)
{
    public Column? Find(string header) =>
        Columns.FirstOrDefault(c => string.Equals(c.Name, header.Trim(), StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// The contract's workbook layout (v2, "Action plans: words, and spreadsheets"): sheets <c>Plan</c>,
/// <c>Findings</c>, <c>Recommendations</c>, <c>Actions</c>, <c>Evidence</c> and <c>Updates</c>, a header row,
/// one item a row. The columns are the action plan document's properties; the extensions the JSON document
/// has (<c>agreedOn</c>, <c>horizon</c>, <c>rationale</c>, <c>dependsOn</c>, and the register's <c>themes</c>,
/// <c>sentOn</c>, <c>respondedOn</c>, and <c>addressee</c> as two columns <c>addresseeLevel</c> and
/// <c>addresseeBody</c>) are accepted too, so that any plan the JSON door reads can be kept in a workbook.
/// </summary>
internal static class WorkbookLayout
{
    public static readonly SheetLayout Plan = new("Plan", new Column[]
    {
        new("review", ColumnKind.Text), new("reportingCycle", ColumnKind.Text), new("agreedOn", ColumnKind.Date), new("horizon", ColumnKind.Date),
    });

    public static readonly SheetLayout Findings = new("Findings", new Column[]
    {
        new("id", ColumnKind.Text), new("title", ColumnKind.Text), new("rationale", ColumnKind.Text), new("themes", ColumnKind.IdList),
    });

    public static readonly SheetLayout Recommendations = new("Recommendations", new Column[]
    {
        new("id", ColumnKind.Text), new("findings", ColumnKind.IdList), new("text", ColumnKind.Text),
        new("addresseeLevel", ColumnKind.Text), new("addresseeBody", ColumnKind.Text), new("sentOn", ColumnKind.Date), new("respondedOn", ColumnKind.Date),
    });

    public static readonly SheetLayout Actions = new("Actions", new Column[]
    {
        new("id", ColumnKind.Text), new("recommendations", ColumnKind.IdList), new("description", ColumnKind.Text), new("owner", ColumnKind.Text),
        new("lead", ColumnKind.Text), new("successMeasure", ColumnKind.Text), new("targetDate", ColumnKind.Date), new("startedOn", ColumnKind.Date),
        new("completedOn", ColumnKind.Date), new("dependsOn", ColumnKind.IdList),
    });

    public static readonly SheetLayout Evidence = new("Evidence", new Column[]
    {
        new("action", ColumnKind.Text), new("kind", ColumnKind.Text), new("date", ColumnKind.Date), new("description", ColumnKind.Text),
    });

    public static readonly SheetLayout Updates = new("Updates", new Column[]
    {
        new("action", ColumnKind.Text), new("date", ColumnKind.Date), new("reportedStatus", ColumnKind.Text), new("note", ColumnKind.Text),
    });

    /// <summary>Every sheet, in the order a template has them.</summary>
    public static readonly IReadOnlyList<SheetLayout> Sheets = new[] { Plan, Findings, Recommendations, Actions, Evidence, Updates };

    public static SheetLayout? FindSheet(string name) =>
        Sheets.FirstOrDefault(s => string.Equals(s.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
}
