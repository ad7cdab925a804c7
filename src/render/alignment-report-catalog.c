/* alignment-report-catalog.c: reads a compiled gettext catalogue
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "alignment-report-catalog.h"

#define MO_MAGIC         0x950412deU
#define MO_MAGIC_SWAPPED 0xde120495U

struct _ReportCatalog
{
  char       *data;
  gsize       length;
  GHashTable *strings;   /* msgid → translation, both inside @data */
  GHashTable *lengths;   /* msgid → length of the translation, all forms */
};

static gboolean
read_u32 (const ReportCatalog *self,
          gsize                offset,
          gboolean             swapped,
          guint32             *value)
{
  guint32 v;

  if (offset > self->length || self->length - offset < 4)
    return FALSE;
  memcpy (&v, self->data + offset, 4);
  *value = swapped ? GUINT32_SWAP_LE_BE (v) : v;
  return TRUE;
}

/* The string of table entry @index at @table: FALSE when it points
 * outside the file or is not terminated. */
static gboolean
read_entry (const ReportCatalog *self,
            guint32              table,
            guint32              index,
            gboolean             swapped,
            const char         **text,
            guint32             *length)
{
  guint32 offset;

  if (!read_u32 (self, (gsize) table + 8 * (gsize) index, swapped, length)
      || !read_u32 (self, (gsize) table + 8 * (gsize) index + 4, swapped, &offset)
      || offset >= self->length || self->length - offset <= *length
      || self->data[offset + *length] != '\0')
    return FALSE;
  *text = self->data + offset;
  return TRUE;
}

static gboolean
parse (ReportCatalog *self)
{
  guint32 magic, n, originals, translations;
  gboolean swapped;

  if (!read_u32 (self, 0, FALSE, &magic) || (magic != MO_MAGIC && magic != MO_MAGIC_SWAPPED))
    return FALSE;
  swapped = magic == MO_MAGIC_SWAPPED;
  if (!read_u32 (self, 8, swapped, &n)
      || !read_u32 (self, 12, swapped, &originals)
      || !read_u32 (self, 16, swapped, &translations))
    return FALSE;

  for (guint32 i = 0; i < n; i++)
    {
      const char *msgid, *msgstr;
      guint32 msgid_length, msgstr_length;

      if (!read_entry (self, originals, i, swapped, &msgid, &msgid_length)
          || !read_entry (self, translations, i, swapped, &msgstr, &msgstr_length))
        return FALSE;
      /* The header (msgid "") is not a translation. */
      if (msgid[0] == '\0')
        continue;
      /* A plural's msgid holds both forms; the key is the singular. */
      g_hash_table_insert (self->strings, (char *) msgid, (char *) msgstr);
      g_hash_table_insert (self->lengths, (char *) msgid, GUINT_TO_POINTER (msgstr_length));
    }

  return TRUE;
}

const char *
report_catalog_pick_language (const char *language)
{
  const char * const *names;

  if (language != NULL)
    return g_str_has_prefix (language, "nl") ? "nl" : "en";

  names = g_get_language_names ();
  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_has_prefix (names[i], "nl"))
        return "nl";
      if (g_str_has_prefix (names[i], "en") || strcmp (names[i], "C") == 0)
        return "en";
    }
  return "en";
}

ReportCatalog *
report_catalog_load (const char *language)
{
  const char *dirs[] = { g_getenv ("ALIGNMENT_LOCALEDIR"), LOCALEDIR };
  ReportCatalog *self;

  if (language == NULL || strcmp (language, "en") == 0)
    return NULL;

  self = g_new0 (ReportCatalog, 1);
  for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
    {
      g_autofree char *path = NULL;

      if (dirs[i] == NULL || dirs[i][0] == '\0')
        continue;
      path = g_build_filename (dirs[i], language, "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
      if (g_file_get_contents (path, &self->data, &self->length, NULL))
        break;
    }

  if (self->data == NULL)
    {
      g_free (self);
      return NULL;
    }

  self->strings = g_hash_table_new (g_str_hash, g_str_equal);
  self->lengths = g_hash_table_new (g_str_hash, g_str_equal);
  if (!parse (self))
    {
      report_catalog_free (self);
      return NULL;
    }

  return self;
}

void
report_catalog_free (ReportCatalog *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->strings, g_hash_table_unref);
  g_clear_pointer (&self->lengths, g_hash_table_unref);
  g_free (self->data);
  g_free (self);
}

const char *
report_catalog_lookup (ReportCatalog *self,
                       const char    *msgid,
                       const char    *plural,
                       gulong         n)
{
  const char *msgstr;
  gsize length;

  if (self == NULL || (msgstr = g_hash_table_lookup (self->strings, msgid)) == NULL)
    return NULL;
  if (plural == NULL || n == 1)
    return msgstr[0] != '\0' ? msgstr : NULL;

  /* The second form follows the first's NUL, when there is one. */
  length = GPOINTER_TO_UINT (g_hash_table_lookup (self->lengths, msgid));
  if (strlen (msgstr) + 1 < length)
    msgstr += strlen (msgstr) + 1;
  return msgstr[0] != '\0' ? msgstr : NULL;
}
