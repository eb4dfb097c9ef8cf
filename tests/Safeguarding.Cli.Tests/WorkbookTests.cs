using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Reporting;
using Safeguarding.Domain.Tests.Arbitraries;
using Safeguarding.Spreadsheets;
using Safeguarding.Tests.Shared;

namespace Safeguarding.Cli.Tests;

/// <summary>
/// Action plans from and to Excel workbooks: the same answer as the equivalent JSON document, every error at
/// its cell with the JSON door's codes, the hostile workbooks refused in bounded time, the report and the
/// template written as workbooks.
/// </summary>
public sealed class WorkbookTests
{
    private static readonly LocalDate AsOf = new(2026, 1, 15);

    private static string Corpus(string file) => Path.Combine(HostileCorpus.Root, file);

    public static TheoryData<string, int, string, string> Workbooks()
    {
        var data = new TheoryData<string, int, string, string>();
        foreach (var (file, exit, path, code) in HostileCorpus.WorkbookManifest())
        {
            data.Add(file, exit, path, code);
        }

        return data;
    }

    [Theory(Timeout = 60_000)]
    [MemberData(nameof(Workbooks))]
    public async System.Threading.Tasks.Task HostileWorkbook_ThroughTheCli_GivesTheManifestsExitPathAndCode_InBoundedTime(string file, int exit, string path, string code)
    {
        await System.Threading.Tasks.Task.Yield();
        var clock = Stopwatch.StartNew();
        var result = CliRunner.Run("plan", Corpus(file), "--as-of", "2026-01-15", "--format", "json");
        clock.Stop();
        Assert.False(result.HasStackTrace, result.Err);
        Assert.Equal(exit, result.Exit);
        using var document = JsonDocument.Parse(result.Out);
        if (exit == 1)
        {
            var errors = document.RootElement.GetProperty("errors").EnumerateArray()
                .Select(e => (e.GetProperty("path").GetString()!, e.GetProperty("code").GetString()!)).ToList();
            Assert.Contains((path, code), errors);
            Assert.Contains("error: " + path + ": " + code + ": ", result.Err, StringComparison.Ordinal);
        }
        else
        {
            var issues = document.RootElement.GetProperty("validation").EnumerateArray()
                .Select(i => (i.GetProperty("path").GetString()!, i.GetProperty("code").GetString()!)).ToList();
            Assert.Equal(path == "-", document.RootElement.GetProperty("valid").GetBoolean());
            if (path != "-")
            {
                Assert.Contains((path, code), issues);
            }
        }

        // The library door gives the same errors as the command.
        var read = ActionPlanWorkbook.Read(File.ReadAllBytes(Corpus(file)));
        Assert.Equal(exit == 0, read.Success);
    }

    [Fact]
    public void ExcelDatesAndIsoTextDates_GiveTheSameReport_AsTheEquivalentJsonDocument()
    {
        const string json = """
            {
              "review": "Learning review", "reportingCycle": "P3M",
              "findings": [ { "id": "F1", "title": "Information was not shared" } ],
              "recommendations": [ { "id": "R1", "findings": ["F1"], "text": "Share information about risk" } ],
              "actions": [ { "id": "1.1", "recommendations": ["R1"], "description": "Deliver training", "owner": "police", "lead": "training lead",
                             "successMeasure": "audit", "targetDate": "2025-12-31", "startedOn": "2025-02-01" } ]
            }
            """;
        var fromJson = CliRunner.RunWithInput(json, "plan", "-", "--as-of", "2026-01-15", "--format", "json");
        var excelDates = CliRunner.Run("plan", Corpus("workbook/valid-excel-dates.xlsx"), "--as-of", "2026-01-15", "--format", "json");
        var isoText = CliRunner.Run("plan", Corpus("workbook/valid-iso-text-dates.xlsx"), "--as-of", "2026-01-15", "--format", "json");
        Assert.Equal(0, fromJson.Exit);
        Assert.Equal(fromJson.Out, excelDates.Out);
        Assert.Equal(fromJson.Out, isoText.Out);

        // Overdue by 15 days, with every word in the report.
        Assert.Contains("\"daysOverdue\": 15", excelDates.Out, StringComparison.Ordinal);
        Assert.Contains("\"description\": \"Deliver training\"", excelDates.Out, StringComparison.Ordinal);
    }

    [Property(Arbitrary = new[] { typeof(ActionPlanArbitraries) }, MaxTest = 40)]
    public void GeneratedPlan_WrittenToAWorkbookAndReadBack_IsTheSamePlan_AndGivesTheSameReport(ActionPlan plan, int days)
    {
        var read = ActionPlanWorkbook.Read(ActionPlanWorkbook.Write(plan));
        Assert.True(read.Success, string.Join("; ", read.Errors));
        Assert.Equal(plan, read.Value);
        var asOf = ActionPlanArbitraries.Epoch.PlusDays(Math.Abs(days % 2000));
        var fromJson = ActionPlanDocument.Read(System.Text.Encoding.UTF8.GetBytes(ActionPlanDocument.Write(plan))).Value;
        Assert.Equal(ScrutinyReport.Create(fromJson, asOf, null).ToJson(), ScrutinyReport.Create(read.Value, asOf, null).ToJson());
    }

    [Fact]
    public void RegisterProperties_ThemesAddresseeAndDates_RoundTripThroughAWorkbook()
    {
        var plan = new ActionPlanBuilder
        {
            Review = "Review",
            Findings = new[] { Finding.Create("F1", "Title", null, new[] { "information-sharing", "escalation" }).Value },
            Recommendations = new[]
            {
                Recommendation.Create("R1", new[] { "F1" }, "Text", Addressee.Create(AddresseeLevel.National, "Department for Education").Value, sentOn: new LocalDate(2025, 3, 1)).Value,
            },
            Actions = new[] { new PlanActionBuilder { Id = "1.1", Recommendations = new[] { "R1" }, Owner = "police" }.Build().Value },
        }.Build().Value;
        var read = ActionPlanWorkbook.Read(ActionPlanWorkbook.Write(plan));
        Assert.True(read.Success, string.Join("; ", read.Errors));
        Assert.Equal(plan, read.Value);
        Assert.Equal(new[] { "information-sharing", "escalation" }, read.Value.Findings[0].Themes);
        Assert.Equal((AddresseeLevel.National, "Department for Education", (LocalDate?)new LocalDate(2025, 3, 1)),
            (read.Value.Recommendations[0].Addressee!.Level, read.Value.Recommendations[0].Addressee!.Body, read.Value.Recommendations[0].SentOn));
    }

    [Fact]
    public void Reader_NamesTheCell_WithTheJsonDoorsCode_AndNeverRepeatsTheCellsText()
    {
        // A day-first date typed as text: the JSON door's invalid-date, at the cell; the text itself is not echoed.
        var read = ActionPlanWorkbook.Read(File.ReadAllBytes(Corpus("workbook/date-as-text-day-first.xlsx")));
        var error = Assert.Single(read.Errors);
        Assert.Equal(("Actions!G2", "invalid-date"), (error.Path, error.Code));
        Assert.DoesNotContain("31/12/2025", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkedFreeText_InSheetNamesHeadersAndCells_NeverReachesAnError()
    {
        // The marker is in an extra sheet's name (with a formula), an unknown header, the words and a date typed as text.
        foreach (var format in new[] { "json", "text" })
        {
            var result = CliRunner.Run("plan", Corpus("workbook/marker-everywhere.xlsx"), "--as-of", "2026-01-15", "--format", format);
            Assert.Equal(1, result.Exit);
            Assert.DoesNotContain("Pl4nted", result.Out + result.Err, StringComparison.Ordinal);
            Assert.Contains("error: $: unknown-sheet: Sheet 5 of the workbook", result.Err, StringComparison.Ordinal);
            Assert.Contains("error: Actions!J1: unknown-property: ", result.Err, StringComparison.Ordinal);
        }

        var read = ActionPlanWorkbook.Read(File.ReadAllBytes(Corpus("workbook/marker-everywhere.xlsx")));
        Assert.All(read.Errors, e => Assert.DoesNotContain("Pl4nted", e.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Template_HasTheSixSheetsWithTheirHeaders_AndNothingElse()
    {
        string file = Path.Combine(Path.GetTempPath(), "template-" + Guid.NewGuid().ToString("N") + ".xlsx");
        try
        {
            var result = CliRunner.Run("plan", "--template", "--output", file);
            Assert.Equal(0, result.Exit);
            using var document = SpreadsheetDocument.Open(file, false);
            var sheets = Sheets(document);
            Assert.Equal(new[] { "Plan", "Findings", "Recommendations", "Actions", "Evidence", "Updates" }, sheets.Keys);
            Assert.Equal(new[] { "id", "recommendations", "description", "owner", "lead", "successMeasure", "targetDate", "startedOn", "completedOn", "dependsOn" },
                sheets["Actions"].Single());
            Assert.Equal(new[] { "action", "kind", "date", "description" }, sheets["Evidence"].Single());
            Assert.All(sheets.Values, rows => Assert.Single(rows));
        }
        finally
        {
            File.Delete(file);
        }

        Assert.Equal(2, CliRunner.Run("plan", "--template").Exit);
    }

    [Fact]
    public void ReportWorkbook_HasColouredStatusCells_WithTheStatusWrittenIn_AndEveryWord()
    {
        string file = Path.Combine(Path.GetTempPath(), "report-" + Guid.NewGuid().ToString("N") + ".xlsx");
        try
        {
            var result = CliRunner.Run("plan", Corpus("workbook/valid-excel-dates.xlsx"), "--as-of", "2026-01-15", "--format", "xlsx", "--output", file);
            Assert.Equal(0, result.Exit);
            Assert.Equal(string.Empty, result.Out);
            using var document = SpreadsheetDocument.Open(file, false);
            var sheets = Sheets(document);
            Assert.Equal(new[] { "Summary", "Key", "Actions", "Recommendations", "Findings", "Validation" }, sheets.Keys);
            var action = sheets["Actions"][1];
            Assert.Equal(new[] { "1.1", "Deliver training", "police", "training lead", "audit", "red", "", "2025-12-31", "15", "yes" }, action.Take(10));
            Assert.Equal(new[] { "R1", "Share information about risk", "red", "1" }, sheets["Recommendations"][1]);

            // The status cell of action 1.1 (F2) is filled red with white bold text.
            var fill = FillOf(document, "Actions", "F2");
            Assert.Equal(("FFC62828", true), fill);
        }
        finally
        {
            File.Delete(file);
        }

        Assert.Equal(2, CliRunner.Run("plan", Corpus("workbook/valid-excel-dates.xlsx"), "--as-of", "2026-01-15", "--format", "xlsx").Exit);
    }

    [Fact]
    public void InputFormat_ReadsAWorkbookFromStandardInput()
    {
        byte[] bytes = File.ReadAllBytes(Corpus("workbook/valid-excel-dates.xlsx"));
        var result = CliRunner.RunWithBytes(bytes, "plan", "-", "--as-of", "2026-01-15", "--input-format", "xlsx");
        Assert.Equal(0, result.Exit);
        Assert.Contains("what: Deliver training", result.Out, StringComparison.Ordinal);
        Assert.Equal(1, CliRunner.RunWithBytes(bytes, "plan", "-", "--as-of", "2026-01-15").Exit); // read as JSON: malformed
    }

    // Every sheet's rows as text (inline and shared strings resolved), by sheet name in workbook order.
    private static Dictionary<string, List<List<string>>> Sheets(SpreadsheetDocument document)
    {
        var part = document.WorkbookPart!;
        var result = new Dictionary<string, List<List<string>>>();
        foreach (var sheet in part.Workbook.Sheets!.Elements<Sheet>())
        {
            var worksheet = (WorksheetPart)part.GetPartById(sheet.Id!.Value!);
            result[sheet.Name!.Value!] = worksheet.Worksheet.Descendants<Row>().Select(r =>
            {
                var cells = new List<string>();
                foreach (var cell in r.Elements<Cell>())
                {
                    CellAddressOf(cell.CellReference!.Value!, out int column);
                    while (cells.Count < column - 1)
                    {
                        cells.Add(string.Empty);
                    }

                    cells.Add(cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? string.Empty);
                }

                return cells;
            }).ToList();
        }

        return result;
    }

    private static void CellAddressOf(string reference, out int column)
    {
        column = 0;
        foreach (char ch in reference.TakeWhile(char.IsLetter))
        {
            column = (column * 26) + (ch - 'A' + 1);
        }
    }

    private static (string Rgb, bool WhiteBold) FillOf(SpreadsheetDocument document, string sheetName, string reference)
    {
        var part = document.WorkbookPart!;
        var sheet = part.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var cell = ((WorksheetPart)part.GetPartById(sheet.Id!.Value!)).Worksheet.Descendants<Cell>().Single(c => c.CellReference == reference);
        var stylesheet = part.WorkbookStylesPart!.Stylesheet;
        var format = stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex!.Value);
        var fill = stylesheet.Fills!.Elements<Fill>().ElementAt((int)format.FillId!.Value).PatternFill!;
        var font = stylesheet.Fonts!.Elements<Font>().ElementAt((int)format.FontId!.Value);
        return (fill.ForegroundColor!.Rgb!.Value!, font.Bold is not null && font.Color?.Rgb?.Value == "FFFFFFFF");
    }
}
