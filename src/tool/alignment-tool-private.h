/* alignment-tool-private.h: what the commands of alignment-tool share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "alignment-core.h"

G_BEGIN_DECLS

/* The exit statuses, as --help documents them. */
enum
{
  EXIT_OK = 0,
  EXIT_INVALID = 1, /* unreadable or invalid input, semantic errors */
  EXIT_USAGE = 2,   /* unknown command or option, missing argument */
};

int             usage_error         (const char          *command,
                                     const char          *message);
GOptionContext *command_context_new (const char          *command,
                                     const char          *parameters,
                                     const char          *summary,
                                     const GOptionEntry  *entries);
gboolean        command_parse       (GOptionContext      *context,
                                     const char          *command,
                                     int                 *argc,
                                     char              ***argv);
void            print_load_error    (const char          *path,
                                     const GError        *error);
AlignmentCase  *load_case           (const char          *path);

/* alignment-tool-exchange.c */
int             command_import      (int                  argc,
                                     char               **argv);
int             command_export      (int                  argc,
                                     char               **argv);

G_END_DECLS
