/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-decision-dialog.c: approve, return or reject the current step of a
 * request. The text above the comment says whether the comment is needed
 * and why; the store decides, and its refusal (wrong person, wrong state,
 * missing comment, a major item without its meeting) is shown inline with
 * the comment kept.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/ops-validate.h"
#include "ui/ops-decision-dialog.h"

struct _OpsDecisionDialog
{
  OpsEditor            parent_instance;

  OpsApprovalRequest  *request;
  OpsApprovalDecision  decision;

  /* Template children */
  GtkLabel            *error_label;
  GtkLabel            *heading_label;
  GtkLabel            *explain_label;
  GtkTextView         *comment_view;
  GtkButton           *decide_button;
};

enum {
  PROP_0,
  PROP_REQUEST,
  PROP_DECISION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (OpsDecisionDialog, ops_decision_dialog, OPS_TYPE_EDITOR)

static char *
dup_comment (OpsDecisionDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->comment_view);
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  return ops_strip_dup (text);
}

static char *
dup_state (OpsEditor *editor)
{
  g_autofree char *comment = dup_comment (OPS_DECISION_DIALOG (editor));

  return g_strdup (comment != NULL ? comment : "");
}

static void
update_actions (OpsEditor *editor)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (editor), "editor.decide", !ops_editor_get_busy (editor));
}

static void
on_decided (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(OpsDecisionDialog) self = user_data;
  g_autoptr(OpsApprovalRequest) request = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  const char *name;

  request = ops_store_decide_approval_finish (OPS_STORE (source), result, &error);
  /* On a refusal the comment stays as typed: fix and try again. */
  if (!ops_editor_end_write (OPS_EDITOR (self), error))
    return;

  name = ops_approval_request_get_name (request);
  switch (self->decision)
    {
    case OPS_APPROVAL_DECISION_APPROVE:
      if (ops_approval_request_get_state (request) == OPS_APPROVAL_STATE_APPROVED)
        text = g_strdup_printf (_("Approved “%s”: archive number %s"), name,
                                ops_approval_request_get_archive_number (request));
      else
        text = g_strdup_printf (_("Approved “%s”; it goes on to %s"), name,
                                ops_approval_request_get_current_approver_name (request));
      break;
    case OPS_APPROVAL_DECISION_RETURN:
      text = g_strdup_printf (_("Returned “%s” to %s for changes"), name,
                              ops_approval_request_get_applicant_name (request));
      break;
    case OPS_APPROVAL_DECISION_REJECT:
      text = g_strdup_printf (_("Rejected “%s”"), name);
      break;
    default:
      g_assert_not_reached ();
    }
  ops_editor_close_with_toast (OPS_EDITOR (self), text);
}

static void
decide_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OpsDecisionDialog *self = OPS_DECISION_DIALOG (widget);
  OpsEditor *editor = OPS_EDITOR (widget);
  g_autofree char *comment = NULL;

  if (!ops_editor_begin_write (editor))
    return;

  /* The store checks the comment too; it is sent as typed. */
  comment = dup_comment (self);
  ops_store_decide_approval_async (ops_context_get_store (ops_editor_get_context (editor)),
                                   ops_approval_request_get_id (self->request), self->decision,
                                   comment, ops_editor_get_cancellable (editor), on_decided,
                                   g_object_ref (self));
}

static void
ops_decision_dialog_constructed (GObject *object)
{
  OpsDecisionDialog *self = OPS_DECISION_DIALOG (object);
  const char *name = ops_approval_request_get_name (self->request);
  const char *acting_for = ops_approval_request_get_acting_for_name (self->request);
  g_autofree char *heading = NULL;
  g_autofree char *explain = NULL;
  const char *title = NULL;
  const char *button = NULL;
  const char *why = NULL;

  G_OBJECT_CLASS (ops_decision_dialog_parent_class)->constructed (object);

  switch (self->decision)
    {
    case OPS_APPROVAL_DECISION_APPROVE:
      /* Translators: the title of the dialog where an approver approves a
       * level; not the word written in the approval-opinion column. */
      title = C_("decision dialog title", "Approve");
      button = _("_Approve");
      why = _("Co_mment (optional). Without one the opinion column reads “Approved”.");
      heading = g_strdup_printf (_("Approve level %u of “%s”"),
                                 ops_approval_request_get_current_level (self->request), name);
      gtk_widget_add_css_class (GTK_WIDGET (self->decide_button), "suggested-action");
      break;
    case OPS_APPROVAL_DECISION_RETURN:
      title = _("Return for Changes");
      button = _("_Return");
      why = _("_What to change (required): the applicant edits the request from it and resubmits, and it goes into the opinion column.");
      heading = g_strdup_printf (_("Return “%s” to %s"), name,
                                 ops_approval_request_get_applicant_name (self->request));
      gtk_widget_add_css_class (GTK_WIDGET (self->decide_button), "suggested-action");
      break;
    case OPS_APPROVAL_DECISION_REJECT:
      title = _("Reject");
      button = _("Re_ject");
      why = _("_Reason (required): a rejection is final, and the applicant and the record must say why.");
      heading = g_strdup_printf (_("Reject “%s”"), name);
      gtk_widget_add_css_class (GTK_WIDGET (self->decide_button), "destructive-action");
      break;
    default:
      g_assert_not_reached ();
    }

  if (acting_for != NULL && *acting_for != '\0')
    explain = g_strdup_printf (_("You act as substitute for %s; the record reads “you for %s”.\n%s"),
                               acting_for, acting_for, why);
  else
    explain = g_strdup (why);

  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_button_set_label (self->decide_button, button);
  gtk_label_set_text (self->heading_label, heading);
  gtk_label_set_text_with_mnemonic (self->explain_label, explain);

  ops_editor_remember_state (OPS_EDITOR (self));
  update_actions (OPS_EDITOR (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->comment_view));
}

static void
ops_decision_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), OPS_TYPE_DECISION_DIALOG);

  G_OBJECT_CLASS (ops_decision_dialog_parent_class)->dispose (object);
}

static void
ops_decision_dialog_finalize (GObject *object)
{
  OpsDecisionDialog *self = OPS_DECISION_DIALOG (object);

  g_clear_object (&self->request);

  G_OBJECT_CLASS (ops_decision_dialog_parent_class)->finalize (object);
}

static void
ops_decision_dialog_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  OpsDecisionDialog *self = OPS_DECISION_DIALOG (object);

  switch (prop_id)
    {
    case PROP_REQUEST:
      g_value_set_object (value, self->request);
      break;
    case PROP_DECISION:
      g_value_set_int (value, self->decision);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_decision_dialog_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  OpsDecisionDialog *self = OPS_DECISION_DIALOG (object);

  switch (prop_id)
    {
    case PROP_REQUEST:
      self->request = ops_approval_request_copy (g_value_get_object (value));
      break;
    case PROP_DECISION:
      self->decision = g_value_get_int (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ops_decision_dialog_class_init (OpsDecisionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  OpsEditorClass *editor_class = OPS_EDITOR_CLASS (klass);

  object_class->constructed = ops_decision_dialog_constructed;
  object_class->dispose = ops_decision_dialog_dispose;
  object_class->finalize = ops_decision_dialog_finalize;
  object_class->get_property = ops_decision_dialog_get_property;
  object_class->set_property = ops_decision_dialog_set_property;

  editor_class->dup_state = dup_state;
  editor_class->update_actions = update_actions;
  ops_editor_class_set_discard_body (editor_class, N_("The comment you typed has not been sent."));

  properties[PROP_REQUEST] =
    g_param_spec_object ("request", NULL, NULL, OPS_TYPE_APPROVAL_REQUEST,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_DECISION] =
    g_param_spec_int ("decision", NULL, NULL,
                      OPS_APPROVAL_DECISION_APPROVE, OPS_APPROVAL_DECISION_REJECT,
                      OPS_APPROVAL_DECISION_APPROVE,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                      G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ops-decision-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OpsDecisionDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, OpsDecisionDialog, heading_label);
  gtk_widget_class_bind_template_child (widget_class, OpsDecisionDialog, explain_label);
  gtk_widget_class_bind_template_child (widget_class, OpsDecisionDialog, comment_view);
  gtk_widget_class_bind_template_child (widget_class, OpsDecisionDialog, decide_button);

  gtk_widget_class_install_action (widget_class, "editor.decide", NULL, decide_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "editor.decide", NULL);
}

static void
ops_decision_dialog_init (OpsDecisionDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ops_editor_set_error_label (OPS_EDITOR (self), self->error_label);
}

GtkWidget *
ops_decision_dialog_new (OpsContext          *context,
                         OpsApprovalRequest  *request,
                         OpsApprovalDecision  decision)
{
  g_return_val_if_fail (OPS_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (OPS_IS_APPROVAL_REQUEST (request), NULL);

  return g_object_new (OPS_TYPE_DECISION_DIALOG,
                       "context", context,
                       "request", request,
                       "decision", (int) decision,
                       NULL);
}
