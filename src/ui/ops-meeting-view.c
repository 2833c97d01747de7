/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-meeting-view.c: the detail pane of one meeting. This file loads the
 * meeting, shows its header (time, place, people, state, flags with what
 * they mean, archive and retention), agenda, materials and linked approval
 * requests, and runs Edit, Record Materials Sent, Archive and Delete. The
 * sign-in sheet, resolutions and minutes are in ops-meeting-view-record.c.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ui/ops-compat.h"
#include "ui/ops-meeting-view-private.h"
#include "ui/ops-page.h"
#include "ui/ops-window.h"

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_MEETING_ID,
  N_PROPS
};

enum {
  EDIT_REQUESTED,
  DELETED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (OpsMeetingView, ops_meeting_view, GTK_TYPE_WIDGET)

static void load_meeting (OpsMeetingView *self);

/* Shared helpers -------------------------------------------------------- */

gint64
ops_meeting_view_current_user_id (OpsMeetingView *self)
{
  OpsPerson *user = self->context != NULL ? ops_context_get_current_user (self->context) : NULL;

  return user != NULL ? ops_person_get_id (user) : 0;
}

gboolean
ops_meeting_view_is_host (OpsMeetingView *self)
{
  gint64 user = ops_meeting_view_current_user_id (self);

  return self->meeting != NULL && user != 0 && ops_meeting_get_host_id (self->meeting) == user;
}

gboolean
ops_meeting_view_can_record (OpsMeetingView *self)
{
  gint64 user = ops_meeting_view_current_user_id (self);

  if (self->meeting == NULL || user == 0)
    return FALSE;

  return ops_meeting_get_host_id (self->meeting) == user
         || ops_meeting_get_note_taker_id (self->meeting) == user;
}

char *
ops_meeting_view_format_time (gint64 instant)
{
  g_autoptr(GDateTime) time = NULL;

  if (instant == 0)
    return g_strdup ("");

  time = g_date_time_new_from_unix_local (instant);
  return g_date_time_format (time, "%Y-%m-%d %H:%M");
}

/* "2023-09-01 14:00–15:30", or both ends in full across midnight. */
static char *
format_range (gint64 starts_at,
              gint64 ends_at)
{
  g_autoptr(GDateTime) start = g_date_time_new_from_unix_local (starts_at);
  g_autoptr(GDateTime) end = g_date_time_new_from_unix_local (ends_at);
  g_autofree char *from = g_date_time_format (start, "%Y-%m-%d %H:%M");
  g_autofree char *to = NULL;

  if (g_date_time_get_year (start) == g_date_time_get_year (end)
      && g_date_time_get_day_of_year (start) == g_date_time_get_day_of_year (end))
    to = g_date_time_format (end, "%H:%M");
  else
    to = g_date_time_format (end, "%Y-%m-%d %H:%M");

  return g_strdup_printf ("%s–%s", from, to);
}

GtkWidget *
ops_meeting_view_placeholder_row (const char *text)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  gtk_widget_add_css_class (row, "dim-label");
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

void
ops_meeting_view_begin_write (OpsMeetingView *self)
{
  self->busy++;
  ops_meeting_view_update_actions (self);
}

gboolean
ops_meeting_view_end_write (OpsMeetingView *self,
                            const char     *heading,
                            const GError   *error)
{
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return FALSE;

  g_assert (self->busy > 0);
  self->busy--;
  ops_meeting_view_update_actions (self);

  if (error != NULL)
    {
      ops_show_error (GTK_WIDGET (self), heading, error);
      return FALSE;
    }

  return TRUE;
}

static OpsStore *
get_store (OpsMeetingView *self)
{
  return self->context != NULL ? ops_context_get_store (self->context) : NULL;
}

/* Header ---------------------------------------------------------------- */

static void
add_flag (OpsMeetingView *self,
          const char     *badge,
          const char     *explanation,
          const char     *css_class,
          const char     *name)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *label = gtk_label_new (badge);
  GtkWidget *text = gtk_label_new (explanation);

  gtk_widget_set_name (box, name);
  gtk_widget_add_css_class (label, "meeting-badge");
  gtk_widget_add_css_class (label, css_class);
  gtk_widget_set_valign (label, GTK_ALIGN_START);
  gtk_label_set_xalign (GTK_LABEL (text), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (self->flags_box, box);
}

static void
fill_flags (OpsMeetingView *self)
{
  OpsMeeting *m = self->meeting;
  OpsMeetingFlags flags = ops_meeting_get_flags (m);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->flags_box))) != NULL)
    gtk_box_remove (self->flags_box, child);

  if (flags & OPS_MEETING_FLAG_MATERIALS_AT_RISK)
    add_flag (self, _("Materials at risk"),
              _("Materials are not out and the meeting starts in less than 24 hours. "
                "Send them and record it with “Record Materials Sent”."),
              "flag-error", "meeting-flag-materials");

  if (flags & OPS_MEETING_FLAG_LONG)
    {
      g_autofree char *text =
        g_strdup_printf (_("The meeting is planned for %u minutes, more than %u. "
                           "Consider a shorter agenda or a break."),
                         ops_meeting_get_planned_minutes (m), (guint) OPS_MEETING_LONG_MINUTES);
      add_flag (self, _("Over 90 minutes"), text, "flag-warning", "meeting-flag-long");
    }

  if (flags & OPS_MEETING_FLAG_MINUTES_LATE)
    {
      g_autofree char *due = ops_meeting_view_format_time (ops_meeting_get_minutes_due (m));
      g_autofree char *text = NULL;

      if (ops_meeting_get_minutes_submitted_at (m) != 0)
        {
          g_autofree char *at = ops_meeting_view_format_time (ops_meeting_get_minutes_submitted_at (m));
          text = g_strdup_printf (_("Minutes were due on %s and were submitted on %s."), due, at);
        }
      else
        {
          text = g_strdup_printf (_("Minutes were due on %s and have not been submitted. "
                                    "The note-taker %s should submit them now."),
                                  due, ops_meeting_get_note_taker_name (m));
        }
      add_flag (self, _("Minutes late"), text, "flag-error", "meeting-flag-minutes-late");
    }

  if (flags & OPS_MEETING_FLAG_MINUTES_AWAITING_REVIEW)
    {
      g_autofree char *text = g_strdup_printf (_("The minutes wait for the host %s to approve or return them."),
                                               ops_meeting_get_host_name (m));
      add_flag (self, _("Awaiting review"), text, "flag-warning", "meeting-flag-awaiting-review");
    }

  if (flags & OPS_MEETING_FLAG_ACTIONS_OVERDUE)
    {
      guint n = ops_meeting_get_overdue_actions (m);
      g_autofree char *text =
        g_strdup_printf (ngettext ("%u action item of this meeting is past its due date: its owner must "
                                   "give a reason and a new date on the Action Items page.",
                                   "%u action items of this meeting are past their due dates: their owners "
                                   "must give a reason and a new date on the Action Items page.", n),
                         n);
      add_flag (self, _("Actions overdue"), text, "flag-error", "meeting-flag-actions-overdue");
    }

  gtk_widget_set_visible (GTK_WIDGET (self->flags_box), flags != OPS_MEETING_FLAG_NONE);
}

/* A short text for the meeting's state: planned, under way, held, and where
 * the minutes stand. */
static char *
dup_state_text (OpsMeeting *m)
{
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  OpsMinutesState state = ops_meeting_get_minutes_state (m);

  if (ops_meeting_get_archived_at (m) != 0)
    return g_strdup (_("Archived"));
  if (now < ops_meeting_get_starts_at (m))
    return g_strdup (_("Planned"));
  if (now < ops_meeting_get_ends_at (m))
    return g_strdup (_("Under way"));

  if (state == OPS_MINUTES_NONE)
    return g_strdup (_("Held · No minutes yet"));
  /* Translators: "Held · Minutes: Draft" */
  return g_strdup_printf (_("Held · Minutes: %s"), ops_minutes_state_to_label (state));
}

static void
fill_header (OpsMeetingView *self)
{
  OpsMeeting *m = self->meeting;
  g_autofree char *range = format_range (ops_meeting_get_starts_at (m), ops_meeting_get_ends_at (m));
  g_autofree char *when = NULL;
  g_autofree char *state = dup_state_text (m);
  g_autofree char *archive = NULL;
  g_autofree char *archive_name = ops_meeting_dup_archive_name (m);
  const char *goal = ops_meeting_get_goal (m);
  const char * const *resources = ops_meeting_get_resources (m);
  g_autoptr(GString) resource_text = g_string_new (NULL);
  const char *department = ops_meeting_get_department_name (m);

  gtk_label_set_text (self->topic_label, ops_meeting_get_topic (m));

  if (department != NULL && *department != '\0')
    /* Translators: "2023-09-01 14:00–15:30 · 90 minutes · 销售部" */
    when = g_strdup_printf (_("%s · %u minutes · %s"), range, ops_meeting_get_planned_minutes (m), department);
  else
    when = g_strdup_printf (_("%s · %u minutes"), range, ops_meeting_get_planned_minutes (m));
  gtk_label_set_text (self->when_label, when);

  if (goal != NULL && *goal != '\0')
    {
      g_autofree char *text = g_strdup_printf (_("Goal: %s"), goal);
      gtk_label_set_text (self->goal_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->goal_label), TRUE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->goal_label), FALSE);

  fill_flags (self);

  /* Place: a room, or an online link that opens in the browser. */
  if (ops_meeting_get_place_kind (m) == OPS_PLACE_ONLINE)
    {
      g_autofree char *subtitle =
        g_strdup_printf ("%s · %s", ops_meeting_get_place (m),
                         ops_meeting_get_software_tested (m) ? _("software tested")
                                                             : _("software not tested yet"));
      adw_action_row_set_subtitle (self->place_row, subtitle);
      gtk_link_button_set_uri (self->place_link, ops_meeting_get_place (m));
      gtk_link_button_set_visited (self->place_link, FALSE);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->place_link), ops_meeting_get_place (m));
      gtk_widget_set_visible (GTK_WIDGET (self->place_link), TRUE);
    }
  else
    {
      adw_action_row_set_subtitle (self->place_row, ops_meeting_get_place (m));
      gtk_widget_set_visible (GTK_WIDGET (self->place_link), FALSE);
    }

  adw_action_row_set_subtitle (self->host_row, ops_meeting_get_host_name (m));
  adw_action_row_set_subtitle (self->note_taker_row, ops_meeting_get_note_taker_name (m));
  {
    g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, ops_meeting_get_id (m));
    /* TRANSLATORS: the meeting's number in the database, as the command
     * line takes it; both %s are the number */
    g_autofree char *text = g_strdup_printf (_("%s (opsdesk --export meeting-minutes --meeting %s)"),
                                             number, number);

    adw_action_row_set_subtitle (self->number_row, text);
  }

  for (guint i = 0; resources != NULL && resources[i] != NULL; i++)
    {
      if (resource_text->len > 0)
        g_string_append (resource_text, _(", "));
      g_string_append (resource_text, ops_meeting_resource_to_label (resources[i]));
    }
  adw_action_row_set_subtitle (self->resources_row,
                               resource_text->len > 0 ? resource_text->str : _("Nothing to book"));

  adw_action_row_set_subtitle (self->state_row, state);

  if (ops_meeting_get_archived_at (m) != 0)
    {
      g_autofree char *at = ops_meeting_view_format_time (ops_meeting_get_archived_at (m));
      archive = g_strdup_printf (_("Archived as “%s” on %s · kept until %s"),
                                 archive_name, at, ops_meeting_get_retention_until (m));
    }
  else
    {
      archive = g_strdup_printf (_("Will be archived as “%s” · records kept until %s"),
                                 archive_name, ops_meeting_get_retention_until (m));
    }
  adw_action_row_set_subtitle (self->archive_row, archive);
}

/* Agenda ---------------------------------------------------------------- */

static void
fill_agenda (OpsMeetingView *self)
{
  GListModel *agenda = ops_meeting_get_agenda (self->meeting);
  guint n = g_list_model_get_n_items (agenda);
  guint planned = ops_meeting_get_planned_minutes (self->meeting);
  guint total = ops_meeting_get_agenda_minutes (self->meeting);
  g_autofree char *description = NULL;

  ops_compat_list_box_remove_all (self->agenda_list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OpsAgendaItem) item = g_list_model_get_item (agenda, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *title = g_strdup_printf ("%u. %s", i + 1, ops_agenda_item_get_title (item));
      g_autofree char *minutes = g_strdup_printf (ngettext ("%u minute", "%u minutes",
                                                            ops_agenda_item_get_minutes (item)),
                                                  ops_agenda_item_get_minutes (item));
      const char *presenter = ops_agenda_item_get_presenter_name (item);
      GtkWidget *suffix = gtk_label_new (minutes);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      if (presenter != NULL && *presenter != '\0')
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), presenter);
      gtk_widget_add_css_class (suffix, "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);
      gtk_list_box_append (self->agenda_list, row);
    }

  if (n == 0)
    gtk_list_box_append (self->agenda_list,
                         ops_meeting_view_placeholder_row (_("No agenda yet: add the items with Edit.")));

  if (total > planned && planned > 0)
    description = g_strdup_printf (_("Total %u of %u planned minutes: the agenda is longer than the meeting."),
                                   total, planned);
  else
    description = g_strdup_printf (_("Total %u of %u planned minutes"), total, planned);
  adw_preferences_group_set_description (self->agenda_group, description);
}

/* Materials ------------------------------------------------------------- */

static void
on_open_material (GtkButton      *button,
                  OpsMeetingView *self)
{
  OpsMaterial *material = g_object_get_data (G_OBJECT (button), "ops-material");
  OpsStore *store = get_store (self);
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (store == NULL || material == NULL)
    return;

  path = ops_store_dup_material_path (store, material);
  if (path == NULL)
    return;

  file = g_file_new_for_path (path);
  ops_compat_open_file (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, file);
}

static void
fill_materials (OpsMeetingView *self)
{
  OpsMeeting *m = self->meeting;
  GListModel *materials = ops_meeting_get_materials (m);
  guint n = g_list_model_get_n_items (materials);
  g_autofree char *description = NULL;

  ops_compat_list_box_remove_all (self->materials_list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OpsMaterial) material = g_list_model_get_item (materials, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ops_material_get_title (material));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);

      if (ops_material_is_link (material))
        {
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), ops_material_get_uri (material));
          button = gtk_link_button_new_with_label (ops_material_get_uri (material), _("Open Link"));
          gtk_widget_set_tooltip_text (button, ops_material_get_uri (material));
        }
      else
        {
          g_autofree char *tooltip = g_strdup_printf (_("Open “%s” with its application"),
                                                      ops_material_get_original_name (material));
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), ops_material_get_original_name (material));
          button = gtk_button_new_with_label (_("Open"));
          gtk_widget_set_tooltip_text (button, tooltip);
          g_object_set_data_full (G_OBJECT (button), "ops-material",
                                  g_object_ref (material), g_object_unref);
          g_signal_connect_object (button, "clicked", G_CALLBACK (on_open_material), self, 0);
        }
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      gtk_list_box_append (self->materials_list, row);
    }

  if (n == 0)
    gtk_list_box_append (self->materials_list,
                         ops_meeting_view_placeholder_row (_("No materials: attach files or links with Edit.")));

  if (ops_meeting_get_materials_sent_at (m) != 0)
    {
      g_autofree char *at = ops_meeting_view_format_time (ops_meeting_get_materials_sent_at (m));
      description = g_strdup_printf (_("Sent on %s to %s"), at, ops_meeting_get_materials_sent_to (m));
    }
  else
    description = g_strdup (_("Not sent yet: materials should reach the attendees 1–2 days before the meeting."));
  adw_preferences_group_set_description (self->materials_group, description);
}

/* Linked approval requests ------------------------------------------------ */

static void
on_open_approval (GtkButton      *button,
                  OpsMeetingView *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "ops-id"));
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (OPS_IS_WINDOW (root))
    ops_window_open_record (OPS_WINDOW (root), "approvals", id);
}

static void
on_approvals_listed (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(OpsMeetingView) self = user_data;
  g_autoptr(GListModel) requests = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  requests = ops_store_list_approvals_finish (OPS_STORE (source), result, NULL, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  ops_compat_list_box_remove_all (self->approvals_list);
  if (error != NULL)
    {
      gtk_list_box_append (self->approvals_list, ops_meeting_view_placeholder_row (error->message));
      gtk_widget_set_visible (GTK_WIDGET (self->approvals_group), TRUE);
      return;
    }

  n = g_list_model_get_n_items (requests);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OpsApprovalRequest) request = g_list_model_get_item (requests, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = gtk_button_new_with_label (_("Open"));
      g_autofree char *subtitle = NULL;
      g_autofree char *tooltip = g_strdup_printf (_("Open the approval request “%s”"),
                                                  ops_approval_request_get_name (request));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ops_approval_request_get_name (request));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      /* Translators: "制度文件 · 张三 · Pending" */
      subtitle = g_strdup_printf (_("%s · %s · %s"), ops_approval_request_get_type_name (request),
                                  ops_approval_request_get_applicant_name (request),
                                  ops_approval_state_to_label (ops_approval_request_get_state (request)));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, tooltip);
      g_object_set_data (G_OBJECT (button), "ops-id", GSIZE_TO_POINTER (ops_approval_request_get_id (request)));
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_open_approval), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      gtk_list_box_append (self->approvals_list, row);
    }

  /* Shown only when the approvals workflow names this meeting. */
  gtk_widget_set_visible (GTK_WIDGET (self->approvals_group), n > 0);
}

static void
fill_approvals (OpsMeetingView *self)
{
  OpsApprovalFilter filter;

  g_cancellable_cancel (self->approvals_cancellable);
  g_clear_object (&self->approvals_cancellable);
  if (get_store (self) == NULL || self->meeting == NULL)
    return;

  self->approvals_cancellable = g_cancellable_new ();
  ops_approval_filter_init (&filter);
  filter.meeting_id = ops_meeting_get_id (self->meeting);
  ops_store_list_approvals_async (get_store (self), &filter, OPS_RANGE_ALL, self->approvals_cancellable,
                                  on_approvals_listed, g_object_ref (self));
}

/* Loading --------------------------------------------------------------- */

static void
show_meeting (OpsMeetingView *self)
{
  fill_header (self);
  fill_agenda (self);
  fill_materials (self);
  ops_meeting_view_fill_record (self);
  fill_approvals (self);
  ops_meeting_view_update_actions (self);
  gtk_stack_set_visible_child_name (self->stack, "meeting");
}

static void
on_meeting_loaded (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(OpsMeetingView) self = user_data;
  g_autoptr(OpsMeeting) meeting = NULL;
  g_autoptr(GError) error = NULL;

  meeting = ops_store_get_meeting_finish (OPS_STORE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  gtk_spinner_stop (self->spinner);

  if (error != NULL)
    {
      g_clear_object (&self->meeting);
      adw_status_page_set_icon_name (self->status_page, "dialog-error-symbolic");
      if (g_error_matches (error, OPS_STORE_ERROR, OPS_STORE_ERROR_NOT_FOUND))
        {
          adw_status_page_set_title (self->status_page, _("The Meeting Is Gone"));
          adw_status_page_set_description (self->status_page,
                                           _("It was deleted. Choose another meeting in the list."));
        }
      else
        {
          adw_status_page_set_title (self->status_page, _("Could Not Load the Meeting"));
          adw_status_page_set_description (self->status_page, error->message);
        }
      gtk_stack_set_visible_child_name (self->stack, "empty");
      ops_meeting_view_update_actions (self);
      return;
    }

  /* Typed minutes survive a reload of the same meeting. */
  if (self->meeting == NULL || ops_meeting_get_id (self->meeting) != ops_meeting_get_id (meeting))
    self->minutes_dirty = FALSE;

  g_set_object (&self->meeting, meeting);
  show_meeting (self);
}

static void
load_meeting (OpsMeetingView *self)
{
  OpsStore *store = get_store (self);

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);

  if (store == NULL || self->meeting_id == 0)
    {
      g_clear_object (&self->meeting);
      adw_status_page_set_icon_name (self->status_page, "x-office-calendar-symbolic");
      adw_status_page_set_title (self->status_page, _("No Meeting Selected"));
      adw_status_page_set_description (self->status_page,
                                       _("Choose a meeting in the list to see its agenda, sign-in sheet, "
                                         "resolutions and minutes."));
      gtk_stack_set_visible_child_name (self->stack, "empty");
      ops_meeting_view_update_actions (self);
      return;
    }

  self->load_cancellable = g_cancellable_new ();
  if (self->meeting == NULL || ops_meeting_get_id (self->meeting) != self->meeting_id)
    {
      gtk_stack_set_visible_child_name (self->stack, "loading");
      gtk_spinner_start (self->spinner);
    }

  ops_store_get_meeting_async (store, self->meeting_id, self->load_cancellable,
                               on_meeting_loaded, g_object_ref (self));
}

void
ops_meeting_view_reload (OpsMeetingView *self)
{
  load_meeting (self);
}

static void
on_store_changed (OpsStore       *store,
                  const char     *what,
                  OpsMeetingView *self)
{
  if (g_strcmp0 (what, "meetings") == 0 || g_strcmp0 (what, "action-items") == 0
      || g_strcmp0 (what, "people") == 0 || g_strcmp0 (what, "approvals") == 0
      || g_strcmp0 (what, "*") == 0)
    load_meeting (self);
}

static void
on_current_user_changed (OpsMeetingView *self)
{
  /* What the person may do changes, not the meeting. */
  if (self->meeting != NULL)
    show_meeting (self);
}

/* Actions --------------------------------------------------------------- */

void
ops_meeting_view_update_actions (OpsMeetingView *self)
{
  OpsMeeting *m = self->meeting;
  gboolean shown = m != NULL;
  gboolean idle = self->busy == 0;
  OpsMinutesState state = shown ? ops_meeting_get_minutes_state (m) : OPS_MINUTES_NONE;
  gboolean archived = shown && ops_meeting_get_archived_at (m) != 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.edit", shown && idle && !archived);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.materials-sent",
                                 shown && idle && !archived);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.archive",
                                 shown && idle && !archived
                                 && (state == OPS_MINUTES_APPROVED || state == OPS_MINUTES_DISTRIBUTED));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.delete", shown && idle);

  ops_meeting_view_record_update_actions (self);
}

void
ops_meeting_view_emit_edit_requested (OpsMeetingView *self)
{
  if (self->meeting != NULL)
    g_signal_emit (self, signals[EDIT_REQUESTED], 0, ops_meeting_get_id (self->meeting));
}

void
ops_meeting_view_emit_deleted (OpsMeetingView *self,
                               gint64          meeting_id)
{
  g_signal_emit (self, signals[DELETED], 0, meeting_id);
}

/* Public ---------------------------------------------------------------- */

/**
 * ops_meeting_view_new:
 *
 * Returns: (transfer floating): a new, empty meeting view.
 */
GtkWidget *
ops_meeting_view_new (void)
{
  return g_object_new (OPS_TYPE_MEETING_VIEW, NULL);
}

void
ops_meeting_view_set_context (OpsMeetingView *self,
                              OpsContext     *context)
{
  g_return_if_fail (OPS_IS_MEETING_VIEW (self));
  g_return_if_fail (context == NULL || OPS_IS_CONTEXT (context));

  if (self->context == context)
    return;

  if (self->context != NULL)
    {
      g_clear_signal_handler (&self->changed_id, ops_context_get_store (self->context));
      g_clear_signal_handler (&self->user_id, self->context);
    }
  g_set_object (&self->context, context);
  if (context != NULL)
    {
      self->changed_id = g_signal_connect_object (ops_context_get_store (context), "changed",
                                                  G_CALLBACK (on_store_changed), self, 0);
      self->user_id = g_signal_connect_object (context, "notify::current-user",
                                               G_CALLBACK (on_current_user_changed), self,
                                               G_CONNECT_SWAPPED);
    }

  load_meeting (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

void
ops_meeting_view_show (OpsMeetingView *self,
                       gint64          meeting_id)
{
  g_return_if_fail (OPS_IS_MEETING_VIEW (self));

  if (self->meeting_id == meeting_id && (meeting_id == 0 || self->meeting != NULL))
    return;

  self->meeting_id = meeting_id;
  if (self->meeting != NULL && ops_meeting_get_id (self->meeting) != meeting_id)
    {
      g_clear_object (&self->meeting);
      self->minutes_dirty = FALSE;
    }
  load_meeting (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEETING_ID]);
}

gint64
ops_meeting_view_get_meeting_id (OpsMeetingView *self)
{
  g_return_val_if_fail (OPS_IS_MEETING_VIEW (self), 0);

  return self->meeting_id;
}

/* GObject --------------------------------------------------------------- */

static void
ops_meeting_view_dispose (GObject *object)
{
  OpsMeetingView *self = OPS_MEETING_VIEW (object);

  g_cancellable_cancel (self->load_cancellable);
  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->approvals_cancellable);
  g_clear_object (&self->load_cancellable);
  g_clear_object (&self->approvals_cancellable);
  g_clear_object (&self->cancellable);
  if (self->context != NULL)
    {
      g_clear_signal_handler (&self->changed_id, ops_context_get_store (self->context));
      g_clear_signal_handler (&self->user_id, self->context);
    }
  g_clear_object (&self->context);
  g_clear_object (&self->meeting);

  gtk_widget_dispose_template (GTK_WIDGET (self), OPS_TYPE_MEETING_VIEW);

  G_OBJECT_CLASS (ops_meeting_view_parent_class)->dispose (object);
}

static void
ops_meeting_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  OpsMeetingView *self = OPS_MEETING_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_MEETING_ID:
      g_value_set_int64 (value, self->meeting_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_meeting_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  OpsMeetingView *self = OPS_MEETING_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      ops_meeting_view_set_context (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_meeting_view_class_init (OpsMeetingViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ops_meeting_view_dispose;
  object_class->get_property = ops_meeting_view_get_property;
  object_class->set_property = ops_meeting_view_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         OPS_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_MEETING_ID] =
    g_param_spec_int64 ("meeting-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OpsMeetingView::edit-requested:
   * @meeting_id: the meeting shown
   *
   * The person pressed Edit: the page opens the meeting editor.
   */
  signals[EDIT_REQUESTED] =
    g_signal_new ("edit-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  /**
   * OpsMeetingView::deleted:
   * @meeting_id: the meeting that was deleted
   *
   * The store deleted the meeting the view showed; the view is empty now.
   */
  signals[DELETED] =
    g_signal_new ("deleted",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "meetingview");
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ops-meeting-view.ui");

  gtk_widget_class_bind_template_child (widget_class, OpsMeetingView, stack);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingView, status_page);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingView, spinner);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingView, topic_label);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingView, when_label);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingView, goal_label);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingView, flags_box);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingView, place_row);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingView, place_link);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingView, host_row);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingView, note_taker_row);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingView, number_row);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingView, resources_row);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingView, state_row);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingView, archive_row);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingView, agenda_group);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingView, agenda_list);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingView, materials_group);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingView, materials_list);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingView, attendance_group);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingView, attendance_list);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingView, resolutions_group);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingView, resolutions_list);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingView, minutes_group);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingView, steps_box);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingView, minutes_due_label);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingView, minutes_text);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingView, minutes_hint_label);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingView, approvals_group);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingView, approvals_list);

  ops_meeting_view_actions_class_init (widget_class);

  ops_meeting_view_record_class_init (widget_class);
}

static void
ops_meeting_view_init (OpsMeetingView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  ops_meeting_view_record_init (self);
  ops_meeting_view_update_actions (self);
}
