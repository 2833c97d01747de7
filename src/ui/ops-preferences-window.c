/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-preferences-window.c: Preferences: the company calendar (holidays and
 * make-up working days, stored in the database, with a working-day
 * calculator to check it), approvals (document types, chains and
 * substitutes: OpsApprovalPrefsPage), how long meeting records are kept, and
 * where the database and its backups live.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/ops-validate.h"
#include "ui/ops-approval-prefs-page.h"
#include "ui/ops-compat.h"
#include "ui/ops-editor.h"
#include "ui/ops-preferences-window.h"

struct _OpsPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  OpsContext     *context;

  /* Template children */
  AdwEntryRow    *date_row;
  AdwComboRow    *kind_row;
  AdwEntryRow    *name_row;
  GtkLabel       *error_label;
  GtkListBox     *calendar_list;
  AdwEntryRow    *calc_start_row;
  GtkSpinButton  *calc_days_spin;
  GtkLabel       *calc_result_label;
  GtkLabel       *database_label;
  GtkLabel       *backup_label;
  OpsApprovalPrefsPage *approvals_page;
  GtkSpinButton  *retention_spin;
  GtkLabel       *retention_error_label;

  GCancellable   *days_cancellable;
  GCancellable   *calendar_cancellable;
  GCancellable   *retention_cancellable;
  GCancellable   *cancellable;       /* writes and the backup folder */
  OpsCalendar    *calendar;          /* snapshot for the calculator */
  gboolean        busy;              /* a calendar write is under way */
  gboolean        retention_loaded;  /* the spin shows the stored years */
  gboolean        retention_busy;    /* a retention write is under way */
  gboolean        retention_setting; /* the spin is being set from the store */
  guint           retention_stored;  /* the years as last read or saved */
};

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (OpsPreferencesWindow, ops_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void load_calendar (OpsPreferencesWindow *self);
static void load_retention (OpsPreferencesWindow *self);

static OpsStore *
get_store (OpsPreferencesWindow *self)
{
  return ops_context_get_store (self->context);
}

static void
show_toast (OpsPreferencesWindow *self,
            const char           *text)
{
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (text));
}

static void
update_actions (OpsPreferencesWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "calendar.add", !self->busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meetings.save-retention",
                                 self->retention_loaded && !self->retention_busy);
}

/* Weekday name of @date in the user's language ("Thursday", "星期四"). */
static char *
dup_weekday (const GDate *date)
{
  g_autoptr(GDateTime) dt = g_date_time_new_utc (g_date_get_year (date),
                                                 g_date_get_month (date),
                                                 g_date_get_day (date),
                                                 0, 0, 0);

  return dt != NULL ? g_date_time_format (dt, "%A") : g_strdup ("");
}

/* Working-day calculator ------------------------------------------------ */

static void
update_calculator (OpsPreferencesWindow *self)
{
  g_autofree char *start_text = ops_strip_dup (gtk_editable_get_text (GTK_EDITABLE (self->calc_start_row)));
  guint days = (guint) gtk_spin_button_get_value_as_int (self->calc_days_spin);
  g_autofree char *iso = NULL;
  g_autofree char *weekday = NULL;
  g_autofree char *text = NULL;
  GDate start;
  GDate result;

  if (self->calendar == NULL)
    {
      gtk_label_set_text (self->calc_result_label, _("Loading the calendar…"));
      return;
    }

  if (!ops_date_parse_iso (start_text, &start))
    {
      gtk_label_set_text (self->calc_result_label,
                          _("Enter the start date as YYYY-MM-DD, for example 2026-09-30"));
      return;
    }

  g_date_clear (&result, 1);
  ops_calendar_add_working_days (self->calendar, &start, days, &result);
  iso = ops_date_to_iso (&result);
  weekday = dup_weekday (&result);
  /* Translators: the calculator's result: "2026-10-09 · Friday". */
  text = g_strdup_printf (_("%s · %s"), iso, weekday);
  gtk_label_set_text (self->calc_result_label, text);
}

static void
on_calc_changed (OpsPreferencesWindow *self)
{
  update_calculator (self);
}

static void
on_calendar_loaded (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(OpsPreferencesWindow) self = user_data;
  g_autoptr(OpsCalendar) calendar = NULL;
  g_autoptr(GError) error = NULL;

  calendar = ops_store_load_calendar_finish (OPS_STORE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (error != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Could not load the calendar: %s"), error->message);

      gtk_label_set_text (self->calc_result_label, text);
      return;
    }

  g_clear_pointer (&self->calendar, ops_calendar_unref);
  self->calendar = g_steal_pointer (&calendar);
  update_calculator (self);
}

/* Marked days ----------------------------------------------------------- */

static void
on_day_removed (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(OpsPreferencesWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!ops_store_remove_calendar_day_finish (OPS_STORE (source), result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      ops_error_label_show (self->error_label, _("Could not remove the day."), error);
      return;
    }

  /* The store's ::changed reloads the list and the calculator. */
  show_toast (self, _("Day removed"));
}

static void
on_remove_clicked (GtkButton            *button,
                   OpsPreferencesWindow *self)
{
  const char *date = g_object_get_data (G_OBJECT (button), "ops-date");

  ops_error_label_clear (self->error_label);
  ops_store_remove_calendar_day_async (get_store (self), date, self->cancellable,
                                       on_day_removed, g_object_ref (self));
}

static GtkWidget *
create_day_row (OpsPreferencesWindow *self,
                OpsCalendarDay       *day)
{
  const char *date_text = ops_calendar_day_get_date (day);
  const char *name = ops_calendar_day_get_name (day);
  g_autofree char *weekday = NULL;
  g_autofree char *title = NULL;
  g_autofree char *tooltip = NULL;
  GtkWidget *row;
  GtkWidget *button;
  GDate date;

  if (ops_date_parse_iso (date_text, &date))
    weekday = dup_weekday (&date);

  if (name != NULL && *name != '\0')
    /* Translators: a marked day: "2026-10-01 · Thursday · Holiday · National Day". */
    title = g_strdup_printf (_("%s · %s · %s · %s"), date_text, weekday != NULL ? weekday : "",
                             ops_calendar_day_get_kind_label (day), name);
  else
    /* Translators: a marked day without a name: "2026-10-11 · Sunday · Make-up working day". */
    title = g_strdup_printf (_("%s · %s · %s"), date_text, weekday != NULL ? weekday : "",
                             ops_calendar_day_get_kind_label (day));

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  g_object_set_data_full (G_OBJECT (row), "ops-year", g_strndup (date_text, 4), g_free);

  tooltip = g_strdup_printf (_("Remove %s"), date_text);
  button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                  -1);
  g_object_set_data_full (G_OBJECT (button), "ops-date", g_strdup (date_text), g_free);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_remove_clicked), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

/* One header per year, above the first day of that year. */
static void
calendar_list_header (GtkListBoxRow *row,
                      GtkListBoxRow *before,
                      gpointer       user_data)
{
  const char *year = g_object_get_data (G_OBJECT (row), "ops-year");
  const char *year_before = before != NULL ? g_object_get_data (G_OBJECT (before), "ops-year") : NULL;
  GtkWidget *header;

  if (year == NULL || g_strcmp0 (year, year_before) == 0)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  header = gtk_list_box_row_get_header (row);
  if (GTK_IS_LABEL (header) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (header)), year) == 0)
    return;

  header = gtk_label_new (year);
  gtk_label_set_xalign (GTK_LABEL (header), 0.0f);
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_set_margin_top (header, before != NULL ? 12 : 9);
  gtk_widget_set_margin_bottom (header, 6);
  gtk_widget_set_margin_start (header, 12);
  gtk_list_box_row_set_header (row, header);
}

static void
on_days_listed (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(OpsPreferencesWindow) self = user_data;
  g_autoptr(GListModel) days = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  days = ops_store_list_calendar_days_finish (OPS_STORE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (error != NULL)
    {
      ops_error_label_show (self->error_label,
                            _("Could not load the marked days. Close Preferences and open them again."),
                            error);
      return;
    }

  ops_compat_list_box_remove_all (self->calendar_list);
  n = g_list_model_get_n_items (days);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OpsCalendarDay) day = g_list_model_get_item (days, i);

      gtk_list_box_append (self->calendar_list, create_day_row (self, day));
    }
}

static void
load_calendar (OpsPreferencesWindow *self)
{
  OpsStore *store = get_store (self);

  g_cancellable_cancel (self->days_cancellable);
  g_clear_object (&self->days_cancellable);
  self->days_cancellable = g_cancellable_new ();
  ops_store_list_calendar_days_async (store, self->days_cancellable,
                                      on_days_listed, g_object_ref (self));

  g_cancellable_cancel (self->calendar_cancellable);
  g_clear_object (&self->calendar_cancellable);
  self->calendar_cancellable = g_cancellable_new ();
  ops_store_load_calendar_async (store, self->calendar_cancellable,
                                 on_calendar_loaded, g_object_ref (self));
}

static void
on_store_changed (OpsPreferencesWindow *self,
                  const char           *what,
                  OpsStore             *store)
{
  if (g_strcmp0 (what, "calendar") == 0 || g_strcmp0 (what, "*") == 0)
    load_calendar (self);
  if (g_strcmp0 (what, "meetings") == 0 || g_strcmp0 (what, "*") == 0)
    load_retention (self);
}

/* Adding a day ---------------------------------------------------------- */

static OpsDayKind
selected_kind (OpsPreferencesWindow *self)
{
  return adw_combo_row_get_selected (self->kind_row) == 1 ? OPS_DAY_KIND_WORKDAY
                                                          : OPS_DAY_KIND_HOLIDAY;
}

static void
on_day_set (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(OpsPreferencesWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;

  if (!ops_store_set_calendar_day_finish (OPS_STORE (source), result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      self->busy = FALSE;
      update_actions (self);
      /* The typed values stay: fix and add again. */
      ops_error_label_show (self->error_label, NULL, error);
      return;
    }

  self->busy = FALSE;
  update_actions (self);

  date = ops_strip_dup (gtk_editable_get_text (GTK_EDITABLE (self->date_row)));
  text = g_strdup_printf (selected_kind (self) == OPS_DAY_KIND_WORKDAY
                          ? _("%s marked as a make-up working day")
                          : _("%s marked as a holiday"),
                          date);
  show_toast (self, text);

  gtk_editable_set_text (GTK_EDITABLE (self->date_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->date_row));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  OpsPreferencesWindow *self = OPS_PREFERENCES_WINDOW (widget);
  g_autofree char *date = NULL;
  g_autofree char *name = NULL;

  if (self->busy)
    return;

  ops_error_label_clear (self->error_label);
  date = ops_strip_dup (gtk_editable_get_text (GTK_EDITABLE (self->date_row)));
  name = ops_strip_dup (gtk_editable_get_text (GTK_EDITABLE (self->name_row)));

  self->busy = TRUE;
  update_actions (self);
  ops_store_set_calendar_day_async (get_store (self), date, selected_kind (self),
                                    name, self->cancellable,
                                    on_day_set, g_object_ref (self));
}

static void
on_add_activated (OpsPreferencesWindow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "calendar.add", NULL);
}

/* Meeting retention ----------------------------------------------------- */

static void
on_retention_loaded (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(OpsPreferencesWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  guint years;

  years = ops_store_get_meeting_retention_years_finish (OPS_STORE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (error != NULL)
    {
      ops_error_label_show (self->retention_error_label,
                            _("Could not read how long meeting records are kept. Close Preferences and open them again."),
                            error);
      return;
    }

  /* A value the person changed and has not applied yet stays. */
  if (!self->retention_loaded
      || (guint) gtk_spin_button_get_value_as_int (self->retention_spin) == self->retention_stored)
    {
      self->retention_setting = TRUE;
      gtk_spin_button_set_value (self->retention_spin, years);
      self->retention_setting = FALSE;
    }
  self->retention_stored = years;
  gtk_widget_set_sensitive (GTK_WIDGET (self->retention_spin), TRUE);
  self->retention_loaded = TRUE;
  update_actions (self);
}

static void
load_retention (OpsPreferencesWindow *self)
{
  /* Not while the person is changing it. */
  if (self->retention_busy)
    return;

  g_cancellable_cancel (self->retention_cancellable);
  g_clear_object (&self->retention_cancellable);
  self->retention_cancellable = g_cancellable_new ();
  ops_store_get_meeting_retention_years_async (get_store (self), self->retention_cancellable,
                                               on_retention_loaded, g_object_ref (self));
}

static void
on_retention_changed (OpsPreferencesWindow *self)
{
  if (!self->retention_setting)
    ops_error_label_clear (self->retention_error_label);
}

static void
on_retention_saved (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(OpsPreferencesWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint years;

  if (!ops_store_set_meeting_retention_years_finish (OPS_STORE (source), result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      self->retention_busy = FALSE;
      update_actions (self);
      /* The chosen value stays: the person can fix it or ask someone who may. */
      ops_error_label_show (self->retention_error_label, _("Could not change how long meeting records are kept."),
                            error);
      return;
    }

  self->retention_busy = FALSE;
  update_actions (self);
  years = (guint) gtk_spin_button_get_value_as_int (self->retention_spin);
  self->retention_stored = years;
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Meeting records are now kept for %u year",
                                       "Meeting records are now kept for %u years", years),
                          years);
  show_toast (self, text);
}

static void
save_retention_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  OpsPreferencesWindow *self = OPS_PREFERENCES_WINDOW (widget);
  int years;

  if (!self->retention_loaded || self->retention_busy)
    return;

  /* Take a value typed but not yet confirmed with Enter. */
  gtk_spin_button_update (self->retention_spin);
  years = gtk_spin_button_get_value_as_int (self->retention_spin);

  ops_error_label_clear (self->retention_error_label);
  self->retention_busy = TRUE;
  update_actions (self);
  ops_store_set_meeting_retention_years_async (get_store (self), (guint) MAX (years, 0),
                                               self->cancellable, on_retention_saved,
                                               g_object_ref (self));
}

/* Backup folder --------------------------------------------------------- */

static void
on_backup_dir_made (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(OpsPreferencesWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_file_make_directory_finish (G_FILE (source), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_autofree char *message = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      message = g_strdup_printf (_("Could not create the backup folder: %s. "
                                   "Check that the database folder can be written to."),
                                 error->message);
      show_toast (self, message);
      return;
    }

  ops_compat_open_file (GTK_WINDOW (self), G_FILE (source));
}

static void
open_backup_folder_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  OpsPreferencesWindow *self = OPS_PREFERENCES_WINDOW (widget);
  g_autoptr(GFile) folder = g_file_new_for_path (ops_store_get_backup_dir (get_store (self)));

  /* No backup may have been made yet: create the folder (off the UI
   * thread), then show it. */
  g_file_make_directory_async (folder, G_PRIORITY_DEFAULT, self->cancellable,
                               on_backup_dir_made, g_object_ref (self));
}

/* GObject --------------------------------------------------------------- */

static void
ops_preferences_window_constructed (GObject *object)
{
  OpsPreferencesWindow *self = OPS_PREFERENCES_WINDOW (object);
  OpsStore *store;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  G_OBJECT_CLASS (ops_preferences_window_parent_class)->constructed (object);

  g_assert (OPS_IS_CONTEXT (self->context));
  store = get_store (self);

  gtk_label_set_text (self->database_label, ops_store_get_path (store));
  gtk_label_set_text (self->backup_label, ops_store_get_backup_dir (store));

  gtk_editable_set_text (GTK_EDITABLE (self->calc_start_row), today);

  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self,
                           G_CONNECT_SWAPPED);
  ops_approval_prefs_page_set_context (self->approvals_page, self->context);

  update_actions (self);
  load_calendar (self);
  load_retention (self);
}

static void
ops_preferences_window_dispose (GObject *object)
{
  OpsPreferencesWindow *self = OPS_PREFERENCES_WINDOW (object);

  g_cancellable_cancel (self->days_cancellable);
  g_cancellable_cancel (self->calendar_cancellable);
  g_cancellable_cancel (self->retention_cancellable);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->days_cancellable);
  g_clear_object (&self->calendar_cancellable);
  g_clear_object (&self->retention_cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), OPS_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (ops_preferences_window_parent_class)->dispose (object);
}

static void
ops_preferences_window_finalize (GObject *object)
{
  OpsPreferencesWindow *self = OPS_PREFERENCES_WINDOW (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->context);
  g_clear_pointer (&self->calendar, ops_calendar_unref);

  G_OBJECT_CLASS (ops_preferences_window_parent_class)->finalize (object);
}

static void
ops_preferences_window_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  OpsPreferencesWindow *self = OPS_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_preferences_window_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  OpsPreferencesWindow *self = OPS_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_preferences_window_class_init (OpsPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ops_preferences_window_constructed;
  object_class->dispose = ops_preferences_window_dispose;
  object_class->finalize = ops_preferences_window_finalize;
  object_class->get_property = ops_preferences_window_get_property;
  object_class->set_property = ops_preferences_window_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         OPS_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (OPS_TYPE_APPROVAL_PREFS_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ops-preferences-window.ui");

  gtk_widget_class_bind_template_child (widget_class, OpsPreferencesWindow, date_row);
  gtk_widget_class_bind_template_child (widget_class, OpsPreferencesWindow, kind_row);
  gtk_widget_class_bind_template_child (widget_class, OpsPreferencesWindow, name_row);
  gtk_widget_class_bind_template_child (widget_class, OpsPreferencesWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, OpsPreferencesWindow, calendar_list);
  gtk_widget_class_bind_template_child (widget_class, OpsPreferencesWindow, calc_start_row);
  gtk_widget_class_bind_template_child (widget_class, OpsPreferencesWindow, calc_days_spin);
  gtk_widget_class_bind_template_child (widget_class, OpsPreferencesWindow, calc_result_label);
  gtk_widget_class_bind_template_child (widget_class, OpsPreferencesWindow, database_label);
  gtk_widget_class_bind_template_child (widget_class, OpsPreferencesWindow, backup_label);
  gtk_widget_class_bind_template_child (widget_class, OpsPreferencesWindow, approvals_page);
  gtk_widget_class_bind_template_child (widget_class, OpsPreferencesWindow, retention_spin);
  gtk_widget_class_bind_template_child (widget_class, OpsPreferencesWindow, retention_error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_add_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_calc_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_retention_changed);

  gtk_widget_class_install_action (widget_class, "calendar.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "meetings.save-retention", NULL, save_retention_action);
  gtk_widget_class_install_action (widget_class, "prefs.open-backup-folder", NULL,
                                   open_backup_folder_action);
}

static void
ops_preferences_window_init (OpsPreferencesWindow *self)
{
  GtkWidget *placeholder;

  self->cancellable = g_cancellable_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  placeholder = gtk_label_new (_("No holidays or make-up working days yet: only weekends are days off."));
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_widget_set_margin_top (placeholder, 18);
  gtk_widget_set_margin_bottom (placeholder, 18);
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_widget_set_margin_end (placeholder, 12);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_list_box_set_placeholder (self->calendar_list, placeholder);
  gtk_list_box_set_header_func (self->calendar_list, calendar_list_header, NULL, NULL);
}

GtkWidget *
ops_preferences_window_new (OpsContext *context)
{
  g_return_val_if_fail (OPS_IS_CONTEXT (context), NULL);

  return g_object_new (OPS_TYPE_PREFERENCES_WINDOW,
                       "context", context,
                       NULL);
}
