/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-window-actions.c: the window's actions — sections, new record, search,
 * export, back up, restore, switch user — and when each is enabled.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "export/ops-export-templates.h"
#include "ui/ops-approvals-page.h"
#include "ui/ops-compat.h"
#include "ui/ops-export-dialog.h"
#include "ui/ops-welcome-page.h"
#include "ui/ops-window-private.h"

static gboolean
main_visible (OpsWindow *self)
{
  return self->context != NULL
         && g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "main") == 0;
}

void
ops_window_update_actions (OpsWindow *self)
{
  gboolean ready = main_visible (self);
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_action_set_enabled (widget, "win.show-page", ready);
  gtk_widget_action_set_enabled (widget, "win.new-record", ready);
  gtk_widget_action_set_enabled (widget, "win.search", ready);
  gtk_widget_action_set_enabled (widget, "win.reload", ready);
  /* Enabled on every page: the target may name a template (My Work's
   * buttons do); Ctrl+E on a page without one says where exports are. */
  gtk_widget_action_set_enabled (widget, "win.export", ready);
  gtk_widget_action_set_enabled (widget, "win.switch-user", self->context != NULL);
  gtk_widget_action_set_enabled (widget, "win.backup", self->context != NULL);
  gtk_widget_action_set_enabled (widget, "win.restore", self->context != NULL);
  gtk_widget_action_set_enabled (widget, "win.verify-audit", self->context != NULL);
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  OpsWindow *self = OPS_WINDOW (widget);

  if (ops_window_show_page (self, g_variant_get_string (parameter, NULL)))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
new_record_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  OpsPage *page = ops_window_get_visible_page (OPS_WINDOW (widget));

  if (page != NULL)
    ops_page_new_record (page);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OpsPage *page = ops_window_get_visible_page (OPS_WINDOW (widget));

  if (page != NULL)
    ops_page_focus_search (page);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OpsPage *page = ops_window_get_visible_page (OPS_WINDOW (widget));

  if (page != NULL)
    ops_page_reload (page);
}

static void
open_file_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_variant_get_string (parameter, NULL));

  ops_compat_open_file (GTK_WINDOW (widget), file);
}

/* Export ----------------------------------------------------------------- */

void
ops_window_export_to_file (OpsWindow  *self,
                           const char *template_name,
                           GFile      *file)
{
  ops_window_export_range_to_file (self, template_name, 0, NULL, NULL, file);
}

/**
 * ops_window_export_record_to_file:
 * @record_id: the one record of a template such as "meeting-minutes" (the
 *   meeting), 0 for a whole table
 *
 * Like ops_window_export_to_file(), for one record.
 */
void
ops_window_export_record_to_file (OpsWindow  *self,
                                  const char *template_name,
                                  gint64      record_id,
                                  GFile      *file)
{
  ops_window_export_range_to_file (self, template_name, record_id, NULL, NULL, file);
}

/**
 * ops_window_export_range_to_file:
 * @from: (nullable): first date "YYYY-MM-DD" of a date-ranged template
 * @to: (nullable): last date
 *
 * Exports @template_name (for @record_id, 0 = the whole table) to @file with
 * the progress dialog.
 */
void
ops_window_export_range_to_file (OpsWindow  *self,
                                 const char *template_name,
                                 gint64      record_id,
                                 const char *from,
                                 const char *to,
                                 GFile      *file)
{
  OpsExportDialog *dialog;
  g_autoptr(GFile) folder = NULL;

  g_return_if_fail (OPS_IS_WINDOW (self));
  g_return_if_fail (self->context != NULL);

  folder = g_file_get_parent (file);
  if (folder != NULL && g_file_peek_path (folder) != NULL)
    g_settings_set_string (ops_context_get_settings (self->context), "last-export-folder",
                           g_file_peek_path (folder));

  dialog = ops_export_dialog_new (GTK_WINDOW (self), self->context, template_name, file);
  ops_export_dialog_set_record_id (dialog, record_id);
  ops_export_dialog_set_range (dialog, from, to);
  gtk_window_present (GTK_WINDOW (dialog));
  ops_export_dialog_start (dialog);
}

/* What the file chooser was opened for. */
typedef struct {
  char   *template_name;
  gint64  record_id;
  char   *from;
  char   *to;
} ExportRequest;

static void
export_request_free (ExportRequest *request)
{
  g_free (request->template_name);
  g_free (request->from);
  g_free (request->to);
  g_free (request);
}

static void
on_export_file_chosen (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  OpsWindow *self = g_task_get_source_object (task);
  ExportRequest *request = g_task_get_task_data (task);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  file = ops_compat_file_finish (result, &error);
  if (file == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        ops_show_error (GTK_WIDGET (self), _("The file could not be chosen"), error);
      return;
    }

  if (!g_str_has_suffix (g_file_peek_path (file), ".xlsx"))
    {
      g_autofree char *path = g_strconcat (g_file_peek_path (file), ".xlsx", NULL);

      g_clear_object (&file);
      file = g_file_new_for_path (path);
    }

  ops_window_export_range_to_file (self, request->template_name, request->record_id,
                                   request->from, request->to, file);
}

/* Asks where to save @template (for @record_id, 0 = the whole table; @from
 * and @to: its date range, NULL = open), then exports. */
static void
choose_export_file (OpsWindow               *self,
                    const OpsExportTemplate *template,
                    gint64                   record_id,
                    const char              *from,
                    const char              *to)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *name = NULL;
  g_autofree char *last_folder = NULL;
  g_autoptr(GFile) folder = NULL;
  ExportRequest *request;
  GTask *task;

  /* TRANSLATORS: suggested export file name: "<template title>-<date>.xlsx" */
  name = g_strdup_printf (_("%s-%s.xlsx"), template->title (), date);

  last_folder = g_settings_get_string (ops_context_get_settings (self->context), "last-export-folder");
  if (*last_folder != '\0')
    folder = g_file_new_for_path (last_folder);
  else if (g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS) != NULL)
    folder = g_file_new_for_path (g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS));

  request = g_new0 (ExportRequest, 1);
  request->template_name = g_strdup (template->name);
  request->record_id = record_id;
  request->from = g_strdup (from);
  request->to = g_strdup (to);
  task = g_task_new (self, self->cancellable, NULL, NULL);
  g_task_set_task_data (task, request, (GDestroyNotify) export_request_free);
  ops_compat_save_file_async (GTK_WINDOW (self), _("Export to Excel"), folder, name,
                              _("Excel workbooks"), "*.xlsx", self->cancellable,
                              on_export_file_chosen, task);
}

/* The date range of a date-ranged template: two dates (either may be left
 * empty for an open end); Export stays disabled while they are not valid. */

static gboolean
range_entry_date (GtkEditable *entry,
                  GDate       *date,
                  gboolean    *empty)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  *empty = *text == '\0';
  return *empty || ops_date_parse_iso (text, date);
}

static void
on_range_changed (AdwMessageDialog *dialog)
{
  GtkEditable *from = g_object_get_data (G_OBJECT (dialog), "ops-from");
  GtkEditable *to = g_object_get_data (G_OBJECT (dialog), "ops-to");
  GtkLabel *hint = g_object_get_data (G_OBJECT (dialog), "ops-hint");
  GDate from_date, to_date;
  gboolean from_empty, to_empty;
  const char *problem = NULL;

  if (!range_entry_date (from, &from_date, &from_empty))
    problem = _("Type the first date as YYYY-MM-DD, for example 2026-11-01, or leave it empty.");
  else if (!range_entry_date (to, &to_date, &to_empty))
    problem = _("Type the last date as YYYY-MM-DD, for example 2026-11-30, or leave it empty.");
  else if (!from_empty && !to_empty && g_date_compare (&from_date, &to_date) > 0)
    problem = _("The first date is after the last date: swap them.");

  gtk_label_set_text (hint, problem != NULL ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (hint), problem != NULL);
  adw_message_dialog_set_response_enabled (dialog, "export", problem == NULL);
}

static void
on_range_response (AdwMessageDialog *dialog,
                   const char       *response,
                   OpsWindow        *self)
{
  const OpsExportTemplate *template = g_object_get_data (G_OBJECT (dialog), "ops-template");
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (g_strcmp0 (response, "export") == 0)
    {
      GtkEditable *from_entry = g_object_get_data (G_OBJECT (dialog), "ops-from");
      GtkEditable *to_entry = g_object_get_data (G_OBJECT (dialog), "ops-to");

      from = g_strstrip (g_strdup (gtk_editable_get_text (from_entry)));
      to = g_strstrip (g_strdup (gtk_editable_get_text (to_entry)));
      choose_export_file (self, template, 0, *from != '\0' ? from : NULL, *to != '\0' ? to : NULL);
    }
  else if (g_strcmp0 (response, "all") == 0)
    choose_export_file (self, template, 0, NULL, NULL);
}

static GtkWidget *
range_entry (GtkGrid    *grid,
             int         row,
             const char *label_text,
             const char *name,
             const char *value)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (label_text);
  GtkWidget *entry = gtk_entry_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), entry);
  gtk_widget_set_name (entry, name);
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("YYYY-MM-DD"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (entry), value != NULL ? value : "");
  gtk_accessible_update_relation (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  label, NULL, -1);
  gtk_grid_attach (grid, label, 0, row, 1, 1);
  gtk_grid_attach (grid, entry, 1, row, 1, 1);
  return entry;
}

/* The default range: the meetings of the next 30 days, the requests of this
 * year, every action item. */
static void
default_range (const char  *template_name,
               char       **from,
               char       **to)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  *from = NULL;
  *to = NULL;
  if (g_strcmp0 (template_name, "meeting-notice") == 0)
    {
      g_autoptr(GDateTime) later = g_date_time_add_days (now, 30);

      *from = g_date_time_format (now, "%Y-%m-%d");
      *to = g_date_time_format (later, "%Y-%m-%d");
    }
  else if (g_strcmp0 (template_name, "approval-form") == 0)
    {
      *from = g_date_time_format (now, "%Y-01-01");
      *to = g_date_time_format (now, "%Y-%m-%d");
    }
}

/* Asks for the date range of @template, then where to save it. */
static void
ask_export_range (OpsWindow               *self,
                  const OpsExportTemplate *template)
{
  AdwMessageDialog *dialog;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *hint = gtk_label_new (NULL);
  GtkWidget *from, *to;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;

  default_range (template->name, &from_text, &to_text);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), template->title (),
                                                       template->range_label ()));
  gtk_widget_set_name (GTK_WIDGET (dialog), "export-range-dialog");
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  from = range_entry (GTK_GRID (grid), 0, _("_From"), "export-range-from", from_text);
  to = range_entry (GTK_GRID (grid), 1, _("_To"), "export-range-to", to_text);
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_widget_set_name (hint, "export-range-hint");
  gtk_widget_add_css_class (hint, "error");
  gtk_widget_set_visible (hint, FALSE);
  gtk_box_append (GTK_BOX (box), grid);
  gtk_box_append (GTK_BOX (box), hint);
  adw_message_dialog_set_extra_child (dialog, box);

  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "all", _("_All Dates"),
                                    "export", _("_Export…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "export", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "export");
  adw_message_dialog_set_close_response (dialog, "cancel");

  g_object_set_data (G_OBJECT (dialog), "ops-template", (gpointer) template);
  g_object_set_data (G_OBJECT (dialog), "ops-from", from);
  g_object_set_data (G_OBJECT (dialog), "ops-to", to);
  g_object_set_data (G_OBJECT (dialog), "ops-hint", hint);
  g_signal_connect_swapped (from, "changed", G_CALLBACK (on_range_changed), dialog);
  g_signal_connect_swapped (to, "changed", G_CALLBACK (on_range_changed), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_range_response), self, 0);
  on_range_changed (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OpsWindow *self = OPS_WINDOW (widget);
  const char *template_name = g_variant_get_string (parameter, NULL);
  const OpsExportTemplate *template;

  if (template_name == NULL || *template_name == '\0')
    {
      OpsPage *page = ops_window_get_visible_page (self);

      template_name = page != NULL ? ops_page_get_export_template (page) : NULL;
    }
  template = template_name != NULL ? ops_export_template_lookup (template_name) : NULL;
  if (template == NULL)
    {
      ops_window_add_toast (self, adw_toast_new (_("This page has nothing to export. Each list (People, Meetings, Action Items, Approvals) exports its own table.")));
      return;
    }

  if (template->range_label != NULL)
    ask_export_range (self, template);
  else
    choose_export_file (self, template, 0, NULL, NULL);
}

/* win.export-minutes(x): the minutes form (会议纪要) of meeting x. */
static void
export_minutes_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  OpsWindow *self = OPS_WINDOW (widget);
  gint64 meeting_id = g_variant_get_int64 (parameter);
  const OpsExportTemplate *template = ops_export_template_lookup ("meeting-minutes");

  g_return_if_fail (template != NULL);

  if (self->context == NULL || meeting_id <= 0)
    return;

  choose_export_file (self, template, meeting_id, NULL, NULL);
}

/* Back up and restore ----------------------------------------------------- */

static void
on_backup_done (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(OpsWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *text = NULL;
  AdwToast *toast;

  path = ops_store_backup_finish (OPS_STORE (object), result, &error);
  if (path == NULL)
    {
      ops_show_error (GTK_WIDGET (self), _("The backup could not be made"), error);
      return;
    }

  basename = g_path_get_basename (path);
  text = g_strdup_printf (_("Backed up to “%s”"), basename);
  toast = adw_toast_new (text);
  {
    g_autofree char *folder = g_path_get_dirname (path);

    adw_toast_set_button_label (toast, _("Show Folder"));
    adw_toast_set_action_name (toast, "win.open-file");
    adw_toast_set_action_target_value (toast, g_variant_new_string (folder));
  }
  ops_window_add_toast (self, toast);
}

static void
on_backup_file_chosen (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(OpsWindow) self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  file = ops_compat_file_finish (result, &error);
  if (file == NULL || self->context == NULL)
    return;

  ops_store_backup_async (ops_context_get_store (self->context), g_file_peek_path (file),
                          self->cancellable, on_backup_done, g_object_ref (self));
}

static void
backup_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OpsWindow *self = OPS_WINDOW (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%d-%H%M");
  g_autofree char *name = NULL;
  g_autoptr(GFile) folder = NULL;

  /* TRANSLATORS: suggested backup file name; %s is the date and time */
  name = g_strdup_printf (_("opsdesk-backup-%s.db"), stamp);
  if (g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS) != NULL)
    folder = g_file_new_for_path (g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS));

  ops_compat_save_file_async (GTK_WINDOW (self), _("Back Up the Database"), folder, name,
                              _("Opsdesk databases"), "*.db", self->cancellable,
                              on_backup_file_chosen, g_object_ref (self));
}

static void
on_restore_done (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(OpsWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!ops_store_restore_finish (OPS_STORE (object), result, &error))
    {
      ops_show_error (GTK_WIDGET (self), _("The backup could not be restored"), error);
      return;
    }

  ops_window_add_toast (self, adw_toast_new (_("Backup restored. The data before it was backed up automatically.")));
}

static void
restore_from (OpsWindow  *self,
              const char *path)
{
  ops_store_restore_async (ops_context_get_store (self->context), path, self->cancellable,
                           on_restore_done, g_object_ref (self));
}

static void
on_restore_file_chosen (GObject      *object,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(OpsWindow) self = user_data;
  g_autoptr(GFile) file = NULL;

  file = ops_compat_file_finish (result, NULL);
  if (file != NULL && self->context != NULL)
    restore_from (self, g_file_peek_path (file));
}

static void
on_backup_row_selected (GtkListBox       *list,
                        GtkListBoxRow    *row,
                        AdwMessageDialog *dialog)
{
  adw_message_dialog_set_response_enabled (dialog, "restore", row != NULL);
}

static void
on_restore_response (AdwMessageDialog *dialog,
                     const char       *response,
                     OpsWindow        *self)
{
  GtkListBox *list = g_object_get_data (G_OBJECT (dialog), "list");
  GtkListBoxRow *row = list != NULL ? gtk_list_box_get_selected_row (list) : NULL;

  /* Every way out of the dialog answers it first. Stop following the
   * selection now: the rows go while the dialog is torn down, after its
   * responses are. */
  if (list != NULL)
    g_signal_handlers_disconnect_by_func (list, on_backup_row_selected, dialog);

  if (g_strcmp0 (response, "file") == 0)
    {
      ops_compat_open_file_async (GTK_WINDOW (self), _("Restore a Backup"), NULL,
                                  _("Opsdesk databases"), "*.db", self->cancellable,
                                  on_restore_file_chosen, g_object_ref (self));
    }
  else if (g_strcmp0 (response, "restore") == 0 && row != NULL)
    {
      restore_from (self, g_object_get_data (G_OBJECT (row), "path"));
    }
}


static GtkWidget *
create_backup_row (OpsBackupInfo *info)
{
  g_autoptr(GDateTime) created = g_date_time_new_from_unix_local (ops_backup_info_get_created (info));
  g_autofree char *when = g_date_time_format (created, "%x %H:%M");
  g_autofree char *size = g_format_size (ops_backup_info_get_size (info));
  g_autofree char *basename = g_path_get_basename (ops_backup_info_get_path (info));
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();

  subtitle = g_strdup_printf ("%s · %s · %s", basename, size,
                              ops_backup_info_get_automatic (info) ? _("automatic") : _("by hand"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), when);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  g_object_set_data_full (G_OBJECT (row), "path", g_strdup (ops_backup_info_get_path (info)), g_free);
  return row;
}

static void
on_backups_listed (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(OpsWindow) self = user_data;
  g_autoptr(GListModel) backups = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog, *list, *scrolled;
  guint n;

  backups = ops_store_list_backups_finish (OPS_STORE (object), result, &error);
  if (backups == NULL)
    {
      ops_show_error (GTK_WIDGET (self), _("The backups could not be listed"), error);
      return;
    }

  n = g_list_model_get_n_items (backups);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Restore a Backup?"),
                                   n > 0 ? _("Choose a backup to put in place of the current data. The current data is backed up first, so this can be undone.")
                                         : _("There are no automatic backups yet. Choose a backup file you made with Back Up…; the current data is backed up first."));
  gtk_widget_set_name (dialog, "restore-dialog");
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "file", _("Choose _File…"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "restore", FALSE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  if (n > 0)
    {
      list = gtk_list_box_new ();
      gtk_widget_add_css_class (list, "boxed-list");
      gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Backups, newest first"), -1);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(OpsBackupInfo) info = g_list_model_get_item (backups, i);
          gtk_list_box_append (GTK_LIST_BOX (list), create_backup_row (info));
        }
      g_signal_connect_object (list, "row-selected", G_CALLBACK (on_backup_row_selected), dialog, 0);
      /* The newest backup is the usual choice: start with it selected. */
      gtk_list_box_select_row (GTK_LIST_BOX (list), gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0));
      scrolled = gtk_scrolled_window_new ();
      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
      gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 280);
      gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
      adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);
      g_object_set_data (G_OBJECT (dialog), "list", list);
    }

  g_signal_connect_object (dialog, "response", G_CALLBACK (on_restore_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
restore_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  OpsWindow *self = OPS_WINDOW (widget);

  ops_store_list_backups_async (ops_context_get_store (self->context), self->cancellable,
                                on_backups_listed, g_object_ref (self));
}

/* Switch user ------------------------------------------------------------- */

static void
on_switch_chosen (OpsWelcomePage *page,
                  OpsPerson      *person,
                  GtkWindow      *dialog)
{
  OpsWindow *self = OPS_WINDOW (gtk_window_get_transient_for (dialog));
  g_autofree char *text = NULL;

  ops_context_set_current_user (self->context, person);
  text = g_strdup_printf (_("You are now working as %s"), ops_person_get_name (person));
  ops_window_add_toast (self, adw_toast_new (text));
  gtk_window_destroy (dialog);
}

static void
switch_user_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  OpsWindow *self = OPS_WINDOW (widget);
  GtkWidget *dialog, *box, *header, *page;
  GtkWidget *title;

  dialog = adw_window_new ();
  gtk_widget_set_name (dialog, "switch-user-dialog");
  gtk_window_set_title (GTK_WINDOW (dialog), _("Switch User"));
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_set_default_size (GTK_WINDOW (dialog), 520, 620);
  gtk_window_set_hide_on_close (GTK_WINDOW (dialog), FALSE);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  title = adw_window_title_new (_("Switch User"), NULL);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), title);
  page = GTK_WIDGET (ops_welcome_page_new ());
  ops_welcome_page_set_switching (OPS_WELCOME_PAGE (page), TRUE);
  ops_welcome_page_set_context (OPS_WELCOME_PAGE (page), self->context);
  gtk_widget_set_vexpand (page, TRUE);
  g_signal_connect_object (page, "chosen", G_CALLBACK (on_switch_chosen), dialog, 0);

  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (dialog), box);

  /* Escape closes the dialog. */
  {
    GtkEventController *shortcuts = gtk_shortcut_controller_new ();
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                            gtk_named_action_new ("window.close")));
    gtk_widget_add_controller (dialog, shortcuts);
  }

  gtk_window_present (GTK_WINDOW (dialog));
}

/* Audit trail ------------------------------------------------------------- */

static void
audit_verified (OpsWindow    *self,
                GAsyncResult *result,
                gboolean      interactive)
{
  g_autoptr(GError) error = NULL;
  OpsPage *page;
  gint64 bad_row = 0;

  if (self->context == NULL)
    return;

  page = ops_window_get_page (self, "approvals");
  if (ops_store_verify_audit_finish (ops_context_get_store (self->context), result, &bad_row, &error))
    {
      if (OPS_IS_APPROVALS_PAGE (page))
        ops_approvals_page_set_audit_alert (OPS_APPROVALS_PAGE (page), NULL);
      if (interactive)
        {
          AdwToast *toast = adw_toast_new (_("The audit trail is intact: every entry matches its hash and the one before it."));

          /* Asked for just now: shown before toasts still waiting. */
          adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
          ops_window_add_toast (self, toast);
        }
      return;
    }

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (g_error_matches (error, OPS_STORE_ERROR, OPS_STORE_ERROR_CORRUPT))
    {
      g_autofree char *row = g_strdup_printf ("%" G_GINT64_FORMAT, bad_row);
      g_autofree char *body = NULL;
      g_autofree char *banner = NULL;
      GtkWidget *dialog;

      /* TRANSLATORS: the first %s is the store's message naming the row;
       * the second %s is the row's number */
      body = g_strdup_printf (_("%s\n\nUse Main Menu → Restore… to go back to a backup made before the change, "
                                "or contact administration before relying on the approvals recorded from entry %s on."),
                              error->message, row);
      /* TRANSLATORS: the banner on the Approvals page; %s is the entry's number */
      banner = g_strdup_printf (_("The audit trail does not verify from entry %s on: it was changed outside Opsdesk. "
                                  "Restore a backup made before the change, or contact administration."),
                                row);
      if (OPS_IS_APPROVALS_PAGE (page))
        ops_approvals_page_set_audit_alert (OPS_APPROVALS_PAGE (page), banner);
      dialog = ops_error_dialog_present (GTK_WINDOW (self), _("The Audit Trail Was Changed"), body);
      gtk_widget_set_name (dialog, "audit-broken-dialog");
      return;
    }

  ops_show_error (GTK_WIDGET (self), _("The audit trail could not be checked"), error);
}

static void
on_audit_verified_by_hand (GObject      *object,
                           GAsyncResult *result,
                           gpointer      user_data)
{
  g_autoptr(OpsWindow) self = user_data;

  audit_verified (self, result, TRUE);
}

static void
on_audit_verified_at_open (GObject      *object,
                           GAsyncResult *result,
                           gpointer      user_data)
{
  g_autoptr(OpsWindow) self = user_data;

  audit_verified (self, result, FALSE);
}

/**
 * ops_window_verify_audit:
 * @interactive: TRUE from the menu (an intact trail shows a toast); FALSE
 *   at open (silent unless the trail is broken)
 *
 * Checks the approval audit trail on the store's worker. A broken chain
 * shows a dialog naming the first entry that does not match and what to do,
 * and a banner on the Approvals page.
 */
static void
on_store_changed_verify (OpsStore   *store,
                         const char *what,
                         OpsWindow  *self)
{
  /* After a restore the trail is another one: check it again. */
  if (g_strcmp0 (what, "*") == 0)
    ops_window_verify_audit (self, FALSE);
}

void
ops_window_verify_audit (OpsWindow *self,
                         gboolean   interactive)
{
  OpsStore *store;

  g_return_if_fail (OPS_IS_WINDOW (self));

  if (self->context == NULL)
    return;

  store = ops_context_get_store (self->context);
  if (g_object_get_data (G_OBJECT (self), "ops-audit-watched-store") != store)
    {
      g_object_set_data (G_OBJECT (self), "ops-audit-watched-store", store);
      g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_verify), self, 0);
    }

  ops_store_verify_audit_async (store, self->cancellable,
                                interactive ? on_audit_verified_by_hand : on_audit_verified_at_open,
                                g_object_ref (self));
}

static void
verify_audit_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ops_window_verify_audit (OPS_WINDOW (widget), TRUE);
}

void
ops_window_class_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.new-record", NULL, new_record_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "win.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "win.open-file", "s", open_file_action);
  gtk_widget_class_install_action (widget_class, "win.backup", NULL, backup_action);
  gtk_widget_class_install_action (widget_class, "win.restore", NULL, restore_action);
  gtk_widget_class_install_action (widget_class, "win.switch-user", NULL, switch_user_action);
  gtk_widget_class_install_action (widget_class, "win.export-minutes", "x", export_minutes_action);
  gtk_widget_class_install_action (widget_class, "win.verify-audit", NULL, verify_audit_action);
}
