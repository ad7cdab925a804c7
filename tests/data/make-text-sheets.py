#!/usr/bin/python3
"""Writes the thesis's sheet as the text exports of Excel and LibreOffice:
a Dutch CSV (BOM, ';', CRLF) and Excel's "Unicode Text" (UTF-16 with a
byte-order mark, tabs, CRLF), little- and big-endian.

The files are committed; run this again only to change them:
    python3 tests/data/make-text-sheets.py
"""
import csv
import io
import os

here = os.path.dirname(os.path.abspath(__file__))

with open(os.path.join(here, "datasheet-threads-1-3.tsv"), encoding="utf-8", newline="") as f:
    rows = list(csv.reader(f, delimiter="\t"))


def write(name, delimiter, encoding):
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    with open(os.path.join(here, name), "wb") as f:
        f.write(out.getvalue().encode(encoding))


write("datasheet-threads-1-3-semicolon.csv", ";", "utf-8-sig")
# "utf-16" alone writes the machine's order; name it, with the BOM first.
with open(os.path.join(here, "datasheet-threads-1-3-utf16le.txt"), "wb") as f:
    out = io.StringIO()
    csv.writer(out, delimiter="\t", lineterminator="\r\n").writerows(rows)
    f.write(b"\xff\xfe" + out.getvalue().encode("utf-16-le"))
with open(os.path.join(here, "datasheet-threads-1-3-utf16be.txt"), "wb") as f:
    f.write(b"\xfe\xff" + out.getvalue().encode("utf-16-be"))
