/* alignment-import-dialog.c: a sheet's signals, previewed before import
 *
 * Reading a file and importing its rows both run in a GTask thread: the
 * first read shows a spinner page, later changes (a column mapping, the
 * worksheet, the year) keep the preview on screen with a small spinner
 * until the new result replaces it.  Every job has its own cancellable;
 * a finished job whose cancellable is no longer the dialog's is stale
 * and its result is dropped, so only the user's last choice is shown.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "alignment-import-dialog-private.h"

/* A sheet can be a thousand columns wide; nobody picks the 300th from a
 * list, and 18 lists of thousands of rows cost memory for nothing. */
#define MAX_OFFERED_COLUMNS 256
/* Header text longer than this is cut in the column lists. */
#define MAX_HEADER_CHARS 32

/* ---- The dialog ----------------------------------------------------------- */

struct _AlignmentImportDialog
{
  AdwWindow                parent_instance;

  /* Template children */
  AdwWindowTitle          *window_title;
  GtkStack                *stack;
  GtkSpinner              *loading_spinner;
  AdwStatusPage           *failed_page;
  GtkWidget               *failed_choose_button;
  AdwPreferencesGroup     *sheet_group;
  AdwComboRow             *sheet_row;
  GtkStringList           *sheet_names;
  AdwExpanderRow          *year_row;
  GtkSpinButton           *year_spin;
  AdwPreferencesGroup     *columns_group;
  AdwPreferencesGroup     *case_group;
  AdwEntryRow             *customer_row;
  AdwEntryRow             *provider_row;
  AdwActionRow            *period_row;
  AdwActionRow            *description_row;
  GtkLabel                *summary_title;
  GtkLabel                *summary_details;
  GtkSpinner              *updating_spinner;
  GtkStack                *content_stack;
  GtkColumnView           *rows_view;
  GtkNoSelection          *rows_selection;
  GtkColumnView           *notes_view;
  GtkNoSelection          *notes_selection;
  AdwStatusPage           *no_signals_page;
  GtkWidget               *no_signals_choose_button;

  /* One row per column of the signal log, all sharing one list of the
   * sheet's columns ("Not in the sheet" first). */
  AdwComboRow             *column_rows[ALIGNMENT_N_COLUMNS];
  GtkStringList           *sheet_columns;
  guint                    labelled_header_row;

  /* Where the signals come from: a file or pasted text */
  GFile                   *file;
  char                    *text;

  /* What was read and imported */
  GBytes                  *bytes;
  char                    *sheet_name;
  AlignmentImportSheetRef *sheet;
  AlignmentImport         *import;
  AlignmentImportOptions   options;
  gboolean                 shows_preview;

  GCancellable            *cancellable;   /* the job under way, or NULL */
  GtkFileChooserNative    *chooser;
  /* Set while the widgets are made to show a result: their change
   * signals are then not the user's. */
  gboolean                 updating;
  gboolean                 year_touched;
  /* by ALIGNMENT_PARTY_INDEX: the user wrote the name, which then
   * outlives every new import of the sheet */
  gboolean                 party_touched[ALIGNMENT_N_PARTIES];
  gboolean                 emitted;
};

G_DEFINE_FINAL_TYPE (AlignmentImportDialog, alignment_import_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_FILE,
  PROP_TEXT,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_IMPORT,
  N_SIGNALS
};

static guint dialog_signals[N_SIGNALS];

static void alignment_import_dialog_run (AlignmentImportDialog *self,
                                         gboolean               read);

/* ---- Showing a result ----------------------------------------------------- */

/* "A", "Z", "AA": the names spreadsheet programs give columns. */
static char *
column_letters (guint index)
{
  char buf[8];
  int i = G_N_ELEMENTS (buf) - 1;

  buf[i] = '\0';
  do
    {
      buf[--i] = 'A' + index % 26;
      index = index / 26;
    }
  while (index-- > 0 && i > 0);

  return g_strdup (buf + i);
}

static const AlignmentSheetRow *
find_sheet_row (const AlignmentSheet *sheet,
                guint                 number)
{
  for (guint i = 0; number > 0 && i < sheet->rows->len; i++)
    {
      const AlignmentSheetRow *row = g_ptr_array_index (sheet->rows, i);

      if (row->number == number)
        return row;
      if (row->number > number)
        break;
    }
  return NULL;
}

/* The list the column rows choose from: "Not in the sheet", then each
 * column of the sheet by its letter and its header. */
static void
alignment_import_dialog_update_sheet_columns (AlignmentImportDialog *self)
{
  const AlignmentSheet *sheet = self->sheet != NULL ? self->sheet->sheet : NULL;
  guint header_number = self->import != NULL ? self->import->header_row : 0;
  const AlignmentSheetRow *header = sheet != NULL ? find_sheet_row (sheet, header_number) : NULL;
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  guint n_columns = sheet != NULL ? MIN (sheet->n_columns, MAX_OFFERED_COLUMNS) : 0;
  guint n_items;

  /* A mapping from the header may point further right than we offer. */
  for (guint c = 0; self->import != NULL && c < ALIGNMENT_N_COLUMNS; c++)
    if (self->import->mapping[c] >= (int) n_columns)
      n_columns = (guint) self->import->mapping[c] + 1;

  g_ptr_array_add (labels, g_strdup (_("Not in the sheet")));
  for (guint i = 0; i < n_columns; i++)
    {
      g_autofree char *letters = column_letters (i);
      const char *text = header != NULL ? alignment_sheet_row_cell (header, i) : "";
      g_autofree char *oneline = g_strdelimit (g_strstrip (g_strdup (text)), "\r\n\t", ' ');

      if (g_utf8_strlen (oneline, -1) > MAX_HEADER_CHARS)
        {
          g_autofree char *cut = g_utf8_substring (oneline, 0, MAX_HEADER_CHARS - 1);

          g_free (oneline);
          oneline = g_strconcat (cut, "…", NULL);
        }

      if (*oneline != '\0')
        /* Translators: a column of the sheet, by its letter and its
         * header: "D · Trigger/reason". */
        g_ptr_array_add (labels, g_strdup_printf (_("%s · %s"), letters, oneline));
      else
        /* Translators: a column of the sheet without a header. */
        g_ptr_array_add (labels, g_strdup_printf (_("Column %s"), letters));
    }
  g_ptr_array_add (labels, NULL);

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->sheet_columns));
  gtk_string_list_splice (self->sheet_columns, 0, n_items, (const char * const *) labels->pdata);
  self->labelled_header_row = header_number;
}

static void
alignment_import_dialog_update_sheet_names (AlignmentImportDialog *self,
                                            GStrv                  names)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->sheet_names));
  guint selected = 0;

  gtk_string_list_splice (self->sheet_names, 0, n_items, (const char * const *) names);

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    if (g_strcmp0 (names[i], self->sheet_name) == 0)
      selected = i;
  adw_combo_row_set_selected (self->sheet_row, selected);

  /* A workbook of one sheet leaves nothing to choose. */
  gtk_widget_set_visible (GTK_WIDGET (self->sheet_row), names != NULL && g_strv_length (names) > 1);
}

static guint
count_notes (const AlignmentImport   *import,
             AlignmentImportNoteKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < import->notes->len; i++)
    n += ((AlignmentImportNote *) g_ptr_array_index (import->notes, i))->kind == kind;
  return n;
}

static void
alignment_import_dialog_update_summary (AlignmentImportDialog *self)
{
  g_autoptr(GPtrArray) details = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *title = NULL;

  if (self->file != NULL)
    g_ptr_array_add (details, g_file_get_basename (self->file));
  else
    g_ptr_array_add (details, g_strdup (_("Pasted rows")));

  if (self->sheet_name != NULL)
    /* Translators: the worksheet of a workbook that is shown. */
    g_ptr_array_add (details, g_strdup_printf (_("sheet “%s”"), self->sheet_name));

  if (self->sheet != NULL && self->sheet->sheet->source != NULL)
    g_ptr_array_add (details, g_strdup (self->sheet->sheet->source));

  if (self->import != NULL)
    {
      guint n_signals = self->import->n_signals;
      guint n_repairs = count_notes (self->import, ALIGNMENT_IMPORT_NOTE_REPAIR);
      guint n_dropped = count_notes (self->import, ALIGNMENT_IMPORT_NOTE_DROPPED);
      guint n_doubts = count_notes (self->import, ALIGNMENT_IMPORT_NOTE_DOUBT);
      g_autofree char *signals_text = g_strdup_printf (ngettext ("%u signal", "%u signals", n_signals), n_signals);
      g_autofree char *repairs_text = g_strdup_printf (ngettext ("%u repair", "%u repairs", n_repairs), n_repairs);
      g_autofree char *dropped_text = g_strdup_printf (ngettext ("%u unreadable cell", "%u unreadable cells", n_dropped), n_dropped);

      /* Translators: the counts above the preview: "16 signals, 8
       * repairs, 0 unreadable cells". */
      title = g_strdup_printf (_("%s, %s, %s"), signals_text, repairs_text, dropped_text);

      if (self->import->header_row > 0)
        g_ptr_array_add (details, g_strdup_printf (_("header in row %u"), self->import->header_row));
      else
        g_ptr_array_add (details, g_strdup (_("no header row")));
      if (n_doubts > 0)
        g_ptr_array_add (details, g_strdup_printf (ngettext ("%u value to check", "%u values to check", n_doubts), n_doubts));
    }
  else
    title = g_strdup (_("No signals"));

  g_ptr_array_add (details, NULL);
  gtk_label_set_text (self->summary_title, title);
  {
    g_autofree char *joined = g_strjoinv (" · ", (char **) details->pdata);

    gtk_label_set_text (self->summary_details, joined);
  }
}

static void
alignment_import_dialog_update_actions (AlignmentImportDialog *self)
{
  gboolean busy = self->cancellable != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.import",
                                 !busy && self->import != NULL && self->import->n_signals > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.choose-file", self->file != NULL);
}

/* The year field starts at the year the sheet's own dates suggest. */
static void
alignment_import_dialog_suggest_year (AlignmentImportDialog *self)
{
  AlignmentSignal **signals;
  guint n;

  if (self->year_touched || self->import == NULL)
    return;

  signals = alignment_signal_list_peek (alignment_case_get_signals (self->import->imported), &n);
  for (guint i = 0; i < n; i++)
    {
      guint32 julian = alignment_signal_get_start_julian (signals[i]);

      if (julian != 0 && g_date_valid_julian (julian))
        {
          GDate date;

          g_date_clear (&date, 1);
          g_date_set_julian (&date, julian);
          gtk_spin_button_set_value (self->year_spin, g_date_get_year (&date));
          return;
        }
    }
}

/* ---- The case: its parties, period and description ---------------------- */

static const AlignmentParty parties[ALIGNMENT_N_PARTIES] = {
  ALIGNMENT_PARTY_CUSTOMER, ALIGNMENT_PARTY_PROVIDER,
};

static AdwEntryRow *
party_row (AlignmentImportDialog *self,
           guint                  index)
{
  return index == ALIGNMENT_PARTY_INDEX (ALIGNMENT_PARTY_PROVIDER) ? self->provider_row : self->customer_row;
}

static void
set_party_name (AlignmentCase *imported,
                guint          index,
                const char    *name)
{
  g_autofree char *stripped = g_strstrip (g_strdup (name));

  if (parties[index] == ALIGNMENT_PARTY_PROVIDER)
    alignment_case_set_provider_name (imported, stripped);
  else
    alignment_case_set_customer_name (imported, stripped);
}

static void
party_name_changed_cb (GtkEditable           *editable,
                       AlignmentImportDialog *self)
{
  guint index = editable == GTK_EDITABLE (self->provider_row)
              ? ALIGNMENT_PARTY_INDEX (ALIGNMENT_PARTY_PROVIDER)
              : ALIGNMENT_PARTY_INDEX (ALIGNMENT_PARTY_CUSTOMER);

  if (self->updating)
    return;

  self->party_touched[index] = TRUE;
  if (self->import != NULL)
    set_party_name (self->import->imported, index, gtk_editable_get_text (editable));
}

/* The names start as the sheet's sender codes ("CUST", "SP"), or the
 * generic names when no signal names a party; a name the user wrote
 * is kept over every new import. */
static void
alignment_import_dialog_show_case (AlignmentImportDialog *self)
{
  AlignmentCase *imported = self->import != NULL ? self->import->imported : NULL;
  const char *context = imported != NULL ? alignment_case_get_context (imported) : "";
  guint32 start, end;

  /* Pasted rows join the open case, which keeps its own names and
   * period: only a sheet file becomes a case of its own. */
  gtk_widget_set_visible (GTK_WIDGET (self->case_group), self->file != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->case_group), imported != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->description_row), *context != '\0');
  if (imported == NULL)
    {
      adw_action_row_set_subtitle (self->period_row, "");
      return;
    }

  for (guint i = 0; i < ALIGNMENT_N_PARTIES; i++)
    {
      GtkEditable *row = GTK_EDITABLE (party_row (self, i));

      if (self->party_touched[i])
        set_party_name (imported, i, gtk_editable_get_text (row));
      else
        gtk_editable_set_text (row, alignment_case_get_party_name (imported, parties[i]));
    }

  start = alignment_case_get_period_start (imported);
  end = alignment_case_get_period_end (imported);
  if (start != 0 && end != 0)
    {
      char first[64], last[64];
      g_autofree char *period = NULL;
      g_autofree char *markup = NULL;

      alignment_date_format_local (start, first, sizeof first);
      alignment_date_format_local (end, last, sizeof last);
      /* Translators: the period of an imported case, "1-2-2024 – 7-5-2024". */
      period = g_strdup_printf (_("%s – %s"), first, last);
      markup = g_markup_escape_text (period, -1);
      adw_action_row_set_subtitle (self->period_row, markup);
    }
  else
    adw_action_row_set_subtitle (self->period_row, _("No dates in the sheet"));

  if (*context != '\0')
    {
      g_autofree char *markup = g_markup_escape_text (context, -1);

      adw_action_row_set_subtitle (self->description_row, markup);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->description_row), context);
    }
}

static void
alignment_import_dialog_show_result (AlignmentImportDialog *self,
                                     const GError          *import_error)
{
  g_autoptr(GListStore) notes = g_list_store_new (ALIGNMENT_TYPE_IMPORT_NOTE_ITEM);

  self->updating = TRUE;

  if (self->import != NULL && self->import->header_row != self->labelled_header_row)
    alignment_import_dialog_update_sheet_columns (self);

  for (guint c = 0; c < ALIGNMENT_N_COLUMNS; c++)
    {
      int mapped = self->import != NULL ? self->import->mapping[c] : -1;

      adw_combo_row_set_selected (self->column_rows[c], mapped >= 0 ? (guint) mapped + 1 : 0);
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->columns_group), self->sheet != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->year_row), self->sheet != NULL);
  alignment_import_dialog_suggest_year (self);
  alignment_import_dialog_show_case (self);

  self->updating = FALSE;

  if (self->import != NULL)
    {
      g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < self->import->notes->len; i++)
        g_ptr_array_add (items, _alignment_import_note_item_new (g_ptr_array_index (self->import->notes, i)));
      g_list_store_splice (notes, 0, 0, items->pdata, items->len);

      gtk_no_selection_set_model (self->rows_selection,
                                  G_LIST_MODEL (alignment_case_get_signals (self->import->imported)));
      gtk_no_selection_set_model (self->notes_selection, G_LIST_MODEL (notes));
      gtk_stack_set_visible_child_name (self->content_stack, "rows");
    }
  else
    {
      g_autofree char *message = g_markup_escape_text (import_error != NULL ? import_error->message : "", -1);
      g_autofree char *markup = NULL;

      gtk_no_selection_set_model (self->rows_selection, NULL);
      gtk_no_selection_set_model (self->notes_selection, NULL);
      /* The way out is at hand: the columns and the worksheet at the
       * left, another file below. */
      if (self->sheet != NULL)
        {
          g_autofree char *hint = g_markup_escape_text (_("Choose at the left which column of the sheet holds what."), -1);

          markup = g_strconcat (message, "\n\n", hint, NULL);
        }
      adw_status_page_set_description (self->no_signals_page, markup != NULL ? markup : message);
      gtk_stack_set_visible_child_name (self->content_stack, "no-signals");
    }

  alignment_import_dialog_update_summary (self);
  gtk_stack_set_visible_child_name (self->stack, "preview");
  self->shows_preview = TRUE;
}

static void
alignment_import_dialog_show_failure (AlignmentImportDialog *self,
                                      const GError          *error)
{
  g_autofree char *markup = g_markup_escape_text (error->message, -1);

  g_clear_pointer (&self->import, alignment_import_free);
  gtk_no_selection_set_model (self->rows_selection, NULL);
  gtk_no_selection_set_model (self->notes_selection, NULL);

  if (self->shows_preview)
    {
      /* A worksheet chosen in the preview could not be read: stay, so
       * that another one can be chosen. */
      g_clear_pointer (&self->sheet, _alignment_import_sheet_ref_unref);
      alignment_import_dialog_show_result (self, error);
      return;
    }

  adw_status_page_set_description (self->failed_page, markup);
  gtk_stack_set_visible_child_name (self->stack, "failed");
}

static void
alignment_import_dialog_set_busy (AlignmentImportDialog *self,
                                  GCancellable          *cancellable)
{
  gboolean was_busy = self->cancellable != NULL;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_set_object (&self->cancellable, cancellable);

  gtk_spinner_set_spinning (self->loading_spinner, cancellable != NULL && !self->shows_preview);
  gtk_spinner_set_spinning (self->updating_spinner, cancellable != NULL && self->shows_preview);
  gtk_widget_set_visible (GTK_WIDGET (self->updating_spinner), cancellable != NULL && self->shows_preview);
  alignment_import_dialog_update_actions (self);

  if (was_busy != (cancellable != NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
job_done_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  AlignmentImportDialog *self = ALIGNMENT_IMPORT_DIALOG (object);
  GTask *task = G_TASK (result);
  AlignmentImportJob *job = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  gboolean new_sheet;

  g_task_propagate_boolean (task, &error);

  /* A newer job took over, or the dialog is gone. */
  if (g_task_get_cancellable (task) != self->cancellable)
    return;

  alignment_import_dialog_set_busy (self, NULL);

  if (job->bytes != NULL && job->bytes != self->bytes)
    {
      g_clear_pointer (&self->bytes, g_bytes_unref);
      self->bytes = g_bytes_ref (job->bytes);
    }
  if (job->sheet_names != NULL)
    {
      g_free (self->sheet_name);
      self->sheet_name = g_strdup (job->sheet_name);
      self->updating = TRUE;
      alignment_import_dialog_update_sheet_names (self, job->sheet_names);
      self->updating = FALSE;
    }

  if (error != NULL)
    {
      alignment_import_dialog_show_failure (self, error);
      alignment_import_dialog_update_actions (self);
      return;
    }

  new_sheet = job->sheet != self->sheet;
  if (new_sheet)
    {
      g_clear_pointer (&self->sheet, _alignment_import_sheet_ref_unref);
      self->sheet = _alignment_import_sheet_ref_ref (job->sheet);
    }

  g_clear_pointer (&self->import, alignment_import_free);
  self->import = g_steal_pointer (&job->import);

  if (new_sheet)
    {
      self->updating = TRUE;
      alignment_import_dialog_update_sheet_columns (self);
      self->updating = FALSE;
    }

  alignment_import_dialog_show_result (self, job->import_error);
  alignment_import_dialog_update_actions (self);
}

/* Reads the sheet again (@read) or only imports it again, with the
 * options as they are now. */
static void
alignment_import_dialog_run (AlignmentImportDialog *self,
                             gboolean               read)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GTask) task = NULL;
  AlignmentImportJob *job = g_new0 (AlignmentImportJob, 1);

  job->options = self->options;
  /* Read again or not, a workbook's other sheets give thread titles. */
  job->bytes = self->bytes != NULL ? g_bytes_ref (self->bytes) : NULL;
  job->sheet_name = g_strdup (self->sheet_name);
  if (read || self->sheet == NULL)
    {
      job->file = self->file != NULL ? g_object_ref (self->file) : NULL;
      job->text = g_strdup (self->text);
    }
  else
    job->sheet = _alignment_import_sheet_ref_ref (self->sheet);

  if (!self->shows_preview)
    gtk_stack_set_visible_child_name (self->stack, "loading");
  alignment_import_dialog_set_busy (self, cancellable);

  task = g_task_new (self, cancellable, job_done_cb, NULL);
  g_task_set_source_tag (task, alignment_import_dialog_run);
  g_task_set_task_data (task, job, (GDestroyNotify) _alignment_import_job_free);
  g_task_run_in_thread (task, _alignment_import_job_thread);
}

/* ---- The user's choices --------------------------------------------------- */

static void
column_selected_cb (AdwComboRow           *row,
                    GParamSpec            *pspec,
                    AlignmentImportDialog *self)
{
  if (self->updating || self->sheet == NULL)
    return;

  /* The first change fixes the whole mapping as shown: the columns the
   * user did not touch stay where they are. */
  for (guint c = 0; c < ALIGNMENT_N_COLUMNS; c++)
    {
      guint selected = adw_combo_row_get_selected (self->column_rows[c]);

      self->options.mapping[c] = selected == GTK_INVALID_LIST_POSITION || selected == 0
                                 ? -1 : (int) selected - 1;
    }

  alignment_import_dialog_run (self, FALSE);
}

static void
sheet_selected_cb (AdwComboRow           *row,
                   GParamSpec            *pspec,
                   AlignmentImportDialog *self)
{
  GtkStringObject *item;
  int year = self->options.year;

  if (self->updating)
    return;

  item = adw_combo_row_get_selected_item (row);
  if (item == NULL || g_strcmp0 (gtk_string_object_get_string (item), self->sheet_name) == 0)
    return;

  g_free (self->sheet_name);
  self->sheet_name = g_strdup (gtk_string_object_get_string (item));

  /* Another sheet has other columns: find its header afresh. */
  alignment_import_options_init (&self->options);
  self->options.year = year;
  g_clear_pointer (&self->sheet, _alignment_import_sheet_ref_unref);
  alignment_import_dialog_run (self, TRUE);
}

static void
year_changed_cb (AlignmentImportDialog *self)
{
  int year;

  if (self->updating)
    return;

  year = adw_expander_row_get_enable_expansion (self->year_row)
         ? gtk_spin_button_get_value_as_int (self->year_spin) : 0;
  self->year_touched = TRUE;
  if (year == self->options.year)
    return;

  self->options.year = year;
  if (self->sheet != NULL)
    alignment_import_dialog_run (self, FALSE);
}

static void
alignment_import_dialog_import_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *parameter)
{
  AlignmentImportDialog *self = ALIGNMENT_IMPORT_DIALOG (widget);
  g_autoptr(AlignmentCase) imported = NULL;

  if (self->emitted || self->cancellable != NULL
      || self->import == NULL || self->import->n_signals == 0)
    return;

  imported = g_object_ref (self->import->imported);

  /* A new case deserves a name; the file's is the one the user chose. */
  if (self->file != NULL && *alignment_case_get_title (imported) == '\0')
    {
      g_autofree char *basename = g_file_get_basename (self->file);
      char *dot = strrchr (basename, '.');

      if (dot != NULL && dot != basename)
        *dot = '\0';
      alignment_case_set_title (imported, basename);
    }

  self->emitted = TRUE;
  g_object_ref (self);
  g_signal_emit (self, dialog_signals[SIGNAL_IMPORT], 0, imported, self->import->n_signals);
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
}

static void
chooser_response_cb (GtkNativeDialog       *chooser,
                     int                    response,
                     AlignmentImportDialog *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);

  if (file == NULL)
    return;

  /* Everything learnt from the old file goes. */
  g_set_object (&self->file, file);
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_clear_pointer (&self->sheet_name, g_free);
  g_clear_pointer (&self->sheet, _alignment_import_sheet_ref_unref);
  g_clear_pointer (&self->import, alignment_import_free);
  alignment_import_options_init (&self->options);
  self->shows_preview = FALSE;
  self->year_touched = FALSE;
  self->updating = TRUE;
  adw_expander_row_set_enable_expansion (self->year_row, FALSE);
  alignment_import_dialog_update_sheet_names (self, NULL);
  self->updating = FALSE;
  {
    g_autofree char *basename = g_file_get_basename (file);

    adw_window_title_set_subtitle (self->window_title, basename);
  }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);

  alignment_import_dialog_run (self, TRUE);
}

static void
alignment_import_dialog_choose_file_action (GtkWidget  *widget,
                                            const char *action_name,
                                            GVariant   *parameter)
{
  AlignmentImportDialog *self = ALIGNMENT_IMPORT_DIALOG (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GFile) folder = NULL;

  if (self->chooser != NULL)
    {
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
      return;
    }

  self->chooser = gtk_file_chooser_native_new (_("Import Signals From a Sheet"),
                                               GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Open"),
                                               _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);

  gtk_file_filter_set_name (filter, _("Sheets (CSV, TSV, XLSX, ODS)"));
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_filter_add_suffix (filter, "tsv");
  gtk_file_filter_add_suffix (filter, "txt");
  gtk_file_filter_add_suffix (filter, "xlsx");
  gtk_file_filter_add_suffix (filter, "ods");
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_mime_type (filter, "text/tab-separated-values");
  gtk_file_filter_add_mime_type (filter, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  gtk_file_filter_add_mime_type (filter, "application/vnd.oasis.opendocument.spreadsheet");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);

  if (self->file != NULL && (folder = g_file_get_parent (self->file)) != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);

  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* ---- Public API ----------------------------------------------------------- */

AlignmentImportDialog *
alignment_import_dialog_new (GtkWindow *parent,
                             GFile     *sheet)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (G_IS_FILE (sheet), NULL);

  return g_object_new (ALIGNMENT_TYPE_IMPORT_DIALOG,
                       "transient-for", parent,
                       "file", sheet,
                       NULL);
}

AlignmentImportDialog *
alignment_import_dialog_new_for_text (GtkWindow  *parent,
                                      const char *text)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  return g_object_new (ALIGNMENT_TYPE_IMPORT_DIALOG,
                       "transient-for", parent,
                       "text", text,
                       NULL);
}

gboolean
alignment_import_dialog_get_busy (AlignmentImportDialog *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_IMPORT_DIALOG (self), FALSE);

  return self->cancellable != NULL;
}

const AlignmentImport *
alignment_import_dialog_get_import (AlignmentImportDialog *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_IMPORT_DIALOG (self), NULL);

  return self->import;
}

/* ---- GObject -------------------------------------------------------------- */

static void
alignment_import_dialog_constructed (GObject *object)
{
  AlignmentImportDialog *self = ALIGNMENT_IMPORT_DIALOG (object);

  G_OBJECT_CLASS (alignment_import_dialog_parent_class)->constructed (object);

  /* Not added to the application: its list of windows is the app's case
   * windows, and a modal dialog lives with its parent anyway. */

  if (self->file != NULL)
    {
      g_autofree char *basename = g_file_get_basename (self->file);

      adw_window_title_set_subtitle (self->window_title, basename);
    }
  else
    {
      adw_window_title_set_subtitle (self->window_title, _("Pasted rows"));
      adw_status_page_set_title (self->failed_page, _("Could Not Read the Pasted Rows"));
      if (self->text == NULL)
        self->text = g_strdup ("");
    }

  /* Pasted rows have no file to replace with another. */
  gtk_widget_set_visible (self->failed_choose_button, self->file != NULL);
  gtk_widget_set_visible (self->no_signals_choose_button, self->file != NULL);

  alignment_import_dialog_run (self, TRUE);
}

static void
alignment_import_dialog_dispose (GObject *object)
{
  AlignmentImportDialog *self = ALIGNMENT_IMPORT_DIALOG (object);

  if (self->cancellable != NULL)
    {
      g_cancellable_cancel (self->cancellable);
      g_clear_object (&self->cancellable);
    }
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), ALIGNMENT_TYPE_IMPORT_DIALOG);

  G_OBJECT_CLASS (alignment_import_dialog_parent_class)->dispose (object);
}

static void
alignment_import_dialog_finalize (GObject *object)
{
  AlignmentImportDialog *self = ALIGNMENT_IMPORT_DIALOG (object);

  g_clear_object (&self->sheet_columns);
  g_clear_object (&self->file);
  g_free (self->text);
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_free (self->sheet_name);
  g_clear_pointer (&self->sheet, _alignment_import_sheet_ref_unref);
  g_clear_pointer (&self->import, alignment_import_free);

  G_OBJECT_CLASS (alignment_import_dialog_parent_class)->finalize (object);
}

static void
alignment_import_dialog_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  AlignmentImportDialog *self = ALIGNMENT_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_BUSY:
      g_value_set_boolean (value, alignment_import_dialog_get_busy (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_import_dialog_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  AlignmentImportDialog *self = ALIGNMENT_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_set_object (&self->file, g_value_get_object (value));
      break;

    case PROP_TEXT:
      g_free (self->text);
      self->text = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_import_dialog_class_init (AlignmentImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = alignment_import_dialog_constructed;
  object_class->dispose = alignment_import_dialog_dispose;
  object_class->finalize = alignment_import_dialog_finalize;
  object_class->get_property = alignment_import_dialog_get_property;
  object_class->set_property = alignment_import_dialog_set_property;

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL,
                         G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  dialog_signals[SIGNAL_IMPORT] =
    g_signal_new ("import",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 2,
                  ALIGNMENT_TYPE_CASE,
                  G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Alignment/alignment-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, AlignmentImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, AlignmentImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, AlignmentImportDialog, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, AlignmentImportDialog, failed_page);
  gtk_widget_class_bind_template_child (widget_class, AlignmentImportDialog, failed_choose_button);
  gtk_widget_class_bind_template_child (widget_class, AlignmentImportDialog, sheet_group);
  gtk_widget_class_bind_template_child (widget_class, AlignmentImportDialog, sheet_row);
  gtk_widget_class_bind_template_child (widget_class, AlignmentImportDialog, sheet_names);
  gtk_widget_class_bind_template_child (widget_class, AlignmentImportDialog, year_row);
  gtk_widget_class_bind_template_child (widget_class, AlignmentImportDialog, year_spin);
  gtk_widget_class_bind_template_child (widget_class, AlignmentImportDialog, columns_group);
  gtk_widget_class_bind_template_child (widget_class, AlignmentImportDialog, case_group);
  gtk_widget_class_bind_template_child (widget_class, AlignmentImportDialog, customer_row);
  gtk_widget_class_bind_template_child (widget_class, AlignmentImportDialog, provider_row);
  gtk_widget_class_bind_template_child (widget_class, AlignmentImportDialog, period_row);
  gtk_widget_class_bind_template_child (widget_class, AlignmentImportDialog, description_row);
  gtk_widget_class_bind_template_child (widget_class, AlignmentImportDialog, summary_title);
  gtk_widget_class_bind_template_child (widget_class, AlignmentImportDialog, summary_details);
  gtk_widget_class_bind_template_child (widget_class, AlignmentImportDialog, updating_spinner);
  gtk_widget_class_bind_template_child (widget_class, AlignmentImportDialog, content_stack);
  gtk_widget_class_bind_template_child (widget_class, AlignmentImportDialog, rows_view);
  gtk_widget_class_bind_template_child (widget_class, AlignmentImportDialog, rows_selection);
  gtk_widget_class_bind_template_child (widget_class, AlignmentImportDialog, notes_view);
  gtk_widget_class_bind_template_child (widget_class, AlignmentImportDialog, notes_selection);
  gtk_widget_class_bind_template_child (widget_class, AlignmentImportDialog, no_signals_page);
  gtk_widget_class_bind_template_child (widget_class, AlignmentImportDialog, no_signals_choose_button);

  gtk_widget_class_install_action (widget_class, "dialog.import", NULL, alignment_import_dialog_import_action);
  gtk_widget_class_install_action (widget_class, "dialog.choose-file", NULL, alignment_import_dialog_choose_file_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "dialog.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "dialog.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_ISO_Enter, GDK_CONTROL_MASK, "dialog.import", NULL);
}

/* The first descendant of @root of @type, or NULL. */
static GtkWidget *
find_descendant (GtkWidget *root,
                 GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = G_TYPE_CHECK_INSTANCE_TYPE (child, type) ? child : find_descendant (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Names for what GTK 4.8 and libadwaita 1.2 leave unnamed: a screen
 * reader meets the list inside a column view, not the view itself, and
 * the expander row's switch has no name at all. */
static void
alignment_import_dialog_label_internals (AlignmentImportDialog *self)
{
  GtkWidget *year_switch = find_descendant (GTK_WIDGET (self->year_row), GTK_TYPE_SWITCH);
  GtkWidget *rows_list = find_descendant (GTK_WIDGET (self->rows_view), GTK_TYPE_LIST_VIEW);
  GtkWidget *notes_list = find_descendant (GTK_WIDGET (self->notes_view), GTK_TYPE_LIST_VIEW);

  if (year_switch != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (year_switch),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, _("Use a fixed year"),
                                    -1);
  if (rows_list != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (rows_list),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, _("Signals to import"),
                                    -1);
  if (notes_list != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (notes_list),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, _("Import report"),
                                    -1);
}

static void
alignment_import_dialog_init (AlignmentImportDialog *self)
{
  g_autoptr(GtkExpression) expression = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  alignment_import_options_init (&self->options);
  self->sheet_columns = gtk_string_list_new (NULL);

  /* The combo rows show a string list's items by their text. */
  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  adw_combo_row_set_expression (self->sheet_row, expression);

  for (guint c = 0; c < ALIGNMENT_N_COLUMNS; c++)
    {
      AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), alignment_column_get_label (c));
      adw_combo_row_set_use_subtitle (row, TRUE);
      adw_combo_row_set_expression (row, expression);
      adw_combo_row_set_model (row, G_LIST_MODEL (self->sheet_columns));
      g_signal_connect (row, "notify::selected", G_CALLBACK (column_selected_cb), self);
      adw_preferences_group_add (self->columns_group, GTK_WIDGET (row));
      self->column_rows[c] = row;
    }

  g_signal_connect (self->sheet_row, "notify::selected", G_CALLBACK (sheet_selected_cb), self);
  g_signal_connect_swapped (self->year_row, "notify::enable-expansion", G_CALLBACK (year_changed_cb), self);
  g_signal_connect_swapped (self->year_spin, "value-changed", G_CALLBACK (year_changed_cb), self);
  g_signal_connect (self->customer_row, "changed", G_CALLBACK (party_name_changed_cb), self);
  g_signal_connect (self->provider_row, "changed", G_CALLBACK (party_name_changed_cb), self);

  _alignment_import_dialog_add_columns (self, self->rows_view, self->notes_view);
  alignment_import_dialog_label_internals (self);
}
