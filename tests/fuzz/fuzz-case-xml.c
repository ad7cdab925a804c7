/* fuzz-case-xml.c: the case loader against any bytes
 *
 * Whatever the bytes, the loader returns a case or an error with a
 * message, within bounded memory; a loaded case also saves and loads
 * again to an equal case.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "alignment-core.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AlignmentCase) loaded = NULL;

  loaded = alignment_case_load_from_data ((const char *) data, size, "fuzz.alignment", &error);
  if (loaded == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }

  /* What loads must come back the same through a save. */
  {
    g_autoptr(GBytes) bytes = alignment_case_to_bytes (loaded);
    g_autoptr(AlignmentCase) again = NULL;
    gsize length;
    const char *text = g_bytes_get_data (bytes, &length);

    again = alignment_case_load_from_data (text, length, "again.alignment", &error);
    if (again == NULL)
      g_error ("a loaded case does not load again after saving: %s", error->message);
    g_assert_true (alignment_case_equal (loaded, again));
  }

  return 0;
}
