/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-meeting-view-actions.c: the meeting view's header actions: Edit (the
 * page opens its editor), Record Materials Sent (asks to whom), Archive, and
 * Delete (asks first; before the retention date the store refuses and its
 * message says until when).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/ops-validate.h"
#include "ui/ops-meeting-view-private.h"
#include "ui/ops-page.h"

static OpsStore *
get_store (OpsMeetingView *self)
{
  return self->context != NULL ? ops_context_get_store (self->context) : NULL;
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OpsMeetingView *self = OPS_MEETING_VIEW (widget);

  ops_meeting_view_emit_edit_requested (self);
}

/* Export Minutes: the 会议纪要 form of this meeting, through the window's
 * export (file chooser, progress, Cancel). */
static void
export_minutes_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  OpsMeetingView *self = OPS_MEETING_VIEW (widget);

  if (self->meeting == NULL)
    return;
  gtk_widget_activate_action (widget, "win.export-minutes", "x",
                              ops_meeting_get_id (self->meeting));
}

/* Record Materials Sent */

static void
on_materials_sent (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(OpsMeetingView) self = user_data;
  g_autoptr(GError) error = NULL;

  ops_store_record_materials_sent_finish (OPS_STORE (source), result, &error);
  if (!ops_meeting_view_end_write (self, _("Could not record that the materials were sent"), error))
    return;

  ops_show_toast (GTK_WIDGET (self), _("Materials recorded as sent"));
}

static void
on_materials_sent_response (AdwMessageDialog *dialog,
                            const char       *response,
                            OpsMeetingView   *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "ops-entry");
  g_autofree char *to = NULL;

  if (g_strcmp0 (response, "record") != 0 || self->meeting == NULL || get_store (self) == NULL)
    return;

  to = ops_strip_dup (gtk_editable_get_text (entry));
  ops_meeting_view_begin_write (self);
  ops_store_record_materials_sent_async (get_store (self), ops_meeting_get_id (self->meeting), to,
                                         self->cancellable, on_materials_sent, g_object_ref (self));
}

static void
on_dialog_entry_activated (GtkEntry         *entry,
                           AdwMessageDialog *dialog)
{
  adw_message_dialog_response (dialog, adw_message_dialog_get_default_response (dialog));
  gtk_window_close (GTK_WINDOW (dialog));
}

static void
materials_sent_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  OpsMeetingView *self = OPS_MEETING_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;
  GtkWidget *entry;

  if (self->meeting == NULL)
    return;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Record Materials Sent"),
                                   _("Record that the materials went out now. To whom were they sent?"));
  entry = gtk_entry_new ();
  gtk_widget_set_name (entry, "materials-sent-to-entry");
  gtk_editable_set_text (GTK_EDITABLE (entry), _("All attendees"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Recipients"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  g_object_set_data (G_OBJECT (dialog), "ops-entry", entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "record", _("_Record"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "record",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "record");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (entry, "activate", G_CALLBACK (on_dialog_entry_activated), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_materials_sent_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Archive */

static void
on_archived (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(OpsMeetingView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *name = NULL;

  ops_store_archive_meeting_finish (OPS_STORE (source), result, &error);
  if (!ops_meeting_view_end_write (self, _("Could not archive the meeting"), error))
    return;

  if (self->meeting != NULL)
    {
      name = ops_meeting_dup_archive_name (self->meeting);
      text = g_strdup_printf (_("Archived as “%s”"), name);
      ops_show_toast (GTK_WIDGET (self), text);
    }
}

static void
archive_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  OpsMeetingView *self = OPS_MEETING_VIEW (widget);

  if (self->meeting == NULL || get_store (self) == NULL)
    return;

  ops_meeting_view_begin_write (self);
  ops_store_archive_meeting_async (get_store (self), ops_meeting_get_id (self->meeting),
                                   self->cancellable, on_archived, g_object_ref (self));
}

/* Delete */

static void
on_deleted (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(OpsMeetingView) self = user_data;
  g_autoptr(GError) error = NULL;
  gint64 id;

  ops_store_delete_meeting_finish (OPS_STORE (source), result, &error);
  if (!ops_meeting_view_end_write (self, _("Could not delete the meeting"), error))
    return;

  ops_show_toast (GTK_WIDGET (self), _("Meeting deleted"));
  id = self->meeting_id;
  ops_meeting_view_show (self, 0);
  ops_meeting_view_emit_deleted (self, id);
}

static void
on_delete_response (AdwMessageDialog *dialog,
                    const char       *response,
                    OpsMeetingView   *self)
{
  if (g_strcmp0 (response, "delete") != 0 || self->meeting == NULL || get_store (self) == NULL)
    return;

  ops_meeting_view_begin_write (self);
  ops_store_delete_meeting_async (get_store (self), ops_meeting_get_id (self->meeting),
                                  self->cancellable, on_deleted, g_object_ref (self));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OpsMeetingView *self = OPS_MEETING_VIEW (widget);
  GtkWidget *dialog;
  g_autofree char *heading = NULL;

  if (self->meeting == NULL)
    return;

  heading = g_strdup_printf (_("Delete “%s”?"), ops_meeting_get_topic (self->meeting));
  dialog = GTK_WIDGET (ops_confirm_destructive_new (GTK_WIDGET (self), heading,
                                                    _("A planned meeting is cancelled. A held meeting’s minutes, materials and "
                                                      "sign-in sheet are deleted for good — only after their retention date."),
                                                    "delete", _("_Delete")));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
ops_meeting_view_actions_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "meeting.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "meeting.export-minutes", NULL, export_minutes_action);
  gtk_widget_class_install_action (widget_class, "meeting.materials-sent", NULL, materials_sent_action);
  gtk_widget_class_install_action (widget_class, "meeting.archive", NULL, archive_action);
  gtk_widget_class_install_action (widget_class, "meeting.delete", NULL, delete_action);
}
