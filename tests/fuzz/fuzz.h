/* fuzz.h: what every harness shares
 *
 * Each harness defines LLVMFuzzerTestOneInput().  Built with clang and
 * -fsanitize=fuzzer (build-aux/fuzz) it is a libFuzzer fuzzer; otherwise
 * standalone.c gives it a main() that runs the files it is given, so the
 * seed corpus and every crash ever found run as tests in every build.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);
