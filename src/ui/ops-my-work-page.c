/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-my-work-page.c: the start page: a greeting, today in the company
 * calendar, and what needs the current user (empty until workflows feed it).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ui/ops-my-work-page.h"

struct _OpsMyWorkPage
{
  OpsPage       parent_instance;

  GCancellable *cancellable;
  gulong        user_handler;

  GtkLabel     *greeting_label;
  GtkLabel     *today_label;
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
}

static void
ops_my_work_page_dispose (GObject *object)
{
  OpsMyWorkPage *self = OPS_MY_WORK_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

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
  ops_page_class_watch (page_class, "calendar", "people", NULL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/opsdesk/Opsdesk/ops-my-work-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OpsMyWorkPage, greeting_label);
  gtk_widget_class_bind_template_child (widget_class, OpsMyWorkPage, today_label);
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
