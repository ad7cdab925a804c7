/* alignment-file-chooser.c: what the window's file choosers share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "alignment-file-chooser.h"

/* The format's own suffix, kept on its filter: the filter is what the
 * user chose in the chooser, and GTK 4.8 cannot tell its patterns. */
#define SUFFIX_KEY "alignment-suffix"

void
alignment_file_chooser_add_filter (GtkFileChooser *chooser,
                                   const char     *name,
                                   const char     *suffix,
                                   ...)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  va_list args;

  g_return_if_fail (GTK_IS_FILE_CHOOSER (chooser));
  g_return_if_fail (suffix != NULL);

  gtk_file_filter_set_name (filter, name);
  g_object_set_data_full (G_OBJECT (filter), SUFFIX_KEY, g_strdup (suffix), g_free);

  va_start (args, suffix);
  for (; suffix != NULL; suffix = va_arg (args, const char *))
    gtk_file_filter_add_suffix (filter, suffix);
  va_end (args);

  gtk_file_chooser_add_filter (chooser, filter);
}

void
alignment_file_chooser_add_sheet_filters (GtkFileChooser *chooser)
{
  alignment_file_chooser_add_filter (chooser, _("Spreadsheets and text tables"), "csv", "tsv", "txt", "xlsx", "ods", NULL);
  alignment_file_chooser_add_filter (chooser, _("CSV and TSV files"), "csv", "tsv", "txt", NULL);
  alignment_file_chooser_add_filter (chooser, _("Excel workbooks"), "xlsx", NULL);
  alignment_file_chooser_add_filter (chooser, _("LibreOffice spreadsheets"), "ods", NULL);
}

static gboolean
has_known_suffix (const char *name)
{
  static const char * const known[] = {
    ".alignment", ".pdf", ".svg", ".png", ".csv", ".tsv", ".txt", ".xes", ".ods", ".xlsx",
  };
  g_autofree char *folded = g_ascii_strdown (name, -1);

  for (guint i = 0; i < G_N_ELEMENTS (known); i++)
    if (g_str_has_suffix (folded, known[i]))
      return TRUE;

  return FALSE;
}

GFile *
alignment_file_chooser_dup_file (GtkFileChooser *chooser)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (chooser);
  /* Not ours to unref: (transfer none), unlike the file. */
  GtkFileFilter *filter = gtk_file_chooser_get_filter (chooser);
  g_autofree char *name = NULL;
  g_autofree char *with_suffix = NULL;
  g_autoptr(GFile) parent = NULL;
  const char *suffix;

  if (file == NULL || filter == NULL)
    return g_steal_pointer (&file);

  /* A name typed without its extension gets the one of the format
   * chosen: the format is told by the extension. */
  suffix = g_object_get_data (G_OBJECT (filter), SUFFIX_KEY);
  name = g_file_get_basename (file);
  parent = g_file_get_parent (file);
  if (suffix == NULL || name == NULL || parent == NULL || has_known_suffix (name))
    return g_steal_pointer (&file);

  with_suffix = g_strconcat (name, ".", suffix, NULL);
  return g_file_get_child (parent, with_suffix);
}

char *
alignment_file_chooser_clean_name (char *name)
{
  return g_strdelimit (name, "/\\:*?\"<>|", '-');
}
