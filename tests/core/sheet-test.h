/* sheet-test.h: checking the rows of a sheet, for the tests of its
 * readers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "alignment-core.h"

static inline const AlignmentSheetRow *
sheet_test_row_at (const AlignmentSheet *sheet,
                   guint                 index)
{
  g_assert_cmpuint (index, <, sheet->rows->len);
  return g_ptr_array_index (sheet->rows, index);
}

/* The row at @index has the sheet row @number and exactly @cells
 * (NULL-terminated). */
static inline void
sheet_test_assert_row (const AlignmentSheet *sheet,
                       guint                 index,
                       guint                 number,
                       const char * const   *cells)
{
  const AlignmentSheetRow *row = sheet_test_row_at (sheet, index);

  g_assert_cmpuint (row->number, ==, number);
  g_assert_cmpuint (row->n_cells, ==, g_strv_length ((char **) cells));
  for (guint i = 0; cells[i] != NULL; i++)
    g_assert_cmpstr (row->cells[i], ==, cells[i]);
}
