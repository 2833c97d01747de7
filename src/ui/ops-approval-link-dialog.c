/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-approval-link-dialog.c: choose the special meeting of a major request
 * and the finalised resolution it reached on it. Meetings come from the
 * meetings store, newest first; choosing one reads its resolutions. The
 * store checks who may link and that the resolution belongs to the meeting.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ui/ops-approval-link-dialog.h"

#define MAX_MEETINGS 300

struct _OpsApprovalLinkDialog
{
  OpsEditor           parent_instance;

  OpsApprovalRequest *request;
  GArray             *meeting_ids;     /* gint64 per meeting position (0 = none) */
  GArray             *resolution_ids;  /* gint64 per resolution position (0 = none) */
  GCancellable       *meeting_cancellable;
  guint               filling : 1;

  /* Template children */
  GtkLabel           *error_label;
  AdwComboRow        *meeting_row;
  GtkStringList      *meeting_model;
  AdwComboRow        *resolution_row;
  GtkStringList      *resolution_model;
};

enum {
  PROP_0,
  PROP_REQUEST,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (OpsApprovalLinkDialog, ops_approval_link_dialog, OPS_TYPE_EDITOR)

static gint64
id_at (GArray *ids,
       guint   position)
{
  if (position == GTK_INVALID_LIST_POSITION || position >= ids->len)
    return 0;
  return g_array_index (ids, gint64, position);
}

static gint64
current_meeting_id (OpsApprovalLinkDialog *self)
{
  return id_at (self->meeting_ids, adw_combo_row_get_selected (self->meeting_row));
}

static gint64
current_resolution_id (OpsApprovalLinkDialog *self)
{
  return id_at (self->resolution_ids, adw_combo_row_get_selected (self->resolution_row));
}

static char *
dup_state (OpsEditor *editor)
{
  OpsApprovalLinkDialog *self = OPS_APPROVAL_LINK_DIALOG (editor);

  return g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT,
                          current_meeting_id (self), current_resolution_id (self));
}

static void
update_actions (OpsEditor *editor)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (editor), "editor.save", !ops_editor_get_busy (editor));
}

static void
on_field_changed (OpsApprovalLinkDialog *self)
{
  update_actions (OPS_EDITOR (self));
}

static void
set_resolutions (OpsApprovalLinkDialog *self,
                 GListModel            *resolutions)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  gint64 keep = ops_approval_request_get_resolution_id (self->request);
  gint64 none = 0;
  guint selected = 0;
  guint n = resolutions != NULL ? g_list_model_get_n_items (resolutions) : 0;

  g_array_set_size (self->resolution_ids, 0);
  g_array_append_val (self->resolution_ids, none);
  g_ptr_array_add (names, g_strdup (_("No resolution yet")));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OpsResolution) resolution = g_list_model_get_item (resolutions, i);
      gint64 id = ops_resolution_get_id (resolution);

      /* Only a finalised resolution lets the last level approve. */
      if (!ops_resolution_get_finalised (resolution))
        continue;
      g_array_append_val (self->resolution_ids, id);
      g_ptr_array_add (names, g_strdup_printf ("%u. %s", ops_resolution_get_position (resolution),
                                               ops_resolution_get_conclusion (resolution)));
      if (id == keep)
        selected = self->resolution_ids->len - 1;
    }
  g_ptr_array_add (names, NULL);

  gtk_string_list_splice (self->resolution_model, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->resolution_model)),
                          (const char * const *) names->pdata);
  adw_combo_row_set_selected (self->resolution_row, selected);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->resolution_row),
                               self->resolution_ids->len > 1 ? NULL
                               : current_meeting_id (self) != 0
                                 ? _("This meeting has no finalised resolution yet: finalise it in the meeting’s record first.")
                                 : NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->resolution_row), current_meeting_id (self) != 0);
}

static void
on_meeting_read (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(OpsApprovalLinkDialog) self = user_data;
  g_autoptr(OpsMeeting) meeting = NULL;
  g_autoptr(GError) error = NULL;

  meeting = ops_store_get_meeting_finish (OPS_STORE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (meeting == NULL)
    {
      ops_editor_show_error_with_heading (OPS_EDITOR (self), _("Could not read the meeting’s resolutions."), error);
      set_resolutions (self, NULL);
      return;
    }
  set_resolutions (self, ops_meeting_get_resolutions (meeting));
  if (self->filling)
    {
      self->filling = FALSE;
      ops_editor_remember_state (OPS_EDITOR (self));
    }
  update_actions (OPS_EDITOR (self));
}

static void
on_meeting_changed (OpsApprovalLinkDialog *self)
{
  gint64 id = current_meeting_id (self);

  /* Signals of the template arrive before the request is set. */
  if (self->request == NULL)
    return;

  g_cancellable_cancel (self->meeting_cancellable);
  g_clear_object (&self->meeting_cancellable);
  set_resolutions (self, NULL);
  if (id == 0)
    {
      update_actions (OPS_EDITOR (self));
      return;
    }

  self->meeting_cancellable = g_cancellable_new ();
  ops_store_get_meeting_async (ops_context_get_store (ops_editor_get_context (OPS_EDITOR (self))), id,
                               self->meeting_cancellable, on_meeting_read, g_object_ref (self));
}

static void
on_meetings_listed (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(OpsApprovalLinkDialog) self = user_data;
  g_autoptr(GListModel) meetings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  gint64 keep = ops_approval_request_get_meeting_id (self->request);
  gint64 none = 0;
  guint selected = 0;
  guint n;

  meetings = ops_store_list_meetings_finish (OPS_STORE (source), result, NULL, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (meetings == NULL)
    {
      ops_editor_show_error_with_heading (OPS_EDITOR (self),
                                          _("Could not load the meetings. Close the window and try again."),
                                          error);
      return;
    }

  g_array_set_size (self->meeting_ids, 0);
  g_array_append_val (self->meeting_ids, none);
  g_ptr_array_add (names, g_strdup (_("No meeting (remove the link)")));
  n = g_list_model_get_n_items (meetings);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OpsMeeting) meeting = g_list_model_get_item (meetings, i);
      g_autoptr(GDateTime) start = g_date_time_new_from_unix_local (ops_meeting_get_starts_at (meeting));
      g_autofree char *when = start != NULL ? g_date_time_format (start, "%Y-%m-%d") : g_strdup ("");
      gint64 id = ops_meeting_get_id (meeting);

      g_array_append_val (self->meeting_ids, id);
      g_ptr_array_add (names, g_strdup_printf ("%s · %s", when, ops_meeting_get_topic (meeting)));
      if (id == keep)
        selected = i + 1;
    }
  g_ptr_array_add (names, NULL);

  gtk_string_list_splice (self->meeting_model, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->meeting_model)),
                          (const char * const *) names->pdata);
  /* Selecting reads the resolutions (on_meeting_changed). */
  adw_combo_row_set_selected (self->meeting_row, selected);
  gtk_widget_set_sensitive (GTK_WIDGET (self->meeting_row), TRUE);
  if (selected == 0)
    {
      on_meeting_changed (self);
      self->filling = FALSE;
      ops_editor_remember_state (OPS_EDITOR (self));
    }
}

static void
on_linked (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(OpsApprovalLinkDialog) self = user_data;
  g_autoptr(OpsApprovalRequest) request = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  request = ops_store_link_approval_meeting_finish (OPS_STORE (source), result, &error);
  if (!ops_editor_end_write (OPS_EDITOR (self), error))
    return;

  if (ops_approval_request_get_meeting_id (request) != 0)
    text = g_strdup_printf (_("Linked “%s” to the meeting “%s”"), ops_approval_request_get_name (request),
                            ops_approval_request_get_meeting_topic (request));
  else
    text = g_strdup_printf (_("Removed the meeting from “%s”"), ops_approval_request_get_name (request));
  ops_editor_close_with_toast (OPS_EDITOR (self), text);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OpsApprovalLinkDialog *self = OPS_APPROVAL_LINK_DIALOG (widget);
  OpsEditor *editor = OPS_EDITOR (widget);

  if (!ops_editor_begin_write (editor))
    return;

  ops_store_link_approval_meeting_async (ops_context_get_store (ops_editor_get_context (editor)),
                                         ops_approval_request_get_id (self->request),
                                         current_meeting_id (self), current_resolution_id (self),
                                         ops_editor_get_cancellable (editor), on_linked,
                                         g_object_ref (self));
}

static void
ops_approval_link_dialog_constructed (GObject *object)
{
  OpsApprovalLinkDialog *self = OPS_APPROVAL_LINK_DIALOG (object);
  OpsEditor *editor = OPS_EDITOR (object);
  OpsMeetingFilter filter = { NULL };
  const char *topic = ops_approval_request_get_meeting_topic (self->request);

  G_OBJECT_CLASS (ops_approval_link_dialog_parent_class)->constructed (object);

  /* Until the list arrives the row shows the linked meeting, if any. */
  self->filling = TRUE;
  gtk_string_list_append (self->meeting_model, topic != NULL ? topic : _("Loading the meetings…"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->meeting_row), FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->resolution_row), FALSE);
  ops_editor_remember_state (editor);
  update_actions (editor);

  filter.scope = OPS_MEETING_SCOPE_ALL;
  filter.state = OPS_MEETING_STATE_ANY;
  ops_store_list_meetings_async (ops_context_get_store (ops_editor_get_context (editor)), &filter,
                                 (OpsRange) { 0, MAX_MEETINGS }, ops_editor_get_cancellable (editor),
                                 on_meetings_listed, g_object_ref (self));
}

static void
ops_approval_link_dialog_dispose (GObject *object)
{
  OpsApprovalLinkDialog *self = OPS_APPROVAL_LINK_DIALOG (object);

  g_cancellable_cancel (self->meeting_cancellable);
  g_clear_object (&self->meeting_cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (object), OPS_TYPE_APPROVAL_LINK_DIALOG);

  G_OBJECT_CLASS (ops_approval_link_dialog_parent_class)->dispose (object);
}

static void
ops_approval_link_dialog_finalize (GObject *object)
{
  OpsApprovalLinkDialog *self = OPS_APPROVAL_LINK_DIALOG (object);

  g_clear_object (&self->request);
  g_clear_pointer (&self->meeting_ids, g_array_unref);
  g_clear_pointer (&self->resolution_ids, g_array_unref);

  G_OBJECT_CLASS (ops_approval_link_dialog_parent_class)->finalize (object);
}

static void
ops_approval_link_dialog_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_REQUEST:
      g_value_set_object (value, OPS_APPROVAL_LINK_DIALOG (object)->request);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_approval_link_dialog_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_REQUEST:
      OPS_APPROVAL_LINK_DIALOG (object)->request = ops_approval_request_copy (g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_approval_link_dialog_class_init (OpsApprovalLinkDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  OpsEditorClass *editor_class = OPS_EDITOR_CLASS (klass);

  object_class->constructed = ops_approval_link_dialog_constructed;
  object_class->dispose = ops_approval_link_dialog_dispose;
  object_class->finalize = ops_approval_link_dialog_finalize;
  object_class->get_property = ops_approval_link_dialog_get_property;
  object_class->set_property = ops_approval_link_dialog_set_property;

  editor_class->dup_state = dup_state;
  editor_class->update_actions = update_actions;
  ops_editor_class_set_discard_body (editor_class, N_("The meeting has not been linked."));

  properties[PROP_REQUEST] =
    g_param_spec_object ("request", NULL, NULL, OPS_TYPE_APPROVAL_REQUEST,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ops-approval-link-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalLinkDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalLinkDialog, meeting_row);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalLinkDialog, meeting_model);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalLinkDialog, resolution_row);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalLinkDialog, resolution_model);
  gtk_widget_class_bind_template_callback (widget_class, on_meeting_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
ops_approval_link_dialog_init (OpsApprovalLinkDialog *self)
{
  self->meeting_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->resolution_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  /* The template's handlers run while it loads: nothing to read yet. */
  self->filling = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  ops_editor_set_error_label (OPS_EDITOR (self), self->error_label);
}

GtkWidget *
ops_approval_link_dialog_new (OpsContext         *context,
                              OpsApprovalRequest *request)
{
  g_return_val_if_fail (OPS_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (OPS_IS_APPROVAL_REQUEST (request), NULL);

  return g_object_new (OPS_TYPE_APPROVAL_LINK_DIALOG,
                       "context", context,
                       "request", request,
                       NULL);
}
