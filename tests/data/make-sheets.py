#!/usr/bin/python3
"""Writes the XLSX test sheets with openpyxl (Debian: python3-openpyxl).

The files are committed; run this again only to change them:
    python3 tests/data/make-sheets.py
"""
import csv
import datetime
import io
import os
import zipfile

import openpyxl

here = os.path.dirname(os.path.abspath(__file__))

with open(os.path.join(here, "datasheet-threads-1-3.tsv"), encoding="utf-8") as f:
    rows = list(csv.reader(f, delimiter="\t"))


def as_date(text):
    """Full dates become real spreadsheet dates, as a person typing them
    into a spreadsheet program gets; '7-feb' stays text."""
    parts = text.split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        return datetime.datetime(int(parts[2]), int(parts[1]), int(parts[0]))
    return text


# The thesis's sheet as an account manager keeps it: a title row, the
# group headings, the header, then the signals, on a sheet named
# "Signals" after a first sheet of notes.
book = openpyxl.Workbook()
notes = book.active
notes.title = "Notes"
notes["A1"] = "Review notes, not signals"
sheet = book.create_sheet("Signals")
sheet.append(["Agile way of working: signal log"])
sheet.append([""] * 12 + ["Impact on Customer", "", "", "Impact on Service provider"])
sheet.append(rows[0][:12] + ["Honesty in exchange", "Good-faith effort", "Limited opportunism"] * 2)
for row in rows[1:]:
    cells = list(row)
    cells[4] = as_date(cells[4])
    cells[5] = as_date(cells[5]) if cells[5] else None
    sheet.append(cells)
for r in range(4, sheet.max_row + 1):
    for c in (5, 6):
        if isinstance(sheet.cell(r, c).value, datetime.datetime):
            sheet.cell(r, c).number_format = "d-m-yyyy"
book.save(os.path.join(here, "signals.xlsx"))

# A zip bomb posing as a workbook: a sheet part that inflates to 600 MB.
with zipfile.ZipFile(os.path.join(here, "zip-bomb.xlsx"), "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    z.writestr("[Content_Types].xml", "<Types/>")
    z.writestr("xl/workbook.xml", '<workbook xmlns:r="r"><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>')
    z.writestr("xl/_rels/workbook.xml.rels", '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>')
    with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
        block = b" " * (1024 * 1024)
        for _ in range(600):
            part.write(block)
