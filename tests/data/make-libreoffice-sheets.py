#!/usr/bin/python3
"""Makes the thesis's sheet with LibreOffice Calc itself, as a user gets
it: a Dutch CSV (';', UTF-8) typed the way the thesis's sheet is laid out
(a title row, the group headings over the trust columns, the header, a
description row with several paragraphs and a note in a trust column,
then the signals) is opened with the Dutch locale, so that "1-2-2024"
becomes a real date cell while "7-feb" stays text, and saved as XLSX and
as ODS.

Needs LibreOffice (Debian: libreoffice-calc-nogui).  The files are
committed; run this again only to change them:
    python3 tests/data/make-libreoffice-sheets.py
"""
import csv
import io
import os
import shutil
import subprocess
import tempfile

here = os.path.dirname(os.path.abspath(__file__))

with open(os.path.join(here, "datasheet-threads-1-3.tsv"), encoding="utf-8", newline="") as f:
    rows = list(csv.reader(f, delimiter="\t"))

width = len(rows[0])
sheet = [["Agile way of working: signal log"] + [""] * (width - 1),
         [""] * 12 + ["Impact on Customer", "", "", "Impact on Service provider", "", ""],
         rows[0][:12] + ["Honesty in exchange", "Good-faith effort", "Limited opportunism"] * 2]
description = [""] * width
description[0] = ("Case: Introducing and adopting the SAFe agile way of working.\n"
                  "The customer moves its IT teams to SAFe; the service provider follows.")
description[13] = "Trust: how the signal changed the party's trust in the other."
sheet.append(description)
sheet += rows[1:]

# Field separator ';', text delimiter '"', UTF-8, start at row 1, no
# column formats, Dutch (1043), quoted fields as text: no, detect special
# numbers (dates): yes.
FILTER = "CSV:59,34,76,1,,1043,false,true"

with tempfile.TemporaryDirectory() as tmp:
    source = os.path.join(tmp, "datasheet-threads-1-3-libreoffice.csv")
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(sheet)
    with open(source, "w", encoding="utf-8", newline="") as f:
        f.write(out.getvalue())
    for fmt in ("xlsx", "ods"):
        subprocess.run(["soffice", "-env:UserInstallation=file://" + os.path.join(tmp, "profile"),
                        "--headless", "--infilter=" + FILTER, "--convert-to", fmt,
                        "--outdir", tmp, source], check=True)
        shutil.copy(os.path.join(tmp, "datasheet-threads-1-3-libreoffice." + fmt), here)
