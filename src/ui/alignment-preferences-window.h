/* alignment-preferences-window.h: the application's preferences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define ALIGNMENT_TYPE_PREFERENCES_WINDOW (alignment_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (AlignmentPreferencesWindow, alignment_preferences_window, ALIGNMENT, PREFERENCES_WINDOW, AdwPreferencesWindow)

/* Edits @settings (the application's) directly: every change applies at
 * once, as GNOME's preferences do. */
GtkWidget *alignment_preferences_window_new (GtkWindow *parent,
                                             GSettings *settings);

G_END_DECLS
