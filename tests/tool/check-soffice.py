#!/usr/bin/python3
"""The workbooks alignment-tool exports, opened by LibreOffice.

Exports the example case as XLSX and ODS, has LibreOffice convert both
to CSV (each must give the same table: the group headings, the header,
a row per signal, dates as dates) and each to the other format (in which
the dates must still be date cells).  Skips (exit status 77) when
LibreOffice is not installed: `apt-get install libreoffice-calc-nogui`.
"""
import csv
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

SKIP = 77

soffice = shutil.which("soffice") or shutil.which("libreoffice")
if soffice is None:
    print("SKIP: soffice is not installed, so LibreOffice did not open the exported workbooks "
          "(apt-get install libreoffice-calc-nogui)")
    sys.exit(SKIP)

tool = os.environ["ALIGNMENT_TOOL"]
example = os.environ["ALIGNMENT_EXAMPLE"]
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL: " + message)


def convert(path, to, outdir, profile):
    # A profile of its own: LibreOffice refuses to start a second time on
    # a profile in use.
    result = subprocess.run([soffice, "-env:UserInstallation=file://" + profile, "--headless",
                             "--norestore", "--convert-to", to, "--outdir", outdir, path],
                            capture_output=True, text=True, timeout=240)
    print(result.stdout.strip())
    if result.returncode != 0:
        print(result.stderr)
    stem = os.path.splitext(os.path.basename(path))[0]
    return os.path.join(outdir, stem + "." + to.split(":")[0])


with tempfile.TemporaryDirectory() as tmp:
    profile = os.path.join(tmp, "profile")
    out = os.path.join(tmp, "out")
    os.mkdir(out)
    books = {}
    for fmt in ("xlsx", "ods"):
        books[fmt] = os.path.join(tmp, "case-" + fmt + "." + fmt)
        subprocess.run([tool, "export", example, "-o", books[fmt]], check=True)

    tables = {}
    for fmt, path in books.items():
        converted = convert(path, "csv", out, profile)
        check(os.path.exists(converted), "LibreOffice did not open the " + fmt.upper() + " export")
        if os.path.exists(converted):
            with open(converted, encoding="utf-8", newline="") as f:
                tables[fmt] = list(csv.reader(f))

    for fmt, rows in tables.items():
        name = fmt.upper()
        check(len(rows) == 4 + 16, name + ": %d rows, not 20" % len(rows))
        if len(rows) < 5:
            continue
        check(rows[0][0] == "Moving to the SAFe agile way of working", name + ": no title in row 1")
        check(rows[2][12] == "Impact on Customer" and rows[2][15] == "Impact on Service provider",
              name + ": no group headings over the trust columns: %r" % rows[2])
        check(rows[3][:3] == ["Signal id", "Signal type", "Sender"], name + ": no header in row 4")
        check(rows[4][0] == "1a" and rows[4][4] == "2024-02-01",
              name + ": row 5 is not signal 1a of 1 February 2024: %r" % rows[4][:6])
    if len(tables) == 2:
        check(tables["xlsx"] == tables["ods"], "the XLSX and the ODS export read differently")

    # Saved again by LibreOffice, each format's dates are date cells.
    again = convert(books["ods"], "xlsx", out, profile)
    if os.path.exists(again):
        with zipfile.ZipFile(again) as z:
            sheet = z.read("xl/worksheets/sheet1.xml").decode()
        cell = re.search(r'<c r="E5"[^>]*>.*?</c>', sheet)
        check(cell is not None and 't="s"' not in cell.group(0) and "<v>45323</v>" in cell.group(0),
              "ODS: the start date of 1a is no date cell: %s" % (cell.group(0) if cell else None))
    else:
        check(False, "LibreOffice did not save the ODS export as XLSX")

    again = convert(books["xlsx"], "ods", out, profile)
    if os.path.exists(again):
        with zipfile.ZipFile(again) as z:
            content = z.read("content.xml").decode()
        check('office:value-type="date" office:date-value="2024-02-01"' in content,
              "XLSX: the start date of 1a is no date cell")
    else:
        check(False, "LibreOffice did not save the XLSX export as ODS")

if failures:
    sys.exit(1)
print("LibreOffice read both exports the same, with dates as dates")
