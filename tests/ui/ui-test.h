/* ui-test.h: what the tests of the windows share: waiting for the main
 * loop, finding widgets, answering questions, and main()'s preamble
 *
 * A test's main() goes:
 *
 *   int status;
 *
 *   if (!ui_test_init (&argc, &argv, "/window/skipped", "test-window-XXXXXX", &status))
 *     return status;
 *   app = ui_test_start_application (G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
 *   ui_test_add ("/window/example", test_example, UI_TEST_FRESH_CASES);
 *   return ui_test_run ();
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "alignment-application.h"
#include "alignment-window.h"
#include "../test-example.h"

G_BEGIN_DECLS

/* ---- Running ---------------------------------------------------------------- */

/* Binds the app's text domain to ALIGNMENT_LOCALEDIR (the catalogs built
 * in the tree), or LOCALEDIR without it; before ui_test_init(). */
void                  ui_test_bind_text_domain  (void);

/* Initialises the test framework and GTK.  With ALIGNMENT_SKIP_DISPLAY_TESTS
 * set, runs one skipped test, @skip_path, instead; without a display,
 * says how to get one and fails.  In both cases returns FALSE with the
 * exit status in @status.  With @data_home_template (for g_dir_make_tmp()),
 * XDG_DATA_HOME is a new temporary folder, before GTK reads it. */
gboolean              ui_test_init              (int                   *argc,
                                                 char                ***argv,
                                                 const char            *skip_path,
                                                 const char            *data_home_template,
                                                 int                   *status);

/* The temporary data folder of ui_test_init(), or NULL. */
const char           *ui_test_get_data_home     (void);

/* The application of the whole run, registered: as in the real program,
 * and every test closes the windows it opened.  Tests run in parallel on
 * one session bus, so @flags want G_APPLICATION_NON_UNIQUE. */
AlignmentApplication *ui_test_start_application (GApplicationFlags      flags);

typedef enum
{
  UI_TEST_FRESH_CASES    = 1 << 0,  /* an empty library folder */
  UI_TEST_FRESH_RECOVERY = 1 << 1,  /* no recovery copies */
} UiTestFresh;

/* Adds a test that starts with the folders of @fresh in the data folder
 * as new. */
void                  ui_test_add               (const char            *path,
                                                 void                 (*func) (void),
                                                 UiTestFresh            fresh);

/* Runs the tests, then lets the application and the data folder go. */
int                   ui_test_run               (void);

/* ---- Waiting ---------------------------------------------------------------- */

typedef gboolean (*UiTestPredicate) (gpointer data);

/* How long ui_test_spin_until() waits before it fails: 30 s unless set. */
void                  ui_test_set_timeout       (guint                  seconds);

/* Runs the main loop until @predicate holds; fails the test, saying it
 * waited for @what, after the timeout. */
void                  ui_test_spin_until        (UiTestPredicate        predicate,
                                                 gpointer               data,
                                                 const char            *what);

/* Runs the main loop for @ms milliseconds. */
void                  ui_test_spin_for          (guint                  ms);

/* How long ui_test_settle() runs the loop: 100 ms unless set. */
void                  ui_test_set_settle_time   (guint                  ms);

/* Lets pending idles, redraws and short timeouts run, after what a user
 * does (ui_test_activate() and ui_test_answer_dialog() call it). */
void                  ui_test_settle            (void);

/* Predicates on an AlignmentWindow, an AlignmentDocument, or nothing. */
gboolean              ui_test_window_loaded     (gpointer               window);
gboolean              ui_test_library_idle      (gpointer               window);
gboolean              ui_test_window_gone       (gpointer               window);
gboolean              ui_test_document_saved    (gpointer               document);
gboolean              ui_test_dialog_shown      (gpointer               unused);

/* ---- The window ----------------------------------------------------------------- */

/* A new window of the application, shown, its library read. */
AlignmentWindow      *ui_test_new_window        (void);

/* Activates @action on @window, as its menu or shortcut would, and
 * settles. */
void                  ui_test_activate          (AlignmentWindow       *window,
                                                 const char            *action);

/* The question on screen, or NULL. */
/* The first visible toplevel of @type, or NULL. */
GtkWindow            *ui_test_find_toplevel     (GType                  type);
AdwMessageDialog     *ui_test_find_dialog       (void);

/* Waits for a question and answers it with @response, as a click would;
 * its heading must hold @expected_heading_part, unless NULL.  Returns
 * what it asked: "heading\nbody". */
char                 *ui_test_answer_dialog     (const char            *response,
                                                 const char            *expected_heading_part);

/* ---- Finding widgets ------------------------------------------------------------ */

/* The first widget of @type below @root (itself included) that is on
 * screen, depth first, or NULL. */
GtkWidget            *ui_test_find_mapped       (GtkWidget             *root,
                                                 GType                  type);

/* How many widgets of @type are below @root (itself included), on
 * screen or not: what a view has built. */
guint                 ui_test_count_widgets     (GtkWidget             *root,
                                                 GType                  type);

/* A button labelled @label below @root: on screen, or anywhere. */
GtkWidget            *ui_test_find_button       (GtkWidget             *root,
                                                 const char            *label);
GtkWidget            *ui_test_find_any_button   (GtkWidget             *root,
                                                 const char            *label);

/* A label on screen below @root with exactly @text, or one holding @part. */
GtkWidget            *ui_test_find_label        (GtkWidget             *root,
                                                 const char            *text);
GtkWidget            *ui_test_find_label_containing (GtkWidget         *root,
                                                     const char        *part);

/* A label below @root with exactly @text, on screen or not (a list's
 * placeholder, say). */
GtkWidget            *ui_test_find_any_label    (GtkWidget             *root,
                                                 const char            *text);

/* A button below @root whose tooltip is @tooltip (an icon button's only
 * words), on screen or not. */
GtkWidget            *ui_test_find_any_button_with_tooltip (GtkWidget  *root,
                                                            const char *tooltip);

/* The @n-th widget (from 0) of @type below @root (itself included),
 * depth first, in reading order, on screen or not; NULL if fewer. */
GtkWidget            *ui_test_find_any_nth      (GtkWidget             *root,
                                                 GType                  type,
                                                 guint                  n);

/* The controller of @type on @widget, to drive it as an event would;
 * fails the test when there is none. */
GtkEventController   *ui_test_find_controller   (GtkWidget             *widget,
                                                 GType                  type);

/* @widget drawn as on screen, now: its width × height pixels, B G R A
 * (cairo's order in memory). */
GBytes               *ui_test_render_widget     (GtkWidget             *widget);

/* Waits for such a label to show, or for none to be left.  Rows are made
 * and bound when a view is next laid out: a frame or more later. */
void                  ui_test_assert_label_shown (GtkWidget            *root,
                                                  const char           *text);
void                  ui_test_assert_label_containing (GtkWidget       *root,
                                                       const char      *part);
void                  ui_test_assert_no_label_containing (GtkWidget    *root,
                                                          const char   *part);

/* ---- Files ---------------------------------------------------------------------- */

/* What @file holds; it must be readable. */
char                 *ui_test_read_file         (GFile                 *file);

/* How many signals the case in @file has; it must load. */
guint                 ui_test_n_signals_in      (GFile                 *file);

/* Writes a generated case of @n_signals signals (always the same one)
 * into the temporary data folder and returns its file. */
GFile                *ui_test_write_generated_case (guint               n_signals);

/* Deletes @path and everything below it, not following links. */
void                  ui_test_remove_tree       (const char            *path);

G_END_DECLS
