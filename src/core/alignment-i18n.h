/* alignment-i18n.h: the core's and the render layer's messages, in the
 * process's language or in a document's own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

G_BEGIN_DECLS

/* The translation of @msgid (with @msgid_plural: of its form for @n), or
 * NULL for none.  A message with a context comes as "context\004msgid",
 * as gettext's catalogues hold it. */
typedef const char *(*AlignmentTranslateFunc) (const char *msgid,
                                               const char *msgid_plural,
                                               gulong      n,
                                               gpointer    user_data);

/* While it is set, the messages made in this thread come from @func
 * instead of the process's language: a review report in Dutch is laid
 * out in a worker thread while the window goes on in English.  Returns
 * the thread's translator before, for
 * alignment_i18n_restore_thread_translator(). */
gpointer     alignment_i18n_set_thread_translator     (AlignmentTranslateFunc func,
                                                       gpointer               user_data);
void         alignment_i18n_restore_thread_translator (gpointer               previous);

const char  *alignment_i18n_gettext                   (const char            *msgid) G_GNUC_FORMAT (1);
const char  *alignment_i18n_ngettext                  (const char            *msgid,
                                                       const char            *msgid_plural,
                                                       gulong                 n) G_GNUC_FORMAT (1) G_GNUC_FORMAT (2);
const char  *alignment_i18n_pgettext                  (const char            *msgctxid,
                                                       gsize                  msgidoffset) G_GNUC_FORMAT (1);

/* g_date_time_format(), but with the month's name (%b and %B) in the
 * thread's language when it has a translator. */
char        *alignment_i18n_format_date_time          (GDateTime             *date_time,
                                                       const char            *format);

G_END_DECLS

/* In the core and the render layer, the usual marks go through the
 * thread's translator. */
#undef _
#define _(String) alignment_i18n_gettext (String)
#undef C_
#define C_(Context, String) alignment_i18n_pgettext (Context "\004" String, strlen (Context) + 1)
#undef ngettext
#define ngettext(Msgid, Plural, N) alignment_i18n_ngettext (Msgid, Plural, N)
