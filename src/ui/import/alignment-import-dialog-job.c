/* alignment-import-dialog-job.c: reading and importing, in a thread
 *
 * A job reads a sheet (a file's bytes or pasted text) and imports it, or
 * only imports a sheet read before, again with new options.  It runs as
 * a GTask thread function; its results stay in the job for the dialog
 * to take when the task completes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "alignment-import-dialog-private.h"

/* ---- A sheet shared with the import threads ------------------------------- */

static AlignmentImportSheetRef *
sheet_ref_new (AlignmentSheet *sheet)
{
  AlignmentImportSheetRef *ref = g_atomic_rc_box_new0 (AlignmentImportSheetRef);

  ref->sheet = sheet;
  return ref;
}

AlignmentImportSheetRef *
_alignment_import_sheet_ref_ref (AlignmentImportSheetRef *ref)
{
  return g_atomic_rc_box_acquire (ref);
}

static void
sheet_ref_clear (gpointer data)
{
  AlignmentImportSheetRef *ref = data;

  g_clear_pointer (&ref->sheet, alignment_sheet_free);
}

void
_alignment_import_sheet_ref_unref (AlignmentImportSheetRef *ref)
{
  g_atomic_rc_box_release_full (ref, sheet_ref_clear);
}

/* ---- Jobs ----------------------------------------------------------------- */

void
_alignment_import_job_free (AlignmentImportJob *job)
{
  g_clear_object (&job->file);
  g_clear_pointer (&job->bytes, g_bytes_unref);
  g_free (job->text);
  g_free (job->sheet_name);
  g_clear_pointer (&job->sheet, _alignment_import_sheet_ref_unref);
  g_strfreev (job->sheet_names);
  g_clear_pointer (&job->import, alignment_import_free);
  g_clear_error (&job->import_error);
  g_free (job);
}

static void
job_take_sheet (AlignmentImportJob            *job,
                AlignmentSheet *sheet)
{
  g_clear_pointer (&job->sheet, _alignment_import_sheet_ref_unref);
  job->sheet = sheet_ref_new (sheet);
}

/* No worksheet chosen: the first that holds signals, because workbooks
 * often open on a cover sheet or notes.  When none does, the first one,
 * with its error. */
static gboolean
job_read_workbook (AlignmentImportJob           *job,
                   GCancellable  *cancellable,
                   GError       **error)
{
  g_autoptr(GError) first_error = NULL;
  g_autoptr(AlignmentSheet) first_sheet = NULL;

  job->sheet_names = alignment_sheet_list_xlsx_sheets (job->bytes, error);
  if (job->sheet_names == NULL)
    return FALSE;

  if (job->sheet_name != NULL)
    {
      AlignmentSheet *sheet = alignment_sheet_read_xlsx (job->bytes, job->sheet_name, error);

      if (sheet == NULL)
        return FALSE;
      job_take_sheet (job, sheet);
      return TRUE;
    }

  for (guint i = 0; job->sheet_names[i] != NULL; i++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autoptr(AlignmentSheet) sheet = NULL;
      AlignmentImport *import;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      sheet = alignment_sheet_read_xlsx (job->bytes, job->sheet_names[i], &local_error);
      if (sheet == NULL)
        {
          if (i == 0)
            first_error = g_steal_pointer (&local_error);
          continue;
        }

      import = alignment_import_sheet (sheet, &job->options, &local_error);
      if (import != NULL)
        {
          job->sheet_name = g_strdup (job->sheet_names[i]);
          job->import = import;
          job_take_sheet (job, g_steal_pointer (&sheet));
          return TRUE;
        }

      if (i == 0)
        {
          first_sheet = g_steal_pointer (&sheet);
          first_error = g_steal_pointer (&local_error);
        }
    }

  job->sheet_name = g_strdup (job->sheet_names[0]);
  if (first_sheet == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&first_error));
      return FALSE;
    }

  job_take_sheet (job, g_steal_pointer (&first_sheet));
  job->import_error = g_steal_pointer (&first_error);
  return TRUE;
}

static gboolean
job_read (AlignmentImportJob           *job,
          GCancellable  *cancellable,
          GError       **error)
{
  AlignmentSheet *sheet;
  const char *data;
  gsize length;

  if (job->text != NULL)
    {
      sheet = alignment_sheet_read_delimited (job->text, strlen (job->text), error);
      if (sheet == NULL)
        return FALSE;
      job_take_sheet (job, sheet);
      return TRUE;
    }

  if (job->bytes == NULL)
    {
      job->bytes = g_file_load_bytes (job->file, cancellable, NULL, error);
      if (job->bytes == NULL)
        return FALSE;
    }

  if (alignment_sheet_is_workbook (job->bytes))
    return job_read_workbook (job, cancellable, error);

  data = g_bytes_get_data (job->bytes, &length);
  sheet = alignment_sheet_read_delimited (data, length, error);
  if (sheet == NULL)
    return FALSE;
  job_take_sheet (job, sheet);
  return TRUE;
}

void
_alignment_import_job_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  AlignmentImportJob *job = task_data;
  g_autoptr(GError) error = NULL;

  if (job->sheet == NULL && !job_read (job, cancellable, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (job->import == NULL && job->import_error == NULL)
    job->import = alignment_import_sheet (job->sheet->sheet, &job->options, &job->import_error);
  /* Other sheets of a workbook may list the threads by name. */
  if (job->import != NULL && job->bytes != NULL)
    alignment_import_take_thread_sheets (job->import, job->bytes, job->sheet_name);

  g_task_return_boolean (task, TRUE);
}
