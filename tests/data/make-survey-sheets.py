#!/usr/bin/python3
"""Writes the trust survey's test sheets: the responses a form tool
exports, as CSV, as XLSX and as ODS (written by hand, no libraries
needed).

The files are committed; run this again only to change them:
    python3 tests/data/make-survey-sheets.py

The quirks the importer must handle: item columns in another order, the
headers "Q7", "Item 1", "2" and an item's text, Dutch headers for the
party, role and date, a time stamp for a date, empty answers, a row with
no answers at all, and (in the "-answer-8" files) an answer of 8.
"""
import csv
import os
import sys
import zipfile
from xml.sax.saxutils import escape

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
from odsfile import write_ods  # noqa: E402

ITEM_HEADERS = {
    7: "Q7", 1: "Item 1", 2: "2", 3: "Q3", 4: "4", 12: "12", 11: "q11", 10: "Item 10",
    9: "We can count on the other party.", 8: "Q8", 6: "6", 5: "5",
}
ORDER = [7, 1, 2, 3, 4, 12, 11, 10, 9, 8, 6, 5]
HEADER = ["Tijdstempel", "Rol", "Partij", "Comment"] + [ITEM_HEADERS[n] for n in ORDER]


def row(stamp, role, party, comment, answers):
    """@answers: item number -> answer text ("" for none)."""
    return [stamp, role, party, comment] + [answers.get(n, "") for n in ORDER]


# Customer: 7 to everything (contractual 7.00, operational 4.00,
# relational 2.50).  Provider: items 2 and 11 left empty (contractual
# 14/3, operational 21/4, relational 10/3).
ROWS = [
    row("2024-03-28 10:15:00", "CIO", "Klant", "fine", {n: "7" for n in range(1, 13)}),
    row("2024-03-27", "Service manager", "provider", "",
        {1: "6", 3: "5", 4: "3", 5: "2", 6: "6", 7: "2", 8: "1", 9: "5", 10: "7", 12: "4"}),
    row("", "Contract manager", "", "left before answering", {}),
]

ANSWER_8 = [
    row("2024-03-28", "CIO", "customer", "", {n: "5" for n in range(1, 13)}),
    row("2024-03-28", "Delivery lead", "customer", "", {**{n: "5" for n in range(1, 13)}, 3: "8"}),
]


def column_letters(index):
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def write_csv(name, rows):
    with open(os.path.join(here, name), "w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows([HEADER] + rows)


def write_xlsx(name, rows):
    """Answers as numbers, everything else as inline strings."""
    lines = []
    for r, cells in enumerate([HEADER] + rows, start=1):
        out = []
        for c, value in enumerate(cells):
            ref = f"{column_letters(c)}{r}"
            if value == "":
                continue
            if r > 1 and c >= 4 and value.isdigit():
                out.append(f'<c r="{ref}"><v>{value}</v></c>')
            else:
                out.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>')
        lines.append(f'<row r="{r}">{"".join(out)}</row>')
    sheet = ('<?xml version="1.0" encoding="UTF-8"?>'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             f'<sheetData>{"".join(lines)}</sheetData></worksheet>')
    with zipfile.ZipFile(os.path.join(here, name), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?>'
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr("xl/workbook.xml",
                   '<?xml version="1.0" encoding="UTF-8"?>'
                   '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                   '<sheets><sheet name="Responses" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8"?>'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>')
        z.writestr("xl/worksheets/sheet1.xml", sheet)


def write_survey_ods(name, rows):
    """Answers as float cells, as a spreadsheet keeps typed numbers; the
    time stamp as a date-time cell."""
    out = []
    for r, cells in enumerate([HEADER] + rows):
        xml = []
        for c, value in enumerate(cells):
            if value == "":
                xml.append("<table:table-cell/>")
            elif r > 0 and c >= 4 and value.isdigit():
                xml.append(f'<table:table-cell office:value-type="float" office:value="{value}">'
                           f'<text:p>{value}</text:p></table:table-cell>')
            elif r > 0 and c == 0:
                stamp = value.replace(" ", "T")
                xml.append(f'<table:table-cell office:value-type="date" office:date-value="{stamp}">'
                           f'<text:p>{escape(value)}</text:p></table:table-cell>')
            else:
                xml.append(f'<table:table-cell office:value-type="string"><text:p>{escape(value)}</text:p>'
                           '</table:table-cell>')
        out.append(f'<table:table-row>{"".join(xml)}</table:table-row>')
    write_ods(os.path.join(here, name), f'<table:table table:name="Responses">{"".join(out)}</table:table>')


write_csv("survey-responses.csv", ROWS)
write_xlsx("survey-responses.xlsx", ROWS)
write_csv("survey-responses-answer-8.csv", ANSWER_8)
write_xlsx("survey-responses-answer-8.xlsx", ANSWER_8)
write_survey_ods("survey-responses.ods", ROWS)
write_survey_ods("survey-responses-answer-8.ods", ANSWER_8)
