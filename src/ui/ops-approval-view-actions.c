/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-approval-view-actions.c: the actions of the request view — approve,
 * return, reject (the decision dialog), submit and resubmit, edit, withdraw,
 * delete, link the meeting, record the stamp, open the meeting or a
 * document. The view enables them by state and person (update_actions in
 * ops-approval-view.c); the store checks each again, and its refusal is
 * shown with what to do.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ui/ops-approval-editor.h"
#include "ui/ops-approval-link-dialog.h"
#include "ui/ops-approval-stamp-dialog.h"
#include "ui/ops-approval-view-private.h"
#include "ui/ops-compat.h"
#include "ui/ops-decision-dialog.h"
#include "ui/ops-page.h"
#include "ui/ops-window.h"

/* Actions --------------------------------------------------------------- */

static void
present (OpsApprovalView *self,
         GtkWidget       *window)
{
  gtk_window_set_transient_for (GTK_WINDOW (window), ops_widget_get_window (GTK_WIDGET (self)));
  gtk_window_present (GTK_WINDOW (window));
}

static void
decide (OpsApprovalView     *self,
        OpsApprovalDecision  decision)
{
  if (self->request == NULL)
    return;
  present (self, ops_decision_dialog_new (self->context, self->request, decision));
}

static void
approve_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  decide (OPS_APPROVAL_VIEW (widget), OPS_APPROVAL_DECISION_APPROVE);
}

static void
return_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  decide (OPS_APPROVAL_VIEW (widget), OPS_APPROVAL_DECISION_RETURN);
}

static void
reject_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  decide (OPS_APPROVAL_VIEW (widget), OPS_APPROVAL_DECISION_REJECT);
}

static void
on_submitted (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(OpsApprovalView) self = user_data;
  g_autoptr(OpsApprovalRequest) request = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  request = ops_store_submit_approval_finish (OPS_STORE (source), result, &error);
  if (request == NULL)
    {
      ops_show_error (GTK_WIDGET (self), _("The request was not submitted"), error);
      return;
    }

  text = g_strdup_printf (_("Submitted “%s” to %s"), ops_approval_request_get_name (request),
                          ops_approval_request_get_current_approver_name (request));
  ops_show_toast (GTK_WIDGET (self), text);
}

static void
submit_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  OpsApprovalView *self = OPS_APPROVAL_VIEW (widget);

  if (self->request == NULL)
    return;
  ops_store_submit_approval_async (ops_context_get_store (self->context),
                                   ops_approval_request_get_id (self->request),
                                   self->action_cancellable, on_submitted, g_object_ref (self));
}

static void
edit_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  OpsApprovalView *self = OPS_APPROVAL_VIEW (widget);

  if (self->request == NULL)
    return;
  present (self, ops_approval_editor_new (self->context, self->request));
}

static void
on_withdrawn (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(OpsApprovalView) self = user_data;
  g_autoptr(OpsApprovalRequest) request = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  request = ops_store_withdraw_approval_finish (OPS_STORE (source), result, &error);
  if (request == NULL)
    {
      ops_show_error (GTK_WIDGET (self), _("The request was not withdrawn"), error);
      return;
    }
  text = g_strdup_printf (_("Withdrew “%s”"), ops_approval_request_get_name (request));
  ops_show_toast (GTK_WIDGET (self), text);
}

static void
on_withdraw_response (AdwMessageDialog *dialog,
                      const char       *response,
                      OpsApprovalView  *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "id"));

  if (g_strcmp0 (response, "withdraw") != 0 || self->context == NULL)
    return;
  ops_store_withdraw_approval_async (ops_context_get_store (self->context), id,
                                     self->action_cancellable, on_withdrawn, g_object_ref (self));
}

static void
withdraw_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  OpsApprovalView *self = OPS_APPROVAL_VIEW (widget);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  if (self->request == NULL)
    return;

  heading = g_strdup_printf (_("Withdraw “%s”?"), ops_approval_request_get_name (self->request));
  dialog = GTK_WIDGET (ops_confirm_destructive_new (GTK_WIDGET (self), heading,
                                                    _("Nobody has decided on it yet. A withdrawn request is final: to ask again, make a new request."),
                                                    "withdraw", _("_Withdraw")));
  gtk_widget_set_name (dialog, "withdraw-dialog");
  g_object_set_data (G_OBJECT (dialog), "id", GSIZE_TO_POINTER (ops_approval_request_get_id (self->request)));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_withdraw_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_deleted (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(OpsApprovalView) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!ops_store_delete_approval_finish (OPS_STORE (source), result, &error))
    {
      ops_show_error (GTK_WIDGET (self), _("The request was not deleted"), error);
      return;
    }
  ops_show_toast (GTK_WIDGET (self), _("Deleted the request. Its audit trail is kept."));
  ops_approval_view_show (self, 0);
}

static void
on_delete_response (AdwMessageDialog *dialog,
                    const char       *response,
                    OpsApprovalView  *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "id"));

  if (g_strcmp0 (response, "delete") != 0 || self->context == NULL)
    return;
  ops_store_delete_approval_async (ops_context_get_store (self->context), id,
                                   self->action_cancellable, on_deleted, g_object_ref (self));
}

static void
delete_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  OpsApprovalView *self = OPS_APPROVAL_VIEW (widget);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  if (self->request == NULL)
    return;

  heading = g_strdup_printf (_("Delete “%s”?"), ops_approval_request_get_name (self->request));
  dialog = GTK_WIDGET (ops_confirm_destructive_new (GTK_WIDGET (self), heading,
                                                    _("The request and its files are removed. Its audit trail stays, and an archive number it had is never given again. This cannot be undone."),
                                                    "delete", _("_Delete")));
  gtk_widget_set_name (dialog, "delete-request-dialog");
  g_object_set_data (G_OBJECT (dialog), "id", GSIZE_TO_POINTER (ops_approval_request_get_id (self->request)));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
link_meeting_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  OpsApprovalView *self = OPS_APPROVAL_VIEW (widget);

  if (self->request == NULL)
    return;
  present (self, ops_approval_link_dialog_new (self->context, self->request));
}

static void
stamp_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  OpsApprovalView *self = OPS_APPROVAL_VIEW (widget);

  if (self->request == NULL)
    return;
  present (self, ops_approval_stamp_dialog_new (self->context, self->request));
}

static void
open_meeting_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  OpsApprovalView *self = OPS_APPROVAL_VIEW (widget);
  GtkWindow *window = ops_widget_get_window (GTK_WIDGET (self));
  gint64 meeting_id = self->request != NULL ? ops_approval_request_get_meeting_id (self->request) : 0;

  if (meeting_id == 0 || !OPS_IS_WINDOW (window))
    return;
  if (!ops_window_open_record (OPS_WINDOW (window), "meetings", meeting_id))
    ops_show_toast (widget, _("The Meetings page is not available in this version."));
}

static void
open_file_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_variant_get_string (parameter, NULL));

  ops_compat_open_file (ops_widget_get_window (widget), file);
}

/* Installation ------------------------------------------------------------ */

void
ops_approval_view_class_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "approval.approve", NULL, approve_action);
  gtk_widget_class_install_action (widget_class, "approval.return", NULL, return_action);
  gtk_widget_class_install_action (widget_class, "approval.reject", NULL, reject_action);
  gtk_widget_class_install_action (widget_class, "approval.submit", NULL, submit_action);
  gtk_widget_class_install_action (widget_class, "approval.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "approval.withdraw", NULL, withdraw_action);
  gtk_widget_class_install_action (widget_class, "approval.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "approval.link-meeting", NULL, link_meeting_action);
  gtk_widget_class_install_action (widget_class, "approval.stamp", NULL, stamp_action);
  gtk_widget_class_install_action (widget_class, "approval.open-meeting", NULL, open_meeting_action);
  gtk_widget_class_install_action (widget_class, "approval.open-file", "s", open_file_action);
}
