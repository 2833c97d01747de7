/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-meeting-view-record.c: the "during" and "after" parts of the meeting
 * view: the sign-in sheet (present / late / absent, check-in times, totals),
 * the resolutions (add, edit, finalise into action items, remove) and the
 * minutes (draft → submitted → approved by the host → distributed). Only the
 * host and the note-taker may record; the store checks it again and its
 * refusals are shown as they come.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/ops-validate.h"
#include "ui/ops-compat.h"
#include "ui/ops-meeting-view-private.h"
#include "ui/ops-page.h"
#include "ui/ops-resolution-dialog.h"

static OpsStore *
get_store (OpsMeetingView *self)
{
  return self->context != NULL ? ops_context_get_store (self->context) : NULL;
}

/* Sign-in sheet ----------------------------------------------------------- */

/* The choices of each attendee's drop-down, in this order. */
static const OpsAttendance attendance_choices[] = {
  OPS_ATTENDANCE_UNKNOWN,
  OPS_ATTENDANCE_PRESENT,
  OPS_ATTENDANCE_LATE,
  OPS_ATTENDANCE_ABSENT,
};

static void
on_attendance_set (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(OpsMeetingView) self = user_data;
  g_autoptr(GError) error = NULL;

  ops_store_set_attendance_finish (OPS_STORE (source), result, &error);
  if (!ops_meeting_view_end_write (self, _("Could not record the sign-in"), error))
    {
      /* Show the stored state again in the drop-down that was changed. */
      if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        ops_meeting_view_reload (self);
      return;
    }
}

static void
set_attendance (OpsMeetingView *self,
                OpsAttendee    *attendee,
                OpsAttendance   attendance,
                gint64          checked_in_at)
{
  OpsStore *store = get_store (self);

  if (store == NULL)
    return;

  ops_meeting_view_begin_write (self);
  ops_store_set_attendance_async (store, ops_attendee_get_id (attendee), attendance, checked_in_at,
                                  self->cancellable, on_attendance_set, g_object_ref (self));
}

static void
on_sign_in_clicked (GtkButton      *button,
                    OpsMeetingView *self)
{
  OpsAttendee *attendee = g_object_get_data (G_OBJECT (button), "ops-attendee");

  /* Now: the store decides on time or late with the 5-minute grace. */
  set_attendance (self, attendee, OPS_ATTENDANCE_PRESENT, 0);
}

static void
on_attendance_chosen (GtkDropDown    *drop_down,
                      GParamSpec     *pspec,
                      OpsMeetingView *self)
{
  OpsAttendee *attendee = g_object_get_data (G_OBJECT (drop_down), "ops-attendee");
  guint position = gtk_drop_down_get_selected (drop_down);
  OpsAttendance attendance;
  gint64 checked_in_at = 0;

  if (self->filling || attendee == NULL || self->meeting == NULL
      || position >= G_N_ELEMENTS (attendance_choices))
    return;

  attendance = attendance_choices[position];
  if (attendance == ops_attendee_get_attendance (attendee))
    return;

  switch (attendance)
    {
    case OPS_ATTENDANCE_PRESENT:
      /* Present means on time: keep a known check-in that was on time,
       * else record the start (a correction after the fact). */
      checked_in_at = ops_attendee_get_checked_in_at (attendee);
      if (checked_in_at == 0
          || ops_meeting_attendance_for_check_in (ops_meeting_get_starts_at (self->meeting), checked_in_at)
             != OPS_ATTENDANCE_PRESENT)
        checked_in_at = ops_meeting_get_starts_at (self->meeting);
      break;

    case OPS_ATTENDANCE_LATE:
      /* Late: a known late check-in, else now (the store applies the
       * grace rule to it). */
      checked_in_at = ops_attendee_get_checked_in_at (attendee);
      if (checked_in_at != 0
          && ops_meeting_attendance_for_check_in (ops_meeting_get_starts_at (self->meeting), checked_in_at)
             != OPS_ATTENDANCE_LATE)
        checked_in_at = 0;
      break;

    case OPS_ATTENDANCE_UNKNOWN:
    case OPS_ATTENDANCE_ABSENT:
    default:
      checked_in_at = 0;
      break;
    }

  set_attendance (self, attendee, attendance, checked_in_at);
}

static GtkWidget *
make_attendee_row (OpsMeetingView *self,
                   OpsAttendee    *attendee,
                   guint           index,
                   gboolean        editable)
{
  GtkWidget *row = adw_action_row_new ();
  OpsAttendance attendance = ops_attendee_get_attendance (attendee);
  g_autoptr(GString) subtitle = g_string_new (NULL);
  const char *department = ops_attendee_get_department_name (attendee);
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  GtkWidget *drop_down;
  GtkWidget *button;
  g_autofree char *row_name = g_strdup_printf ("attendee-row-%u", index);
  g_autofree char *drop_name = g_strdup_printf ("attendee-state-%u", index);
  g_autofree char *button_name = g_strdup_printf ("attendee-sign-in-%u", index);
  g_autofree char *label = NULL;

  gtk_widget_set_name (row, row_name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ops_attendee_get_name (attendee));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);

  if (ops_attendee_get_guest (attendee))
    g_string_append (subtitle, _("Guest"));
  else if (department != NULL && *department != '\0')
    g_string_append (subtitle, department);

  if (ops_attendee_get_checked_in_at (attendee) != 0)
    {
      g_autoptr(GDateTime) at = g_date_time_new_from_unix_local (ops_attendee_get_checked_in_at (attendee));
      g_autofree char *time = g_date_time_format (at, "%H:%M");

      if (subtitle->len > 0)
        g_string_append (subtitle, " · ");
      /* Translators: the time an attendee signed in, e.g. "checked in 14:03" */
      g_string_append_printf (subtitle, _("checked in %s"), time);
    }
  if (subtitle->len > 0)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);

  for (guint i = 0; i < G_N_ELEMENTS (attendance_choices); i++)
    gtk_string_list_append (choices, i == 0 ? _("Not signed") : ops_attendance_to_label (attendance_choices[i]));
  drop_down = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&choices)), NULL);
  gtk_widget_set_name (drop_down, drop_name);
  gtk_widget_set_valign (drop_down, GTK_ALIGN_CENTER);
  for (guint i = 0; i < G_N_ELEMENTS (attendance_choices); i++)
    if (attendance_choices[i] == attendance)
      gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), i);
  label = g_strdup_printf (_("Sign-in of %s"), ops_attendee_get_name (attendee));
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_set_sensitive (drop_down, editable);
  g_object_set_data_full (G_OBJECT (drop_down), "ops-attendee", g_object_ref (attendee), g_object_unref);
  g_signal_connect_object (drop_down, "notify::selected", G_CALLBACK (on_attendance_chosen), self, 0);

  if (attendance == OPS_ATTENDANCE_PRESENT)
    gtk_widget_add_css_class (drop_down, "attendance-present");
  else if (attendance == OPS_ATTENDANCE_LATE)
    gtk_widget_add_css_class (drop_down, "attendance-late");
  else if (attendance == OPS_ATTENDANCE_ABSENT)
    gtk_widget_add_css_class (drop_down, "attendance-absent");

  if (editable && (attendance == OPS_ATTENDANCE_UNKNOWN || attendance == OPS_ATTENDANCE_ABSENT))
    {
      g_autofree char *tooltip = g_strdup_printf (_("Sign %s in now (on time up to 5 minutes after the start)"),
                                                  ops_attendee_get_name (attendee));
      button = gtk_button_new_with_mnemonic (_("_Sign In"));
      gtk_widget_set_name (button, button_name);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, tooltip);
      g_object_set_data_full (G_OBJECT (button), "ops-attendee", g_object_ref (attendee), g_object_unref);
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_sign_in_clicked), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }

  adw_action_row_add_suffix (ADW_ACTION_ROW (row), drop_down);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static void
fill_attendance (OpsMeetingView *self)
{
  OpsMeeting *m = self->meeting;
  GListModel *attendees = ops_meeting_get_attendees (m);
  guint n = g_list_model_get_n_items (attendees);
  guint present = 0, late = 0, absent = 0, unsigned_ = 0;
  gboolean editable = ops_meeting_view_can_record (self) && ops_meeting_get_archived_at (m) == 0;
  g_autofree char *totals = NULL;
  g_autofree char *description = NULL;

  ops_compat_list_box_remove_all (self->attendance_list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OpsAttendee) attendee = g_list_model_get_item (attendees, i);

      switch (ops_attendee_get_attendance (attendee))
        {
        case OPS_ATTENDANCE_PRESENT:
          present++;
          break;
        case OPS_ATTENDANCE_LATE:
          late++;
          break;
        case OPS_ATTENDANCE_ABSENT:
          absent++;
          break;
        case OPS_ATTENDANCE_UNKNOWN:
        default:
          unsigned_++;
          break;
        }
      gtk_list_box_append (self->attendance_list, make_attendee_row (self, attendee, i, editable));
    }

  if (n == 0)
    gtk_list_box_append (self->attendance_list,
                         ops_meeting_view_placeholder_row (_("No attendees: add people, departments or guests with Edit.")));

  /* Translators: sign-in totals, "12 present · 2 late · 1 absent · 3 not signed" */
  totals = g_strdup_printf (_("%u present · %u late · %u absent · %u not signed"),
                            present, late, absent, unsigned_);
  if (!editable && ops_meeting_get_archived_at (m) == 0)
    description = g_strdup_printf (_("%s. Only the host %s or the note-taker %s can sign attendees in."),
                                   totals, ops_meeting_get_host_name (m), ops_meeting_get_note_taker_name (m));
  else
    description = g_strdup (totals);
  adw_preferences_group_set_description (self->attendance_group, description);
}

/* Resolutions ------------------------------------------------------------- */

static void
open_resolution_dialog (OpsMeetingView *self,
                        OpsResolution  *resolution)
{
  GtkWidget *dialog;

  if (self->context == NULL || self->meeting == NULL)
    return;

  /* The store's ::changed "meetings" after the save reloads the view. */
  dialog = ops_resolution_dialog_new (self->context, ops_meeting_get_id (self->meeting), resolution);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), ops_widget_get_window (GTK_WIDGET (self)));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_edit_resolution (GtkButton      *button,
                    OpsMeetingView *self)
{
  open_resolution_dialog (self, g_object_get_data (G_OBJECT (button), "ops-resolution"));
}

static void
on_resolution_finalised (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(OpsMeetingView) self = user_data;
  g_autoptr(OpsResolution) resolution = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  resolution = ops_store_finalise_resolution_finish (OPS_STORE (source), result, &error);
  if (!ops_meeting_view_end_write (self, _("Could not finalise the resolution"), error))
    return;

  text = g_strdup_printf (_("Action item created for %s"), ops_resolution_get_owner_name (resolution));
  ops_show_toast (GTK_WIDGET (self), text);
}

static void
on_finalise_resolution (GtkButton      *button,
                        OpsMeetingView *self)
{
  OpsResolution *resolution = g_object_get_data (G_OBJECT (button), "ops-resolution");

  if (get_store (self) == NULL || resolution == NULL)
    return;

  ops_meeting_view_begin_write (self);
  ops_store_finalise_resolution_async (get_store (self), ops_resolution_get_id (resolution),
                                       self->cancellable, on_resolution_finalised, g_object_ref (self));
}

static void
on_resolution_removed (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(OpsMeetingView) self = user_data;
  g_autoptr(GError) error = NULL;

  ops_store_remove_resolution_finish (OPS_STORE (source), result, &error);
  if (!ops_meeting_view_end_write (self, _("Could not remove the resolution"), error))
    return;

  ops_show_toast (GTK_WIDGET (self), _("Resolution removed"));
}

static void
on_remove_response (AdwMessageDialog *dialog,
                    const char       *response,
                    OpsMeetingView   *self)
{
  OpsResolution *resolution = g_object_get_data (G_OBJECT (dialog), "ops-resolution");

  if (g_strcmp0 (response, "remove") != 0 || get_store (self) == NULL || resolution == NULL)
    return;

  ops_meeting_view_begin_write (self);
  ops_store_remove_resolution_async (get_store (self), ops_resolution_get_id (resolution),
                                     self->cancellable, on_resolution_removed, g_object_ref (self));
}

static void
on_remove_resolution (GtkButton      *button,
                      OpsMeetingView *self)
{
  OpsResolution *resolution = g_object_get_data (G_OBJECT (button), "ops-resolution");
  GtkWidget *dialog;

  dialog = GTK_WIDGET (ops_confirm_destructive_new (GTK_WIDGET (self), _("Remove the Resolution?"),
                                                    _("The draft resolution is removed from the meeting."),
                                                    "remove", _("_Remove")));
  g_object_set_data_full (G_OBJECT (dialog), "ops-resolution", g_object_ref (resolution), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_remove_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
make_row_button (const char     *icon_name,
                 const char     *label,
                 const char     *name,
                 OpsResolution  *resolution,
                 GCallback       callback,
                 OpsMeetingView *self)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_name (button, name);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data_full (G_OBJECT (button), "ops-resolution", g_object_ref (resolution), g_object_unref);
  g_signal_connect_object (button, "clicked", callback, self, 0);
  return button;
}

static GtkWidget *
make_resolution_row (OpsMeetingView *self,
                     OpsResolution  *resolution,
                     guint           index,
                     gboolean        editable)
{
  GtkWidget *row = adw_action_row_new ();
  const char *conclusion = ops_resolution_get_conclusion (resolution);
  const char *owner = ops_resolution_get_owner_name (resolution);
  const char *due = ops_resolution_get_due_date (resolution);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *row_name = g_strdup_printf ("resolution-row-%u", index);
  g_autofree char *edit_name = g_strdup_printf ("resolution-edit-%u", index);
  g_autofree char *finalise_name = g_strdup_printf ("resolution-finalise-%u", index);
  g_autofree char *remove_name = g_strdup_printf ("resolution-remove-%u", index);
  gboolean finalised = ops_resolution_get_finalised (resolution);
  GtkWidget *badge;

  gtk_widget_set_name (row, row_name);
  title = g_strdup_printf ("%u. %s", index + 1,
                           conclusion != NULL && *conclusion != '\0' ? conclusion : _("(no conclusion yet)"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);

  /* Translators: "Owner: 王小明 · Deadline: 2023-09-05" */
  subtitle = g_strdup_printf (_("Owner: %s · Deadline: %s"),
                              owner != NULL && *owner != '\0' ? owner : _("not chosen"),
                              due != NULL && *due != '\0' ? due : _("not set"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  badge = gtk_label_new (finalised ? _("Final") : _("Draft"));
  gtk_widget_add_css_class (badge, "meeting-badge");
  gtk_widget_add_css_class (badge, finalised ? "badge-success" : "badge-neutral");
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (badge, finalised ? _("Finalised: its action item is tracked on the Action Items page")
                                                : _("A draft: finalise it when conclusion, owner and deadline are set"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge);

  if (editable && !finalised)
    {
      GtkWidget *finalise = gtk_button_new_with_mnemonic (_("_Finalise"));

      gtk_widget_set_name (finalise, finalise_name);
      gtk_widget_set_valign (finalise, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (finalise, _("Make it final and create its action item"));
      g_object_set_data_full (G_OBJECT (finalise), "ops-resolution", g_object_ref (resolution), g_object_unref);
      g_signal_connect_object (finalise, "clicked", G_CALLBACK (on_finalise_resolution), self, 0);

      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 make_row_button ("document-edit-symbolic", _("Edit the resolution"),
                                                  edit_name, resolution, G_CALLBACK (on_edit_resolution), self));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 make_row_button ("user-trash-symbolic", _("Remove the resolution"),
                                                  remove_name, resolution, G_CALLBACK (on_remove_resolution), self));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), finalise);
    }

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static void
fill_resolutions (OpsMeetingView *self)
{
  GListModel *resolutions = ops_meeting_get_resolutions (self->meeting);
  guint n = g_list_model_get_n_items (resolutions);
  gboolean editable = ops_meeting_view_can_record (self) && ops_meeting_get_archived_at (self->meeting) == 0;

  ops_compat_list_box_remove_all (self->resolutions_list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OpsResolution) resolution = g_list_model_get_item (resolutions, i);

      gtk_list_box_append (self->resolutions_list, make_resolution_row (self, resolution, i, editable));
    }

  if (n == 0)
    gtk_list_box_append (self->resolutions_list,
                         ops_meeting_view_placeholder_row (editable ? _("No resolutions yet: add what the meeting decided.")
                                                                    : _("No resolutions yet.")));
}

static void
add_resolution_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  open_resolution_dialog (OPS_MEETING_VIEW (widget), NULL);
}

/* Minutes ------------------------------------------------------------------ */

static char *
dup_minutes_text (OpsMeetingView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->minutes_text);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
add_step (OpsMeetingView *self,
          const char     *title,
          gint64          at,
          gboolean        done,
          gboolean        current,
          const char     *name)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label = gtk_label_new (title);
  g_autofree char *time = at != 0 ? ops_meeting_view_format_time (at) : g_strdup (done ? "" : "—");
  GtkWidget *time_label = gtk_label_new (time);
  g_autofree char *accessible = g_strdup_printf ("%s %s", title, time);

  gtk_widget_set_name (box, name);
  gtk_widget_add_css_class (box, "minutes-step");
  if (done)
    gtk_widget_add_css_class (box, "done");
  if (current)
    gtk_widget_add_css_class (box, "current");
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_add_css_class (time_label, "caption");
  gtk_widget_add_css_class (time_label, "numeric");
  /* Narrow panes: the date and the time go on two lines rather than
   * widening the pane (four steps side by side). */
  gtk_label_set_wrap (GTK_LABEL (time_label), TRUE);
  gtk_label_set_justify (GTK_LABEL (time_label), GTK_JUSTIFY_CENTER);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), time_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  gtk_box_append (self->steps_box, box);
}

static void
fill_minutes (OpsMeetingView *self)
{
  OpsMeeting *m = self->meeting;
  OpsMinutesState state = ops_meeting_get_minutes_state (m);
  GtkWidget *child;
  g_autofree char *due = ops_meeting_view_format_time (ops_meeting_get_minutes_due (m));
  g_autofree char *due_text = NULL;
  gboolean late = (ops_meeting_get_flags (m) & OPS_MEETING_FLAG_MINUTES_LATE) != 0;
  const char *comment = ops_meeting_get_minutes_return_comment (m);
  g_autoptr(GString) hint = g_string_new (NULL);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->steps_box))) != NULL)
    gtk_box_remove (self->steps_box, child);

  add_step (self, _("Draft"), 0, state >= OPS_MINUTES_DRAFT,
            state == OPS_MINUTES_DRAFT || state == OPS_MINUTES_NONE, "minutes-step-draft");
  add_step (self, _("Submitted"), ops_meeting_get_minutes_submitted_at (m),
            state >= OPS_MINUTES_SUBMITTED, state == OPS_MINUTES_SUBMITTED, "minutes-step-submitted");
  add_step (self, _("Approved"), ops_meeting_get_minutes_approved_at (m),
            state >= OPS_MINUTES_APPROVED, state == OPS_MINUTES_APPROVED, "minutes-step-approved");
  add_step (self, _("Distributed"), ops_meeting_get_minutes_distributed_at (m),
            state >= OPS_MINUTES_DISTRIBUTED, state == OPS_MINUTES_DISTRIBUTED, "minutes-step-distributed");

  if (late)
    due_text = g_strdup_printf (_("Late: the minutes were due on %s (24 hours after the end)."), due);
  else
    due_text = g_strdup_printf (_("Due on %s (24 hours after the end)."), due);
  gtk_label_set_text (self->minutes_due_label, due_text);
  if (late)
    gtk_widget_add_css_class (GTK_WIDGET (self->minutes_due_label), "flag-error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->minutes_due_label), "flag-error");

  if (state == OPS_MINUTES_DISTRIBUTED)
    g_string_append_printf (hint, _("Distributed to %s."), ops_meeting_get_minutes_distributed_to (m));
  else if (state == OPS_MINUTES_SUBMITTED && !ops_meeting_view_is_host (self))
    g_string_append_printf (hint, _("Only the host %s can approve or return the minutes."),
                            ops_meeting_get_host_name (m));
  else if (state == OPS_MINUTES_SUBMITTED)
    g_string_append (hint, _("Read the minutes, then approve them or return them with a comment."));
  else if (state == OPS_MINUTES_DRAFT && comment != NULL && *comment != '\0')
    g_string_append_printf (hint, _("Returned by the host: %s"), comment);
  else if (state <= OPS_MINUTES_DRAFT && !ops_meeting_view_can_record (self))
    g_string_append_printf (hint, _("The note-taker %s writes the minutes; the host %s approves them."),
                            ops_meeting_get_note_taker_name (m), ops_meeting_get_host_name (m));
  gtk_label_set_text (self->minutes_hint_label, hint->str);
  gtk_widget_set_visible (GTK_WIDGET (self->minutes_hint_label), hint->len > 0);

  /* What the person typed and has not saved stays. */
  if (!self->minutes_dirty)
    {
      const char *text = ops_meeting_get_minutes_text (m);

      self->filling = TRUE;
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->minutes_text), text != NULL ? text : "", -1);
      self->filling = FALSE;
    }
}

static void
on_minutes_buffer_changed (OpsMeetingView *self)
{
  if (self->filling)
    return;
  self->minutes_dirty = TRUE;
  ops_meeting_view_update_actions (self);
}

/* One callback for the minutes' steps: the toast text rides along. */
typedef gboolean (*MinutesFinish) (OpsStore *store, GAsyncResult *result, GError **error);

typedef struct {
  OpsMeetingView *self;
  MinutesFinish   finish;
  const char     *heading;  /* N_() */
  const char     *toast;    /* N_() */
  gboolean        saves_text;
  gboolean        then_submit; /* a save that Submit started */
} MinutesStep;

static void start_submit (OpsMeetingView *self);

static void
on_minutes_step_done (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  MinutesStep *step = user_data;
  g_autoptr(OpsMeetingView) self = step->self;
  g_autoptr(GError) error = NULL;

  step->finish (OPS_STORE (source), result, &error);
  if (ops_meeting_view_end_write (self, _(step->heading), error))
    {
      if (step->saves_text)
        self->minutes_dirty = FALSE;
      if (step->then_submit)
        start_submit (self);
      else
        {
          ops_show_toast (GTK_WIDGET (self), _(step->toast));
          ops_meeting_view_reload (self);
        }
    }
  g_free (step);
}

static MinutesStep *
minutes_step_new (OpsMeetingView *self,
                  MinutesFinish   finish,
                  const char     *heading,
                  const char     *toast)
{
  MinutesStep *step = g_new0 (MinutesStep, 1);

  step->self = g_object_ref (self);
  step->finish = finish;
  step->heading = heading;
  step->toast = toast;
  ops_meeting_view_begin_write (self);
  return step;
}

static void
save_minutes_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  OpsMeetingView *self = OPS_MEETING_VIEW (widget);
  g_autofree char *text = NULL;
  MinutesStep *step;

  if (self->meeting == NULL || get_store (self) == NULL)
    return;

  text = dup_minutes_text (self);
  step = minutes_step_new (self, ops_store_save_minutes_finish,
                           N_("Could not save the minutes"), N_("Minutes saved as a draft"));
  step->saves_text = TRUE;
  ops_store_save_minutes_async (get_store (self), ops_meeting_get_id (self->meeting), text,
                                self->cancellable, on_minutes_step_done, step);
}

static void
start_submit (OpsMeetingView *self)
{
  MinutesStep *step;

  if (self->meeting == NULL || get_store (self) == NULL)
    return;

  step = minutes_step_new (self, ops_store_submit_minutes_finish,
                           N_("Could not submit the minutes"), N_("Minutes submitted to the host for review"));
  ops_store_submit_minutes_async (get_store (self), ops_meeting_get_id (self->meeting),
                                  self->cancellable, on_minutes_step_done, step);
}

/* Submitting saves the typed text first, then submits. */
static void
submit_minutes_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  OpsMeetingView *self = OPS_MEETING_VIEW (widget);
  g_autofree char *text = NULL;
  MinutesStep *step;

  if (self->meeting == NULL || get_store (self) == NULL)
    return;

  if (!self->minutes_dirty && ops_meeting_get_minutes_state (self->meeting) != OPS_MINUTES_NONE)
    {
      start_submit (self);
      return;
    }

  text = dup_minutes_text (self);
  step = minutes_step_new (self, ops_store_save_minutes_finish,
                           N_("Could not save the minutes"), N_("Minutes saved as a draft"));
  step->saves_text = TRUE;
  step->then_submit = TRUE;
  ops_store_save_minutes_async (get_store (self), ops_meeting_get_id (self->meeting), text,
                                self->cancellable, on_minutes_step_done, step);
}

static void
approve_minutes_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  OpsMeetingView *self = OPS_MEETING_VIEW (widget);
  MinutesStep *step;

  if (self->meeting == NULL || get_store (self) == NULL)
    return;

  step = minutes_step_new (self, ops_store_approve_minutes_finish,
                           N_("Could not approve the minutes"), N_("Minutes approved"));
  ops_store_approve_minutes_async (get_store (self), ops_meeting_get_id (self->meeting),
                                   self->cancellable, on_minutes_step_done, step);
}

static void
distribute_minutes_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  OpsMeetingView *self = OPS_MEETING_VIEW (widget);
  MinutesStep *step;

  if (self->meeting == NULL || get_store (self) == NULL)
    return;

  step = minutes_step_new (self, ops_store_distribute_minutes_finish,
                           N_("Could not record the distribution"), N_("Minutes distributed to all attendees"));
  ops_store_distribute_minutes_async (get_store (self), ops_meeting_get_id (self->meeting),
                                      self->cancellable, on_minutes_step_done, step);
}

static void
on_return_response (AdwMessageDialog *dialog,
                    const char       *response,
                    OpsMeetingView   *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "ops-entry");
  g_autofree char *comment = NULL;
  MinutesStep *step;

  if (g_strcmp0 (response, "return") != 0 || self->meeting == NULL || get_store (self) == NULL)
    return;

  comment = ops_strip_dup (gtk_editable_get_text (entry));
  step = minutes_step_new (self, ops_store_return_minutes_finish,
                           N_("Could not return the minutes"), N_("Minutes returned to the note-taker"));
  ops_store_return_minutes_async (get_store (self), ops_meeting_get_id (self->meeting), comment,
                                  self->cancellable, on_minutes_step_done, step);
}

static void
on_comment_changed (GtkEditable      *entry,
                    AdwMessageDialog *dialog)
{
  g_autofree char *text = ops_strip_dup (gtk_editable_get_text (entry));

  adw_message_dialog_set_response_enabled (dialog, "return", text != NULL && *text != '\0');
}

static void
return_minutes_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  OpsMeetingView *self = OPS_MEETING_VIEW (widget);
  GtkWidget *dialog;
  GtkWidget *entry;

  if (self->meeting == NULL)
    return;

  dialog = adw_message_dialog_new (ops_widget_get_window (GTK_WIDGET (self)), _("Return the Minutes?"),
                                   _("The minutes go back to the note-taker as a draft. Say what to change: "
                                     "the comment is required."));
  entry = gtk_entry_new ();
  gtk_widget_set_name (entry, "minutes-return-comment");
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("What should be changed"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Comment"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  g_object_set_data (G_OBJECT (dialog), "ops-entry", entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "return", _("_Return"),
                                    NULL);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "return", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (entry, "changed", G_CALLBACK (on_comment_changed), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_return_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Shared with ops-meeting-view.c ------------------------------------------ */

void
ops_meeting_view_fill_record (OpsMeetingView *self)
{
  g_assert (self->meeting != NULL);

  self->filling = TRUE;
  fill_attendance (self);
  fill_resolutions (self);
  self->filling = FALSE;
  fill_minutes (self);
}

void
ops_meeting_view_record_update_actions (OpsMeetingView *self)
{
  OpsMeeting *m = self->meeting;
  gboolean idle = self->busy == 0;
  gboolean archived = m != NULL && ops_meeting_get_archived_at (m) != 0;
  gboolean can_record = m != NULL && !archived && ops_meeting_view_can_record (self);
  OpsMinutesState state = m != NULL ? ops_meeting_get_minutes_state (m) : OPS_MINUTES_NONE;
  gboolean writing = can_record && state <= OPS_MINUTES_DRAFT;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.add-resolution", can_record && idle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.save-minutes",
                                 writing && idle && self->minutes_dirty);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.submit-minutes", writing && idle);
  /* Visible and usable by everyone while submitted: the store refuses
   * anyone but the host and the view shows its message. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.approve-minutes",
                                 m != NULL && idle && state == OPS_MINUTES_SUBMITTED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.return-minutes",
                                 m != NULL && idle && state == OPS_MINUTES_SUBMITTED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.distribute-minutes",
                                 can_record && idle && state == OPS_MINUTES_APPROVED);
  gtk_text_view_set_editable (self->minutes_text, writing);
  gtk_text_view_set_cursor_visible (self->minutes_text, writing);
}

void
ops_meeting_view_record_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "meeting.add-resolution", NULL, add_resolution_action);
  gtk_widget_class_install_action (widget_class, "meeting.save-minutes", NULL, save_minutes_action);
  gtk_widget_class_install_action (widget_class, "meeting.submit-minutes", NULL, submit_minutes_action);
  gtk_widget_class_install_action (widget_class, "meeting.approve-minutes", NULL, approve_minutes_action);
  gtk_widget_class_install_action (widget_class, "meeting.return-minutes", NULL, return_minutes_action);
  gtk_widget_class_install_action (widget_class, "meeting.distribute-minutes", NULL, distribute_minutes_action);
}

void
ops_meeting_view_record_init (OpsMeetingView *self)
{
  g_signal_connect_object (gtk_text_view_get_buffer (self->minutes_text), "changed",
                           G_CALLBACK (on_minutes_buffer_changed), self, G_CONNECT_SWAPPED);
}
