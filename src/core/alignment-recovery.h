/* alignment-recovery.h: copies of unsaved cases, for after a crash
 *
 * While a case has unsaved changes the app writes a recovery copy a few
 * seconds after the last edit; a real save removes it.  After a crash,
 * the copies that are left are what the user had: the next start lists
 * them and offers each back.  Nothing here decides when to write or to
 * restore: AlignmentAutosave (alignment-autosave.h) writes a document's
 * copies, and the window offers them back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "alignment-types.h"

G_BEGIN_DECLS

typedef struct
{
  char      *key;        /* stable for one open case: see alignment_recovery_new_key() */
  GFile     *copy;       /* the recovery copy itself */
  GFile     *origin;     /* the file the case came from; NULL for a new case */
  char      *title;      /* the case's title when the copy was written */
  GDateTime *written;    /* when the copy was written */
} AlignmentRecoveryEntry;

void        alignment_recovery_entry_free (AlignmentRecoveryEntry *entry);

/* A new key for a case that gets recovery copies. */
char       *alignment_recovery_new_key    (void);

/* The folder of recovery copies: "recovery" in the user's data folder
 * of the app. */
GFile      *alignment_recovery_get_folder (void);

/* Writes (atomically, replacing the last one) the recovery copy of
 * @kase under @key in @folder, with @origin for the restore dialog. */
gboolean    alignment_recovery_save       (GFile          *folder,
                                           const char     *key,
                                           AlignmentCase  *kase,
                                           GFile          *origin,
                                           GError        **error);

/* Removes the recovery copy of @key, if there is one. */
void        alignment_recovery_discard    (GFile          *folder,
                                           const char     *key);

/* The recovery copies in @folder, newest first: a GPtrArray of
 * AlignmentRecoveryEntry that frees its items.  A copy whose description
 * is missing or damaged is still listed (nothing is hidden), with no
 * origin and the copy's own time. */
GPtrArray  *alignment_recovery_list       (GFile          *folder);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AlignmentRecoveryEntry, alignment_recovery_entry_free)

G_END_DECLS
