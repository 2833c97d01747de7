/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-meeting-editor.c: the window that plans a meeting or a series, or
 * edits the "before" part of one. This file loads what the fields offer
 * (people, departments, the meeting), fills and reads the fields (topic,
 * people, place, repetition; the time fields are in
 * ops-meeting-editor-time.c) and saves through the store: one meeting, a new series, or
 * an occurrence of a series ("this meeting only" or "this and following").
 * The lists (attendees, agenda, resources, materials) are in
 * ops-meeting-editor-lists.c.
 */
#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "core/ops-validate.h"
#include "ui/ops-meeting-editor-private.h"
#include "ui/ops-page.h"

enum {
  PROP_0,
  PROP_MEETING_ID,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (OpsMeetingEditor, ops_meeting_editor, OPS_TYPE_EDITOR)

/* Positions of the combo rows' models. */
enum { PLACE_ROOM, PLACE_ONLINE };
enum { REPEAT_NONE, REPEAT_WEEKLY, REPEAT_MONTHLY };
enum { END_AFTER_COUNT, END_ON_DATE };

static void update_actions (OpsEditor *editor);

/* Helpers --------------------------------------------------------------- */

static OpsStore *
get_store (OpsMeetingEditor *self)
{
  return ops_context_get_store (ops_editor_get_context (OPS_EDITOR (self)));
}

gint64
ops_meeting_editor_current_user_id (OpsMeetingEditor *self)
{
  OpsPerson *user = ops_context_get_current_user (ops_editor_get_context (OPS_EDITOR (self)));

  return user != NULL ? ops_person_get_id (user) : 0;
}

static const char *
row_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static void
set_row_text (AdwEntryRow *row,
              const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

guint
ops_meeting_editor_person_position (OpsMeetingEditor *self,
                                    gint64            person_id)
{
  for (guint i = 0; i < self->people_ids->len; i++)
    if (g_array_index (self->people_ids, gint64, i) == person_id)
      return i;
  return GTK_INVALID_LIST_POSITION;
}

gint64
ops_meeting_editor_person_at (OpsMeetingEditor *self,
                              guint             position)
{
  if (position == GTK_INVALID_LIST_POSITION || position >= self->people_ids->len)
    return 0;
  return g_array_index (self->people_ids, gint64, position);
}

/* Adds a person the choices lack (an inactive host of an old meeting), so
 * that the record shows as it is. */
static void
ensure_person (OpsMeetingEditor *self,
               gint64            id,
               const char       *name)
{
  if (id == 0 || ops_meeting_editor_person_position (self, id) != GTK_INVALID_LIST_POSITION)
    return;

  g_array_append_val (self->people_ids, id);
  gtk_string_list_append (self->people_model, name != NULL ? name : "");
  gtk_string_list_append (self->presenter_model, name != NULL ? name : "");
}

static void
select_person (OpsMeetingEditor *self,
               GtkDropDown      *drop_down,
               gint64            id)
{
  guint position = ops_meeting_editor_person_position (self, id);

  if (position != GTK_INVALID_LIST_POSITION)
    gtk_drop_down_set_selected (drop_down, position);
}

static gint64
selected_person (OpsMeetingEditor *self,
                 GtkDropDown      *drop_down)
{
  return ops_meeting_editor_person_at (self, gtk_drop_down_get_selected (drop_down));
}

/* The organizing department's id (position 0 = none). */
static gint64
selected_department (OpsMeetingEditor *self)
{
  guint position = gtk_drop_down_get_selected (self->department_drop_down);

  if (position == 0 || position == GTK_INVALID_LIST_POSITION || position > self->department_ids->len)
    return 0;
  return g_array_index (self->department_ids, gint64, position - 1);
}

static void
select_department (OpsMeetingEditor *self,
                   gint64            id)
{
  guint selected = 0;

  for (guint i = 0; i < self->department_ids->len; i++)
    if (g_array_index (self->department_ids, gint64, i) == id)
      selected = i + 1;
  gtk_drop_down_set_selected (self->department_drop_down, selected);
}

/* Place and repetition -------------------------------------------------- */

static void
on_place_kind_changed (OpsMeetingEditor *self)
{
  gboolean online = adw_combo_row_get_selected (self->place_kind_row) == PLACE_ONLINE;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->place_row),
                                 online ? _("Meeting link (https://…)") : _("Room"));
  gtk_widget_set_visible (self->software_row, online);
  ops_meeting_editor_fields_changed (self);
}

static OpsRecurFreq
current_freq (OpsMeetingEditor *self)
{
  if (self->original != NULL || self->meeting_id != 0)
    return OPS_RECUR_NONE;

  switch (adw_combo_row_get_selected (self->repeat_row))
    {
    case REPEAT_WEEKLY:
      return OPS_RECUR_WEEKLY;
    case REPEAT_MONTHLY:
      return OPS_RECUR_MONTHLY;
    default:
      return OPS_RECUR_NONE;
    }
}

static void
on_repeat_changed (OpsMeetingEditor *self)
{
  OpsRecurFreq freq = current_freq (self);
  guint interval = (guint) gtk_spin_button_get_value_as_int (self->interval_spin);
  gboolean until = adw_combo_row_get_selected (self->repeat_end_row) == END_ON_DATE;

  gtk_widget_set_visible (self->interval_row, freq != OPS_RECUR_NONE);
  gtk_widget_set_visible (GTK_WIDGET (self->repeat_end_row), freq != OPS_RECUR_NONE);
  gtk_widget_set_visible (self->count_row, freq != OPS_RECUR_NONE && !until);
  gtk_widget_set_visible (GTK_WIDGET (self->until_row), freq != OPS_RECUR_NONE && until);
  gtk_label_set_text (self->interval_unit_label,
                      freq == OPS_RECUR_MONTHLY ? ngettext ("month", "months", interval)
                                                : ngettext ("week", "weeks", interval));
  ops_meeting_editor_fields_changed (self);
}

/* State and actions ----------------------------------------------------- */

static char *
dup_state (OpsEditor *editor)
{
  OpsMeetingEditor *self = OPS_MEETING_EDITOR (editor);
  GString *state = g_string_new (NULL);

  g_string_append_printf (state, "%s\x1f%s\x1f%" G_GINT64_FORMAT "\x1f%" G_GINT64_FORMAT "\x1f%" G_GINT64_FORMAT
                          "\x1f%s\x1f%s\x1f%s\x1f%u\x1f%s\x1f%d\x1f%d%d%d\x1f%u\x1f%d\x1f%u\x1f%d\x1f%s",
                          row_text (self->topic_row), row_text (self->goal_row),
                          selected_person (self, self->host_drop_down),
                          selected_person (self, self->note_taker_drop_down),
                          selected_department (self),
                          row_text (self->date_row), row_text (self->start_row), row_text (self->end_row),
                          adw_combo_row_get_selected (self->place_kind_row), row_text (self->place_row),
                          gtk_check_button_get_active (self->software_check),
                          gtk_check_button_get_active (self->room_check),
                          gtk_check_button_get_active (self->projector_check),
                          gtk_check_button_get_active (self->microphone_check),
                          adw_combo_row_get_selected (self->repeat_row),
                          gtk_spin_button_get_value_as_int (self->interval_spin),
                          adw_combo_row_get_selected (self->repeat_end_row),
                          gtk_spin_button_get_value_as_int (self->count_spin),
                          row_text (self->until_row));
  ops_meeting_editor_lists_state (self, state);

  return g_string_free (state, FALSE);
}

static void
update_actions (OpsEditor *editor)
{
  OpsMeetingEditor *self = OPS_MEETING_EDITOR (editor);
  gboolean busy = ops_editor_get_busy (editor);
  gboolean ready = self->ready && !busy;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.add-person", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.add-department",
                                 ready && self->department_ids->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.add-guest", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.add-resource", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.add-agenda-item", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.add-file", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.add-link", ready);
}

void
ops_meeting_editor_fields_changed (OpsMeetingEditor *self)
{
  if (!self->filling)
    update_actions (OPS_EDITOR (self));
}

static void
on_field_changed (OpsMeetingEditor *self)
{
  ops_meeting_editor_fields_changed (self);
}

/* Filling the fields ---------------------------------------------------- */

static void
fill_fields (OpsMeetingEditor *self)
{
  OpsMeeting *meeting = self->original;
  OpsPerson *user = ops_context_get_current_user (ops_editor_get_context (OPS_EDITOR (self)));

  self->filling = TRUE;

  if (meeting != NULL)
    {
      g_autoptr(GDateTime) starts = g_date_time_new_from_unix_local (ops_meeting_get_starts_at (meeting));
      g_autoptr(GDateTime) ends = g_date_time_new_from_unix_local (ops_meeting_get_ends_at (meeting));
      g_autofree char *date = g_date_time_format (starts, "%Y-%m-%d");
      g_autofree char *start = g_date_time_format (starts, "%H:%M");
      g_autofree char *end = g_date_time_format (ends, "%H:%M");
      const char * const *resources = ops_meeting_get_resources (meeting);

      ensure_person (self, ops_meeting_get_host_id (meeting), ops_meeting_get_host_name (meeting));
      ensure_person (self, ops_meeting_get_note_taker_id (meeting), ops_meeting_get_note_taker_name (meeting));

      set_row_text (self->topic_row, ops_meeting_get_topic (meeting));
      set_row_text (self->goal_row, ops_meeting_get_goal (meeting));
      select_person (self, self->host_drop_down, ops_meeting_get_host_id (meeting));
      select_person (self, self->note_taker_drop_down, ops_meeting_get_note_taker_id (meeting));
      select_department (self, ops_meeting_get_department_id (meeting));
      set_row_text (self->date_row, date);
      set_row_text (self->start_row, start);
      set_row_text (self->end_row, end);
      adw_combo_row_set_selected (self->place_kind_row,
                                  ops_meeting_get_place_kind (meeting) == OPS_PLACE_ONLINE
                                  ? PLACE_ONLINE : PLACE_ROOM);
      set_row_text (self->place_row, ops_meeting_get_place (meeting));
      gtk_check_button_set_active (self->software_check, ops_meeting_get_software_tested (meeting));
      gtk_check_button_set_active (self->room_check, g_strv_contains (resources, "room"));
      gtk_check_button_set_active (self->projector_check, g_strv_contains (resources, "projector"));
      gtk_check_button_set_active (self->microphone_check, g_strv_contains (resources, "microphone"));
      gtk_widget_set_visible (self->repeat_group, FALSE);
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Meeting"));
    }
  else
    {
      /* Tomorrow 10:00–11:00, hosted and noted by the current user, for
       * their department. */
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
      g_autofree char *date = g_date_time_format (tomorrow, "%Y-%m-%d");

      set_row_text (self->date_row, date);
      set_row_text (self->start_row, "10:00");
      set_row_text (self->end_row, "11:00");
      if (user != NULL)
        {
          select_person (self, self->host_drop_down, ops_person_get_id (user));
          select_person (self, self->note_taker_drop_down, ops_person_get_id (user));
          select_department (self, ops_person_get_department_id (user));
        }
      adw_combo_row_set_selected (self->place_kind_row, PLACE_ROOM);
      gtk_window_set_title (GTK_WINDOW (self), _("New Meeting"));
    }

  ops_meeting_editor_lists_fill (self, meeting);
  on_place_kind_changed (self);
  on_repeat_changed (self);
  ops_meeting_editor_update_length (self);

  self->filling = FALSE;
  self->ready = TRUE;
  gtk_widget_set_sensitive (self->scroller, TRUE);
  ops_editor_remember_state (OPS_EDITOR (self));
  update_actions (OPS_EDITOR (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->topic_row));
}

static void
load_done (OpsMeetingEditor *self)
{
  g_assert (self->pending_loads > 0);
  if (--self->pending_loads == 0)
    fill_fields (self);
}

static void
load_failed (OpsMeetingEditor *self,
             const char       *heading,
             const GError     *error)
{
  /* Nothing can be saved from a half-loaded form: say so, offer Cancel. */
  ops_editor_show_error_with_heading (OPS_EDITOR (self), heading, error);
}

static void
on_people_listed (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(OpsMeetingEditor) self = user_data;
  g_autoptr(GListModel) people = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  people = ops_store_list_people_finish (OPS_STORE (source), result, NULL, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (error != NULL)
    {
      load_failed (self, _("Could not load the people. Close the window and try again."), error);
      return;
    }

  g_set_object (&self->people, people);
  g_array_set_size (self->people_ids, 0);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(OpsPerson) person = g_list_model_get_item (people, i);
      gint64 id = ops_person_get_id (person);

      g_array_append_val (self->people_ids, id);
      g_ptr_array_add (names, g_strdup (ops_person_get_name (person)));
    }
  g_ptr_array_add (names, NULL);

  gtk_string_list_splice (self->people_model, 0, g_list_model_get_n_items (G_LIST_MODEL (self->people_model)),
                          (const char * const *) names->pdata);
  gtk_string_list_splice (self->presenter_model, 1,
                          g_list_model_get_n_items (G_LIST_MODEL (self->presenter_model)) - 1,
                          (const char * const *) names->pdata);
  load_done (self);
}

static void
on_departments_listed (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(OpsMeetingEditor) self = user_data;
  g_autoptr(GListModel) departments = NULL;
  g_autoptr(GError) error = NULL;

  departments = ops_store_list_departments_finish (OPS_STORE (source), result, NULL, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (error != NULL)
    {
      load_failed (self, _("Could not load the departments. Close the window and try again."), error);
      return;
    }

  g_array_set_size (self->department_ids, 0);
  for (guint i = 0; i < g_list_model_get_n_items (departments); i++)
    {
      g_autoptr(OpsDepartment) department = g_list_model_get_item (departments, i);
      gint64 id = ops_department_get_id (department);

      g_array_append_val (self->department_ids, id);
      gtk_string_list_append (self->departments_model, ops_department_get_name (department));
      gtk_string_list_append (self->add_department_model, ops_department_get_name (department));
    }
  load_done (self);
}

static void
on_meeting_loaded (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(OpsMeetingEditor) self = user_data;
  g_autoptr(GError) error = NULL;
  OpsMeeting *meeting;

  meeting = ops_store_get_meeting_finish (OPS_STORE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (error != NULL)
    {
      load_failed (self, _("Could not load the meeting. Close the window and try again."), error);
      return;
    }

  g_clear_object (&self->original);
  self->original = meeting;
  load_done (self);
}

/* Building the record --------------------------------------------------- */

/* The meeting the fields describe (transfer full), or NULL with @error
 * when a field cannot be read (a time that is not one). Everything else is
 * the store's to check. */
static OpsMeeting *
build_meeting (OpsMeetingEditor  *self,
               GError           **error)
{
  g_autoptr(OpsMeeting) meeting = self->original != NULL ? ops_meeting_copy (self->original)
                                                          : ops_meeting_new ();
  g_autofree char *topic = ops_strip_dup (row_text (self->topic_row));
  g_autofree char *goal = ops_strip_dup (row_text (self->goal_row));
  g_autofree char *place = ops_strip_dup (row_text (self->place_row));
  g_auto(GStrv) resources = ops_meeting_editor_dup_resources (self);
  g_autoptr(GListModel) agenda = ops_meeting_editor_dup_agenda (self);
  g_autoptr(GListModel) materials = ops_meeting_editor_dup_stored_materials (self);
  gboolean online = adw_combo_row_get_selected (self->place_kind_row) == PLACE_ONLINE;
  gint64 starts_at = 0, ends_at = 0;

  if (!ops_meeting_editor_read_times (self, &starts_at, &ends_at, error))
    return NULL;

  ops_meeting_set_topic (meeting, topic);
  ops_meeting_set_goal (meeting, goal);
  ops_meeting_set_host_id (meeting, selected_person (self, self->host_drop_down));
  ops_meeting_set_note_taker_id (meeting, selected_person (self, self->note_taker_drop_down));
  ops_meeting_set_department_id (meeting, selected_department (self));
  ops_meeting_set_starts_at (meeting, starts_at);
  ops_meeting_set_ends_at (meeting, ends_at);
  ops_meeting_set_place_kind (meeting, online ? OPS_PLACE_ONLINE : OPS_PLACE_ROOM);
  ops_meeting_set_place (meeting, place);
  ops_meeting_set_software_tested (meeting, online && gtk_check_button_get_active (self->software_check));
  ops_meeting_set_resources (meeting, (const char * const *) resources);
  ops_meeting_set_attendees (meeting, G_LIST_MODEL (self->attendees));
  ops_meeting_set_agenda (meeting, agenda);
  ops_meeting_set_materials (meeting, materials);

  return g_steal_pointer (&meeting);
}

/* Saving ---------------------------------------------------------------- */

static void
finish_save (OpsMeetingEditor *self)
{
  g_autofree char *text = NULL;

  g_signal_emit (self, signals[SAVED], 0, self->meeting_id);
  text = g_strdup_printf (_("Saved “%s”"), ops_meeting_get_topic (self->original));
  ops_editor_close_with_toast (OPS_EDITOR (self), text);
}

static void
on_materials_stored (OpsMeetingEditor *self,
                     const GError     *error)
{
  if (!ops_editor_end_write (OPS_EDITOR (self), error))
    {
      /* The meeting is saved; the material that failed stays in the list,
       * marked as not yet stored: Save tries it again. */
      ops_editor_remember_state (OPS_EDITOR (self));
      return;
    }

  finish_save (self);
}

/* The store confirmed the meeting (or the first of a series): remember it
 * as the record being edited, so that saving again updates it, then store
 * the materials that were added while it was new. */
static void
meeting_stored (OpsMeetingEditor *self,
                OpsMeeting       *saved)
{
  g_set_object (&self->original, saved);
  self->meeting_id = ops_meeting_get_id (saved);
  gtk_widget_set_visible (self->repeat_group, FALSE);

  if (ops_meeting_editor_has_pending_materials (self))
    {
      ops_meeting_editor_store_pending_materials (self, on_materials_stored);
      return;
    }

  ops_editor_end_write (OPS_EDITOR (self), NULL);
  finish_save (self);
}

static void
on_meeting_saved (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(OpsMeetingEditor) self = user_data;
  g_autoptr(OpsMeeting) saved = NULL;
  g_autoptr(GError) error = NULL;

  saved = ops_store_save_meeting_finish (OPS_STORE (source), result, &error);
  if (saved == NULL)
    {
      /* Every field stays as typed: fix and save again. */
      ops_editor_end_write (OPS_EDITOR (self), error);
      return;
    }

  meeting_stored (self, saved);
}

static void
on_series_created (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(OpsMeetingEditor) self = user_data;
  g_autoptr(GListModel) created = NULL;
  g_autoptr(OpsMeeting) first = NULL;
  g_autoptr(GError) error = NULL;

  created = ops_store_create_series_finish (OPS_STORE (source), result, &error);
  if (created == NULL)
    {
      ops_editor_end_write (OPS_EDITOR (self), error);
      return;
    }

  first = g_list_model_get_item (created, 0);
  g_assert (first != NULL);
  meeting_stored (self, first);
}

static void
save_meeting (OpsMeetingEditor *self,
              OpsSeriesEdit     scope)
{
  OpsEditor *editor = OPS_EDITOR (self);
  g_autoptr(OpsMeeting) meeting = NULL;
  g_autoptr(GError) error = NULL;
  OpsRecurFreq freq = current_freq (self);

  if (!ops_editor_begin_write (editor))
    return;

  meeting = build_meeting (self, &error);
  if (meeting == NULL)
    {
      ops_editor_end_write (editor, error);
      return;
    }

  if (freq != OPS_RECUR_NONE)
    {
      guint interval = (guint) gtk_spin_button_get_value_as_int (self->interval_spin);
      guint count = 0;
      g_autoptr(GDate) until = NULL;

      if (adw_combo_row_get_selected (self->repeat_end_row) == END_ON_DATE)
        {
          g_autofree char *text = ops_strip_dup (row_text (self->until_row));
          int year, month, day;

          if (!ops_validate_date (_("Last date"), text, &error)
              || sscanf (text, "%d-%d-%d", &year, &month, &day) != 3)
            {
              ops_editor_end_write (editor, error);
              return;
            }
          until = g_date_new_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
        }
      else
        count = (guint) gtk_spin_button_get_value_as_int (self->count_spin);

      ops_store_create_series_async (get_store (self), meeting, freq, interval, count, until,
                                     ops_editor_get_cancellable (editor), on_series_created,
                                     g_object_ref (self));
      return;
    }

  ops_store_save_meeting_async (get_store (self), meeting, scope, ops_editor_get_cancellable (editor),
                                on_meeting_saved, g_object_ref (self));
}

static void
on_scope_answer (AdwMessageDialog *dialog,
                 const char       *response,
                 OpsMeetingEditor *self)
{
  if (g_strcmp0 (response, "this") == 0)
    save_meeting (self, OPS_SERIES_EDIT_THIS);
  else if (g_strcmp0 (response, "following") == 0)
    save_meeting (self, OPS_SERIES_EDIT_FOLLOWING);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OpsMeetingEditor *self = OPS_MEETING_EDITOR (widget);
  GtkWidget *dialog;

  if (!self->ready || ops_editor_get_busy (OPS_EDITOR (self)))
    return;

  if (self->original == NULL || ops_meeting_get_series_id (self->original) == 0)
    {
      save_meeting (self, OPS_SERIES_EDIT_THIS);
      return;
    }

  /* An occurrence of a series: how far do the changes reach? */
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Change the whole series?"),
                                   _("This meeting is one of a series. Each meeting keeps its own sign-in "
                                     "sheet and minutes; meetings that have started are never changed."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "this", _("_This Meeting Only"),
                                    "following", _("This and _Following Meetings"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "following",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "this");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_widget_set_name (dialog, "meeting-series-scope-dialog");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_scope_answer), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* GObject --------------------------------------------------------------- */

static void
ops_meeting_editor_constructed (GObject *object)
{
  OpsMeetingEditor *self = OPS_MEETING_EDITOR (object);
  OpsEditor *editor = OPS_EDITOR (object);
  OpsStore *store;
  OpsPersonFilter people = { 0 };

  G_OBJECT_CLASS (ops_meeting_editor_parent_class)->constructed (object);

  store = get_store (self);
  gtk_window_set_title (GTK_WINDOW (self), self->meeting_id != 0 ? _("Edit Meeting") : _("New Meeting"));
  gtk_widget_set_visible (self->repeat_group, self->meeting_id == 0);

  /* Until the choices (and the meeting) arrive the form waits. */
  gtk_widget_set_sensitive (self->scroller, FALSE);
  update_actions (editor);

  self->pending_loads = self->meeting_id != 0 ? 3 : 2;
  ops_store_list_people_async (store, &people, OPS_RANGE_ALL, ops_editor_get_cancellable (editor),
                               on_people_listed, g_object_ref (self));
  ops_store_list_departments_async (store, &(OpsDepartmentFilter) { NULL }, OPS_RANGE_ALL,
                                    ops_editor_get_cancellable (editor), on_departments_listed,
                                    g_object_ref (self));
  if (self->meeting_id != 0)
    ops_store_get_meeting_async (store, self->meeting_id, ops_editor_get_cancellable (editor),
                                 on_meeting_loaded, g_object_ref (self));
}

static void
ops_meeting_editor_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), OPS_TYPE_MEETING_EDITOR);

  G_OBJECT_CLASS (ops_meeting_editor_parent_class)->dispose (object);
}

static void
ops_meeting_editor_finalize (GObject *object)
{
  OpsMeetingEditor *self = OPS_MEETING_EDITOR (object);

  ops_meeting_editor_lists_finalize (self);
  g_clear_object (&self->original);
  g_clear_object (&self->people);
  g_clear_object (&self->people_model);
  g_clear_object (&self->presenter_model);
  g_clear_object (&self->departments_model);
  g_clear_object (&self->add_department_model);
  g_clear_pointer (&self->people_ids, g_array_unref);
  g_clear_pointer (&self->department_ids, g_array_unref);

  G_OBJECT_CLASS (ops_meeting_editor_parent_class)->finalize (object);
}

static void
ops_meeting_editor_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  OpsMeetingEditor *self = OPS_MEETING_EDITOR (object);

  switch (prop_id)
    {
    case PROP_MEETING_ID:
      g_value_set_int64 (value, self->meeting_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_meeting_editor_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  OpsMeetingEditor *self = OPS_MEETING_EDITOR (object);

  switch (prop_id)
    {
    case PROP_MEETING_ID:
      self->meeting_id = g_value_get_int64 (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_meeting_editor_class_init (OpsMeetingEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  OpsEditorClass *editor_class = OPS_EDITOR_CLASS (klass);

  object_class->constructed = ops_meeting_editor_constructed;
  object_class->dispose = ops_meeting_editor_dispose;
  object_class->finalize = ops_meeting_editor_finalize;
  object_class->get_property = ops_meeting_editor_get_property;
  object_class->set_property = ops_meeting_editor_set_property;

  editor_class->dup_state = dup_state;
  editor_class->update_actions = update_actions;
  ops_editor_class_set_discard_body (editor_class, N_("The changes to this meeting have not been saved."));

  properties[PROP_MEETING_ID] =
    g_param_spec_int64 ("meeting-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                        G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OpsMeetingEditor::saved:
   * @meeting_id: the meeting the store saved (the first of a new series)
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ops-meeting-editor.ui");

  gtk_widget_class_bind_template_child (widget_class, OpsMeetingEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingEditor, scroller);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingEditor, topic_row);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingEditor, goal_row);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingEditor, host_drop_down);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingEditor, note_taker_drop_down);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingEditor, department_drop_down);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingEditor, calendar);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingEditor, start_row);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingEditor, end_row);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingEditor, length_row);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingEditor, long_warning);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingEditor, place_kind_row);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingEditor, place_kind_model);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingEditor, place_row);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingEditor, software_row);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingEditor, software_check);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingEditor, resources_group);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingEditor, room_check);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingEditor, projector_check);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingEditor, microphone_check);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingEditor, custom_resource_row);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingEditor, attendees_group);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingEditor, person_drop_down);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingEditor, add_department_drop_down);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingEditor, guest_row);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingEditor, attendee_list);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingEditor, agenda_total_label);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingEditor, agenda_over_warning);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingEditor, agenda_list);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingEditor, link_title_row);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingEditor, link_uri_row);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingEditor, material_list);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingEditor, repeat_group);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingEditor, repeat_row);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingEditor, repeat_model);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingEditor, interval_row);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingEditor, interval_spin);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingEditor, interval_unit_label);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingEditor, repeat_end_row);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingEditor, repeat_end_model);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingEditor, count_row);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingEditor, count_spin);
  gtk_widget_class_bind_template_child (widget_class, OpsMeetingEditor, until_row);

  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  ops_meeting_editor_time_class_init (widget_class);
  gtk_widget_class_bind_template_callback (widget_class, on_place_kind_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_repeat_changed);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);

  ops_meeting_editor_lists_class_init (widget_class);
}

static void
ops_meeting_editor_init (OpsMeetingEditor *self)
{
  self->people_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->department_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->people_model = gtk_string_list_new (NULL);
  self->presenter_model = gtk_string_list_new (NULL);
  self->departments_model = gtk_string_list_new (NULL);
  self->add_department_model = gtk_string_list_new (NULL);
  gtk_string_list_append (self->presenter_model, _("No presenter"));
  gtk_string_list_append (self->departments_model, _("No department"));

  /* Set before the template: its signal handlers run while it loads. */
  self->filling = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  ops_editor_set_error_label (OPS_EDITOR (self), self->error_label);

  gtk_drop_down_set_model (self->host_drop_down, G_LIST_MODEL (self->people_model));
  gtk_drop_down_set_model (self->note_taker_drop_down, G_LIST_MODEL (self->people_model));
  gtk_drop_down_set_model (self->person_drop_down, G_LIST_MODEL (self->people_model));
  gtk_drop_down_set_model (self->department_drop_down, G_LIST_MODEL (self->departments_model));
  gtk_drop_down_set_model (self->add_department_drop_down, G_LIST_MODEL (self->add_department_model));

  gtk_string_list_append (self->place_kind_model, ops_place_kind_to_label (OPS_PLACE_ROOM));
  gtk_string_list_append (self->place_kind_model, ops_place_kind_to_label (OPS_PLACE_ONLINE));
  gtk_string_list_append (self->repeat_model, _("Does not repeat"));
  gtk_string_list_append (self->repeat_model, _("Weekly"));
  gtk_string_list_append (self->repeat_model, _("Monthly"));
  gtk_string_list_append (self->repeat_end_model, _("After a number of meetings"));
  gtk_string_list_append (self->repeat_end_model, _("On a date"));

  ops_meeting_editor_lists_init (self);
  self->filling = FALSE;
}

GtkWidget *
ops_meeting_editor_new (OpsContext *context,
                        gint64      meeting_id)
{
  g_return_val_if_fail (OPS_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (meeting_id >= 0, NULL);

  return g_object_new (OPS_TYPE_MEETING_EDITOR,
                       "context", context,
                       "meeting-id", meeting_id,
                       NULL);
}
