/* ui-test.c: what the tests of the windows share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "alignment-library.h"
#include "ui-test.h"

static AlignmentApplication *app;
static char *data_home;
static guint timeout_seconds = 30;
static guint settle_ms = 100;

/* ---- Running ---------------------------------------------------------------- */

void
ui_test_bind_text_domain (void)
{
  const char *localedir = g_getenv ("ALIGNMENT_LOCALEDIR");

  if (localedir == NULL || *localedir == '\0')
    localedir = LOCALEDIR;
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

static void
test_skipped (void)
{
  g_test_skip ("ALIGNMENT_SKIP_DISPLAY_TESTS is set: no display tests");
}

/* Without a display the tests fail, so that a CI without Xvfb cannot pass
 * silently; only ALIGNMENT_SKIP_DISPLAY_TESTS skips them, for builds that
 * can have no display at all (the Flatpak build). */
gboolean
ui_test_init (int          *argc,
              char       ***argv,
              const char   *skip_path,
              const char   *data_home_template,
              int          *status)
{
  g_test_init (argc, argv, NULL);

  if (g_getenv ("ALIGNMENT_SKIP_DISPLAY_TESTS") != NULL)
    {
      g_test_add_func (skip_path, test_skipped);
      *status = g_test_run ();
      return FALSE;
    }

  /* The library, recent files, the recovery copies and the trash all
   * live in the data folder: a temporary one, not the user's. */
  if (data_home_template != NULL)
    {
      g_autoptr(GError) error = NULL;

      data_home = g_dir_make_tmp (data_home_template, &error);
      g_assert_no_error (error);
      g_setenv ("XDG_DATA_HOME", data_home, TRUE);
    }

  if (!gtk_init_check ())
    {
      g_printerr ("No display: run the tests under Xvfb (build-aux/run-tests does), "
                  "or set ALIGNMENT_SKIP_DISPLAY_TESTS=1 where there can be none.\n");
      if (data_home != NULL)
        ui_test_remove_tree (data_home);
      g_clear_pointer (&data_home, g_free);
      *status = 1;
      return FALSE;
    }

  return TRUE;
}

const char *
ui_test_get_data_home (void)
{
  return data_home;
}

AlignmentApplication *
ui_test_start_application (GApplicationFlags flags)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (app);
  app = alignment_application_new ();
  g_application_set_flags (G_APPLICATION (app), flags);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  return app;
}

/* The set-up of ui_test_add(): the cases folder is made again, empty; the
 * recovery folder is only removed (the app makes it when it needs it). */
static void
fresh_folders (gpointer      fixture,
               gconstpointer data)
{
  UiTestFresh fresh = GPOINTER_TO_UINT (data);

  g_assert_nonnull (data_home);

  if (fresh & UI_TEST_FRESH_CASES)
    {
      g_autofree char *cases = g_build_filename (data_home, PACKAGE_NAME, "cases", NULL);

      ui_test_remove_tree (cases);
      g_mkdir_with_parents (cases, 0700);
    }

  if (fresh & UI_TEST_FRESH_RECOVERY)
    {
      g_autofree char *recovery = g_build_filename (data_home, PACKAGE_NAME, "recovery", NULL);

      ui_test_remove_tree (recovery);
    }
}

void
ui_test_add (const char  *path,
             void       (*func) (void),
             UiTestFresh  fresh)
{
  g_test_add_vtable (path, 0, GUINT_TO_POINTER (fresh), fresh_folders, (GTestFixtureFunc) func, NULL);
}

int
ui_test_run (void)
{
  int status = g_test_run ();

  g_clear_object (&app);
  if (data_home != NULL)
    ui_test_remove_tree (data_home);
  g_clear_pointer (&data_home, g_free);

  return status;
}

/* ---- Waiting ---------------------------------------------------------------- */

static gboolean
wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

void
ui_test_set_timeout (guint seconds)
{
  timeout_seconds = seconds;
}

/* The ticking source makes sure the loop wakes up to look again even when
 * nothing else happens.  It ticks at a low priority: at the default one it
 * would be ready again after every slow turn of the loop (a loaded machine,
 * a sanitizer, a slow predicate), and the loop would run it alone, never
 * the frame clock's layout and paint nor GTK's idles below it. */
static guint
add_tick (guint ms)
{
  return g_timeout_add_full (G_PRIORITY_LOW, ms, wake_cb, NULL, NULL);
}

void
ui_test_spin_until (UiTestPredicate  predicate,
                    gpointer         data,
                    const char      *what)
{
  gint64 deadline = g_get_monotonic_time () + timeout_seconds * G_USEC_PER_SEC;
  guint tick = add_tick (20);

  while (!predicate (data))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("Timed out waiting for %s", what);
      g_main_context_iteration (NULL, TRUE);
    }

  g_source_remove (tick);
}

void
ui_test_spin_for (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;
  guint tick = add_tick (10);

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, TRUE);

  g_source_remove (tick);
}

void
ui_test_set_settle_time (guint ms)
{
  settle_ms = ms;
}

void
ui_test_settle (void)
{
  ui_test_spin_for (settle_ms);
}

gboolean
ui_test_window_loaded (gpointer window)
{
  return !alignment_window_get_loading (ALIGNMENT_WINDOW (window));
}

gboolean
ui_test_library_idle (gpointer window)
{
  return !alignment_library_get_busy (alignment_window_get_library (ALIGNMENT_WINDOW (window)));
}

/* Compares pointers only: @window may be freed already. */
gboolean
ui_test_window_gone (gpointer window)
{
  return g_list_find (gtk_application_get_windows (GTK_APPLICATION (app)), window) == NULL;
}

gboolean
ui_test_document_saved (gpointer document)
{
  return !alignment_document_get_modified (ALIGNMENT_DOCUMENT (document));
}

gboolean
ui_test_dialog_shown (gpointer unused)
{
  return ui_test_find_dialog () != NULL;
}

/* ---- The window ----------------------------------------------------------------- */

AlignmentWindow *
ui_test_new_window (void)
{
  AlignmentWindow *window = alignment_window_new (app);

  gtk_window_present (GTK_WINDOW (window));
  ui_test_spin_until (ui_test_library_idle, window, "the library to be read");
  return window;
}

void
ui_test_activate (AlignmentWindow *window,
                  const char      *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, NULL));
  ui_test_settle ();
}

GtkWindow *
ui_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;  /* the list holds it still */
    }
  return NULL;
}

/* Only a visible one: a dialog on its way out is no question. */
AdwMessageDialog *
ui_test_find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }

  return NULL;
}

char *
ui_test_answer_dialog (const char *response,
                       const char *expected_heading_part)
{
  AdwMessageDialog *dialog;
  char *text;

  ui_test_spin_until (ui_test_dialog_shown, NULL, "a question");
  dialog = ui_test_find_dialog ();
  text = g_strdup_printf ("%s\n%s", adw_message_dialog_get_heading (dialog),
                          adw_message_dialog_get_body (dialog));
  g_test_message ("Asked: %s", text);
  if (expected_heading_part != NULL)
    g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), expected_heading_part));
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  ui_test_settle ();
  return text;
}

/* ---- Finding widgets ------------------------------------------------------------ */

typedef gboolean (*WidgetMatch) (GtkWidget     *widget,
                                 gconstpointer  data);

/* The first widget below @root (itself included), depth first, that
 * @match takes; with @mapped_only, only among those on screen: hidden
 * pages and closed popovers hold widgets too, and only what is mapped is
 * what the user sees. */
static GtkWidget *
find_first (GtkWidget     *root,
            gboolean       mapped_only,
            WidgetMatch    match,
            gconstpointer  data)
{
  if (mapped_only && !gtk_widget_get_mapped (root))
    return NULL;

  if (match (root, data))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_first (child, mapped_only, match, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, (GType) GPOINTER_TO_SIZE (type));
}

static gboolean
is_button_labelled (GtkWidget     *widget,
                    gconstpointer  label)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

/* The text a label shows, or an inscription (the cells of long lists);
 * NULL for other widgets. */
static const char *
widget_text (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    return gtk_label_get_text (GTK_LABEL (widget));
  if (GTK_IS_INSCRIPTION (widget))
    return gtk_inscription_get_text (GTK_INSCRIPTION (widget)) != NULL
           ? gtk_inscription_get_text (GTK_INSCRIPTION (widget)) : "";
  return NULL;
}

static gboolean
is_label_of (GtkWidget     *widget,
             gconstpointer  text)
{
  return g_strcmp0 (widget_text (widget), text) == 0;
}

static gboolean
is_label_containing (GtkWidget     *widget,
                     gconstpointer  part)
{
  const char *text = widget_text (widget);

  return text != NULL && strstr (text, part) != NULL;
}

GtkWidget *
ui_test_find_mapped (GtkWidget *root,
                     GType      type)
{
  return find_first (root, TRUE, is_of_type, GSIZE_TO_POINTER (type));
}

guint
ui_test_count_widgets (GtkWidget *root,
                       GType      type)
{
  guint n = G_TYPE_CHECK_INSTANCE_TYPE (root, type);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += ui_test_count_widgets (child, type);
  return n;
}

GtkWidget *
ui_test_find_button (GtkWidget  *root,
                     const char *label)
{
  return find_first (root, TRUE, is_button_labelled, label);
}

GtkWidget *
ui_test_find_any_button (GtkWidget  *root,
                         const char *label)
{
  return find_first (root, FALSE, is_button_labelled, label);
}

GtkWidget *
ui_test_find_label (GtkWidget  *root,
                    const char *text)
{
  return find_first (root, TRUE, is_label_of, text);
}

GtkWidget *
ui_test_find_label_containing (GtkWidget  *root,
                               const char *part)
{
  return find_first (root, TRUE, is_label_containing, part);
}

GtkWidget *
ui_test_find_any_label (GtkWidget  *root,
                        const char *text)
{
  return find_first (root, FALSE, is_label_of, text);
}

static gboolean
is_button_with_tooltip (GtkWidget     *widget,
                        gconstpointer  tooltip)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0;
}

GtkWidget *
ui_test_find_any_button_with_tooltip (GtkWidget  *root,
                                      const char *tooltip)
{
  return find_first (root, FALSE, is_button_with_tooltip, tooltip);
}

typedef struct
{
  GType type;
  guint left;
} NthQuery;

static gboolean
is_nth_of_type (GtkWidget     *widget,
                gconstpointer  data)
{
  NthQuery *query = (NthQuery *) data;

  if (!G_TYPE_CHECK_INSTANCE_TYPE (widget, query->type))
    return FALSE;
  if (query->left == 0)
    return TRUE;
  query->left--;
  return FALSE;
}

GtkWidget *
ui_test_find_any_nth (GtkWidget *root,
                      GType      type,
                      guint      n)
{
  NthQuery query = { type, n };

  return find_first (root, FALSE, is_nth_of_type, &query);
}

typedef struct
{
  GtkWidget   *root;
  WidgetMatch  match;
  const char  *text;
} LabelQuery;

static gboolean
label_shown (gpointer data)
{
  LabelQuery *query = data;

  return find_first (query->root, TRUE, query->match, query->text) != NULL;
}

static gboolean
label_gone (gpointer data)
{
  return !label_shown (data);
}

/* Waits until a label on screen below @root that @match takes with @text
 * is there (@shown) or is not; "@what “@text”" says what. */
static void
wait_for_label (GtkWidget   *root,
                WidgetMatch  match,
                const char  *text,
                gboolean     shown,
                const char  *what)
{
  LabelQuery query = { root, match, text };
  g_autofree char *waiting_for = g_strdup_printf ("%s “%s”", what, text);

  ui_test_spin_until (shown ? label_shown : label_gone, &query, waiting_for);
}

void
ui_test_assert_label_shown (GtkWidget  *root,
                            const char *text)
{
  wait_for_label (root, is_label_of, text, TRUE, "a label showing");
}

void
ui_test_assert_label_containing (GtkWidget  *root,
                                 const char *part)
{
  wait_for_label (root, is_label_containing, part, TRUE, "a label holding");
}

void
ui_test_assert_no_label_containing (GtkWidget  *root,
                                    const char *part)
{
  wait_for_label (root, is_label_containing, part, FALSE, "no label holding");
}

/* ---- Files ---------------------------------------------------------------------- */

char *
ui_test_read_file (GFile *file)
{
  char *contents = NULL;

  g_assert_true (g_file_load_contents (file, NULL, &contents, NULL, NULL, NULL));
  return contents;
}

guint
ui_test_n_signals_in (GFile *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AlignmentCase) c = alignment_case_load (file, NULL, &error);

  g_assert_no_error (error);
  return alignment_signal_list_get_n (alignment_case_get_signals (c));
}

GFile *
ui_test_write_generated_case (guint n_signals)
{
  g_autoptr(AlignmentCase) generated = alignment_case_generate (n_signals, 0, 14);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("generated-%u.alignment", n_signals);
  g_autofree char *path = g_build_filename (ui_test_get_data_home (), name, NULL);
  GFile *file = g_file_new_for_path (path);

  alignment_case_save (generated, file, NULL, &error);
  g_assert_no_error (error);
  return file;
}

void
ui_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        ui_test_remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

GtkEventController *
ui_test_find_controller (GtkWidget *widget,
                         GType      type)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (controller, type))
        return controller;
    }

  g_error ("no %s on the %s", g_type_name (type), G_OBJECT_TYPE_NAME (widget));
  return NULL;
}

GBytes *
ui_test_render_widget (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  guint8 *pixels = g_malloc ((gsize) width * height * 4);

  /* A widget waiting for its size draws nothing: on a busy machine
   * GTK may need a few more frames to get there. */
  for (int tries = 0; node == NULL && tries < 100; tries++)
    {
      g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();

      if (tries > 0)
        ui_test_spin_for (50);
      gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
    }
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_texture_download (texture, pixels, (gsize) width * 4);
  return g_bytes_new_take (pixels, (gsize) width * height * 4);
}
