/* alignment-file-chooser.h: what the window's file choosers share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Adds a filter called @name for the NULL-terminated list of suffixes
 * (without the dot).  The first suffix is what
 * alignment_file_chooser_dup_file() gives a name typed without one. */
void   alignment_file_chooser_add_filter (GtkFileChooser *chooser,
                                          const char     *name,
                                          const char     *suffix,
                                          ...) G_GNUC_NULL_TERMINATED;

/* The filters of the sheets Alignment reads: all of them, then each
 * format on its own. */
void   alignment_file_chooser_add_sheet_filters (GtkFileChooser *chooser);

/* The file chosen in a Save chooser, with the extension of the format
 * chosen when the name has none of the formats Alignment writes. */
GFile *alignment_file_chooser_dup_file   (GtkFileChooser *chooser);

/* Turns @name, a case title, into a file name to suggest in a Save
 * chooser: the characters that file systems refuse become dashes, in
 * place.  Returns @name. */
char  *alignment_file_chooser_clean_name (char *name);

G_END_DECLS
