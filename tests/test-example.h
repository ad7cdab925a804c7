/* test-example.h: the example case every test can start from
 *
 * The build points ALIGNMENT_EXAMPLE at data/examples/ (see
 * tests/meson.build).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "alignment-core.h"

static inline AlignmentCase *
load_example (void)
{
  const char *path = g_getenv ("ALIGNMENT_EXAMPLE");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  AlignmentCase *self;

  g_assert_nonnull (path);
  file = g_file_new_for_path (path);
  self = alignment_case_load (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (self);

  return self;
}
