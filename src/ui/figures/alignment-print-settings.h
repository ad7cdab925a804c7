/* alignment-print-settings.h: the printer, paper and "Print to File"
 * folder of the last print, for the next
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The key file they are kept in, in the user's data folder. */
char                   *alignment_print_settings_get_path (void);

/* The name of the paper of the last print (GTK_PAPER_NAME_A4, …), or
 * NULL when nothing was printed yet. */
char                   *alignment_print_settings_dup_paper_name (void);

/* Runs @operation as gtk_print_operation_run() does, with the settings
 * and page setup of the last print it finds, and keeps those the user
 * printed with for the next. */
GtkPrintOperationResult alignment_print_settings_run      (GtkPrintOperation        *operation,
                                                           GtkPrintOperationAction   action,
                                                           GtkWindow                *parent,
                                                           GError                  **error);
/* The same for a document laid out for a paper of its own (the review
 * report): the printer of the last print, but the operation's page
 * setup, and the last print's paper stays the next default. */
GtkPrintOperationResult alignment_print_settings_run_own_paper (GtkPrintOperation        *operation,
                                                                GtkPrintOperationAction   action,
                                                                GtkWindow                *parent,
                                                                GError                  **error);

G_END_DECLS
