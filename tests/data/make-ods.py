#!/usr/bin/python3
"""Writes the ODS test sheets as LibreOffice Calc saves them: the thesis's
sheet with real date cells (1-2-2024) and text ('7-feb'), the empty rows
and columns repeated to the sheet's end, a merged title and a
description of several paragraphs; and a hostile one that repeats a row
of text a million times.

The files are committed; run this again only to change them:
    python3 tests/data/make-ods.py
"""
import csv
import os
from xml.sax.saxutils import escape

from odsfile import write_ods

here = os.path.dirname(os.path.abspath(__file__))

with open(os.path.join(here, "datasheet-threads-1-3.tsv"), encoding="utf-8", newline="") as f:
    rows = list(csv.reader(f, delimiter="\t"))

def text_p(text):
    """Paragraphs, with runs of spaces as text:s as LibreOffice writes them."""
    out = []
    for para in text.split("\n"):
        p = escape(para).replace("  ", ' <text:s text:c="1"/>')
        out.append("<text:p>%s</text:p>" % p)
    return "".join(out)


def cell(text):
    if text == "":
        return "<table:table-cell/>"
    parts = text.split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        iso = "%04d-%02d-%02d" % (int(parts[2]), int(parts[1]), int(parts[0]))
        return ('<table:table-cell office:value-type="date" office:date-value="%s">'
                '<text:p>%s</text:p></table:table-cell>' % (iso, escape(text)))
    return '<table:table-cell office:value-type="string">%s</table:table-cell>' % text_p(text)


def row(cells, repeated=1):
    attr = ' table:number-rows-repeated="%d"' % repeated if repeated > 1 else ""
    # trailing empty cells to the sheet's last column, as Calc stores them
    return ('<table:table-row%s>%s<table:table-cell table:number-columns-repeated="1006"/>'
            '</table:table-row>' % (attr, "".join(cell(c) for c in cells)))


def write(name, body):
    write_ods(os.path.join(here, name), body)


# A first sheet of notes, then the signal log: --sheet picks it by name.
# Its second row: a cell merged over two columns, then one more.
notes = ('<table:table table:name="Notes">%s<table:table-row><table:table-cell'
         ' table:number-columns-spanned="2" office:value-type="string"><text:p>A</text:p>'
         '</table:table-cell><table:covered-table-cell/><table:table-cell office:value-type="string">'
         '<text:p>C</text:p></table:table-cell></table:table-row></table:table>'
         % row(["Not the signal log"]))
log = ['<table:table table:name="Signals">']
# a title merged over three columns: the covered cells keep the columns
log.append('<table:table-row><table:table-cell table:number-columns-spanned="3" office:value-type="string">'
           '<text:p>Signaallog SAFe</text:p></table:table-cell>'
           '<table:covered-table-cell table:number-columns-repeated="2"/></table:table-row>')
log.append(row(rows[0]))
# the description: two paragraphs, a line break and a run of spaces
log.append('<table:table-row><table:table-cell office:value-type="string">'
           '<text:p>Case: introducing SAFe.</text:p>'
           '<text:p>Second<text:s text:c="2"/>paragraph<text:line-break/>with a break.</text:p>'
           '<office:annotation><text:p>a comment, not the text</text:p></office:annotation>'
           '</table:table-cell></table:table-row>')
for r in rows[1:]:
    log.append(row(r))
# empty rows to the sheet's end, as Calc stores them
log.append('<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>')
log.append("</table:table>")
write("datasheet-threads-1-3.ods", notes + "".join(log))

# A row of text repeated a million times: refused, not copied.
write("hostile-repeated-rows.ods",
      '<table:table table:name="Signals">%s%s</table:table>'
      % (row(rows[0]), row(rows[1], 1000000)))

# XML nested far deeper than any sheet: a clear error, not a crash.
write("hostile-deep.ods",
      '<table:table table:name="Signals"><table:table-row><table:table-cell><text:p>%s%s</text:p>'
      '</table:table-cell></table:table-row></table:table>'
      % ("<text:span>" * 100000, "</text:span>" * 100000))
