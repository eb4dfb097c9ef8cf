using Safeguarding.Domain.Serialization;
using Safeguarding.Domain;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Text.Json;
using NodaTime;
using Safeguarding.Domain.ActionPlans;

namespace Safeguarding.Spreadsheets;

/// <summary>
/// Reads an action plan from an Excel workbook (.xlsx) in the contract's layout, writes a plan into that
/// layout, and writes the empty template. The answer is the same as for the equivalent JSON document: the
/// workbook is turned into that document and read by <see cref="ActionPlanDocument"/>, so every rule and every
/// error code is the JSON door's; each error's path is the cell it concerns (<c>Actions!F7</c>).
/// </summary>
/// <remarks>
/// <para>Layout: sheets <c>Plan</c> (<c>review</c>, <c>reportingCycle</c>, and the extensions <c>agreedOn</c>,
/// <c>horizon</c>), <c>Findings</c> (<c>id</c>, <c>title</c>, <c>rationale</c>), <c>Recommendations</c> (<c>id</c>,
/// <c>findings</c>, <c>text</c>), <c>Actions</c> (<c>id</c>, <c>recommendations</c>, <c>description</c>, <c>owner</c>,
/// <c>lead</c>, <c>successMeasure</c>, <c>targetDate</c>, <c>startedOn</c>, <c>completedOn</c>, <c>dependsOn</c>),
/// <c>Evidence</c> (<c>action</c>, <c>kind</c>, <c>date</c>, <c>description</c>) and <c>Updates</c> (<c>action</c>,
/// <c>date</c>, <c>reportedStatus</c>, <c>note</c>). Sheet names and headers are matched case-insensitively; the
/// first row with content is the header row; columns may come in any order; empty rows are skipped. Lists of ids
/// are separated by commas. Dates are Excel dates or ISO text (<c>2025-12-31</c>); other date text is
/// <c>invalid-date</c>. A number in a text column is taken as Excel wrote it (an id typed as <c>1.1</c>).</para>
/// <para>Workbook errors beside the JSON door's: <c>not-a-workbook</c>, <c>too-large</c> (file, parts, unpacked
/// size, cells), <c>too-many-items</c> (rows), <c>formula-not-allowed</c>, <c>merged-cells</c>, <c>missing-sheet</c>
/// (no <c>Plan</c>), <c>unknown-sheet</c> (a sheet with content outside the layout), <c>unknown-property</c> (a
/// column outside the layout), <c>duplicate-property</c> (a header or sheet twice), <c>unknown-action</c> (evidence
/// or an update for an action id no row of <c>Actions</c> has). Free text is never repeated in a message.</para>
/// </remarks>
public static class ActionPlanWorkbook
{
    /// <summary>Reads a plan from a workbook.</summary>
    /// <param name="xlsx">The workbook's bytes.</param>
    /// <returns>The plan, or every error found, each at its cell (or <c>$</c> for the whole file).</returns>
    public static Result<ActionPlan> Read(ReadOnlyMemory<byte> xlsx)
    {
        var (sheets, date1904, errors) = WorkbookInput.Read(xlsx);
        if (sheets is null)
        {
            return Result<ActionPlan>.Fail(errors.ToImmutableArray());
        }

        var builder = new PlanJsonBuilder(date1904);
        byte[] json = builder.Build(sheets);
        var read = ActionPlanDocument.Read(json);
        if (read.Success && builder.Errors.Count == 0)
        {
            return read;
        }

        // Every error: the workbook's own, then the document reader's at their cells (leaving out a cell that
        // already has one, where the reader would only repeat it, for example a value left out as unreadable).
        var cells = new HashSet<string>(builder.Errors.Select(e => e.Path), StringComparer.Ordinal);
        var all = builder.Errors.Concat(read.Errors.Select(e => new Issue(builder.CellOf(e.Path), e.Code, e.Message)).Where(e => !cells.Contains(e.Path)));
        return Result<ActionPlan>.Fail(all.ToImmutableArray());
    }

    /// <summary>
    /// Writes a plan as a workbook in the contract's layout: texts as text, dates as Excel dates shown
    /// <c>yyyy-mm-dd</c>, lists of ids joined by commas. <c>Read(Write(plan))</c> equals the plan.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The workbook's bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    /// <exception cref="ArgumentException">An id in a list contains a comma (a workbook list could not keep it).</exception>
    public static byte[] Write(ActionPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var rows = new Dictionary<string, List<object?[]>>(StringComparer.Ordinal)
        {
            ["Plan"] = new() { new object?[] { plan.Review, Cycle(plan.ReportingCycle), plan.AgreedOn, plan.Horizon } },
            ["Findings"] = plan.Findings.Select(f => new object?[] { f.Id, f.Title, f.Rationale, f.Themes.IsEmpty ? null : List(f.Themes) }).ToList(),
            ["Recommendations"] = plan.Recommendations.Select(r => new object?[]
            {
                r.Id, List(r.Findings), r.Text, r.Addressee is { } to ? LevelName(to.Level) : null, r.Addressee?.Body, r.SentOn, r.RespondedOn,
            }).ToList(),
            ["Actions"] = plan.Actions.Select(a => new object?[]
            {
                a.Id, List(a.Recommendations), a.Description, a.Owner, a.Lead, a.SuccessMeasure, a.TargetDate, a.StartedOn, a.CompletedOn,
                a.DependsOn.IsEmpty ? null : List(a.DependsOn),
            }).ToList(),
            ["Evidence"] = plan.Actions.SelectMany(a => a.Evidence.Select(e => new object?[] { a.Id, PlanNames.EvidenceName(e.Kind), e.Date, e.Description })).ToList(),
            ["Updates"] = plan.Actions.SelectMany(a => a.Updates.Select(u => new object?[] { a.Id, u.Date, PlanNames.ReportedName(u.ReportedStatus), u.Note })).ToList(),
        };
        return WorkbookWriter.Write(WorkbookLayout.Sheets.Select(s => (s.Name, s.Columns.Select(c => c.Name).ToList(), rows[s.Name])).ToList());
    }

    /// <summary>Writes the empty template: the six sheets with their header rows and nothing else.</summary>
    /// <returns>The workbook's bytes.</returns>
    public static byte[] Template() =>
        WorkbookWriter.Write(WorkbookLayout.Sheets.Select(s => (s.Name, s.Columns.Select(c => c.Name).ToList(), new List<object?[]>())).ToList());

    private static string LevelName(AddresseeLevel level) => level switch
    {
        AddresseeLevel.Local => "local",
        AddresseeLevel.Regional => "regional",
        _ => "national",
    };

    private static string Cycle(Period period) => NodaTime.Text.PeriodPattern.NormalizingIso.Format(period);

    private static string List(ImmutableArray<string> ids)
    {
        foreach (var id in ids)
        {
            if (id.Contains(',', StringComparison.Ordinal))
            {
                throw new ArgumentException("An id in a list contains a comma; a workbook list separates ids by commas.", nameof(ids));
            }
        }

        return string.Join(", ", ids);
    }
}

/// <summary>Names of the plan's enumerations as the document writes them.</summary>
internal static class PlanNames
{
    public static string EvidenceName(EvidenceKind kind) => kind switch
    {
        EvidenceKind.Output => "output",
        EvidenceKind.Completion => "completion",
        _ => "impact",
    };

    public static string ReportedName(ReportedStatus status) => status switch
    {
        ReportedStatus.Red => "red",
        ReportedStatus.Amber => "amber",
        ReportedStatus.Green => "green",
        ReportedStatus.Blue => "blue",
        _ => "update-pending",
    };
}

/// <summary>Turns the workbook's sheets into the action plan JSON document, remembering which cell each JSON path came from.</summary>
internal sealed class PlanJsonBuilder
{
    private readonly bool _date1904;
    private readonly Dictionary<string, string> _cells = new(StringComparer.Ordinal);

    public PlanJsonBuilder(bool date1904) => _date1904 = date1904;

    public List<Issue> Errors { get; } = new();

    /// <summary>The cell of a JSON path: that of its longest mapped prefix; <c>$</c> when none.</summary>
    public string CellOf(string path)
    {
        for (string p = path; p.Length > 0; p = Parent(p))
        {
            if (_cells.TryGetValue(p, out var cell))
            {
                return cell;
            }
        }

        return "$";
    }

    public byte[] Build(List<SheetCells> sheets)
    {
        var found = new Dictionary<SheetLayout, SheetCells>();
        for (int position = 0; position < sheets.Count; position++)
        {
            var sheet = sheets[position];
            var layout = WorkbookLayout.FindSheet(sheet.Name);
            if (layout is null)
            {
                if (sheet.HasContent)
                {
                    // The path is the sheet's position, not its name: a name outside the layout may be any text.
                    Errors.Add(new Issue("$", "unknown-sheet",
                        "Sheet " + I(position + 1) + " of the workbook is outside the layout (Plan, Findings, Recommendations, Actions, Evidence, Updates); remove it or empty it."));
                }
            }
            else if (!found.TryAdd(layout, sheet))
            {
                Errors.Add(new Issue(sheet.Name, "duplicate-property", "The workbook has two sheets of this name (names are matched ignoring case)."));
            }
        }

        if (!found.ContainsKey(WorkbookLayout.Plan))
        {
            Errors.Add(new Issue("Plan", "missing-sheet", "The workbook has no Plan sheet (review, reportingCycle)."));
        }

        var tables = found.ToDictionary(kv => kv.Key, kv => Table(kv.Key, kv.Value));
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            if (tables.TryGetValue(WorkbookLayout.Plan, out var plan))
            {
                _cells["$"] = plan.Sheet + "!A" + (plan.Header + 1).ToString(CultureInfo.InvariantCulture);
                if (plan.Rows.Count > 1)
                {
                    Errors.Add(new Issue(CellAddress.Of(plan.Sheet, plan.Rows[1].Row, 1), "too-many-items", "The Plan sheet has one row under its header."));
                }

                if (plan.Rows.Count > 0)
                {
                    WriteProperties(w, plan, plan.Rows[0], "$");
                }
            }

            WriteItems(w, tables, WorkbookLayout.Findings, "findings");
            WriteItems(w, tables, WorkbookLayout.Recommendations, "recommendations");
            WriteActions(w, tables);
            w.WriteEndObject();
        }

        return stream.ToArray();
    }

    private void WriteItems(Utf8JsonWriter w, Dictionary<SheetLayout, SheetTable> tables, SheetLayout layout, string name)
    {
        if (!tables.TryGetValue(layout, out var table))
        {
            return;
        }

        w.WriteStartArray(name);
        for (int i = 0; i < table.Rows.Count; i++)
        {
            string path = "$." + name + "[" + I(i) + "]";
            w.WriteStartObject();
            WriteProperties(w, table, table.Rows[i], path);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private void WriteActions(Utf8JsonWriter w, Dictionary<SheetLayout, SheetTable> tables)
    {
        tables.TryGetValue(WorkbookLayout.Actions, out var actions);
        var firstRowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        if (actions is not null)
        {
            for (int i = 0; i < actions.Rows.Count; i++)
            {
                if (actions.Rows[i].Cells.TryGetValue("id", out var id) && id.Cell.Kind is CellKind.Text or CellKind.Number)
                {
                    firstRowOf.TryAdd(id.Cell.Text, i);
                }
            }
        }

        var evidence = Children(tables, WorkbookLayout.Evidence, firstRowOf);
        var updates = Children(tables, WorkbookLayout.Updates, firstRowOf);
        if (actions is null)
        {
            return;
        }

        w.WriteStartArray("actions");
        for (int i = 0; i < actions.Rows.Count; i++)
        {
            string path = "$.actions[" + I(i) + "]";
            w.WriteStartObject();
            WriteProperties(w, actions, actions.Rows[i], path);
            WriteChildren(w, evidence, i, path + ".evidence", "evidence");
            WriteChildren(w, updates, i, path + ".updates", "updates");
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    // The evidence or update rows of each action (by its row in Actions), in the sheet's order.
    private Dictionary<int, List<(SheetTable Table, TableRow Row)>> Children(Dictionary<SheetLayout, SheetTable> tables, SheetLayout layout, Dictionary<string, int> actions)
    {
        var byAction = new Dictionary<int, List<(SheetTable, TableRow)>>();
        if (!tables.TryGetValue(layout, out var table))
        {
            return byAction;
        }

        foreach (var row in table.Rows)
        {
            if (!row.Cells.TryGetValue("action", out var action))
            {
                Errors.Add(new Issue(CellAddress.Of(table.Sheet, row.Row, table.ColumnOf("action") ?? 1), "missing-property", "The row names no action (column 'action')."));
                continue;
            }

            if (action.Cell.Kind is not (CellKind.Text or CellKind.Number) || !actions.TryGetValue(action.Cell.Text, out int index))
            {
                Errors.Add(new Issue(action.Address, "unknown-action", "No row of the Actions sheet has this id."));
                continue;
            }

            if (!byAction.TryGetValue(index, out var list))
            {
                list = new List<(SheetTable, TableRow)>();
                byAction.Add(index, list);
            }

            list.Add((table, row));
        }

        return byAction;
    }

    private void WriteChildren(Utf8JsonWriter w, Dictionary<int, List<(SheetTable Table, TableRow Row)>> children, int action, string path, string name)
    {
        if (!children.TryGetValue(action, out var list))
        {
            return;
        }

        w.WriteStartArray(name);
        for (int j = 0; j < list.Count; j++)
        {
            w.WriteStartObject();
            WriteProperties(w, list[j].Table, list[j].Row, path + "[" + I(j) + "]");
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private void WriteProperties(Utf8JsonWriter w, SheetTable table, TableRow row, string path)
    {
        _cells[path] = CellAddress.Of(table.Sheet, row.Row, 1);
        foreach (var column in table.Layout.Columns)
        {
            if (column.Name == "action" && table.Layout != WorkbookLayout.Actions)
            {
                continue; // the link from evidence and updates to their action: not a property of the item
            }

            if (column.Name.StartsWith("addressee", StringComparison.Ordinal))
            {
                if (column.Name == "addresseeLevel")
                {
                    WriteAddressee(w, table, row, path);
                }

                continue;
            }

            string property = path + "." + column.Name;
            if (table.ColumnOf(column.Name) is int at)
            {
                _cells[property] = CellAddress.Of(table.Sheet, row.Row, at);
            }

            if (row.Cells.TryGetValue(column.Name, out var value))
            {
                WriteValue(w, column, value.Cell, value.Address);
            }
        }
    }

    // The two columns addresseeLevel and addresseeBody are the document's addressee object { level, body }.
    private void WriteAddressee(Utf8JsonWriter w, SheetTable table, TableRow row, string path)
    {
        bool hasLevel = row.Cells.TryGetValue("addresseeLevel", out var level);
        bool hasBody = row.Cells.TryGetValue("addresseeBody", out var body);
        int? levelColumn = table.ColumnOf("addresseeLevel");
        int? bodyColumn = table.ColumnOf("addresseeBody");
        _cells[path + ".addressee"] = CellAddress.Of(table.Sheet, row.Row, levelColumn ?? bodyColumn ?? 1);
        if (levelColumn is int l)
        {
            _cells[path + ".addressee.level"] = CellAddress.Of(table.Sheet, row.Row, l);
        }

        if (bodyColumn is int b)
        {
            _cells[path + ".addressee.body"] = CellAddress.Of(table.Sheet, row.Row, b);
        }

        if (!hasLevel && !hasBody)
        {
            return;
        }

        w.WriteStartObject("addressee");
        if (hasLevel)
        {
            WriteValue(w, new Column("level", ColumnKind.Text), level.Cell, level.Address);
        }

        if (hasBody)
        {
            WriteValue(w, new Column("body", ColumnKind.Text), body.Cell, body.Address);
        }

        w.WriteEndObject();
    }

    private void WriteValue(Utf8JsonWriter w, Column column, CellText cell, string address)
    {
        if (cell.Kind == CellKind.Error)
        {
            Errors.Add(new Issue(address, "wrong-type", "The cell holds an Excel error value, not a " + (column.Kind == ColumnKind.Date ? "date." : "text.")));
            return;
        }

        if (cell.Kind == CellKind.Boolean)
        {
            w.WriteBoolean(column.Name, cell.Text == "TRUE"); // the document's reader says what it expected
            return;
        }

        switch (column.Kind)
        {
            case ColumnKind.Date when cell.Kind == CellKind.Number:
                if (CellAddress.TryDate(cell.Text, _date1904, out var date))
                {
                    w.WriteString(column.Name, ContractDate.Format(date));
                }
                else
                {
                    Errors.Add(new Issue(address, "invalid-date", "The number is not an Excel date."));
                }

                break;
            case ColumnKind.IdList:
                w.WriteStartArray(column.Name);
                foreach (var id in cell.Text.Split(',').Select(x => x.Trim()).Where(x => x.Length > 0))
                {
                    w.WriteStringValue(id);
                }

                w.WriteEndArray();
                break;
            default:
                w.WriteString(column.Name, cell.Text);
                break;
        }
    }

    // A sheet as a table: its header row, its columns by name, and its data rows.
    private SheetTable Table(SheetLayout layout, SheetCells sheet)
    {
        var table = new SheetTable(layout, sheet.Name);
        if (sheet.Rows.Count == 0)
        {
            return table;
        }

        var header = sheet.Rows.First();
        table.Header = header.Key;
        foreach (var (column, cell) in header.Value)
        {
            string address = CellAddress.Of(sheet.Name, header.Key, column);
            var known = cell.Kind == CellKind.Text ? layout.Find(cell.Text) : null;
            if (known is null)
            {
                Errors.Add(new Issue(address, "unknown-property", "The column is not one of the " + layout.Name + " sheet's: " + string.Join(", ", layout.Columns.Select(c => c.Name)) + "."));
            }
            else if (!table.Columns.TryAdd(known.Name, column))
            {
                Errors.Add(new Issue(address, "duplicate-property", "The column '" + known.Name + "' appears twice."));
            }
        }

        var names = table.Columns.ToDictionary(kv => kv.Value, kv => kv.Key);
        foreach (var (rowIndex, cells) in sheet.Rows.Skip(1))
        {
            var row = new TableRow(rowIndex);
            foreach (var (column, cell) in cells)
            {
                string address = CellAddress.Of(sheet.Name, rowIndex, column);
                if (names.TryGetValue(column, out var name))
                {
                    row.Cells.Add(name, (cell, address));
                }
                else if (!header.Value.ContainsKey(column))
                {
                    Errors.Add(new Issue(address, "unknown-property", "The cell is in a column without a header."));
                }
            }

            table.Rows.Add(row);
        }

        return table;
    }

    private static string Parent(string path)
    {
        int dot = path.LastIndexOf('.');
        int bracket = path.LastIndexOf('[');
        int cut = Math.Max(dot, bracket);
        return cut <= 0 ? string.Empty : path.Substring(0, cut);
    }

    private static string I(int i) => i.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A sheet read against its layout.</summary>
internal sealed class SheetTable
{
    public SheetTable(SheetLayout layout, string sheet)
    {
        Layout = layout;
        Sheet = sheet;
    }

    public SheetLayout Layout { get; }

    public string Sheet { get; }

    public int Header { get; set; } = 1;

    public Dictionary<string, int> Columns { get; } = new(StringComparer.Ordinal);

    public List<TableRow> Rows { get; } = new();

    public int? ColumnOf(string name) => Columns.TryGetValue(name, out int column) ? column : null;
}

/// <summary>One data row: its number and its cells by column name, with their addresses.</summary>
internal sealed class TableRow
{
    public TableRow(int row) => Row = row;

    public int Row { get; }

    public Dictionary<string, (CellText Cell, string Address)> Cells { get; } = new(StringComparer.Ordinal);
}
