/* alignment-i18n.c: the core's and the render layer's messages, in the
 * process's language or in a document's own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "alignment-i18n.h"

typedef struct
{
  AlignmentTranslateFunc func;
  gpointer               user_data;
} Translator;

static GPrivate current = G_PRIVATE_INIT (g_free);

gpointer
alignment_i18n_set_thread_translator (AlignmentTranslateFunc func,
                                      gpointer               user_data)
{
  Translator *previous = g_private_get (&current);
  Translator *translator = NULL;

  if (func != NULL)
    {
      translator = g_new (Translator, 1);
      translator->func = func;
      translator->user_data = user_data;
    }
  /* g_private_set(), not _replace(): the caller keeps the one before. */
  g_private_set (&current, translator);
  return previous;
}

void
alignment_i18n_restore_thread_translator (gpointer previous)
{
  g_free (g_private_get (&current));
  g_private_set (&current, previous);
}

static const char *
translate (const char *msgid,
           const char *msgid_plural,
           gulong      n)
{
  Translator *translator = g_private_get (&current);

  if (translator == NULL)
    return NULL;
  return translator->func (msgid, msgid_plural, n, translator->user_data);
}

/* With a translator, a message it has not is left in English: the
 * process's language is not the document's. */
const char *
alignment_i18n_gettext (const char *msgid)
{
  const char *translated;

  if (g_private_get (&current) == NULL)
    return g_dgettext (GETTEXT_PACKAGE, msgid);
  translated = translate (msgid, NULL, 1);
  return translated != NULL ? translated : msgid;
}

const char *
alignment_i18n_ngettext (const char *msgid,
                         const char *msgid_plural,
                         gulong      n)
{
  const char *translated;

  if (g_private_get (&current) == NULL)
    return g_dngettext (GETTEXT_PACKAGE, msgid, msgid_plural, n);
  translated = translate (msgid, msgid_plural, n);
  if (translated != NULL)
    return translated;
  return n == 1 ? msgid : msgid_plural;
}

const char *
alignment_i18n_pgettext (const char *msgctxid,
                         gsize       msgidoffset)
{
  const char *translated;

  if (g_private_get (&current) == NULL)
    return g_dpgettext (GETTEXT_PACKAGE, msgctxid, msgidoffset);
  translated = translate (msgctxid, NULL, 1);
  return translated != NULL ? translated : msgctxid + msgidoffset;
}

/* TRANSLATORS: a month's name, as in a long date ("3 March 2024") */
static const char * const month_names[12] = {
  NC_("month name", "January"), NC_("month name", "February"), NC_("month name", "March"),
  NC_("month name", "April"), NC_("month name", "May"), NC_("month name", "June"),
  NC_("month name", "July"), NC_("month name", "August"), NC_("month name", "September"),
  NC_("month name", "October"), NC_("month name", "November"), NC_("month name", "December"),
};
/* TRANSLATORS: a month's short name, as on a timeline's axis ("Mar") */
static const char * const month_abbreviations[12] = {
  NC_("month abbreviation", "Jan"), NC_("month abbreviation", "Feb"), NC_("month abbreviation", "Mar"),
  NC_("month abbreviation", "Apr"), NC_("month abbreviation", "May"), NC_("month abbreviation", "Jun"),
  NC_("month abbreviation", "Jul"), NC_("month abbreviation", "Aug"), NC_("month abbreviation", "Sep"),
  NC_("month abbreviation", "Oct"), NC_("month abbreviation", "Nov"), NC_("month abbreviation", "Dec"),
};

static const char *
month_name (int      month,
            gboolean abbreviated)
{
  const char *context, *msgid, *translated;
  g_autofree char *key = NULL;

  g_return_val_if_fail (month >= 1 && month <= 12, "");

  if (abbreviated)
    {
      context = "month abbreviation";
      msgid = month_abbreviations[month - 1];
    }
  else
    {
      context = "month name";
      msgid = month_names[month - 1];
    }
  key = g_strconcat (context, "\004", msgid, NULL);
  translated = translate (key, NULL, 1);
  return translated != NULL ? translated : msgid;
}

char *
alignment_i18n_format_date_time (GDateTime  *date_time,
                                 const char *format)
{
  g_autoptr(GString) own = NULL;

  if (g_private_get (&current) == NULL)
    return g_date_time_format (date_time, format);

  /* The month's names go in as text ('%' doubled), the rest stays for
   * g_date_time_format(). */
  own = g_string_new (NULL);
  for (const char *p = format; *p != '\0'; p++)
    {
      if (*p == '%' && (p[1] == 'b' || p[1] == 'B'))
        {
          const char *name = month_name (g_date_time_get_month (date_time), p[1] == 'b');

          for (const char *c = name; *c != '\0'; c++)
            {
              if (*c == '%')
                g_string_append_c (own, '%');
              g_string_append_c (own, *c);
            }
          p++;
        }
      else if (*p == '%' && p[1] != '\0')
        {
          g_string_append_c (own, *p++);
          g_string_append_c (own, *p);
        }
      else
        g_string_append_c (own, *p);
    }
  return g_date_time_format (date_time, own->str);
}
