/* alignment-case-xml-read-private.h: what the parts of the loader share
 *
 * The loader streams a file through libxml2's xmlTextReader.  Its reader
 * loop (alignment-case-xml-read.c), its element handlers
 * (alignment-case-xml-read-elements.c) and its error reporting
 * (alignment-case-xml-read-errors.c) work on one Loader.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <libxml/relaxng.h>
#include <libxml/xmlreader.h>

#include "alignment-case.h"
#include "alignment-case-xml.h"
#include "alignment-case-xml-private.h"
#include "alignment-governance.h"
#include "alignment-lesson.h"
#include "alignment-signal.h"
#include "alignment-stakeholder.h"
#include "alignment-survey-item.h"
#include "alignment-survey-response.h"
#include "alignment-survey-round.h"
#include "alignment-thread-record.h"

G_BEGIN_DECLS

/* Deeper than any element of the format; foreign subtrees are skipped
 * whole and never count. */
#define MAX_DEPTH 8

typedef enum
{
  ELEMENT_CASE,
  ELEMENT_TEXT,
  ELEMENT_PERIOD,
  ELEMENT_STAKEHOLDERS,
  ELEMENT_STAKEHOLDER,
  ELEMENT_LESSONS,
  ELEMENT_THREADS,
  ELEMENT_THREAD,
  ELEMENT_SIGNALS,
  ELEMENT_SIGNAL,
  ELEMENT_TRUST,
  ELEMENT_ESTIMATE,
  ELEMENT_SURVEY,
  ELEMENT_QUESTIONNAIRE,
  ELEMENT_SURVEY_ROUND,
  ELEMENT_SURVEY_RESPONSE,
  ELEMENT_SURVEY_ANSWER,
  ELEMENT_EXCHANGE,
  ELEMENT_CONFLICT,
  ELEMENT_BASE,
  ELEMENT_GOVERNANCE,
  ELEMENT_BOARDS,
  ELEMENT_BOARD,
  ELEMENT_LEVELS,
  ELEMENT_LEVEL,
} ElementKind;

/* The elements that hold text, and where it goes. */
typedef enum
{
  FIELD_TITLE,
  FIELD_CUSTOMER,
  FIELD_PROVIDER,
  FIELD_CONTEXT,
  FIELD_NAME,
  FIELD_FUNCTION,
  FIELD_LESSON,
  FIELD_THREAD_TITLE,
  FIELD_THREAD_STORY,
  FIELD_TRIGGER,
  FIELD_RECIPIENTS,
  FIELD_MESSAGE,
  FIELD_GOAL,
  FIELD_REACTION,
  FIELD_SURVEY_ITEM,
  FIELD_BOARD_NAME,
  FIELD_BOARD_CADENCE,
  FIELD_LEVEL_NAME,
  FIELD_LEVEL_COVERS,
  FIELD_REPORT,
} Field;

typedef struct
{
  ElementKind  kind;
  Field        field;
  guint        line;
  guint        n_texts;
  const char  *name;    /* the element's local name, from libxml2's dictionary */
} Frame;

/* The first problem libxml2 reported, copied out of its error struct. */
typedef struct
{
  gboolean  set;
  int       domain;
  int       code;
  int       line;
  int       int1;
  char     *message;
  char     *str1;
  char     *str2;
} XmlProblem;

typedef struct
{
  xmlTextReaderPtr        reader;
  xmlRelaxNGValidCtxtPtr  validator;
  const char             *name;
  const PrologScanner    *scan;
  const char             *data;          /* when loading from memory */
  gsize                   length;
  gsize                   newlines_read; /* when streaming */
  gboolean                streaming;
  gboolean                keep_partial;  /* see alignment_case_load_partial() */
  GCancellable           *cancellable;
  GError                 *error;
  XmlProblem              problem;

  AlignmentCase          *kase;
  GPtrArray              *signals;       /* AlignmentSignal, owned */
  GArray                 *signal_lines;  /* guint, per signal */
  AlignmentSignal        *signal;        /* the one being read */
  AlignmentStakeholder   *stakeholder;
  AlignmentLesson        *lesson;
  AlignmentThreadRecord  *thread_record;
  AlignmentBoard         *board;
  AlignmentEscalationLevel *level;
  guint                   trust_parties; /* bit per party rated (and estimated, + 4) in this signal */
  AlignmentSurveyItem    *survey_item;
  AlignmentSurveyRound   *survey_round;
  AlignmentSurveyResponse *survey_response;

  Frame                   frames[MAX_DEPTH];
  guint                   open;          /* elements open: frames in use */
  gboolean                seen_root;
  const xmlNs            *root_ns;       /* see alignment_xml_loader_is_ours() */
  xmlNodePtr              full_node;     /* validated as a whole, see validate_push() */
  guint                   text_end_line; /* where the last text node ended */
  guint                   n_nodes;
} Loader;

/* alignment-case-xml-read-errors.c */
void      alignment_xml_problem_clear              (XmlProblem         *problem);
void      alignment_xml_loader_on_error            (void               *data,
                                                    xmlErrorPtr         error);
void      alignment_xml_loader_fail                (Loader             *self,
                                                    AlignmentXmlError   code,
                                                    guint               line,
                                                    const char         *format,
                                                    ...) G_GNUC_PRINTF (4, 5);
void      alignment_xml_loader_fail_from_parser    (Loader             *self);
void      alignment_xml_loader_fail_from_validator (Loader             *self,
                                                    guint               line,
                                                    xmlNodePtr          node,
                                                    Frame              *frame,
                                                    gboolean            closing);
void      alignment_xml_loader_fail_forbidden      (Loader             *self,
                                                    guint               line);
guint     alignment_xml_count_newlines             (const char         *data,
                                                    gsize               length);

/* alignment-case-xml-read-elements.c */
gboolean  alignment_xml_loader_is_ours             (Loader             *self,
                                                    xmlNodePtr          node);
gboolean  alignment_xml_child_kind                 (ElementKind         parent,
                                                    const char         *name,
                                                    ElementKind        *kind,
                                                    Field              *field);
void      alignment_xml_loader_read_case           (Loader             *self,
                                                    guint               line,
                                                    xmlNodePtr          node);
void      alignment_xml_loader_read_attributes     (Loader             *self,
                                                    ElementKind         kind,
                                                    Field               field,
                                                    guint               line,
                                                    xmlNodePtr          node);
void      alignment_xml_loader_add_text            (Loader             *self,
                                                    Frame              *frame,
                                                    const char         *text);
/* A signal of <base>: the state last exchanged, not one of the case's. */
void      alignment_xml_loader_add_base_signal     (Loader             *self,
                                                    AlignmentSignal    *signal);
/* The base's stakeholders (ELEMENT_STAKEHOLDERS) or lessons
 * (ELEMENT_LESSONS), made empty on first use. */
GListStore *alignment_xml_loader_base_list         (Loader             *self,
                                                    ElementKind         kind);

/* alignment-case-xml-read-survey.c */
void      alignment_xml_loader_read_survey         (Loader             *self,
                                                    ElementKind         kind,
                                                    Field               field,
                                                    guint               line,
                                                    xmlNodePtr          node);
void      alignment_xml_loader_end_survey          (Loader             *self,
                                                    ElementKind         kind,
                                                    Field               field);
void      alignment_xml_loader_clear_survey        (Loader             *self);

/* alignment-case-xml-read-governance.c */
void      alignment_xml_loader_start_governance    (Loader             *self,
                                                    ElementKind         kind,
                                                    guint               line,
                                                    xmlNodePtr          node);
void      alignment_xml_loader_end_governance      (Loader             *self,
                                                    ElementKind         kind);
gboolean  alignment_xml_loader_read_level_number   (Loader             *self,
                                                    guint               line,
                                                    const char         *value,
                                                    guint              *number);
const char *alignment_xml_loader_governance_field_get (Loader          *self,
                                                    Field               field);
void      alignment_xml_loader_governance_field_set (Loader            *self,
                                                    Field               field,
                                                    const char         *text);

G_END_DECLS
