/* alignment-agreement-panel.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "alignment-agreement-panel.h"

#define N_CAT ALIGNMENT_AGREEMENT_N_CATEGORIES

struct _AlignmentAgreementPanel
{
  GtkWidget           parent_instance;

  AlignmentCase      *case_;
  GSignalGroup       *signals;     /* on the case's list, for its changes */
  AlignmentAgreement *agreement;

  GtkWidget          *scrolled;
  GtkWidget          *box;         /* rebuilt on every refresh */
  GtkWidget          *cells[ALIGNMENT_N_REALMS][N_CAT][N_CAT];
};

G_DEFINE_FINAL_TYPE (AlignmentAgreementPanel, alignment_agreement_panel, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_CASE,
  N_PROPS
};

enum
{
  SIGNALS_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint panel_signals[N_SIGNALS];

/* The categories as a person reads them in the table's headings. */
static const char *
category_label (guint category)
{
  static const AlignmentImpact impacts[N_CAT] = {
    ALIGNMENT_IMPACT_NEGATIVE, ALIGNMENT_IMPACT_SAME, ALIGNMENT_IMPACT_POSITIVE,
  };

  return alignment_enum_to_label (ALIGNMENT_TYPE_IMPACT, impacts[category]);
}

static AlignmentSignal *
signal_at (AlignmentAgreementPanel *self,
           guint                    position)
{
  return alignment_signal_list_get (alignment_case_get_signals (self->case_), position);
}

static void
emit_positions (AlignmentAgreementPanel *self,
                GArray                  *positions)
{
  if (positions->len > 0)
    g_signal_emit (self, panel_signals[SIGNALS_ACTIVATED], 0, positions);
}

static void
cell_clicked (GtkButton               *button,
              AlignmentAgreementPanel *self)
{
  GArray *cell = g_object_get_data (G_OBJECT (button), "cell");
  g_autoptr(GArray) positions = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < cell->len; i++)
    {
      guint position = g_array_index (cell, AlignmentAgreementItem, i).position;

      /* A signal both of whose impacts fall in one cell is listed once. */
      if (positions->len == 0 || g_array_index (positions, guint, positions->len - 1) != position)
        g_array_append_val (positions, position);
    }
  emit_positions (self, positions);
}

static void
differs_clicked (GtkButton               *button,
                 AlignmentAgreementPanel *self)
{
  emit_positions (self, g_object_get_data (G_OBJECT (button), "positions"));
}

/* "1a (the customer’s trust), 2a (the provider’s trust)" */
static char *
describe_items (AlignmentAgreementPanel *self,
                GArray                  *cell)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < cell->len; i++)
    {
      const AlignmentAgreementItem *item = &g_array_index (cell, AlignmentAgreementItem, i);

      if (i > 0)
        g_string_append (text, ", ");
      g_string_append_printf (text, item->trust_of == ALIGNMENT_PARTY_CUSTOMER
                                    /* TRANSLATORS: a signal in the agreement table: "1a (the customer’s trust)" */
                                    ? _("%s (the customer’s trust)")
                                    : _("%s (the provider’s trust)"),
                              alignment_signal_get_id (signal_at (self, item->position)));
    }
  return g_string_free (text, FALSE);
}

static GtkWidget *
add_label (GtkWidget  *box,
           const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (GTK_BOX (box), label);
  return label;
}

static char *
realm_summary (const AlignmentRealmAgreement *realm)
{
  if (realm->n_pairs == 0)
    return g_strdup (_("No impact in this realm was rated by both parties."));
  if (isnan (realm->kappa))
    /* TRANSLATORS: "4 pairs · 75% agree · kappa not defined (one rating throughout)" */
    return g_strdup_printf (ngettext ("%u pair · %.0f%% agree · kappa not defined (one rating throughout)",
                                      "%u pairs · %.0f%% agree · kappa not defined (one rating throughout)",
                                      realm->n_pairs),
                            realm->n_pairs, realm->percent);
  /* TRANSLATORS: "4 pairs · 75% agree · weighted kappa 0.75" */
  return g_strdup_printf (ngettext ("%u pair · %.0f%% agree · weighted kappa %.2f",
                                    "%u pairs · %.0f%% agree · weighted kappa %.2f", realm->n_pairs),
                          realm->n_pairs, realm->percent, realm->kappa);
}

static void
add_realm (AlignmentAgreementPanel       *self,
           const AlignmentRealmAgreement *realm)
{
  g_autofree char *title = g_strdup_printf ("%s — %s", alignment_realm_get_label (realm->realm),
                                            alignment_realm_get_trust_dimension (realm->realm));
  g_autofree char *summary = realm_summary (realm);
  GtkWidget *grid, *corner, *heading;

  heading = add_label (self->box, title, "heading");
  if (realm->realm > 0)
    gtk_widget_set_margin_top (heading, 12);
  add_label (self->box, summary, NULL);
  if (realm->n_pairs == 0)
    return;

  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 4);
  gtk_accessible_update_property (GTK_ACCESSIBLE (grid), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);

  /* TRANSLATORS: the corner of the agreement table: the customer's rating down, the provider's across */
  corner = gtk_label_new (_("Customer ↓ Provider →"));
  gtk_widget_add_css_class (corner, "dim-label");
  gtk_widget_add_css_class (corner, "caption");
  gtk_grid_attach (GTK_GRID (grid), corner, 0, 0, 1, 1);
  for (guint c = 0; c < N_CAT; c++)
    {
      GtkWidget *head = gtk_label_new (category_label (c));
      GtkWidget *row = gtk_label_new (category_label (c));

      gtk_widget_add_css_class (head, "caption-heading");
      gtk_widget_add_css_class (row, "caption-heading");
      gtk_label_set_xalign (GTK_LABEL (row), 0);
      gtk_grid_attach (GTK_GRID (grid), head, (int) c + 1, 0, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), row, 0, (int) c + 1, 1, 1);
    }

  for (guint i = 0; i < N_CAT; i++)
    for (guint j = 0; j < N_CAT; j++)
      {
        GArray *cell = realm->cells[i][j];
        g_autofree char *count = g_strdup_printf ("%u", cell->len);
        g_autofree char *items = describe_items (self, cell);
        g_autofree char *description = NULL;
        GtkWidget *button = gtk_button_new_with_label (count);

        /* TRANSLATORS: a cell of the agreement table: "Customer negative, provider same: 1 — 1a (the provider’s trust)" */
        description = g_strdup_printf (_("Customer %s, provider %s: %u — %s"), category_label (i),
                                       category_label (j), cell->len, cell->len > 0 ? items : _("none"));
        gtk_widget_set_tooltip_text (button, description);
        gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
        gtk_widget_set_hexpand (button, TRUE);
        gtk_widget_set_sensitive (button, cell->len > 0);
        /* Agreement on the diagonal reads quietly; disagreement stands out. */
        if (i == j || cell->len == 0)
          gtk_widget_add_css_class (button, "flat");
        else
          gtk_widget_add_css_class (button, "accent");
        g_object_set_data (G_OBJECT (button), "cell", cell);
        g_signal_connect (button, "clicked", G_CALLBACK (cell_clicked), self);
        gtk_grid_attach (GTK_GRID (grid), button, (int) j + 1, (int) i + 1, 1, 1);
        self->cells[realm->realm][i][j] = button;
      }
  gtk_box_append (GTK_BOX (self->box), grid);
}

static void
add_differs (AlignmentAgreementPanel *self,
             const char              *what,
             guint                    n_pairs,
             GArray                  *differs)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autofree char *text = NULL;
  GtkWidget *label;

  /* TRANSLATORS: "Understood: judged differently for 1 of 2 signals" */
  text = g_strdup_printf (ngettext ("%s: judged differently for %u of %u signal",
                                    "%s: judged differently for %u of %u signals", n_pairs),
                          what, differs->len, n_pairs);
  label = gtk_label_new (text);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (row), label);
  if (differs->len > 0)
    {
      GtkWidget *button = gtk_button_new_with_label (_("Show"));

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
      g_object_set_data (G_OBJECT (button), "positions", differs);
      g_signal_connect (button, "clicked", G_CALLBACK (differs_clicked), self);
      gtk_box_append (GTK_BOX (row), button);
    }
  gtk_box_append (GTK_BOX (self->box), row);
}

void
alignment_agreement_panel_refresh (AlignmentAgreementPanel *self)
{
  AlignmentSignal **signals;
  gboolean any = FALSE;
  guint n;

  g_return_if_fail (ALIGNMENT_IS_AGREEMENT_PANEL (self));

  /* The buttons point into the agreement: both go together. */
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_start (self->box, 12);
  gtk_widget_set_margin_end (self->box, 12);
  gtk_widget_set_margin_top (self->box, 12);
  gtk_widget_set_margin_bottom (self->box, 12);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled), self->box);
  g_clear_pointer (&self->agreement, alignment_agreement_free);
  memset (self->cells, 0, sizeof self->cells);

  if (self->case_ == NULL)
    return;

  signals = alignment_case_peek_signals (self->case_, &n);
  self->agreement = alignment_agreement_compute (signals, n);
  for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
    any |= self->agreement->realms[r].n_pairs > 0;
  any |= self->agreement->n_understood_pairs > 0 || self->agreement->n_urgency_pairs > 0;

  if (!any)
    {
      GtkWidget *empty = adw_status_page_new ();

      adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Ratings to Compare"));
      adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                       _("Agreement is measured where both parties rated the same impact. "
                                         "Merge the other party’s copy of this case to keep its ratings "
                                         "beside yours."));
      gtk_widget_add_css_class (empty, "compact");
      gtk_box_append (GTK_BOX (self->box), empty);
      return;
    }

  for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
    add_realm (self, &self->agreement->realms[r]);
  gtk_widget_set_margin_top (add_label (self->box, _("Understanding and urgency"), "heading"), 12);
  add_differs (self, _("Understood"), self->agreement->n_understood_pairs, self->agreement->understood_differs);
  add_differs (self, _("Urgency as understood"), self->agreement->n_urgency_pairs, self->agreement->urgency_differs);
}

const AlignmentAgreement *
alignment_agreement_panel_get_agreement (AlignmentAgreementPanel *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_AGREEMENT_PANEL (self), NULL);
  return self->agreement;
}

GtkWidget *
alignment_agreement_panel_get_cell (AlignmentAgreementPanel *self,
                                    AlignmentRealm           realm,
                                    guint                    customer,
                                    guint                    provider)
{
  g_return_val_if_fail (ALIGNMENT_IS_AGREEMENT_PANEL (self), NULL);
  g_return_val_if_fail (realm < ALIGNMENT_N_REALMS && customer < N_CAT && provider < N_CAT, NULL);
  return self->cells[realm][customer][provider];
}

static void
signals_changed (AlignmentAgreementPanel *self)
{
  alignment_agreement_panel_refresh (self);
}

AlignmentCase *
alignment_agreement_panel_get_case (AlignmentAgreementPanel *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_AGREEMENT_PANEL (self), NULL);
  return self->case_;
}

void
alignment_agreement_panel_set_case (AlignmentAgreementPanel *self,
                                    AlignmentCase           *case_)
{
  g_return_if_fail (ALIGNMENT_IS_AGREEMENT_PANEL (self));
  g_return_if_fail (case_ == NULL || ALIGNMENT_IS_CASE (case_));

  if (!g_set_object (&self->case_, case_))
    return;

  g_signal_group_set_target (self->signals, case_ != NULL ? alignment_case_get_signals (case_) : NULL);
  alignment_agreement_panel_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE]);
}

GtkWidget *
alignment_agreement_panel_new (void)
{
  return g_object_new (ALIGNMENT_TYPE_AGREEMENT_PANEL, NULL);
}

static void
alignment_agreement_panel_dispose (GObject *object)
{
  AlignmentAgreementPanel *self = ALIGNMENT_AGREEMENT_PANEL (object);

  if (self->signals != NULL)
    g_signal_group_set_target (self->signals, NULL);
  g_clear_object (&self->signals);
  g_clear_object (&self->case_);
  g_clear_pointer (&self->scrolled, gtk_widget_unparent);
  g_clear_pointer (&self->agreement, alignment_agreement_free);

  G_OBJECT_CLASS (alignment_agreement_panel_parent_class)->dispose (object);
}

static void
alignment_agreement_panel_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  AlignmentAgreementPanel *self = ALIGNMENT_AGREEMENT_PANEL (object);

  switch (prop_id)
    {
    case PROP_CASE:
      g_value_set_object (value, self->case_);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_agreement_panel_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  AlignmentAgreementPanel *self = ALIGNMENT_AGREEMENT_PANEL (object);

  switch (prop_id)
    {
    case PROP_CASE:
      alignment_agreement_panel_set_case (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_agreement_panel_class_init (AlignmentAgreementPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = alignment_agreement_panel_dispose;
  object_class->get_property = alignment_agreement_panel_get_property;
  object_class->set_property = alignment_agreement_panel_set_property;

  properties[PROP_CASE] =
    g_param_spec_object ("case", NULL, NULL, ALIGNMENT_TYPE_CASE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  panel_signals[SIGNALS_ACTIVATED] =
    g_signal_new ("signals-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ARRAY | G_SIGNAL_TYPE_STATIC_SCOPE);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "agreementpanel");
}

static void
alignment_agreement_panel_init (AlignmentAgreementPanel *self)
{
  self->signals = g_signal_group_new (ALIGNMENT_TYPE_SIGNAL_LIST);
  g_signal_group_connect_swapped (self->signals, "items-changed", G_CALLBACK (signals_changed), self);

  self->scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_parent (self->scrolled, GTK_WIDGET (self));
  alignment_agreement_panel_refresh (self);
}
