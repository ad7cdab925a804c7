#!/usr/bin/python3
"""Writes workbooks that list their threads on a sheet of their own, beside
the signal log, as account managers keep them:

- datasheet-thread-sheet.ods: the log on "Signals", then "Threads" with
  "Thread | Title | Story | Aligned in"; numbers written "Thread 2" and
  "3.", a story of two paragraphs, a row without a number, a thread
  listed twice and one that no signal belongs to.
- datasheet-thread-sheet-nl.xlsx: the same in Dutch ("Draden": "Nr |
  Gebeurtenis | Verhaal | Afgestemd in"), first a sheet of notes, and the
  log's own "Draad" column naming thread 1 otherwise; saved by LibreOffice
  Calc from an ODS (Debian: libreoffice-calc-nogui).

The files are committed; run this again only to change them:
    python3 tests/data/make-thread-sheets.py
"""
import csv
import os
import shutil
import subprocess
import tempfile
from xml.sax.saxutils import escape

from odsfile import write_ods

here = os.path.dirname(os.path.abspath(__file__))

with open(os.path.join(here, "datasheet-threads-1-3.tsv"), encoding="utf-8", newline="") as f:
    rows = list(csv.reader(f, delimiter="\t"))

def cell(text):
    if text == "":
        return "<table:table-cell/>"
    paras = "".join("<text:p>%s</text:p>" % escape(p) for p in text.split("\n"))
    return '<table:table-cell office:value-type="string">%s</table:table-cell>' % paras


def table(name, table_rows):
    return ('<table:table table:name="%s">%s</table:table>'
            % (escape(name), "".join("<table:table-row>%s</table:table-row>"
                                     % "".join(cell(c) for c in r) for r in table_rows)))


threads = [
    ["Thread", "Title", "Story", "Aligned in"],
    ["1", "Training in SAFe", "", "not yet"],
    ["Thread 2", "New people in the teams",
     "The customer asked for more and other people.\nThe provider found them.", "Operational"],
    ["3.", "Meeting structure", "Coffee settled it.", "operational and relational"],
    ["", "A row without a number", "", ""],
    ["2", "Thread 2 again", "", ""],
    ["7", "A thread without signals", "", ""],
]
write_ods(os.path.join(here, "datasheet-thread-sheet.ods"),
          table("Signals", rows) + table("Threads", threads))

dutch_log = [rows[0] + ["Draad"]] + [r + ["Training SAFe" if r[0].startswith("1") else ""] for r in rows[1:]]
draden = [
    ["Nr", "Gebeurtenis", "Verhaal", "Afgestemd in"],
    ["1", "Opleiding", "", ""],
    ["2", "Nieuwe mensen", "", "operationeel"],
    ["3", "Overlegstructuur", "", "operationeel, relationeel"],
]
with tempfile.TemporaryDirectory() as tmp:
    source = os.path.join(tmp, "datasheet-thread-sheet-nl.ods")
    write_ods(source, table("Notities", [["Aantekeningen, geen signalen"]])
              + table("Signaallog", dutch_log) + table("Draden", draden))
    subprocess.run(["soffice", "-env:UserInstallation=file://" + os.path.join(tmp, "profile"),
                    "--headless", "--convert-to", "xlsx", "--outdir", tmp, source], check=True)
    shutil.copy(os.path.join(tmp, "datasheet-thread-sheet-nl.xlsx"), here)
