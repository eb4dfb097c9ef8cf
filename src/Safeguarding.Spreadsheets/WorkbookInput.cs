using Safeguarding.Domain;
using System.IO;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Safeguarding.Spreadsheets;

/// <summary>One cell as read: its text (shared and inline strings resolved, numbers as Excel wrote them) and what it holds.</summary>
internal readonly record struct CellText(string Text, CellKind Kind);

/// <summary>What a cell holds.</summary>
internal enum CellKind
{
    /// <summary>Text (a shared, inline or formula string).</summary>
    Text,

    /// <summary>A number: also every Excel date.</summary>
    Number,

    /// <summary>TRUE or FALSE.</summary>
    Boolean,

    /// <summary>An error value such as #N/A.</summary>
    Error,
}

/// <summary>A sheet as read: its non-empty cells by row and column (both 1-based), and its name as the workbook spells it.</summary>
internal sealed class SheetCells
{
    public SheetCells(string name) => Name = name;

    public string Name { get; }

    public SortedDictionary<int, SortedDictionary<int, CellText>> Rows { get; } = new();

    /// <summary>For a sheet outside the layout (not read): whether it has any value. Its name is never put in an error.</summary>
    public bool HasContent { get; init; }
}

/// <summary>
/// Opens a workbook safely and reads its sheets' cells. Before anything is parsed the package is checked as a
/// zip: its size, its number of entries, and every entry's real uncompressed size (read through, with a cap,
/// so a zip bomb costs at most the cap). Sheets are then streamed (SAX) with caps on rows, cells and text;
/// formulas and merged cells are refused. Every problem is an <see cref="Issue"/>, never an exception.
/// </summary>
internal static class WorkbookInput
{
    /// <summary>The largest workbook file read: 16 MiB, as for a JSON document.</summary>
    public const int MaxFileBytes = 16 * 1024 * 1024;

    /// <summary>The most entries (parts) in the package.</summary>
    public const int MaxEntries = 200;

    /// <summary>The largest uncompressed part: 32 MiB.</summary>
    public const long MaxEntryBytes = 32L * 1024 * 1024;

    /// <summary>The most uncompressed bytes over all parts: 96 MiB.</summary>
    public const long MaxTotalBytes = 96L * 1024 * 1024;

    /// <summary>The most rows with content in one sheet.</summary>
    public const int MaxRows = 20_000;

    /// <summary>The most cells read in the whole workbook.</summary>
    public const int MaxCells = 400_000;

    /// <summary>The most shared strings.</summary>
    public const int MaxSharedStrings = 400_000;

    /// <summary>The last column read: AZ (52); the layout has at most 10 columns.</summary>
    public const int MaxColumn = 52;

    /// <summary>Reads every sheet (and whether the workbook counts dates from 1904), or the errors that stop it.</summary>
    public static (List<SheetCells>? Sheets, bool Date1904, List<Issue> Errors) Read(ReadOnlyMemory<byte> bytes)
    {
        var errors = new List<Issue>();
        if (bytes.Length > MaxFileBytes)
        {
            errors.Add(new Issue("$", "too-large", $"The workbook is {bytes.Length} bytes; the limit is {MaxFileBytes}."));
            return (null, false, errors);
        }

        var data = bytes.ToArray();
        if (CheckPackage(data) is { } packageError)
        {
            errors.Add(packageError);
            return (null, false, errors);
        }

        try
        {
            using var stream = new MemoryStream(data, writable: false);
            using var document = SpreadsheetDocument.Open(stream, false, new OpenSettings { AutoSave = false });
            var workbookPart = document.WorkbookPart;
            if (workbookPart?.Workbook?.Sheets is null)
            {
                errors.Add(new Issue("$", "not-a-workbook", "The file is a zip package but not an Excel workbook (.xlsx)."));
                return (null, false, errors);
            }

            bool date1904 = workbookPart.Workbook.WorkbookProperties?.Date1904?.Value == true;
            var shared = ReadSharedStrings(workbookPart, errors);
            if (shared is null)
            {
                return (null, false, errors);
            }

            var sheets = new List<SheetCells>();
            int cells = 0;
            foreach (var sheet in workbookPart.Workbook.Sheets.Elements<Sheet>())
            {
                string name = sheet.Name?.Value ?? string.Empty;
                if (sheet.Id?.Value is not { } id || workbookPart.GetPartById(id) is not WorksheetPart part)
                {
                    // A chart sheet or a dialog sheet: no cells to read.
                    sheets.Add(new SheetCells(name));
                    continue;
                }

                if (WorkbookLayout.FindSheet(name) is null)
                {
                    // Outside the layout: only whether it has content matters (refused if so); its cells, and its
                    // name, which may be anything a person typed, never reach an error.
                    sheets.Add(new SheetCells(name) { HasContent = HasAnyValue(part) });
                    continue;
                }

                var read = ReadSheet(name, part, shared, ref cells, errors);
                if (read is null)
                {
                    return (null, false, errors);
                }

                sheets.Add(read);
            }

            return (errors.Count == 0 ? sheets : null, date1904, errors);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or System.Xml.XmlException or InvalidOperationException
            or ArgumentException or FormatException or NotSupportedException or KeyNotFoundException)
        {
            errors.Add(new Issue("$", "not-a-workbook", "The file is not a readable Excel workbook (.xlsx): " + ex.GetType().Name + "."));
            return (null, false, errors);
        }
    }

    // The zip checks: a real zip, not too many entries, every entry's real size within the caps.
    private static Issue? CheckPackage(byte[] data)
    {
        if (data.Length < 4 || data[0] != (byte)'P' || data[1] != (byte)'K')
        {
            return new Issue("$", "not-a-workbook", "The file is not an Excel workbook (.xlsx): it is not a zip package.");
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(data, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries)
            {
                return new Issue("$", "too-large", $"The workbook has {zip.Entries.Count} parts; the limit is {MaxEntries}.");
            }

            long total = 0;
            var buffer = new byte[81920];
            foreach (var entry in zip.Entries)
            {
                if (entry.Length > MaxEntryBytes || total + entry.Length > MaxTotalBytes)
                {
                    return new Issue("$", "too-large", "The workbook unpacks to more than the limit (" + MaxTotalBytes / (1024 * 1024) + " MiB, " + MaxEntryBytes / (1024 * 1024) + " MiB a part).");
                }

                // The declared size can lie: read the part through, stopping at the cap.
                using var part = entry.Open();
                long size = 0;
                int n;
                while ((n = part.Read(buffer, 0, buffer.Length)) > 0)
                {
                    size += n;
                    if (size > MaxEntryBytes || total + size > MaxTotalBytes)
                    {
                        return new Issue("$", "too-large", "The workbook unpacks to more than the limit (" + MaxTotalBytes / (1024 * 1024) + " MiB, " + MaxEntryBytes / (1024 * 1024) + " MiB a part).");
                    }
                }

                total += size;
            }

            return zip.Entries.Any(e => e.FullName == "[Content_Types].xml")
                ? null
                : new Issue("$", "not-a-workbook", "The file is a zip package but not an Excel workbook (.xlsx).");
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            return new Issue("$", "not-a-workbook", "The file is not a readable zip package: " + ex.GetType().Name + ".");
        }
    }

    private static List<string>? ReadSharedStrings(WorkbookPart workbookPart, List<Issue> errors)
    {
        var list = new List<string>();
        if (workbookPart.SharedStringTablePart is not { } part)
        {
            return list;
        }

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                if (list.Count == MaxSharedStrings)
                {
                    errors.Add(new Issue("$", "too-large", $"The workbook has more than {MaxSharedStrings} distinct texts."));
                    return null;
                }

                var item = (SharedStringItem)reader.LoadCurrentElement()!;
                list.Add(TextOf(item));
            }
        }

        return list;
    }

    // A rich or plain string item: its runs' texts, without phonetic guides.
    private static string TextOf(OpenXmlElement item)
    {
        if (item.GetFirstChild<Text>() is { } plain && !item.Elements<Run>().Any())
        {
            return plain.Text;
        }

        var b = new StringBuilder();
        foreach (var child in item.ChildElements)
        {
            if (child is Text t)
            {
                b.Append(t.Text);
            }
            else if (child is Run run && run.Text is { } runText)
            {
                b.Append(runText.Text);
            }
        }

        return b.ToString();
    }

    private static bool HasAnyValue(WorksheetPart part)
    {
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.IsStartElement && (reader.ElementType == typeof(CellValue) || reader.ElementType == typeof(InlineString) || reader.ElementType == typeof(CellFormula)))
            {
                return true;
            }
        }

        return false;
    }

    private static SheetCells? ReadSheet(string name, WorksheetPart part, List<string> shared, ref int cells, List<Issue> errors)
    {
        var sheet = new SheetCells(name);
        int row = 0;
        int column = 0;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (!reader.IsStartElement)
            {
                continue;
            }

            if (reader.ElementType == typeof(Row))
            {
                var r = reader.Attributes.FirstOrDefault(a => a.LocalName == "r").Value;
                row = int.TryParse(r, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int index) ? index : row + 1;
                column = 0;
            }
            else if (reader.ElementType == typeof(Cell))
            {
                var cell = (Cell)reader.LoadCurrentElement()!;
                column = CellAddress.TryParse(cell.CellReference?.Value, out int cellRow, out int cellColumn) ? cellColumn : column + 1;
                int at = CellAddress.TryParse(cell.CellReference?.Value, out cellRow, out _) ? cellRow : row;
                if (++cells > MaxCells)
                {
                    errors.Add(new Issue("$", "too-large", $"The workbook has more than {MaxCells} cells."));
                    return null;
                }

                if (cell.CellFormula is not null)
                {
                    errors.Add(new Issue(CellAddress.Of(name, at, column), "formula-not-allowed",
                        "The cell holds a formula; an action plan needs values (copy the cells and paste them as values)."));
                    continue;
                }

                var value = ValueOf(cell, shared);
                if (value is null)
                {
                    continue;
                }

                if (column > MaxColumn)
                {
                    errors.Add(new Issue(CellAddress.Of(name, at, column), "unknown-property", "The cell is beyond the sheet's columns."));
                    continue;
                }

                if (!sheet.Rows.TryGetValue(at, out var line))
                {
                    if (sheet.Rows.Count == MaxRows)
                    {
                        errors.Add(new Issue(name, "too-many-items", $"The sheet has more than {MaxRows} rows."));
                        return null;
                    }

                    line = new SortedDictionary<int, CellText>();
                    sheet.Rows.Add(at, line);
                }

                line[column] = value.Value;
            }
            else if (reader.ElementType == typeof(MergeCell))
            {
                var merge = (MergeCell)reader.LoadCurrentElement()!;
                errors.Add(new Issue(name + "!" + (merge.Reference?.Value ?? "?"), "merged-cells",
                    "Merged cells are not read: give every row its own values (unmerge the cells, and fill each row)."));
            }
        }

        return sheet;
    }

    private static CellText? ValueOf(Cell cell, List<string> shared)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            string inline = cell.InlineString is null ? string.Empty : TextOf(cell.InlineString);
            return inline.Length == 0 ? null : new CellText(inline, CellKind.Text);
        }

        string? raw = cell.CellValue?.Text;
        if (string.IsNullOrEmpty(raw))
        {
            return null;
        }

        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int i) && i < shared.Count
                ? (shared[i].Length == 0 ? null : new CellText(shared[i], CellKind.Text))
                : new CellText(raw, CellKind.Error);
        }

        if (type == CellValues.Boolean)
        {
            return new CellText(raw == "1" ? "TRUE" : "FALSE", CellKind.Boolean);
        }

        if (type == CellValues.Error)
        {
            return new CellText(raw, CellKind.Error);
        }

        if (type == CellValues.String || type == CellValues.Date)
        {
            return new CellText(raw, CellKind.Text);
        }

        return new CellText(raw, CellKind.Number);
    }
}
