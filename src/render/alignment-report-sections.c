/* alignment-report-sections.c: what the review report says, section by section
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "alignment-report-private.h"

/* The signals whose start date falls in the report's period. */
static gboolean
in_period (AlignmentReport *self,
           AlignmentSignal *signal)
{
  guint32 day = alignment_signal_get_start_julian (signal);

  return day != 0 && (self->from == 0 || day >= self->from) && (self->to == 0 || day <= self->to);
}

static void
add_paragraph (AlignmentReport *self,
               const char      *text)
{
  g_autofree char *escaped = report_escape (text);

  report_add_text (self, escaped, REPORT_BODY_SIZE);
}

static void
add_cover (AlignmentReport *self)
{
  AlignmentSignal **signals;
  guint n_signals = 0, n_undated = 0, n_no_sender = 0, n_unrated = 0, n_in_period = 0;
  g_autofree char *title = report_escape (self->title);
  g_autofree char *markup = NULL;
  const double widths[2] = { 0.4, 0.6 };
  const char *customer = alignment_case_get_customer_name (self->kase);
  const char *provider = alignment_case_get_provider_name (self->kase);
  ReportBlock *block;

  signals = alignment_case_peek_signals (self->kase, &n_signals);
  for (guint i = 0; i < n_signals; i++)
    {
      gboolean rated = TRUE;

      if (alignment_signal_get_start_julian (signals[i]) == 0)
        n_undated++;
      if (alignment_signal_get_sender (signals[i]) == ALIGNMENT_PARTY_UNKNOWN)
        n_no_sender++;
      for (guint p = 0; p < ALIGNMENT_N_PARTIES; p++)
        for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
          if (alignment_signal_get_impact (signals[i], p == 0 ? ALIGNMENT_PARTY_CUSTOMER : ALIGNMENT_PARTY_PROVIDER, r)
              == ALIGNMENT_IMPACT_UNKNOWN)
            rated = FALSE;
      if (!rated)
        n_unrated++;
      if (in_period (self, signals[i]))
        n_in_period++;
    }

  block = report_add_text (self, T (N_("Review report")), REPORT_H2_SIZE);
  block->space_before = 4 * REPORT_H1_SIZE;
  markup = g_strdup_printf ("<b>%s</b>", title);
  block = report_add_text (self, markup, 1.6 * REPORT_H1_SIZE);
  block->space_after = REPORT_H1_SIZE;

  {
    g_autofree char *c = report_escape (customer != NULL && customer[0] ? customer : T (N_("Customer")));
    g_autofree char *p = report_escape (provider != NULL && provider[0] ? provider : T (N_("Service provider")));
    g_autofree char *period = report_escape (self->period);
    g_autofree char *made = report_escape (self->made);
    g_autofree char *n_period = g_strdup_printf ("%u", n_in_period);
    const char *rows[][2] = {
      { T (N_("Customer")), c },
      { T (N_("Service provider")), p },
      { T (N_("Period")), period },
      { T (N_("Made on")), made },
      { T (N_("Signals in the period")), n_period },
    };

    for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
      {
        const char *cells[2] = { rows[i][0], rows[i][1] };

        report_add_row (self, widths, 2, cells, FALSE);
      }
  }

  report_add_subheading (self, T (N_("Data completeness")));
  {
    g_autofree char *all = g_strdup_printf ("%u", n_signals);
    g_autofree char *undated = g_strdup_printf ("%u", n_undated);
    g_autofree char *no_sender = g_strdup_printf ("%u", n_no_sender);
    g_autofree char *unrated = g_strdup_printf ("%u", n_unrated);
    const char *rows[][2] = {
      { T (N_("Signals in the case")), all },
      { T (N_("Signals without a start date")), undated },
      { T (N_("Signals without a sender")), no_sender },
      { T (N_("Signals with a trust rating missing")), unrated },
    };

    for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
      {
        const char *cells[2] = { rows[i][0], rows[i][1] };

        report_add_row (self, widths, 2, cells, FALSE);
      }
  }
  if (n_undated + n_no_sender + n_unrated == 0)
    add_paragraph (self, T (N_("Every signal has a date, a sender and all six trust ratings.")));
  else
    add_paragraph (self, T (N_("Signals without a date are left out of every figure of the period; a missing trust rating counts as no change.")));
}

void
report_build (AlignmentReport *self)
{
  add_cover (self);
}
