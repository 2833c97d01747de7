/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-meetings-page.c: the Meetings section. The list asks the store for one
 * page of meetings at a time (scope, search, host, department and state are
 * a new store query each); each row shows the meeting's flags as labelled
 * badges. Selecting a row shows the meeting in OpsMeetingView beside the
 * list; the view's Edit opens OpsMeetingEditor. The rows are drawn by
 * ops-meeting-row.c. "Export to Calendar…" writes
 * the selected meeting, or its whole series, as an .ics file.
 *
 * The list's model chain is short: GtkSingleSelection → the store's
 * GListModel of OpsMeeting (replaced on every query).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/ops-validate.h"
#include "ui/ops-compat.h"
#include "ui/ops-export-runner.h"
#include "ui/ops-meeting-editor.h"
#include "ui/ops-meeting-row.h"
#include "ui/ops-meeting-view.h"
#include "ui/ops-meetings-page.h"
#include "ui/ops-id-filter.h"

/* Rows asked of the store per page of the list. */
#define PAGE_SIZE 200

struct _OpsMeetingsPage
{
  OpsPage             parent_instance;

  /* Template children */
  GtkToggleButton    *scope_upcoming;
  GtkToggleButton    *scope_past;
  GtkToggleButton    *scope_all;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *host_filter;
  GtkStringList      *host_filter_model;
  GtkDropDown        *department_filter;
  GtkStringList      *department_filter_model;
  GtkDropDown        *state_filter;
  GtkStringList      *state_filter_model;
  AdwLeaflet         *leaflet;
  GtkWidget          *list_pane;
  GtkWidget          *detail_pane;
  GtkStack           *list_stack;
  GtkSpinner         *spinner;
  GtkListView        *list_view;
  GtkSingleSelection *selection;
  AdwStatusPage      *status_page;
  GtkWidget          *status_button;
  GtkLabel           *count_label;
  GtkWidget          *more_button;
  GtkWidget          *back_button;
  OpsMeetingView     *meeting_view;

  /* State */
  GCancellable       *cancellable;          /* the newest list query */
  GCancellable       *filters_cancellable;  /* people and departments */
  GCancellable       *action_cancellable;   /* .ics export, editor loads */
  GArray             *host_ids;             /* gint64 per host filter position */
  GArray             *department_ids;       /* gint64 per department filter position */
  guint               limit;                /* rows asked for: PAGE_SIZE × pages */
  guint               total;                /* matches, from the store */
  gint64              select_id;            /* select after the next load */
  guint               updating_filters : 1;
  guint               loaded : 1;
};

G_DEFINE_FINAL_TYPE (OpsMeetingsPage, ops_meetings_page, OPS_TYPE_PAGE)

static void load_meetings (OpsMeetingsPage *self);

/* The state filter, in drop-down order. */
static const struct {
  OpsMeetingStateFilter state;
  const char           *label;
} state_choices[] = {
  { OPS_MEETING_STATE_ANY, N_("Any state") },
  { OPS_MEETING_STATE_PLANNED, N_("Planned") },
  { OPS_MEETING_STATE_MINUTES_PENDING, N_("Minutes pending") },
  { OPS_MEETING_STATE_DONE, N_("Minutes approved") },
  { OPS_MEETING_STATE_ARCHIVED, N_("Archived") },
};

/* Helpers --------------------------------------------------------------- */

static OpsStore *
get_store (OpsMeetingsPage *self)
{
  OpsContext *context = ops_page_get_context (OPS_PAGE (self));

  return context != NULL ? ops_context_get_store (context) : NULL;
}

static OpsMeetingScope
current_scope (OpsMeetingsPage *self)
{
  if (gtk_toggle_button_get_active (self->scope_past))
    return OPS_MEETING_SCOPE_PAST;
  if (gtk_toggle_button_get_active (self->scope_all))
    return OPS_MEETING_SCOPE_ALL;
  return OPS_MEETING_SCOPE_UPCOMING;
}

static OpsMeetingStateFilter
current_state (OpsMeetingsPage *self)
{
  guint position = gtk_drop_down_get_selected (self->state_filter);

  if (position >= G_N_ELEMENTS (state_choices))
    return OPS_MEETING_STATE_ANY;
  return state_choices[position].state;
}

/* The search text without surrounding white space; NULL when empty. */
static char *
dup_search_text (OpsMeetingsPage *self)
{
  g_autofree char *text = ops_strip_dup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));

  if (text == NULL || *text == '\0')
    return NULL;
  return g_steal_pointer (&text);
}

static gboolean
filters_narrow (OpsMeetingsPage *self)
{
  g_autofree char *search = dup_search_text (self);

  return search != NULL
         || ops_id_filter_get_selected (self->host_filter, self->host_ids) != 0
         || ops_id_filter_get_selected (self->department_filter, self->department_ids) != 0
         || current_state (self) != OPS_MEETING_STATE_ANY;
}

static OpsMeeting *
selected_meeting (OpsMeetingsPage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

/* Detail ---------------------------------------------------------------- */

static void
update_actions (OpsMeetingsPage *self)
{
  gboolean ready = get_store (self) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meetings.new", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meetings.export-ics",
                                 ready && ops_meeting_view_get_meeting_id (self->meeting_view) != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meetings.load-more",
                                 ready && self->limit < self->total);
}

static void
show_meeting (OpsMeetingsPage *self,
              gint64           id)
{
  if (ops_meeting_view_get_meeting_id (self->meeting_view) != id)
    ops_meeting_view_show (self->meeting_view, id);
  if (id != 0 && adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->detail_pane);
  update_actions (self);
}

static void
on_selection_changed (OpsMeetingsPage *self)
{
  OpsMeeting *meeting = selected_meeting (self);

  /* A reload replaces the model: the meeting stays shown until another is
   * chosen. */
  if (meeting != NULL)
    show_meeting (self, ops_meeting_get_id (meeting));
}

static void
on_row_activated (OpsMeetingsPage *self,
                  guint            position)
{
  g_autoptr(OpsMeeting) meeting = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (meeting == NULL)
    return;
  show_meeting (self, ops_meeting_get_id (meeting));
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->detail_pane);
}

static void
on_folded_changed (OpsMeetingsPage *self)
{
  gtk_widget_set_visible (self->back_button, adw_leaflet_get_folded (self->leaflet));
}

static void
on_back_clicked (OpsMeetingsPage *self)
{
  adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
}

static void
on_meeting_saved (OpsMeetingsPage *self,
                  gint64           id)
{
  /* The store's ::changed reloads the list; select the meeting then. */
  self->select_id = id;
  show_meeting (self, id);
}

static void
open_editor (OpsMeetingsPage *self,
             gint64           id)
{
  OpsContext *context = ops_page_get_context (OPS_PAGE (self));
  GtkWidget *editor;
  GtkWindow *window = ops_widget_get_window (GTK_WIDGET (self));

  if (context == NULL)
    return;

  editor = ops_meeting_editor_new (context, id);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_meeting_saved), self, G_CONNECT_SWAPPED);
  if (window != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (editor), window);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
on_edit_requested (OpsMeetingsPage *self,
                   gint64           id)
{
  open_editor (self, id);
}

static void
on_meeting_deleted (OpsMeetingsPage *self,
                    gint64           id)
{
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  ops_meeting_view_show (self->meeting_view, 0);
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
  update_actions (self);
}

/* The list -------------------------------------------------------------- */

static void
update_list_state (OpsMeetingsPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  g_autofree char *count = NULL;
  g_autofree char *search = NULL;
  OpsMeetingScope scope = current_scope (self);

  gtk_spinner_stop (self->spinner);

  if (n < self->total)
    /* TRANSLATORS: "200 of 1,234 meetings" under the list */
    count = g_strdup_printf (ngettext ("%u of %u meeting", "%u of %u meetings", self->total), n, self->total);
  else
    count = g_strdup_printf (ngettext ("%u meeting", "%u meetings", n), n);
  gtk_label_set_text (self->count_label, count);
  gtk_widget_set_visible (self->more_button, n < self->total);
  update_actions (self);

  if (n > 0)
    {
      gtk_stack_set_visible_child_name (self->list_stack, "list");
      return;
    }

  search = dup_search_text (self);
  if (filters_narrow (self))
    {
      g_autofree char *title = search != NULL ? g_strdup_printf (_("No meeting matches “%s”"), search)
                                              : g_strdup (_("No meeting matches the filters"));

      adw_status_page_set_icon_name (self->status_page, "edit-find-symbolic");
      adw_status_page_set_title (self->status_page, title);
      adw_status_page_set_description (self->status_page,
                                       _("Search for part of a topic, goal or place, choose “All” "
                                         "meetings, or clear the search and the filters."));
      gtk_widget_set_visible (self->status_button, FALSE);
    }
  else if (scope == OPS_MEETING_SCOPE_UPCOMING)
    {
      adw_status_page_set_icon_name (self->status_page, "x-office-calendar-symbolic");
      adw_status_page_set_title (self->status_page, _("No upcoming meetings"));
      adw_status_page_set_description (self->status_page,
                                       _("Plan the next meeting: its topic, people, agenda and materials. "
                                         "Earlier meetings are under “Past”."));
      gtk_widget_set_visible (self->status_button, TRUE);
    }
  else if (scope == OPS_MEETING_SCOPE_PAST)
    {
      adw_status_page_set_icon_name (self->status_page, "x-office-calendar-symbolic");
      adw_status_page_set_title (self->status_page, _("No past meetings"));
      adw_status_page_set_description (self->status_page,
                                       _("Meetings appear here once they have ended, with their sign-in "
                                         "sheets, resolutions and minutes."));
      gtk_widget_set_visible (self->status_button, FALSE);
    }
  else
    {
      adw_status_page_set_icon_name (self->status_page, "x-office-calendar-symbolic");
      adw_status_page_set_title (self->status_page, _("No meetings yet"));
      adw_status_page_set_description (self->status_page,
                                       _("Create a meeting with its topic, host, note-taker, attendees, "
                                         "agenda and materials; a weekly or monthly series too."));
      gtk_widget_set_visible (self->status_button, TRUE);
    }

  gtk_stack_set_visible_child_name (self->list_stack, "empty");
}

/* Selects the row of @id; FALSE when it is not in the list. */
static gboolean
select_by_id (OpsMeetingsPage *self,
              gint64           id)
{
  GListModel *model = G_LIST_MODEL (self->selection);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OpsMeeting) meeting = g_list_model_get_item (model, i);

      if (ops_meeting_get_id (meeting) == id)
        {
          gtk_single_selection_set_selected (self->selection, i);
          gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", i);
          return TRUE;
        }
    }
  return FALSE;
}

static void
on_meetings_listed (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(OpsMeetingsPage) self = user_data;
  g_autoptr(GListModel) meetings = NULL;
  g_autoptr(GError) error = NULL;
  gint64 keep_id;
  guint total = 0;

  meetings = ops_store_list_meetings_finish (OPS_STORE (source), result, &total, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (error != NULL)
    {
      gtk_spinner_stop (self->spinner);
      adw_status_page_set_icon_name (self->status_page, "dialog-error-symbolic");
      adw_status_page_set_title (self->status_page, _("Could not load the meetings"));
      adw_status_page_set_description (self->status_page, error->message);
      gtk_widget_set_visible (self->status_button, FALSE);
      gtk_stack_set_visible_child_name (self->list_stack, "empty");
      ops_show_error (GTK_WIDGET (self), _("Could not load the meetings"), error);
      return;
    }

  keep_id = self->select_id != 0 ? self->select_id : ops_meeting_view_get_meeting_id (self->meeting_view);
  self->select_id = 0;
  self->loaded = TRUE;
  self->total = total;
  gtk_single_selection_set_model (self->selection, meetings);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  update_list_state (self);

  if (keep_id != 0)
    select_by_id (self, keep_id);
}

static void
load_meetings (OpsMeetingsPage *self)
{
  OpsStore *store = get_store (self);
  OpsMeetingFilter filter = { 0 };
  g_autofree char *search = NULL;

  if (store == NULL)
    return;

  /* Only the newest query counts. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  search = dup_search_text (self);
  filter.search = search;
  filter.host_id = ops_id_filter_get_selected (self->host_filter, self->host_ids);
  filter.department_id = ops_id_filter_get_selected (self->department_filter, self->department_ids);
  filter.scope = current_scope (self);
  filter.state = current_state (self);

  if (!self->loaded)
    {
      gtk_stack_set_visible_child_name (self->list_stack, "loading");
      gtk_spinner_start (self->spinner);
    }

  ops_store_list_meetings_async (store, &filter, (OpsRange) { 0, self->limit },
                                 self->cancellable, on_meetings_listed, g_object_ref (self));
}

/* A new query from the first page. */
static void
restart_query (OpsMeetingsPage *self)
{
  self->limit = PAGE_SIZE;
  load_meetings (self);
}

/* Filters --------------------------------------------------------------- */

/* Refills @model/@ids with "@all_label" and then @names/@new_ids, keeping the
 * chosen id when it is still there. */
static void
refill_filter (OpsMeetingsPage *self,
               GtkDropDown     *drop_down,
               GtkStringList   *model,
               GArray          *ids,
               const char      *all_label,
               GPtrArray       *names,
               GArray          *new_ids)
{
  gboolean lost;

  self->updating_filters = TRUE;
  lost = ops_id_filter_refill (drop_down, model, ids, all_label, names, new_ids);
  self->updating_filters = FALSE;

  /* The chosen one is gone: the list must follow. */
  if (lost)
    restart_query (self);
}

static void
on_hosts_listed (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(OpsMeetingsPage) self = user_data;
  g_autoptr(GListModel) people = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GArray) ids = NULL;

  people = ops_store_list_people_finish (OPS_STORE (source), result, NULL, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (error != NULL)
    {
      ops_show_error (GTK_WIDGET (self), _("Could not load the people for the host filter"), error);
      return;
    }

  ops_id_filter_people (people, &names, &ids);
  refill_filter (self, self->host_filter, self->host_filter_model, self->host_ids,
                 _("Any host"), names, ids);
}

static void
on_departments_listed (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(OpsMeetingsPage) self = user_data;
  g_autoptr(GListModel) departments = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  departments = ops_store_list_departments_finish (OPS_STORE (source), result, NULL, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (error != NULL)
    {
      ops_show_error (GTK_WIDGET (self), _("Could not load the departments for the filter"), error);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (departments); i++)
    {
      g_autoptr(OpsDepartment) department = g_list_model_get_item (departments, i);
      gint64 id = ops_department_get_id (department);

      g_ptr_array_add (names, g_strdup (ops_department_get_name (department)));
      g_array_append_val (ids, id);
    }

  refill_filter (self, self->department_filter, self->department_filter_model, self->department_ids,
                 _("All departments"), names, ids);
}

static void
load_filters (OpsMeetingsPage *self)
{
  OpsStore *store = get_store (self);
  /* Hosts of past meetings may have left: list the inactive too. */
  OpsPersonFilter people = { .include_inactive = TRUE };

  if (store == NULL)
    return;

  g_cancellable_cancel (self->filters_cancellable);
  g_clear_object (&self->filters_cancellable);
  self->filters_cancellable = g_cancellable_new ();

  ops_store_list_people_async (store, &people, OPS_RANGE_ALL, self->filters_cancellable,
                               on_hosts_listed, g_object_ref (self));
  ops_store_list_departments_async (store, &(OpsDepartmentFilter) { NULL }, OPS_RANGE_ALL,
                                    self->filters_cancellable, on_departments_listed,
                                    g_object_ref (self));
}

static void
on_filter_changed (OpsMeetingsPage *self)
{
  if (!self->updating_filters)
    restart_query (self);
}

static void
on_scope_toggled (OpsMeetingsPage *self,
                  GtkToggleButton *button)
{
  /* Two buttons toggle per change: act on the one switched on. */
  if (gtk_toggle_button_get_active (button) && !self->updating_filters)
    restart_query (self);
}

static void
on_stop_search (OpsMeetingsPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

/* Actions --------------------------------------------------------------- */

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  open_editor (OPS_MEETINGS_PAGE (widget), 0);
}

static void
load_more_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  OpsMeetingsPage *self = OPS_MEETINGS_PAGE (widget);

  self->limit += PAGE_SIZE;
  load_meetings (self);
}

/* Calendar export ------------------------------------------------------- */

typedef struct {
  gint64   meeting_id;
  gboolean whole_series;
  char    *topic;
} IcsRequest;

static void
ics_request_free (IcsRequest *request)
{
  g_free (request->topic);
  g_free (request);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (IcsRequest, ics_request_free)

static void
on_ics_written (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(OpsMeetingsPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!ops_export_runner_write_ics_finish (result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        ops_show_error (GTK_WIDGET (self), _("The calendar file could not be written"), error);
      return;
    }

  ops_show_toast (GTK_WIDGET (self),
                  _("Calendar file saved: import it into GNOME Calendar, Thunderbird or Outlook"));
}

static void
on_ics_file_chosen (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  OpsMeetingsPage *self = g_task_get_source_object (task);
  IcsRequest *request = g_task_get_task_data (task);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  file = ops_compat_file_finish (result, &error);
  if (file == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        ops_show_error (GTK_WIDGET (self), _("The file could not be chosen"), error);
      return;
    }

  if (g_file_peek_path (file) != NULL && !g_str_has_suffix (g_file_peek_path (file), ".ics"))
    {
      g_autofree char *path = g_strconcat (g_file_peek_path (file), ".ics", NULL);

      g_clear_object (&file);
      file = g_file_new_for_path (path);
    }

  ops_export_runner_write_ics (get_store (self), request->meeting_id, request->whole_series, file,
                               self->action_cancellable, on_ics_written, g_object_ref (self));
}

static void
choose_ics_file (OpsMeetingsPage *self,
                 IcsRequest      *request)
{
  OpsContext *context = ops_page_get_context (OPS_PAGE (self));
  g_autoptr(GFile) folder = NULL;
  g_autofree char *last_folder = NULL;
  g_autofree char *safe = NULL;
  g_autofree char *name = NULL;
  GTask *task;

  /* Where the last export went, as for the Excel sheets. */
  if (context != NULL)
    last_folder = g_settings_get_string (ops_context_get_settings (context), "last-export-folder");
  if (last_folder != NULL && *last_folder != '\0')
    folder = g_file_new_for_path (last_folder);
  else if (g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS) != NULL)
    folder = g_file_new_for_path (g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS));

  safe = g_strdup (request->topic);
  g_strdelimit (safe, "/\\:*?\"<>|", '-');
  name = g_strconcat (safe, ".ics", NULL);

  task = g_task_new (self, self->action_cancellable, NULL, NULL);
  g_task_set_task_data (task, request, (GDestroyNotify) ics_request_free);
  ops_compat_save_file_async (ops_widget_get_window (GTK_WIDGET (self)), _("Export to Calendar"), folder, name,
                              _("Calendar files"), "*.ics", self->action_cancellable,
                              on_ics_file_chosen, task);
}

static void
on_series_answer (AdwMessageDialog *dialog,
                  const char       *response,
                  OpsMeetingsPage  *self)
{
  IcsRequest *request = g_object_steal_data (G_OBJECT (dialog), "ops-ics-request");

  if (request == NULL)
    return;
  if (g_strcmp0 (response, "this") != 0 && g_strcmp0 (response, "series") != 0)
    {
      ics_request_free (request);
      return;
    }

  request->whole_series = g_str_equal (response, "series");
  choose_ics_file (self, request);
}

static void
on_ics_meeting_loaded (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(OpsMeetingsPage) self = user_data;
  g_autoptr(OpsMeeting) meeting = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(IcsRequest) request = NULL;
  GtkWidget *dialog;

  meeting = ops_store_get_meeting_finish (OPS_STORE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (error != NULL)
    {
      ops_show_error (GTK_WIDGET (self), _("The meeting could not be read"), error);
      return;
    }

  request = g_new0 (IcsRequest, 1);
  request->meeting_id = ops_meeting_get_id (meeting);
  request->topic = g_strdup (ops_meeting_get_topic (meeting));

  if (ops_meeting_get_series_id (meeting) == 0)
    {
      choose_ics_file (self, g_steal_pointer (&request));
      return;
    }

  dialog = adw_message_dialog_new (ops_widget_get_window (GTK_WIDGET (self)), _("Export the whole series?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("“%s” is one meeting of a series. A calendar can take this meeting "
                                    "alone, or the whole series with its repeat rule."),
                                  ops_meeting_get_topic (meeting));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "this", _("_This Meeting"),
                                    "series", _("_Whole Series"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "series", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "series");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_widget_set_name (dialog, "meetings-ics-series-dialog");
  g_object_set_data_full (G_OBJECT (dialog), "ops-ics-request", g_steal_pointer (&request),
                          (GDestroyNotify) ics_request_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_series_answer), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
export_ics_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  OpsMeetingsPage *self = OPS_MEETINGS_PAGE (widget);
  gint64 id = ops_meeting_view_get_meeting_id (self->meeting_view);

  if (id == 0 || get_store (self) == NULL)
    return;

  /* Read the meeting first: a series asks which to export. */
  ops_store_get_meeting_async (get_store (self), id, self->action_cancellable,
                               on_ics_meeting_loaded, g_object_ref (self));
}

/* OpsPage --------------------------------------------------------------- */

static void
ops_meetings_page_reload (OpsPage *page)
{
  OpsMeetingsPage *self = OPS_MEETINGS_PAGE (page);

  if (self->meeting_view != NULL)
    ops_meeting_view_set_context (self->meeting_view, ops_page_get_context (page));
  update_actions (self);
  load_filters (self);
  load_meetings (self);
}

static void
ops_meetings_page_focus_search (OpsPage *page)
{
  gtk_widget_grab_focus (GTK_WIDGET (OPS_MEETINGS_PAGE (page)->search_entry));
}

static void
ops_meetings_page_new_record (OpsPage *page)
{
  open_editor (OPS_MEETINGS_PAGE (page), 0);
}

static void
ops_meetings_page_open_record (OpsPage *page,
                               gint64   id)
{
  OpsMeetingsPage *self = OPS_MEETINGS_PAGE (page);

  show_meeting (self, id);
  if (select_by_id (self, id))
    return;

  /* Not in the list as filtered: every meeting, no filters, then select. */
  self->updating_filters = TRUE;
  gtk_toggle_button_set_active (self->scope_all, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->host_filter, 0);
  gtk_drop_down_set_selected (self->department_filter, 0);
  gtk_drop_down_set_selected (self->state_filter, 0);
  self->updating_filters = FALSE;
  self->select_id = id;
  restart_query (self);
}

/* GObject --------------------------------------------------------------- */

static void
ops_meetings_page_dispose (GObject *object)
{
  OpsMeetingsPage *self = OPS_MEETINGS_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->filters_cancellable);
  g_cancellable_cancel (self->action_cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->filters_cancellable);
  g_clear_object (&self->action_cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), OPS_TYPE_MEETINGS_PAGE);

  G_OBJECT_CLASS (ops_meetings_page_parent_class)->dispose (object);
}

static void
ops_meetings_page_finalize (GObject *object)
{
  OpsMeetingsPage *self = OPS_MEETINGS_PAGE (object);

  g_clear_pointer (&self->host_ids, g_array_unref);
  g_clear_pointer (&self->department_ids, g_array_unref);

  G_OBJECT_CLASS (ops_meetings_page_parent_class)->finalize (object);
}

static void
ops_meetings_page_class_init (OpsMeetingsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  OpsPageClass *page_class = OPS_PAGE_CLASS (klass);

  object_class->dispose = ops_meetings_page_dispose;
  object_class->finalize = ops_meetings_page_finalize;

  page_class->reload = ops_meetings_page_reload;
  page_class->focus_search = ops_meetings_page_focus_search;
  page_class->new_record = ops_meetings_page_new_record;
  page_class->open_record = ops_meetings_page_open_record;
  ops_page_class_watch (page_class, "meetings", "action-items", "people", "departments", NULL);

  g_type_ensure (OPS_TYPE_MEETING_VIEW);
  g_type_ensure (OPS_TYPE_MEETING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ops-meetings-page.ui");

  gtk_widget_class_bind_template_child (widget_class, OpsMeetingsPage, scope_upcoming);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingsPage, scope_past);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingsPage, scope_all);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingsPage, host_filter);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingsPage, host_filter_model);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingsPage, department_filter);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingsPage, department_filter_model);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingsPage, state_filter);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingsPage, state_filter_model);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingsPage, list_pane);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingsPage, detail_pane);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingsPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingsPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingsPage, selection);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingsPage, status_page);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingsPage, status_button);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingsPage, more_button);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingsPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingsPage, meeting_view);

  gtk_widget_class_bind_template_callback (widget_class, on_scope_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_folded_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_edit_requested);
  gtk_widget_class_bind_template_callback (widget_class, on_meeting_deleted);

  gtk_widget_class_install_action (widget_class, "meetings.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "meetings.export-ics", NULL, export_ics_action);
  gtk_widget_class_install_action (widget_class, "meetings.load-more", NULL, load_more_action);
}

static void
ops_meetings_page_init (OpsMeetingsPage *self)
{
  g_autoptr(GtkListItemFactory) factory = ops_meeting_row_factory_new ();
  gint64 all_id = 0;

  self->host_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_append_val (self->host_ids, all_id);
  self->department_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_append_val (self->department_ids, all_id);
  self->limit = PAGE_SIZE;
  self->action_cancellable = g_cancellable_new ();

  /* Set before the template: its signal handlers may run while it loads. */
  self->updating_filters = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_string_list_append (self->host_filter_model, _("Any host"));
  gtk_string_list_append (self->department_filter_model, _("All departments"));
  for (guint i = 0; i < G_N_ELEMENTS (state_choices); i++)
    gtk_string_list_append (self->state_filter_model, _(state_choices[i].label));
  gtk_drop_down_set_selected (self->host_filter, 0);
  gtk_drop_down_set_selected (self->department_filter, 0);
  gtk_drop_down_set_selected (self->state_filter, 0);
  self->updating_filters = FALSE;

  gtk_list_view_set_factory (self->list_view, factory);

  gtk_label_set_text (self->count_label, "");
  on_folded_changed (self);
  update_actions (self);
}

GtkWidget *
ops_meetings_page_new (void)
{
  return g_object_new (OPS_TYPE_MEETINGS_PAGE, NULL);
}
