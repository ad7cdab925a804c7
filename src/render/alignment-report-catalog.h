/* alignment-report-catalog.h: the project's translations in any language
 *
 * The report is written in the language the user chose for it, which
 * need not be the app's, and no locale of that language need be
 * installed: gettext() follows the process's locale, so the report
 * reads the project's compiled catalogue (the .mo file) itself.  A
 * catalogue is read-only once loaded, so any thread may use it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _ReportCatalog ReportCatalog;

/* The catalogue of @language ("nl"), from $ALIGNMENT_LOCALEDIR (the
 * build tree's) or the installed locale directory; NULL when there is
 * none (then the sources' English is used). */
ReportCatalog *report_catalog_load   (const char    *language);
void           report_catalog_free   (ReportCatalog *self);

/* The translation of @msgid (with @plural: of the form for @n), or NULL
 * when the catalogue has none.  English and Dutch both use the singular
 * for one and the plural otherwise. */
const char    *report_catalog_lookup (ReportCatalog *self,
                                      const char    *msgid,
                                      const char    *plural,
                                      gulong         n);

/* "en" or "nl" for @language, or for the user's languages when NULL. */
const char    *report_catalog_pick_language (const char *language);

G_END_DECLS
