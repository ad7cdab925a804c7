/* alignment-core.h: everything of the core library
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "alignment-types.h"
#include "alignment-enums.h"
#include "alignment-date.h"
#include "alignment-signal.h"
#include "alignment-signal-list.h"
#include "alignment-stakeholder.h"
#include "alignment-lesson.h"
#include "alignment-thread-record.h"
#include "alignment-governance.h"
#include "alignment-case.h"
#include "alignment-case-xml.h"
#include "alignment-check.h"
#include "alignment-analysis.h"
#include "alignment-findings.h"
#include "alignment-generate.h"
#include "alignment-sheet.h"
#include "alignment-import.h"
#include "alignment-export.h"
#include "alignment-sheet-writer.h"
#include "alignment-form.h"
#include "alignment-history.h"
#include "alignment-document.h"
