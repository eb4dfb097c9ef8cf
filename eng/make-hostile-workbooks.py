#!/usr/bin/env python3
"""Writes the hostile workbooks of the corpus (tests/Safeguarding.Cli.Tests/Hostile/workbook/) and their
manifest (Hostile/workbooks.tsv). Each is a small .xlsx written from raw XML, so that it can hold what Excel
itself would never write (a zip bomb, a lying package) as well as what business managers do (formulas,
merged cells, dates typed as text). Deterministic: the files only change when this script does.

Run: python3 eng/make-hostile-workbooks.py
"""
import os
import zipfile
from xml.sax.saxutils import escape

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "Safeguarding.Cli.Tests", "Hostile", "workbook")
STAMP = (2026, 1, 1, 0, 0, 0)

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
{sheets}
</Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""


def col(n):
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def cell(ref, value):
    if value is None:
        return ""
    if isinstance(value, tuple) and value[0] == "formula":
        return f'<c r="{ref}"><f>{escape(value[1])}</f><v>{value[2]}</v></c>'
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"><v>{value}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(value)}</t></is></c>'


def sheet_xml(rows, merges=()):
    body = []
    for i, row in enumerate(rows, start=1):
        cells = "".join(cell(f"{col(j)}{i}", v) for j, v in enumerate(row, start=1))
        body.append(f'<row r="{i}">{cells}</row>')
    merge = ""
    if merges:
        merge = f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merges) + "</mergeCells>"
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            + "".join(body) + "</sheetData>" + merge + "</worksheet>")


def workbook(name, sheets, merges=None):
    """sheets: list of (sheet name, rows); merges: {sheet name: [refs]}."""
    merges = merges or {}
    path = os.path.join(OUT, name)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        def put(arcname, text):
            info = zipfile.ZipInfo(arcname, STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text)
        overrides = "\n".join(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for i in range(1, len(sheets) + 1))
        put("[Content_Types].xml", CONTENT_TYPES.format(sheets=overrides))
        put("_rels/.rels", RELS)
        entries = "".join(f'<sheet name="{escape(n)}" sheetId="{i}" r:id="rId{i}"/>' for i, (n, _) in enumerate(sheets, start=1))
        put("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' + entries + "</sheets></workbook>")
        rels = "".join(
            f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>'
            for i in range(1, len(sheets) + 1))
        put("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + rels + "</Relationships>")
        for i, (n, rows) in enumerate(sheets, start=1):
            put(f"xl/worksheets/sheet{i}.xml", sheet_xml(rows, merges.get(n, ())))


ACTION_HEADER = ["id", "recommendations", "description", "owner", "lead", "successMeasure", "targetDate", "startedOn", "completedOn"]


def plan(actions=None, extra=None, evidence=None, action_header=None):
    """A small valid plan: one finding, one recommendation, one action; parts replaced as asked."""
    sheets = [
        ("Plan", [["review", "reportingCycle"], ["Learning review", "P3M"]]),
        ("Findings", [["id", "title"], ["F1", "Information was not shared"]]),
        ("Recommendations", [["id", "findings", "text"], ["R1", "F1", "Share information about risk"]]),
        ("Actions", [action_header or ACTION_HEADER] + (actions or [["1.1", "R1", "Deliver training", "police", "training lead", "audit", 46022, 45689, None]])),
    ]
    if evidence is not None:
        sheets.append(("Evidence", [["action", "kind", "date", "description"]] + evidence))
    return sheets + (extra or [])


ROWS = []


def case(name, expected_path, code, sheets=None, raw=None, merges=None, exit_code=1):
    if raw is not None:
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(raw)
    elif sheets is not None:
        workbook(name, sheets, merges)
    ROWS.append((f"workbook/{name}", exit_code, expected_path, code))


def main():
    os.makedirs(OUT, exist_ok=True)
    for old in os.listdir(OUT):
        os.remove(os.path.join(OUT, old))

    case("valid-excel-dates.xlsx", "-", "-", plan(), exit_code=0)
    case("valid-iso-text-dates.xlsx", "-", "-", plan(actions=[["1.1", "R1", "Deliver training", "police", "training lead", "audit", "2025-12-31", "2025-02-01", None]]), exit_code=0)
    case("not-a-zip.xlsx", "$", "not-a-workbook", raw=b"id,owner\n1.1,police\n")
    case("empty-file.xlsx", "$", "not-a-workbook", raw=b"")

    # A zip, but no workbook inside.
    zpath = os.path.join(OUT, "zip-not-a-workbook.xlsx")
    with zipfile.ZipFile(zpath, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("readme.txt", STAMP), "not a workbook")
    ROWS.append(("workbook/zip-not-a-workbook.xlsx", 1, "$", "not-a-workbook"))

    # A zip bomb: a 100 MiB sheet of zeros that packs into about 100 KB.
    bpath = os.path.join(OUT, "zip-bomb.xlsx")
    workbook("zip-bomb.xlsx", plan())
    with zipfile.ZipFile(bpath, "a", zipfile.ZIP_DEFLATED) as z:
        info = zipfile.ZipInfo("xl/worksheets/padding.xml", STAMP)
        info.compress_type = zipfile.ZIP_DEFLATED
        with z.open(info, "w", force_zip64=True) as f:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(100):
                f.write(chunk)
    ROWS.append(("workbook/zip-bomb.xlsx", 1, "$", "too-large"))

    # A huge sheet: more rows than the reader takes.
    rows = [ACTION_HEADER] + [[f"{i}", "R1", None, "police"] for i in range(1, 20_002)]
    case("huge-sheet.xlsx", "Actions", "too-many-items", plan(actions=rows[1:]))

    case("formula-in-a-date.xlsx", "Actions!G2", "formula-not-allowed",
         plan(actions=[["1.1", "R1", "Deliver training", "police", None, None, ("formula", "DATE(2025,12,31)", 46022), None, None]]))
    case("merged-cells.xlsx", "Actions!D2:D3", "merged-cells",
         plan(actions=[["1.1", "R1", None, "police"], ["1.2", "R1", None, None]]), merges={"Actions": ["D2:D3"]})
    case("date-as-text-day-first.xlsx", "Actions!G2", "invalid-date",
         plan(actions=[["1.1", "R1", "Deliver training", "police", None, None, "31/12/2025", None, None]]))
    case("date-as-text-with-time.xlsx", "Actions!H2", "invalid-date",
         plan(actions=[["1.1", "R1", None, "police", None, None, None, "2025-02-01T09:00", None]]))
    case("unknown-column.xlsx", "Actions!J1", "unknown-property",
         plan(action_header=ACTION_HEADER + ["comment"], actions=[["1.1", "R1", None, "police", None, None, None, None, None, "note"]]))
    case("missing-owner.xlsx", "Actions!D2", "missing-property",
         plan(actions=[["1.1", "R1", "Deliver training", None, None, None, 46022, None, None]]))
    case("evidence-for-unknown-action.xlsx", "Evidence!A2", "unknown-action",
         plan(evidence=[["9.9", "output", 45700, "leaflet"]]))
    case("evidence-kind-not-in-list.xlsx", "Evidence!B2", "invalid-enum",
         plan(evidence=[["1.1", "finished", 45700, None]]))
    case("unknown-sheet.xlsx", "Notes", "unknown-sheet", plan(extra=[("Notes", [["anything"], ["at all"]])]))
    case("no-plan-sheet.xlsx", "Plan", "missing-sheet", plan()[1:])
    case("not-an-excel-date.xlsx", "Actions!G2", "invalid-date",
         plan(actions=[["1.1", "R1", None, "police", None, None, 60, None, None]]))
    case("dangling-recommendation.xlsx", "$.actions[0].recommendations[0]", "unknown-recommendation",
         plan(actions=[["1.1", "R9", None, "police", None, None, None, None, None]]), exit_code=0)

    with open(os.path.join(os.path.dirname(OUT), "workbooks.tsv"), "w") as f:
        f.write("# file\texit\tpath\tcode  (exit 0: path and code name a validation issue of the report, or - for none)\n")
        for file, exit_code, path, code in ROWS:
            f.write(f"{file}\t{exit_code}\t{path}\t{code}\n")


if __name__ == "__main__":
    main()
