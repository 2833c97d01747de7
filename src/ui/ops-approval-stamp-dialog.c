/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-approval-stamp-dialog.c: administration records the stamp and the
 * distribution of an approved request. The store checks the role and the
 * state; a refusal is shown inline with the text kept.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/ops-validate.h"
#include "ui/ops-approval-stamp-dialog.h"

struct _OpsApprovalStampDialog
{
  OpsEditor           parent_instance;

  OpsApprovalRequest *request;

  /* Template children */
  GtkLabel           *error_label;
  AdwPreferencesGroup *group;
  AdwEntryRow        *to_row;
};

enum {
  PROP_0,
  PROP_REQUEST,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (OpsApprovalStampDialog, ops_approval_stamp_dialog, OPS_TYPE_EDITOR)

static char *
dup_state (OpsEditor *editor)
{
  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (OPS_APPROVAL_STAMP_DIALOG (editor)->to_row)));
}

static void
update_actions (OpsEditor *editor)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (editor), "editor.save", !ops_editor_get_busy (editor));
}

static void
on_field_changed (OpsApprovalStampDialog *self)
{
  update_actions (OPS_EDITOR (self));
}

static void
on_stamped (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(OpsApprovalStampDialog) self = user_data;
  g_autoptr(OpsApprovalRequest) request = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  request = ops_store_record_approval_stamp_finish (OPS_STORE (source), result, &error);
  if (!ops_editor_end_write (OPS_EDITOR (self), error))
    return;

  text = g_strdup_printf (_("Recorded the stamp and distribution of “%s”"),
                          ops_approval_request_get_name (request));
  ops_editor_close_with_toast (OPS_EDITOR (self), text);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OpsApprovalStampDialog *self = OPS_APPROVAL_STAMP_DIALOG (widget);
  OpsEditor *editor = OPS_EDITOR (widget);
  g_autofree char *to = NULL;

  if (!ops_editor_begin_write (editor))
    return;

  to = ops_strip_dup (gtk_editable_get_text (GTK_EDITABLE (self->to_row)));
  ops_store_record_approval_stamp_async (ops_context_get_store (ops_editor_get_context (editor)),
                                         ops_approval_request_get_id (self->request), to,
                                         ops_editor_get_cancellable (editor), on_stamped,
                                         g_object_ref (self));
}

static void
on_activated (OpsApprovalStampDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "editor.save", NULL);
}

static void
ops_approval_stamp_dialog_constructed (GObject *object)
{
  OpsApprovalStampDialog *self = OPS_APPROVAL_STAMP_DIALOG (object);
  g_autofree char *title = NULL;

  G_OBJECT_CLASS (ops_approval_stamp_dialog_parent_class)->constructed (object);

  /* TRANSLATORS: "POLICY-2026-001 · 2023年费用报销制度" */
  title = g_strdup_printf (_("%s · %s"),
                           ops_approval_request_get_archive_number (self->request) != NULL
                           ? ops_approval_request_get_archive_number (self->request) : "",
                           ops_approval_request_get_name (self->request));
  adw_preferences_group_set_title (self->group, title);
  ops_editor_remember_state (OPS_EDITOR (self));
  update_actions (OPS_EDITOR (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->to_row));
}

static void
ops_approval_stamp_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), OPS_TYPE_APPROVAL_STAMP_DIALOG);

  G_OBJECT_CLASS (ops_approval_stamp_dialog_parent_class)->dispose (object);
}

static void
ops_approval_stamp_dialog_finalize (GObject *object)
{
  g_clear_object (&OPS_APPROVAL_STAMP_DIALOG (object)->request);

  G_OBJECT_CLASS (ops_approval_stamp_dialog_parent_class)->finalize (object);
}

static void
ops_approval_stamp_dialog_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_REQUEST:
      g_value_set_object (value, OPS_APPROVAL_STAMP_DIALOG (object)->request);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_approval_stamp_dialog_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_REQUEST:
      OPS_APPROVAL_STAMP_DIALOG (object)->request = ops_approval_request_copy (g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_approval_stamp_dialog_class_init (OpsApprovalStampDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  OpsEditorClass *editor_class = OPS_EDITOR_CLASS (klass);

  object_class->constructed = ops_approval_stamp_dialog_constructed;
  object_class->dispose = ops_approval_stamp_dialog_dispose;
  object_class->finalize = ops_approval_stamp_dialog_finalize;
  object_class->get_property = ops_approval_stamp_dialog_get_property;
  object_class->set_property = ops_approval_stamp_dialog_set_property;

  editor_class->dup_state = dup_state;
  editor_class->update_actions = update_actions;
  ops_editor_class_set_discard_body (editor_class, N_("The stamp and distribution have not been recorded."));

  properties[PROP_REQUEST] =
    g_param_spec_object ("request", NULL, NULL, OPS_TYPE_APPROVAL_REQUEST,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ops-approval-stamp-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalStampDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalStampDialog, group);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalStampDialog, to_row);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_activated);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
ops_approval_stamp_dialog_init (OpsApprovalStampDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ops_editor_set_error_label (OPS_EDITOR (self), self->error_label);
}

GtkWidget *
ops_approval_stamp_dialog_new (OpsContext         *context,
                               OpsApprovalRequest *request)
{
  g_return_val_if_fail (OPS_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (OPS_IS_APPROVAL_REQUEST (request), NULL);

  return g_object_new (OPS_TYPE_APPROVAL_STAMP_DIALOG,
                       "context", context,
                       "request", request,
                       NULL);
}
