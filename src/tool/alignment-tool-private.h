/* alignment-tool-private.h: what the commands of alignment-tool share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "alignment-core.h"

G_BEGIN_DECLS

/* The exit statuses, as --help documents them. */
enum
{
  EXIT_OK = 0,
  EXIT_INVALID = 1, /* unreadable or invalid input, semantic errors */
  EXIT_USAGE = 2,   /* unknown command or option, missing argument */
};

int             alignment_tool_usage_error         (const char          *command,
                                                    const char          *message);
/* What the reports of the case print as: --format text, csv or json. */
typedef enum
{
  FORMAT_TEXT,
  FORMAT_CSV,
  FORMAT_JSON,
} OutputFormat;

/* Reads --format @name into @format; NULL leaves it.  FALSE, after the
 * usage error of @command, for another. */
gboolean        alignment_tool_parse_format        (const char          *command,
                                                    const char          *name,
                                                    OutputFormat        *format);

/* Reads option @option's date @text (YYYY-MM-DD) into @julian; NULL
 * leaves it.  FALSE, after the usage error of @command, for another. */
gboolean        alignment_tool_parse_day           (const char          *command,
                                                    const char          *text,
                                                    const char          *option,
                                                    guint32             *julian);
GOptionContext *alignment_tool_command_context_new (const char          *command,
                                                    const char          *parameters,
                                                    const char          *summary,
                                                    const GOptionEntry  *entries);
gboolean        alignment_tool_command_parse       (GOptionContext      *context,
                                                    const char          *command,
                                                    int                 *argc,
                                                    char              ***argv);
void            alignment_tool_print_load_error    (const char          *path,
                                                    const GError        *error);
AlignmentCase  *alignment_tool_load_case           (const char          *path);
gboolean        alignment_tool_emit_report         (const char          *report,
                                                    const char          *path);
gboolean        alignment_tool_save_new_case       (AlignmentCase       *self,
                                                    const char          *output);

/* Shared by the commands (alignment-tool.c).  The value of @type whose
 * GEnum nick is @nick ("week", "gap"). */
gboolean        alignment_tool_enum_from_nick      (GType                type,
                                                    const char          *nick,
                                                    int                 *result);
const char     *alignment_tool_enum_nick           (GType                type,
                                                    int                  value);
/* Appends @text as a JSON string, quoted and escaped; a day as an ISO
 * date string, or null for 0. */
void            alignment_tool_json_append_string  (GString             *out,
                                                    const char          *text);
void            alignment_tool_json_append_day     (GString             *out,
                                                    guint32              julian);

/* alignment-tool-exchange.c */
int             alignment_tool_command_import      (int                  argc,
                                                    char               **argv);
int             alignment_tool_command_export      (int                  argc,
                                                    char               **argv);

/* alignment-tool-render.c: "render timeline|heatmap …" */
int             alignment_tool_command_render      (int                  argc,
                                                    char               **argv);
/* alignment-tool-render-timeline.c, alignment-tool-render-heatmap.c: the
 * same arguments as alignment_tool_command_render(), past the figure's
 * name */
int             alignment_tool_render_timeline     (int                  argc,
                                                    char               **argv);
int             alignment_tool_render_heatmap      (int                  argc,
                                                    char               **argv);
/* alignment-tool-render-survey.c: "render survey|survey-form …" */
int             alignment_tool_render_survey       (int                  argc,
                                                    char               **argv);
int             alignment_tool_render_survey_form  (int                  argc,
                                                    char               **argv);
int             alignment_tool_render_report       (int                  argc,
                                                    char               **argv);

/* alignment-tool-analyse.c */
int             alignment_tool_command_analyse     (int                  argc,
                                                    char               **argv);

/* alignment-tool-survey.c: "survey import|scores …" */
int             alignment_tool_command_survey      (int                  argc,
                                                    char               **argv);
/* alignment-tool-agreement.c */
int             alignment_tool_command_agreement   (int                  argc,
                                                    char               **argv);

/* alignment-tool-merge.c */
int             alignment_tool_command_merge       (int                  argc,
                                                    char               **argv);
int             alignment_tool_command_share       (int                  argc,
                                                    char               **argv);

G_END_DECLS
