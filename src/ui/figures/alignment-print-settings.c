/* alignment-print-settings.c
 *
 * GTK forgets the print dialog's choices with the operation; a user who
 * prints to a PDF in their reports folder does not want to pick it
 * again every time.  The settings live in a key file, as gedit and
 * gnome-text-editor keep theirs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>

#include <glib/gstdio.h>

#include "alignment-print-settings.h"

#define PAGE_SETUP_GROUP "Page Setup"

char *
alignment_print_settings_get_path (void)
{
  return g_build_filename (g_get_user_data_dir (), PACKAGE_NAME, "print-settings.ini", NULL);
}

/* The keys of the paper and its orientation in the print settings. */
static const char * const paper_keys[] = {
  GTK_PRINT_SETTINGS_ORIENTATION, GTK_PRINT_SETTINGS_PAPER_FORMAT,
  GTK_PRINT_SETTINGS_PAPER_WIDTH, GTK_PRINT_SETTINGS_PAPER_HEIGHT,
};

static void
unset_paper (GtkPrintSettings *settings)
{
  for (guint i = 0; i < G_N_ELEMENTS (paper_keys); i++)
    gtk_print_settings_unset (settings, paper_keys[i]);
}

/* With @own_paper, the operation keeps its page setup: only the printer
 * and its other settings are those of the last print. */
static void
load (GtkPrintOperation *operation,
      gboolean           own_paper)
{
  g_autofree char *path = alignment_print_settings_get_path ();
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autoptr(GtkPrintSettings) settings = NULL;
  g_autoptr(GtkPageSetup) setup = NULL;

  if (!g_key_file_load_from_file (file, path, G_KEY_FILE_NONE, NULL))
    return;

  settings = gtk_print_settings_new_from_key_file (file, NULL, NULL);
  if (settings != NULL && own_paper)
    unset_paper (settings);
  if (settings != NULL)
    gtk_print_operation_set_print_settings (operation, settings);
  if (own_paper)
    return;
  /* The paper and its orientation as last chosen, over the figure's
   * own default (landscape). */
  setup = gtk_page_setup_new_from_key_file (file, PAGE_SETUP_GROUP, NULL);
  if (setup != NULL)
    gtk_print_operation_set_default_page_setup (operation, setup);
}

/* With @own_paper, the paper of the last print stays the next default:
 * a document with a paper of its own does not change it. */
static void
save (GtkPrintOperation *operation,
      gboolean           own_paper)
{
  GtkPrintSettings *settings = gtk_print_operation_get_print_settings (operation);
  g_autofree char *path = alignment_print_settings_get_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autoptr(GtkPageSetup) setup = NULL;
  g_autoptr(GError) error = NULL;

  if (settings == NULL)
    return;

  if (own_paper)
    {
      g_autoptr(GtkPrintSettings) copy = gtk_print_settings_copy (settings);

      /* What was kept, the paper and orientation too, stays. */
      g_key_file_load_from_file (file, path, G_KEY_FILE_KEEP_COMMENTS, NULL);
      unset_paper (copy);
      gtk_print_settings_to_key_file (copy, file, NULL);
    }
  else
    {
      gtk_print_settings_to_key_file (settings, file, NULL);
      /* The settings hold the paper and orientation chosen in the
       * dialog's page setup; kept as a page setup too, to be the next
       * default. */
      setup = gtk_page_setup_new ();
      if (gtk_print_settings_get_paper_size (settings) != NULL)
        gtk_page_setup_set_paper_size (setup, gtk_print_settings_get_paper_size (settings));
      gtk_page_setup_set_orientation (setup, gtk_print_settings_get_orientation (settings));
      gtk_page_setup_to_key_file (setup, file, PAGE_SETUP_GROUP);
    }

  if (g_mkdir_with_parents (dir, 0700) != 0 || !g_key_file_save_to_file (file, path, &error))
    /* Not worth troubling the user about: the print itself went well. */
    g_debug ("Could not keep the print settings in %s: %s", path,
             error != NULL ? error->message : g_strerror (errno));
}

char *
alignment_print_settings_dup_paper_name (void)
{
  g_autofree char *path = alignment_print_settings_get_path ();
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autoptr(GtkPageSetup) setup = NULL;

  if (!g_key_file_load_from_file (file, path, G_KEY_FILE_NONE, NULL))
    return NULL;
  setup = gtk_page_setup_new_from_key_file (file, PAGE_SETUP_GROUP, NULL);
  if (setup == NULL)
    return NULL;
  return g_strdup (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (setup)));
}

GtkPrintOperationResult
alignment_print_settings_run (GtkPrintOperation        *operation,
                              GtkPrintOperationAction   action,
                              GtkWindow                *parent,
                              GError                  **error)
{
  GtkPrintOperationResult result;

  g_return_val_if_fail (GTK_IS_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_RESULT_ERROR);

  load (operation, FALSE);
  result = gtk_print_operation_run (operation, action, parent, error);
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    save (operation, FALSE);
  return result;
}

GtkPrintOperationResult
alignment_print_settings_run_own_paper (GtkPrintOperation        *operation,
                                        GtkPrintOperationAction   action,
                                        GtkWindow                *parent,
                                        GError                  **error)
{
  GtkPrintOperationResult result;

  g_return_val_if_fail (GTK_IS_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_RESULT_ERROR);

  load (operation, TRUE);
  result = gtk_print_operation_run (operation, action, parent, error);
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    save (operation, TRUE);
  return result;
}
