/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-my-work-page.c: the start page: a greeting, today in the company
 * calendar, and what needs the current user from every workflow, grouped by
 * urgency (overdue, today, this week, later); each entry opens its record.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ui/ops-my-work-page.h"
#include "ui/ops-window.h"

struct _OpsMyWorkPage
{
  OpsPage       parent_instance;

  GCancellable *cancellable;
  GCancellable *work_cancellable;
  gulong        user_handler;

  GtkLabel      *greeting_label;
  GtkLabel      *today_label;
  GtkBox        *sections_box;
  AdwStatusPage *empty_page;
};

G_DEFINE_FINAL_TYPE (OpsMyWorkPage, ops_my_work_page, OPS_TYPE_PAGE)

static void
update_greeting (OpsMyWorkPage *self)
{
  OpsContext *context = ops_page_get_context (OPS_PAGE (self));
  OpsPerson *user = context != NULL ? ops_context_get_current_user (context) : NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int hour = g_date_time_get_hour (now);
  g_autofree char *text = NULL;

  if (user == NULL)
    {
      gtk_label_set_text (self->greeting_label, _("My Work"));
      return;
    }

  if (hour < 12)
    text = g_strdup_printf (_("Good morning, %s"), ops_person_get_name (user));
  else if (hour < 18)
    text = g_strdup_printf (_("Good afternoon, %s"), ops_person_get_name (user));
  else
    text = g_strdup_printf (_("Good evening, %s"), ops_person_get_name (user));
  gtk_label_set_text (self->greeting_label, text);
}

static void
on_calendar_loaded (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  OpsMyWorkPage *self;
  g_autoptr(OpsCalendar) calendar = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  /* TRANSLATORS: a g_date_time_format() format for today's date: weekday and
   * date in the locale's form. xgettext:no-c-format */
  g_autofree char *date_text = g_date_time_format (now, _("%A, %x"));
  g_autofree char *next_text = NULL;
  g_autofree char *text = NULL;
  GDate today, next;

  calendar = ops_store_load_calendar_finish (OPS_STORE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = OPS_MY_WORK_PAGE (user_data);
  if (calendar == NULL)
    {
      gtk_label_set_text (self->today_label, date_text);
      ops_show_error (GTK_WIDGET (self), _("Could not read the company calendar"), error);
      return;
    }

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now), g_date_time_get_year (now));
  ops_calendar_add_working_days (calendar, &today, 1, &next);
  {
    g_autoptr(GDateTime) next_dt = g_date_time_new_local (g_date_get_year (&next), g_date_get_month (&next),
                                                          g_date_get_day (&next), 0, 0, 0);
    /* xgettext:no-c-format */
    next_text = g_date_time_format (next_dt, _("%A, %x"));
  }

  if (ops_calendar_is_working_day (calendar, &today))
    /* TRANSLATORS: "Thursday, 11/26/2026 — a working day. Next working day: Friday, …" */
    text = g_strdup_printf (_("%s — a working day. Next working day: %s."), date_text, next_text);
  else
    text = g_strdup_printf (_("%s — a day off in the company calendar. Next working day: %s."),
                            date_text, next_text);
  gtk_label_set_text (self->today_label, text);
}

/* Entries ------------------------------------------------------------------ */

static const char *
kind_icon (OpsWorkKind kind)
{
  switch (kind)
    {
    case OPS_WORK_ACTION_ITEM:
      return "object-select-symbolic";
    case OPS_WORK_MINUTES_WRITE:
      return "document-edit-symbolic";
    case OPS_WORK_MINUTES_REVIEW:
      return "document-properties-symbolic";
    case OPS_WORK_MEETING:
      return "x-office-calendar-symbolic";
    case OPS_WORK_MATERIALS:
      return "mail-send-symbolic";
    case OPS_WORK_APPROVAL:
      return "emblem-documents-symbolic";
    case OPS_WORK_REQUEST:
      return "edit-undo-symbolic";
    case OPS_WORK_STAMP:
      return "document-send-symbolic";
    default:
      return "emblem-default-symbolic";
    }
}

static const char *
kind_label (OpsWorkKind kind)
{
  switch (kind)
    {
    case OPS_WORK_ACTION_ITEM:
      return _("Action item");
    case OPS_WORK_MINUTES_WRITE:
      return _("Minutes to write");
    case OPS_WORK_MINUTES_REVIEW:
      return _("Minutes to review");
    case OPS_WORK_MEETING:
      return _("Meeting");
    case OPS_WORK_MATERIALS:
      return _("Materials to send");
    case OPS_WORK_APPROVAL:
      return _("Approval waiting for you");
    case OPS_WORK_REQUEST:
      return _("Your request was returned");
    case OPS_WORK_STAMP:
      return _("Stamp and distribute");
    default:
      return "";
    }
}

static const char *
urgency_heading (OpsWorkUrgency urgency)
{
  switch (urgency)
    {
    case OPS_WORK_OVERDUE:
      return _("Overdue");
    case OPS_WORK_TODAY:
      return _("Today");
    case OPS_WORK_THIS_WEEK:
      return _("This Week");
    case OPS_WORK_LATER:
      return _("Later");
    default:
      return "";
    }
}

/* "Due 11/28/2026 14:00" / "Due 11/28/2026": when the entry falls due, in
 * the locale's date form. (transfer full) NULL when it has no due. */
static char *
due_text (OpsWorkItem *item)
{
  g_autoptr(GDateTime) dt = NULL;
  g_autofree char *when = NULL;

  if (ops_work_item_get_due (item) != 0)
    {
      dt = g_date_time_new_from_unix_local (ops_work_item_get_due (item));
      /* TRANSLATORS: a g_date_time_format() format: date and time.
       * xgettext:no-c-format */
      when = g_date_time_format (dt, _("%x %H:%M"));
    }
  else if (ops_work_item_get_due_date (item) != NULL)
    {
      GDate date;

      if (!ops_date_parse_iso (ops_work_item_get_due_date (item), &date))
        return NULL;
      dt = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                  g_date_get_day (&date), 0, 0, 0);
      /* xgettext:no-c-format */
      when = g_date_time_format (dt, _("%x"));
    }
  else
    return NULL;

  if (ops_work_item_get_kind (item) == OPS_WORK_MEETING)
    /* TRANSLATORS: when a meeting in My Work starts; %s is a date and time. */
    return g_strdup_printf (_("Starts %s"), when);
  /* TRANSLATORS: when a My Work entry falls due; %s is a date (and time). */
  return g_strdup_printf (_("Due %s"), when);
}

static void
on_row_activated (AdwActionRow *row,
                  OpsMyWorkPage *self)
{
  OpsWorkItem *item = g_object_get_data (G_OBJECT (row), "ops-work-item");
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (item == NULL || !OPS_IS_WINDOW (root))
    return;
  if (!ops_window_open_record (OPS_WINDOW (root), ops_work_item_get_page (item),
                               ops_work_item_get_record_id (item)))
    ops_show_toast (GTK_WIDGET (self), _("That record's page is not available"));
}

static GtkWidget *
create_row (OpsMyWorkPage *self,
            OpsWorkItem   *item)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (kind_icon (ops_work_item_get_kind (item)));
  g_autofree char *title = g_markup_escape_text (ops_work_item_get_title (item), -1);
  g_autofree char *due = due_text (item);
  g_autofree char *subtitle_raw = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *accessible = NULL;
  const char *detail = ops_work_item_get_detail (item);

  if (detail != NULL && *detail != '\0')
    subtitle_raw = g_strdup_printf ("%s · %s", kind_label (ops_work_item_get_kind (item)), detail);
  else
    subtitle_raw = g_strdup (kind_label (ops_work_item_get_kind (item)));
  subtitle = g_markup_escape_text (subtitle_raw, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  gtk_image_set_pixel_size (GTK_IMAGE (icon), 16);
  gtk_widget_set_tooltip_text (icon, kind_label (ops_work_item_get_kind (item)));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  if (due != NULL)
    {
      GtkWidget *label = gtk_label_new (due);

      gtk_widget_add_css_class (label, ops_work_item_get_urgency (item) == OPS_WORK_OVERDUE
                                ? "error" : "dim-label");
      gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  accessible = g_strdup_printf ("%s, %s%s%s", ops_work_item_get_title (item), subtitle_raw,
                                due != NULL ? ", " : "", due != NULL ? due : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);

  g_object_set_data_full (G_OBJECT (row), "ops-work-item", g_object_ref (item), g_object_unref);
  g_signal_connect (row, "activated", G_CALLBACK (on_row_activated), self);
  return row;
}

static void
clear_sections (OpsMyWorkPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sections_box))) != NULL)
    gtk_box_remove (self->sections_box, child);
}

static void
on_my_work_listed (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  OpsMyWorkPage *self;
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *list = NULL;
  int shown_urgency = -1;
  guint n;

  items = ops_store_list_my_work_finish (OPS_STORE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = OPS_MY_WORK_PAGE (user_data);
  clear_sections (self);
  if (items == NULL)
    {
      ops_show_error (GTK_WIDGET (self), _("Could not gather your work"), error);
      return;
    }

  n = g_list_model_get_n_items (items);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OpsWorkItem) item = g_list_model_get_item (items, i);
      OpsWorkUrgency urgency = ops_work_item_get_urgency (item);

      if ((int) urgency != shown_urgency)
        {
          GtkWidget *group = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
          GtkWidget *heading = gtk_label_new (urgency_heading (urgency));
          guint count = 0;
          g_autofree char *name = g_strdup_printf ("my-work-group-%d", urgency);
          g_autofree char *count_text = NULL;

          for (guint j = i; j < n; j++)
            {
              g_autoptr(OpsWorkItem) other = g_list_model_get_item (items, j);

              if (ops_work_item_get_urgency (other) != urgency)
                break;
              count++;
            }
          /* TRANSLATORS: a My Work heading with its number of entries: "Overdue (3)" */
          count_text = g_strdup_printf (_("%s (%u)"), urgency_heading (urgency), count);
          gtk_label_set_text (GTK_LABEL (heading), count_text);
          gtk_label_set_xalign (GTK_LABEL (heading), 0);
          gtk_widget_add_css_class (heading, "heading");
          if (urgency == OPS_WORK_OVERDUE)
            gtk_widget_add_css_class (heading, "error");

          list = gtk_list_box_new ();
          gtk_widget_set_name (list, name);
          gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
          gtk_widget_add_css_class (list, "boxed-list");
          gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          urgency_heading (urgency), -1);

          gtk_box_append (GTK_BOX (group), heading);
          gtk_box_append (GTK_BOX (group), list);
          gtk_box_append (self->sections_box, group);
          shown_urgency = urgency;
        }
      gtk_list_box_append (GTK_LIST_BOX (list), create_row (self, item));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->sections_box), n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_page), n == 0);
}

static void
ops_my_work_page_reload (OpsPage *page)
{
  OpsMyWorkPage *self = OPS_MY_WORK_PAGE (page);
  OpsContext *context = ops_page_get_context (page);

  if (self->user_handler == 0)
    self->user_handler = g_signal_connect_object (context, "notify::current-user",
                                                  G_CALLBACK (update_greeting), self,
                                                  G_CONNECT_SWAPPED);
  update_greeting (self);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  ops_store_load_calendar_async (ops_context_get_store (context), self->cancellable,
                                 on_calendar_loaded, self);

  g_cancellable_cancel (self->work_cancellable);
  g_clear_object (&self->work_cancellable);
  self->work_cancellable = g_cancellable_new ();
  ops_store_list_my_work_async (ops_context_get_store (context), self->work_cancellable,
                                on_my_work_listed, self);
}

static void
ops_my_work_page_dispose (GObject *object)
{
  OpsMyWorkPage *self = OPS_MY_WORK_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_cancellable_cancel (self->work_cancellable);
  g_clear_object (&self->work_cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), OPS_TYPE_MY_WORK_PAGE);

  G_OBJECT_CLASS (ops_my_work_page_parent_class)->dispose (object);
}

static void
ops_my_work_page_class_init (OpsMyWorkPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  OpsPageClass *page_class = OPS_PAGE_CLASS (klass);

  object_class->dispose = ops_my_work_page_dispose;
  page_class->reload = ops_my_work_page_reload;
  ops_page_class_watch (page_class, "calendar", "people", "meetings", "action-items",
                        "approvals", NULL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/opsdesk/Opsdesk/ops-my-work-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OpsMyWorkPage, greeting_label);
  gtk_widget_class_bind_template_child (widget_class, OpsMyWorkPage, today_label);
  gtk_widget_class_bind_template_child (widget_class, OpsMyWorkPage, sections_box);
  gtk_widget_class_bind_template_child (widget_class, OpsMyWorkPage, empty_page);
}

static void
ops_my_work_page_init (OpsMyWorkPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
ops_my_work_page_new (void)
{
  return g_object_new (OPS_TYPE_MY_WORK_PAGE, NULL);
}
