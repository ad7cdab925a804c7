/* alignment-application.h: the application, its windows and app actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "alignment-library.h"

G_BEGIN_DECLS

#define ALIGNMENT_TYPE_APPLICATION (alignment_application_get_type ())

G_DECLARE_FINAL_TYPE (AlignmentApplication, alignment_application, ALIGNMENT, APPLICATION, AdwApplication)

AlignmentApplication *alignment_application_new              (void);

/* The application's settings, or NULL when its schema is not installed
 * (a build run without `meson devenv`): the app then works but does not
 * remember anything. */
GSettings            *alignment_application_get_settings     (AlignmentApplication *self);

/* The example case shipped with the application: $ALIGNMENT_EXAMPLE when
 * set (the build tree), else the installed one.  NULL when neither
 * exists. */
GFile                *alignment_application_dup_example_file (AlignmentApplication *self);

/* The case library every window lists: the folder of the
 * "library-folder" setting (else the user's data folder) and the
 * recently used cases.  Made when a window first asks for it, let go
 * with the last window. */
AlignmentLibrary     *alignment_application_get_library      (AlignmentApplication *self);

/* The URI the application last asked the desktop to show: the help, or
 * its HTML pages when no help viewer is installed.  For the tests. */
const char           *alignment_application_get_shown_uri    (AlignmentApplication *self);

G_END_DECLS
