/* alignment-tool-exchange.c: import sheets, export sheets and event logs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "alignment-tool-private.h"

static const char *
note_kind_word (AlignmentImportNoteKind kind)
{
  switch (kind)
    {
    case ALIGNMENT_IMPORT_NOTE_INFO:
      return _("note");
    case ALIGNMENT_IMPORT_NOTE_REPAIR:
      return _("repaired");
    case ALIGNMENT_IMPORT_NOTE_DOUBT:
      return _("check");
    case ALIGNMENT_IMPORT_NOTE_DROPPED:
      return _("unreadable");
    default:
      g_return_val_if_reached ("");
    }
}

/* The import report: a summary, then a line per note, "SHEET: row 12,
 * Start date: read “7-feb”: …", which editors and people both read. */
static char *
import_report (const char            *sheet_path,
               const AlignmentSheet  *sheet,
               const AlignmentImport *import)
{
  g_autoptr(GString) out = g_string_new (NULL);

  g_string_append_printf (out,
                          g_dngettext (GETTEXT_PACKAGE, "%s: %u signal read (%s)\n", "%s: %u signals read (%s)\n", import->n_signals),
                          sheet_path, import->n_signals, sheet->source);
  for (guint i = 0; i < import->notes->len; i++)
    {
      const AlignmentImportNote *note = g_ptr_array_index (import->notes, i);
      g_autofree char *line = alignment_import_note_to_string (note);

      g_string_append_printf (out, "%s: %s: %s\n", sheet_path, note_kind_word (note->kind), line);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

int
alignment_tool_command_import (int    argc,
                               char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *sheet_name = NULL;
  g_autofree char *report_path = NULL;
  int year = 0;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Case file to write (required)"), N_("FILE") },
    { "sheet", 0, 0, G_OPTION_ARG_STRING, &sheet_name,
      N_("Worksheet of an XLSX or ODS workbook to read (default: the first)"), N_("NAME") },
    { "year", 0, 0, G_OPTION_ARG_INT, &year,
      N_("Year of dates written without one (default: from the dates around them)"), N_("YYYY") },
    { "report", 0, 0, G_OPTION_ARG_FILENAME, &report_path,
      N_("Also write the import report to this file"), N_("FILE") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GFile) input = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AlignmentSheet) sheet = NULL;
  g_autoptr(AlignmentImport) import = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *report = NULL;
  AlignmentImportOptions options;

  context = alignment_tool_command_context_new ("import", _("SHEET"),
                                                _("Reads the signal log of a CSV, TSV, XLSX or ODS sheet into a case file. "
                                                  "Every row that holds a signal becomes a signal; every repair and "
                                                  "doubt is reported as SHEET: row, column: what was read: what was done."),
                                                entries);
  if (!alignment_tool_command_parse (context, "import", &argc, &argv))
    return EXIT_USAGE;
  if (argc != 2)
    return alignment_tool_usage_error ("import ", _("Give exactly one sheet to import"));
  if (output == NULL)
    return alignment_tool_usage_error ("import ", _("--output is required"));
  if (year != 0 && (year < 1 || year > 9999))
    return alignment_tool_usage_error ("import ", _("--year must be a year from 1 to 9999"));

  input = g_file_new_for_commandline_arg (argv[1]);
  bytes = g_file_load_bytes (input, NULL, NULL, &error);
  if (bytes != NULL)
    sheet = alignment_sheet_read_bytes (bytes, sheet_name, &error);
  if (sheet != NULL)
    {
      alignment_import_options_init (&options);
      options.year = year;
      import = alignment_import_sheet (sheet, &options, &error);
    }
  if (import != NULL)
    alignment_import_take_thread_sheets (import, bytes, sheet_name);
  if (import == NULL)
    {
      g_printerr ("%s: %s: %s\n", argv[1], _("error"), error->message);
      return EXIT_INVALID;
    }

  report = import_report (argv[1], sheet, import);
  if (!alignment_tool_emit_report (report, report_path)
      || !alignment_tool_save_new_case (import->imported, output))
    return EXIT_INVALID;

  return EXIT_OK;
}

int
alignment_tool_command_export (int    argc,
                               char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *format = NULL;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      N_("csv, tsv, xes, ods or xlsx (default: from the output's extension)"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("File to write, or - for standard output (required)"), N_("FILE") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(AlignmentCase) self = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  AlignmentWorkbookFormat workbook;
  gboolean is_workbook;

  context = alignment_tool_command_context_new ("export", _("CASE"),
                                                _("Writes the signal log of a case as CSV or TSV in the thesis's column "
                                                  "order, or as an ODS or XLSX workbook laid out as the thesis's sheet "
                                                  "(import reads all of these back), or as an IEEE XES event log for "
                                                  "process-mining tools: a trace per thread, an event per signal."),
                                                entries);
  if (!alignment_tool_command_parse (context, "export", &argc, &argv))
    return EXIT_USAGE;
  if (argc != 2)
    return alignment_tool_usage_error ("export ", _("Give exactly one case to export"));
  if (output == NULL)
    return alignment_tool_usage_error ("export ", _("--output is required"));
  if (format == NULL)
    {
      const char *dot = strrchr (output, '.');

      format = g_ascii_strdown (dot != NULL ? dot + 1 : "", -1);
    }
  {
    g_autofree char *as_name = g_strconcat (".", format, NULL);

    is_workbook = alignment_workbook_format_from_name (as_name, &workbook);
  }
  if (!g_str_equal (format, "csv") && !g_str_equal (format, "tsv") && !g_str_equal (format, "xes") && !is_workbook)
    return alignment_tool_usage_error ("export ", _("--format must be csv, tsv, xes, ods or xlsx"));

  self = alignment_tool_load_case (argv[1]);
  if (self == NULL)
    return EXIT_INVALID;

  if (is_workbook && !g_str_equal (output, "-"))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);

      if (!alignment_case_save_workbook (self, file, workbook, NULL, &error))
        {
          g_printerr ("%s: %s: %s\n", output, _("error"), error->message);
          return EXIT_INVALID;
        }
      return EXIT_OK;
    }

  if (is_workbook)
    bytes = alignment_case_to_workbook (self, workbook, &error);
  else if (g_str_equal (format, "xes"))
    bytes = alignment_case_to_xes (self);
  else
    bytes = alignment_case_to_delimited (self, g_str_equal (format, "tsv") ? '\t' : ',');

  if (bytes == NULL)
    {
      g_printerr ("%s: %s: %s\n", output, _("error"), error->message);
      return EXIT_INVALID;
    }

  if (g_str_equal (output, "-"))
    {
      fwrite (g_bytes_get_data (bytes, NULL), 1, g_bytes_get_size (bytes), stdout);
      return EXIT_OK;
    }

  if (!g_file_set_contents (output, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes), &error))
    {
      g_printerr ("%s: %s: %s\n", output, _("error"), error->message);
      return EXIT_INVALID;
    }

  return EXIT_OK;
}
