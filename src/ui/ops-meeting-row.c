/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-meeting-row.c: one row of the Meetings list: date and time, topic,
 * place, host and attendee count, and a badge for each flag that applies
 * (materials at risk, over 90 minutes, minutes late, awaiting review,
 * overdue actions) — text and colour, with a tooltip that says why.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "store/ops-store.h"
#include "ui/ops-meeting-row.h"

/* The flags, in the order their badges appear on a row. */
static const struct {
  OpsMeetingFlags flag;
  const char     *name;     /* widget name: meeting-badge-<name> */
  const char     *label;
  const char     *css;
} badge_kinds[] = {
  { OPS_MEETING_FLAG_MATERIALS_AT_RISK, "materials", N_("Materials at risk"), "flag-error" },
  { OPS_MEETING_FLAG_LONG, "long", N_("Over 90 min"), "flag-warning" },
  { OPS_MEETING_FLAG_MINUTES_LATE, "minutes-late", N_("Minutes late"), "flag-error" },
  { OPS_MEETING_FLAG_MINUTES_AWAITING_REVIEW, "awaiting-review", N_("Awaiting review"), "flag-warning" },
  { OPS_MEETING_FLAG_ACTIONS_OVERDUE, "actions-overdue", N_("Overdue actions"), "flag-error" },
};

/* Rows ------------------------------------------------------------------ */

/* A row: the date and time on the left; the topic, "place · host · N
 * attendees", and one badge per flag that applies (text and colour, with a
 * tooltip saying why) on the right. */

typedef struct {
  GtkLabel *date;
  GtkLabel *time;
  GtkLabel *state;
  GtkLabel *topic;
  GtkLabel *detail;
  GtkLabel *badges[G_N_ELEMENTS (badge_kinds)];
} RowWidgets;

static GtkLabel *
row_label (GtkWidget  *box,
           const char *css)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  if (css != NULL)
    gtk_widget_add_css_class (label, css);
  gtk_box_append (GTK_BOX (box), label);
  return GTK_LABEL (label);
}

static void
row_setup (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  RowWidgets *w = g_new0 (RowWidgets, 1);
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *when = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *what = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *badges = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);

  gtk_widget_set_name (row, "meeting-row");
  gtk_widget_add_css_class (row, "meeting-row");
  gtk_widget_set_margin_top (row, 6);
  gtk_widget_set_margin_bottom (row, 6);
  gtk_widget_set_hexpand (what, TRUE);

  w->date = row_label (when, "meeting-row-date");
  w->time = row_label (when, "caption");
  w->state = row_label (when, "caption");
  gtk_widget_add_css_class (GTK_WIDGET (w->state), "dim-label");
  /* The same width on every row, so that the topics line up. */
  for (GtkWidget *child = gtk_widget_get_first_child (when);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gtk_label_set_width_chars (GTK_LABEL (child), 15);
      gtk_label_set_max_width_chars (GTK_LABEL (child), 15);
    }
  w->topic = row_label (what, "heading");
  gtk_widget_set_name (GTK_WIDGET (w->topic), "meeting-row-topic");
  w->detail = row_label (what, "dim-label");
  /* Place, host and attendees may need two lines in a narrow list. */
  gtk_label_set_single_line_mode (w->detail, FALSE);
  gtk_label_set_wrap (w->detail, TRUE);
  gtk_label_set_wrap_mode (w->detail, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (w->detail, 2);
  gtk_box_append (GTK_BOX (what), badges);

  for (guint i = 0; i < G_N_ELEMENTS (badge_kinds); i++)
    {
      g_autofree char *name = g_strdup_printf ("meeting-badge-%s", badge_kinds[i].name);

      w->badges[i] = row_label (badges, "meeting-badge");
      gtk_label_set_ellipsize (w->badges[i], PANGO_ELLIPSIZE_NONE);
      gtk_widget_add_css_class (GTK_WIDGET (w->badges[i]), badge_kinds[i].css);
      gtk_widget_set_name (GTK_WIDGET (w->badges[i]), name);
      gtk_label_set_text (w->badges[i], _(badge_kinds[i].label));
      gtk_widget_set_visible (GTK_WIDGET (w->badges[i]), FALSE);
    }

  gtk_box_append (GTK_BOX (row), when);
  gtk_box_append (GTK_BOX (row), what);
  g_object_set_data_full (G_OBJECT (row), "ops-row-widgets", w, g_free);
  gtk_list_item_set_child (item, row);
}

static char *
dup_badge_tooltip (OpsMeeting      *meeting,
                   OpsMeetingFlags  flag)
{
  switch (flag)
    {
    case OPS_MEETING_FLAG_MATERIALS_AT_RISK:
      return g_strdup (_("The meeting starts in less than 24 hours and its materials have not been sent "
                         "to the attendees. Send them and record it in the meeting."));
    case OPS_MEETING_FLAG_LONG:
      return g_strdup_printf (_("Planned for %u minutes: longer than 90 minutes. Consider a shorter agenda."),
                              ops_meeting_get_planned_minutes (meeting));
    case OPS_MEETING_FLAG_MINUTES_LATE:
      {
        g_autoptr(GDateTime) due = g_date_time_new_from_unix_local (ops_meeting_get_minutes_due (meeting));
        g_autofree char *text = g_date_time_format (due, "%x %H:%M");

        return g_strdup_printf (_("The minutes were due on %s, 24 hours after the meeting ended."), text);
      }
    case OPS_MEETING_FLAG_MINUTES_AWAITING_REVIEW:
      return g_strdup_printf (_("The minutes were submitted and wait for the host, %s, to approve them."),
                              ops_meeting_get_host_name (meeting));
    case OPS_MEETING_FLAG_ACTIONS_OVERDUE:
      {
        guint n = ops_meeting_get_overdue_actions (meeting);

        return g_strdup_printf (ngettext ("%u action item from this meeting is past its due date.",
                                          "%u action items from this meeting are past their due date.", n),
                                n);
      }
    case OPS_MEETING_FLAG_NONE:
    default:
      return NULL;
    }
}

static void
row_refresh (GtkListItem *item)
{
  GtkWidget *row = gtk_list_item_get_child (item);
  RowWidgets *w = g_object_get_data (G_OBJECT (row), "ops-row-widgets");
  OpsMeeting *meeting = gtk_list_item_get_item (item);
  g_autoptr(GDateTime) starts = NULL;
  g_autoptr(GDateTime) ends = NULL;
  g_autofree char *date = NULL;
  g_autofree char *start_time = NULL;
  g_autofree char *end_time = NULL;
  g_autofree char *time = NULL;
  g_autofree char *attendees = NULL;
  g_autoptr(GString) detail = g_string_new (NULL);
  g_autoptr(GString) accessible = g_string_new (NULL);
  OpsMeetingFlags flags;
  const char *state;
  guint n;

  if (meeting == NULL)
    return;

  starts = g_date_time_new_from_unix_local (ops_meeting_get_starts_at (meeting));
  ends = g_date_time_new_from_unix_local (ops_meeting_get_ends_at (meeting));
  date = g_date_time_format (starts, "%x");
  start_time = g_date_time_format (starts, "%a %H:%M");
  end_time = g_date_time_format (ends, "%H:%M");
  /* TRANSLATORS: "<weekday start>–<end>", e.g. "Fri 14:00–15:30" */
  time = g_strdup_printf (_("%s–%s"), start_time, end_time);
  gtk_label_set_text (w->date, date);
  gtk_label_set_text (w->time, time);

  if (ops_meeting_get_archived_at (meeting) != 0)
    state = _("Archived");
  else if (ops_meeting_get_minutes_state (meeting) != OPS_MINUTES_NONE)
    state = ops_minutes_state_to_label (ops_meeting_get_minutes_state (meeting));
  else if (ops_meeting_get_series_id (meeting) != 0)
    state = _("Series");
  else
    state = "";
  gtk_label_set_text (w->state, state);
  gtk_widget_set_visible (GTK_WIDGET (w->state), *state != '\0');

  gtk_label_set_text (w->topic, ops_meeting_get_topic (meeting));
  gtk_widget_set_tooltip_text (GTK_WIDGET (w->topic),
                               g_utf8_strlen (ops_meeting_get_topic (meeting), -1) > 24
                               ? ops_meeting_get_topic (meeting) : NULL);

  if (ops_meeting_get_place (meeting) != NULL && *ops_meeting_get_place (meeting) != '\0')
    g_string_append (detail, ops_meeting_get_place_kind (meeting) == OPS_PLACE_ONLINE
                             ? _("Online") : ops_meeting_get_place (meeting));
  if (ops_meeting_get_host_name (meeting) != NULL && *ops_meeting_get_host_name (meeting) != '\0')
    {
      if (detail->len > 0)
        g_string_append (detail, " · ");
      /* TRANSLATORS: the host of a meeting on its row, e.g. "Host: 张伟" */
      g_string_append_printf (detail, _("Host: %s"), ops_meeting_get_host_name (meeting));
    }
  n = ops_meeting_get_attendee_count (meeting);
  attendees = g_strdup_printf (ngettext ("%u attendee", "%u attendees", n), n);
  if (detail->len > 0)
    g_string_append (detail, " · ");
  g_string_append (detail, attendees);
  gtk_label_set_text (w->detail, detail->str);

  g_string_append_printf (accessible, "%s, %s %s, %s",
                          ops_meeting_get_topic (meeting), date, time, detail->str);

  flags = ops_meeting_get_flags (meeting);
  for (guint i = 0; i < G_N_ELEMENTS (badge_kinds); i++)
    {
      gboolean on = (flags & badge_kinds[i].flag) != 0;
      g_autofree char *tooltip = on ? dup_badge_tooltip (meeting, badge_kinds[i].flag) : NULL;

      gtk_widget_set_visible (GTK_WIDGET (w->badges[i]), on);
      gtk_widget_set_tooltip_text (GTK_WIDGET (w->badges[i]), tooltip);
      if (on)
        g_string_append_printf (accessible, ", %s", _(badge_kinds[i].label));
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible->str, -1);
}

static void
on_row_meeting_notify (GObject     *meeting,
                       GParamSpec  *pspec,
                       GtkListItem *item)
{
  row_refresh (item);
}

static void
row_bind (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  g_signal_connect (gtk_list_item_get_item (item), "notify", G_CALLBACK (on_row_meeting_notify), item);
  row_refresh (item);
}

static void
row_unbind (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  GObject *meeting = gtk_list_item_get_item (item);

  if (meeting != NULL)
    g_signal_handlers_disconnect_by_func (meeting, on_row_meeting_notify, item);
}

GtkListItemFactory *
ops_meeting_row_factory_new (void)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (row_setup), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (row_bind), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (row_unbind), NULL);
  return factory;
}
