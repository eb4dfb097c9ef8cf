using System.Globalization;
using System.IO;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using NodaTime;

namespace Safeguarding.Spreadsheets;

/// <summary>A status cell's look: its fill and whether its text is white.</summary>
internal sealed record CellStyle(string FillRgb, bool WhiteText);

/// <summary>
/// Writes simple workbooks: each sheet a bold, frozen header row and rows of values (text as inline strings,
/// dates as Excel dates shown <c>yyyy-mm-dd</c>, whole numbers as numbers), with optional coloured cells.
/// </summary>
internal static class WorkbookWriter
{
    private const uint HeaderStyle = 1, DateStyle = 2, WrapStyle = 3, FirstColourStyle = 4;

    /// <summary>A value that is drawn in a coloured cell: the text and the index of its look.</summary>
    public sealed record Coloured(string Text, int Style);

    public static byte[] Write(IReadOnlyList<(string Name, List<string> Headers, List<object?[]> Rows)> sheets) => Write(sheets, new List<CellStyle>());

    public static byte[] Write(IReadOnlyList<(string Name, List<string> Headers, List<object?[]> Rows)> sheets, IReadOnlyList<CellStyle> colours)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet(colours);
            var sheetList = workbookPart.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var (name, headers, rows) in sheets)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                var widths = headers.Select(h => (double)h.Length).ToArray();
                data.Append(RowOf(1, headers.Cast<object?>().ToArray(), HeaderStyle, widths));
                uint r = 2;
                foreach (var row in rows)
                {
                    data.Append(RowOf(r++, row, null, widths));
                }

                var columns = new Columns(widths.Select((w, i) => new DocumentFormat.OpenXml.Spreadsheet.Column
                {
                    Min = (uint)(i + 1), Max = (uint)(i + 1), Width = System.Math.Min(60, System.Math.Max(10, w + 2)), CustomWidth = true,
                }));
                var view = new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
                {
                    WorkbookViewId = 0,
                });
                part.Worksheet = new Worksheet(view, columns, data);
                sheetList.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = id++, Name = name });
            }

            workbookPart.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static Row RowOf(uint index, object?[] values, uint? style, double[] widths)
    {
        var row = new Row { RowIndex = index };
        for (int c = 0; c < values.Length; c++)
        {
            string reference = CellAddress.Letters(c + 1) + index.ToString(CultureInfo.InvariantCulture);
            switch (values[c])
            {
                case null:
                    break;
                case LocalDate date:
                    row.Append(new Cell { CellReference = reference, CellValue = new CellValue(CellAddress.Serial(date).ToString(CultureInfo.InvariantCulture)), StyleIndex = DateStyle });
                    Widen(widths, c, 10);
                    break;
                case int number:
                    row.Append(new Cell { CellReference = reference, CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture)), StyleIndex = style });
                    break;
                case Coloured coloured:
                    row.Append(Text(reference, coloured.Text, FirstColourStyle + (uint)coloured.Style));
                    Widen(widths, c, coloured.Text.Length);
                    break;
                default:
                    string text = values[c]!.ToString()!;
                    row.Append(Text(reference, text, style ?? (text.Length > 60 ? WrapStyle : null)));
                    Widen(widths, c, text.Length);
                    break;
            }
        }

        return row;
    }

    private static void Widen(double[] widths, int column, double length)
    {
        if (column < widths.Length && length > widths[column])
        {
            widths[column] = length;
        }
    }

    private static Cell Text(string reference, string text, uint? style) => new()
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
        StyleIndex = style,
    };

    // Fonts: 0 normal, 1 bold, 2 bold white. Fills: 0 none, 1 grey125 (both required), 2 header grey, then one per colour.
    // Cell formats: 0 normal, 1 header, 2 date, 3 wrapped text, then one per colour.
    private static Stylesheet Stylesheet(IReadOnlyList<CellStyle> colours)
    {
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFEEEEEE" }) { PatternType = PatternValues.Solid }));
        foreach (var colour in colours)
        {
            fills.Append(new Fill(new PatternFill(new ForegroundColor { Rgb = "FF" + colour.FillRgb }) { PatternType = PatternValues.Solid }));
        }

        var formats = new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, FillId = 2, ApplyFont = true, ApplyFill = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true });
        for (int k = 0; k < colours.Count; k++)
        {
            formats.Append(new CellFormat { FontId = colours[k].WhiteText ? 2u : 1u, FillId = (uint)(3 + k), ApplyFont = true, ApplyFill = true });
        }

        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd" }),
            new Fonts(
                new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
                new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
                new Font(new Bold(), new Color { Rgb = "FFFFFFFF" }, new FontSize { Val = 11 }, new FontName { Val = "Calibri" })),
            fills,
            new Borders(new Border()),
            formats);
    }
}
