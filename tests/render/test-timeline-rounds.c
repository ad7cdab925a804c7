/* test-timeline-rounds.c: survey rounds in the timeline's trust strip
 *
 * The example case with two dated rounds and an undated one: where the
 * marks go, what they say (with and without the scores), hit testing,
 * the text on hover, and the scores in a PDF.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "alignment-core.h"
#include "alignment-timeline-layout.h"
#include "alignment-timeline-painter.h"
#include "../test-example.h"

static guint32
day (const char *iso)
{
  guint32 julian = alignment_date_parse_iso (iso);

  g_assert_cmpuint (julian, !=, 0);
  return julian;
}

static void
add_round (AlignmentCase *kase,
           const char    *name,
           const char    *iso,
           const char    *customer,
           const char    *provider)
{
  g_autoptr(AlignmentSurveyRound) round = alignment_survey_round_new (name, iso != NULL ? day (iso) : 0);

  if (customer != NULL)
    {
      g_autoptr(AlignmentSurveyResponse) r = alignment_survey_response_new (ALIGNMENT_PARTY_CUSTOMER);

      g_assert_true (alignment_survey_response_set_answers (r, customer));
      g_list_store_append (alignment_survey_round_get_responses (round), r);
    }
  if (provider != NULL)
    {
      g_autoptr(AlignmentSurveyResponse) r = alignment_survey_response_new (ALIGNMENT_PARTY_PROVIDER);

      g_assert_true (alignment_survey_response_set_answers (r, provider));
      g_list_store_append (alignment_survey_round_get_responses (round), r);
    }
  alignment_case_add_survey_round (kase, round);
}

/* The example with a round in March (the customer answered 7 to all:
 * Contractual 7.00, Operational 4.00, Relational 2.50; the provider 4
 * to all: 4.00 everywhere), an undated one, and one in May. */
static AlignmentCase *
example_with_rounds (void)
{
  AlignmentCase *kase = load_example ();

  add_round (kase, "Q1 2024 review", "2024-03-15", "777777777777", "444444444444");
  add_round (kase, "Undated", NULL, "111111111111", NULL);
  add_round (kase, "Q2 2024 review", "2024-05-10", NULL, "5555555555--");
  return kase;
}

static AlignmentTimelineLayout *
layout_of (AlignmentTimelineData *data,
           gboolean               trust_strip,
           gboolean               scores)
{
  AlignmentTimelineOptions options;

  alignment_timeline_options_init (&options, data);
  options.width = 1600;
  options.height = 700;
  options.first_day = day ("2024-01-25");
  options.last_day = day ("2024-05-20");
  options.today = 0;
  options.trust_strip = trust_strip;
  options.round_scores = scores;
  return alignment_timeline_layout_new (data, &options);
}

static const AlignmentTimelineRoundMark *
mark_at (AlignmentTimelineLayout *layout,
         guint                    n)
{
  g_assert_cmpuint (n, <, layout->rounds->len);
  return &g_array_index (layout->rounds, AlignmentTimelineRoundMark, n);
}

static void
test_rounds_layout (void)
{
  g_autoptr(AlignmentCase) kase = example_with_rounds ();
  g_autoptr(AlignmentCase) plain = load_example ();
  g_autoptr(AlignmentTimelineData) data = alignment_timeline_data_new_for_case (kase);
  g_autoptr(AlignmentTimelineData) plain_data = alignment_timeline_data_new_for_case (plain);
  g_autoptr(AlignmentTimelineLayout) layout = layout_of (data, TRUE, TRUE);
  g_autoptr(AlignmentTimelineLayout) plain_layout = layout_of (plain_data, TRUE, TRUE);
  const AlignmentTimelineRect *row = &layout->rounds_row;
  double f = layout->font_size;

  /* The undated round has no place on a time axis. */
  g_assert_cmpuint (alignment_timeline_data_get_n_rounds (data), ==, 2);
  g_assert_cmpuint (layout->rounds->len, ==, 2);

  /* A row of its own right under the strip, above the legend, that the
   * lanes gave up; a case without rounds keeps its old frame. */
  g_assert_cmpfloat (row->height, >, f);
  g_assert_cmpfloat (fabs (row->y - (layout->strip.y + layout->strip.height)), <, 0.5 * f);
  g_assert_cmpfloat (row->y + row->height, <=, layout->legend.y);
  g_assert_cmpfloat (plain_layout->rounds_row.height, ==, 0);
  g_assert_cmpuint (plain_layout->rounds->len, ==, 0);
  g_assert_cmpfloat (fabs (plain_layout->plot.height - layout->plot.height - row->height), <, 0.01);

  for (guint i = 0; i < 2; i++)
    {
      const AlignmentTimelineRoundMark *mark = mark_at (layout, i);
      const char *iso = i == 0 ? "2024-03-15" : "2024-05-10";

      /* At the middle of its day, its diamond inside the row. */
      g_assert_cmpfloat (fabs (mark->x - alignment_timeline_layout_day_to_x (layout, day (iso) + 0.5)), <, 0.01);
      g_assert_cmpfloat (mark->marker.y, >=, row->y);
      g_assert_cmpfloat (mark->marker.y + mark->marker.height, <=, row->y + row->height);
      g_assert_cmpfloat (mark->label.width, >, 0);
      g_assert_cmpfloat (mark->label.x + mark->label.width, <=, row->x + row->width);
    }

  /* In print, the scores beside the name: contractual / operational /
   * relational per party, a realm without enough answers as a dash. */
  g_assert_cmpstr (mark_at (layout, 0)->text, ==,
                   "Q1 2024 review: Shipbuilder (customer) 7.00 / 4.00 / 2.50 · IT service provider 4.00 / 4.00 / 4.00");
  g_assert_cmpuint (mark_at (layout, 0)->index, ==, 0);
  g_assert_cmpstr (mark_at (layout, 1)->text, ==, "Q2 2024 review: IT service provider 5.00 / 4.00 / –");
  /* The first label is right of its diamond; the second, too long for
   * what is left of the plot, goes left of its own, after the first. */
  g_assert_cmpfloat (mark_at (layout, 0)->label.x, >, mark_at (layout, 0)->x);
  g_assert_cmpfloat (mark_at (layout, 1)->label.x + mark_at (layout, 1)->label.width, <, mark_at (layout, 1)->x);
  g_assert_cmpfloat (mark_at (layout, 0)->label.x + mark_at (layout, 0)->label.width, <, mark_at (layout, 1)->label.x);
}

/* Operational is items 5 to 8, relational 9 to 12: 7s score 4.00 and
 * 2.50 there (issue 16's example).  The expected text above says which
 * realm comes where; this pins that order against the core's scores. */
static void
test_rounds_order_of_realms (void)
{
  g_autoptr(AlignmentCase) kase = example_with_rounds ();
  g_autoptr(AlignmentSurveyRound) round = g_list_model_get_item (G_LIST_MODEL (alignment_case_get_survey_rounds (kase)), 0);
  AlignmentSurveyScore scores[ALIGNMENT_N_PARTIES][ALIGNMENT_N_REALMS];

  alignment_survey_score_round (round, G_LIST_MODEL (alignment_case_get_survey_items (kase)), scores);
  g_assert_cmpfloat (fabs (scores[0][ALIGNMENT_REALM_CONTRACTUAL].mean - 7.0), <, 1e-9);
  g_assert_cmpfloat (fabs (scores[0][ALIGNMENT_REALM_OPERATIONAL].mean - 4.0), <, 1e-9);
  g_assert_cmpfloat (fabs (scores[0][ALIGNMENT_REALM_RELATIONAL].mean - 2.5), <, 1e-9);
}

static void
test_rounds_on_screen (void)
{
  g_autoptr(AlignmentCase) kase = example_with_rounds ();
  g_autoptr(AlignmentTimelineData) data = alignment_timeline_data_new_for_case (kase);
  g_autoptr(AlignmentTimelineLayout) layout = layout_of (data, TRUE, FALSE);
  g_autoptr(AlignmentTimelineLayout) no_strip = layout_of (data, FALSE, FALSE);
  const AlignmentTimelineRoundMark *mark;
  g_autofree char *text = NULL;

  /* The name alone; the scores come on hover. */
  mark = mark_at (layout, 0);
  g_assert_cmpstr (mark->text, ==, "Q1 2024 review");
  g_assert_cmpint (alignment_timeline_layout_hit_round (layout, mark->x, mark->marker.y + mark->marker.height / 2), ==, 0);
  g_assert_cmpint (alignment_timeline_layout_hit_round (layout, mark->label.x + mark->label.width / 2,
                                                        mark->label.y + mark->label.height / 2), ==, 0);
  g_assert_cmpint (alignment_timeline_layout_hit_round (layout, mark->x, layout->strip.y + 1), ==, -1);
  g_assert_cmpint (alignment_timeline_layout_hit_round (layout, mark_at (layout, 1)->x - 40, mark->marker.y + 1), ==, -1);

  text = alignment_timeline_layout_round_text (layout, 0);
  g_test_message ("%s", text);
  g_assert_true (g_str_has_prefix (text, "Survey round “Q1 2024 review”, "));
  g_assert_nonnull (strstr (text, "\nShipbuilder (customer) (1 respondent): Contractual 7.00, Operational 4.00, Relational 2.50"));
  g_assert_nonnull (strstr (text, "\nIT service provider (1 respondent): Contractual 4.00, Operational 4.00, Relational 4.00"));
  g_clear_pointer (&text, g_free);
  text = alignment_timeline_layout_round_text (layout, 1);
  g_assert_nonnull (strstr (text, "\nShipbuilder (customer): no scores"));
  g_assert_nonnull (strstr (text, "Relational –"));

  /* Without the strip there is no row for the rounds either. */
  g_assert_cmpuint (no_strip->rounds->len, ==, 0);
  g_assert_cmpfloat (no_strip->rounds_row.height, ==, 0);
  g_assert_cmpint (alignment_timeline_layout_hit_round (no_strip, mark->x, mark->marker.y + 1), ==, -1);
}

static gboolean
overlap (const AlignmentTimelineRect *a,
         const AlignmentTimelineRect *b)
{
  return a->width > 0 && b->width > 0
         && a->x < b->x + b->width && b->x < a->x + a->width
         && a->y < b->y + b->height && b->y < a->y + a->height;
}

/* Rounds a day apart: no label covers another or a diamond, and the
 * one in the middle, with no room either side, keeps only its diamond
 * (its name still shows on hover). */
static void
test_rounds_crowded (void)
{
  g_autoptr(AlignmentCase) kase = load_example ();
  g_autoptr(AlignmentTimelineData) data = NULL;
  g_autoptr(AlignmentTimelineLayout) layout = NULL;
  const AlignmentTimelineRoundMark *middle;

  add_round (kase, "A long name for the first round of the survey", "2024-03-01", "777777777777", NULL);
  add_round (kase, "Second", "2024-03-02", "777777777777", NULL);
  add_round (kase, "Third", "2024-03-03", "777777777777", NULL);
  data = alignment_timeline_data_new_for_case (kase);
  layout = layout_of (data, TRUE, TRUE);
  g_assert_cmpuint (layout->rounds->len, ==, 3);

  for (guint i = 0; i < layout->rounds->len; i++)
    for (guint j = 0; j < layout->rounds->len; j++)
      {
        g_assert_false (overlap (&mark_at (layout, i)->label, &mark_at (layout, j)->marker));
        if (i != j)
          g_assert_false (overlap (&mark_at (layout, i)->label, &mark_at (layout, j)->label));
      }

  middle = mark_at (layout, 1);
  g_assert_cmpfloat (middle->label.width, ==, 0);
  g_assert_cmpint (alignment_timeline_layout_hit_round (layout, middle->x, middle->marker.y + middle->marker.height / 2), ==, 1);
  g_assert_cmpfloat (mark_at (layout, 0)->label.width, >, 0);
  g_assert_cmpfloat (mark_at (layout, 2)->label.width, >, 0);
}

/* The whole story fits at first: a round after the last signal too. */
static void
test_rounds_in_range (void)
{
  g_autoptr(AlignmentCase) kase = load_example ();
  g_autoptr(AlignmentTimelineData) plain = alignment_timeline_data_new_for_case (kase);
  g_autoptr(AlignmentTimelineData) data = NULL;
  AlignmentTimelineOptions before, after;

  alignment_timeline_options_init (&before, plain);
  g_assert_cmpfloat (before.last_day, <, day ("2024-08-01"));
  add_round (kase, "Closing review", "2024-08-01", "777777777777", NULL);
  data = alignment_timeline_data_new_for_case (kase);
  alignment_timeline_options_init (&after, data);
  g_assert_cmpfloat (after.first_day, <=, before.first_day);
  g_assert_cmpfloat (after.first_day, >, before.first_day - 30);
  g_assert_cmpfloat (after.last_day, >, day ("2024-08-01") + 1);
}

static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* What is printed shows the scores the screen shows on hover. */
static void
test_rounds_in_pdf (void)
{
  g_autoptr(AlignmentCase) kase = example_with_rounds ();
  g_autoptr(AlignmentTimelineData) data = alignment_timeline_data_new_for_case (kase);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-timeline-rounds-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *text = NULL;
  AlignmentTimelineOptions options;

  g_assert_no_error (error);
  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext is not installed (Debian: poppler-utils): not checked");
      g_rmdir (dir);
      return;
    }

  path = g_build_filename (dir, "timeline.pdf", NULL);
  alignment_timeline_options_init (&options, data);
  options.width = 1190;
  options.height = 842;
  options.today = 0;
  g_assert_true (alignment_timeline_write_file (data, &options, NULL, path, 96, &error));
  g_assert_no_error (error);

  text = run ((const char *[]) { "pdftotext", "-raw", path, "-", NULL });
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "Survey rounds"));
  g_assert_nonnull (strstr (text, "Q1 2024 review: Shipbuilder (customer) 7.00 / 4.00 / 2.50"));
  g_assert_nonnull (strstr (text, "Q2 2024 review"));
  g_assert_null (strstr (text, "Undated"));

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/timeline-rounds/layout", test_rounds_layout);
  g_test_add_func ("/timeline-rounds/order-of-realms", test_rounds_order_of_realms);
  g_test_add_func ("/timeline-rounds/on-screen", test_rounds_on_screen);
  g_test_add_func ("/timeline-rounds/crowded", test_rounds_crowded);
  g_test_add_func ("/timeline-rounds/in-range", test_rounds_in_range);
  g_test_add_func ("/timeline-rounds/pdf", test_rounds_in_pdf);

  return g_test_run ();
}
