/* fuzz-date.c: the date parsers against any text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "alignment-core.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  gboolean had_year;
  guint32 julian;

  julian = alignment_date_parse_iso (text);
  if (julian != 0)
    {
      char buf[11];

      /* An ISO date reads back as itself. */
      alignment_date_format_iso (julian, buf);
      g_assert_cmpstr (buf, ==, text);
    }

  julian = alignment_date_parse_loose (text, 2024, &had_year);
  if (julian != 0)
    g_assert_true (g_date_valid_julian (julian));

  return 0;
}
