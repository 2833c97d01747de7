/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-approval-view.c: the detail of one approval request beside the list
 * of the Approvals page. It reads the request and its audit trail, shows
 * what they say (levels, meeting, stamp, documents, timeline with rounds),
 * and enables the actions (ops-approval-view-actions.c) that fit the
 * request's state and the current user.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ui/ops-compat.h"
#include "ui/ops-approval-view-private.h"
#include "ui/ops-page.h"

G_DEFINE_FINAL_TYPE (OpsApprovalView, ops_approval_view, ADW_TYPE_BIN)

static const char *state_classes[] = {
  "badge-draft", "badge-pending", "badge-returned", "badge-approved", "badge-rejected", "badge-withdrawn",
};

/* Helpers --------------------------------------------------------------- */

static gint64
current_user_id (OpsApprovalView *self)
{
  OpsPerson *user = self->context != NULL ? ops_context_get_current_user (self->context) : NULL;

  return user != NULL ? ops_person_get_id (user) : 0;
}

static gboolean
current_user_has_role (OpsApprovalView *self,
                       OpsRole          role)
{
  OpsPerson *user = self->context != NULL ? ops_context_get_current_user (self->context) : NULL;

  return user != NULL && ops_person_has_role (user, role);
}

static char *
format_time (gint64 at)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_local (at);

  return time != NULL ? g_date_time_format (time, "%Y-%m-%d %H:%M") : g_strdup ("");
}

static GtkWidget *
info_row_new (const char *title,
              const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static void
set_row (AdwActionRow *row,
         const char   *text)
{
  adw_action_row_set_subtitle (row, text != NULL && *text != '\0' ? text : "—");
}

/* The level labels of the request's chain, from its chain label. */
static GStrv
split_chain (OpsApprovalRequest *request)
{
  const char *chain = ops_approval_request_get_chain_label (request);
  guint n = ops_approval_request_get_level_count (request);
  g_auto(GStrv) parts = chain != NULL ? g_strsplit (chain, "-", -1) : NULL;

  if (parts != NULL && g_strv_length (parts) == n)
    return g_steal_pointer (&parts);
  return NULL;
}

/* Filling --------------------------------------------------------------- */

static void
fill_files (OpsApprovalView *self)
{
  GListModel *files = ops_approval_request_get_attachments (self->request);
  OpsStore *store = ops_context_get_store (self->context);
  guint n = files != NULL ? g_list_model_get_n_items (files) : 0;

  ops_compat_list_box_remove_all (self->files_list);
  if (n == 0)
    {
      gtk_list_box_append (self->files_list,
                           info_row_new (_("No documents attached"),
                                         _("The applicant adds the final document and attachments in the request’s editor.")));
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OpsApprovalAttachment) file = g_list_model_get_item (files, i);
      g_autofree char *path = ops_store_dup_approval_file_path (store, file);
      g_autofree char *when = format_time (ops_approval_attachment_get_added_at (file));
      g_autofree char *subtitle = NULL;
      g_autofree char *label = NULL;
      GtkWidget *row;
      GtkWidget *button;

      /* TRANSLATORS: "<original file name> · added <time> · round 2" */
      subtitle = g_strdup_printf (_("%s · added %s · round %u"),
                                  ops_approval_attachment_get_original_name (file), when,
                                  ops_approval_attachment_get_round (file));
      row = info_row_new (ops_approval_attachment_get_final (file)
                          ? _("Final document") : ops_approval_attachment_get_title (file),
                          subtitle);
      if (ops_approval_attachment_get_final (file))
        gtk_widget_add_css_class (row, "final-document");

      button = gtk_button_new_from_icon_name ("document-open-symbolic");
      label = g_strdup_printf (_("Open “%s”"), ops_approval_attachment_get_original_name (file));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "approval.open-file");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_string (path));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_list_box_append (self->files_list, row);
    }
}

/* The decision entry of @level in the request's latest round, or NULL. */
static OpsAuditEntry *
find_decision (OpsApprovalView *self,
               guint            level)
{
  guint round = ops_approval_request_get_round (self->request);
  guint n = self->trail != NULL ? g_list_model_get_n_items (self->trail) : 0;
  OpsAuditEntry *found = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OpsAuditEntry) entry = g_list_model_get_item (self->trail, i);
      OpsAuditAction action = ops_audit_entry_get_action (entry);

      if (ops_audit_entry_get_round (entry) != round || ops_audit_entry_get_level (entry) != level)
        continue;
      if (action == OPS_AUDIT_APPROVE || action == OPS_AUDIT_RETURN || action == OPS_AUDIT_REJECT)
        g_set_object (&found, entry);
    }
  return found;
}

static void
fill_levels (OpsApprovalView *self)
{
  OpsApprovalRequest *request = self->request;
  OpsApprovalState state = ops_approval_request_get_state (request);
  guint n = ops_approval_request_get_level_count (request);
  guint current = ops_approval_request_get_current_level (request);
  g_auto(GStrv) labels = split_chain (request);

  ops_compat_list_box_remove_all (self->levels_list);
  for (guint level = 1; level <= n; level++)
    {
      g_autoptr(OpsAuditEntry) decision = find_decision (self, level);
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row;
      GtkWidget *status;
      const char *status_text;
      const char *status_class = NULL;

      /* TRANSLATORS: "Level 2 · 分管领导" */
      title = g_strdup_printf (_("Level %u · %s"), level,
                               labels != NULL ? labels[level - 1] : "");

      if (decision != NULL)
        {
          g_autofree char *actor = ops_audit_entry_dup_actor_label (decision);
          g_autofree char *when = format_time (ops_audit_entry_get_at (decision));
          const char *comment = ops_audit_entry_get_comment (decision);

          status_text = ops_audit_action_to_label (ops_audit_entry_get_action (decision));
          status_class = ops_audit_entry_get_action (decision) == OPS_AUDIT_APPROVE ? "success" : "error";
          if (comment != NULL && *comment != '\0')
            /* TRANSLATORS: "<who> · <when> · “<comment>”" */
            subtitle = g_strdup_printf (_("%s · %s · “%s”"), actor, when, comment);
          else
            subtitle = g_strdup_printf ("%s · %s", actor, when);
        }
      else if (state == OPS_APPROVAL_STATE_PENDING && level == current)
        {
          status_text = ops_approval_request_get_overdue (request) ? _("Overdue") : _("Waiting");
          status_class = ops_approval_request_get_overdue (request) ? "overdue" : "accent";
          subtitle = g_strdup_printf (_("Waiting for %s, due %s"),
                                      ops_approval_request_get_current_approver_name (request),
                                      ops_approval_request_get_step_due_date (request));
        }
      else if (state == OPS_APPROVAL_STATE_DRAFT)
        status_text = _("Not submitted");
      else if (state == OPS_APPROVAL_STATE_PENDING && level > current)
        status_text = _("Not reached yet");
      else
        status_text = _("Not decided");

      row = info_row_new (title, subtitle);
      status = gtk_label_new (status_text);
      gtk_widget_set_valign (status, GTK_ALIGN_CENTER);
      if (status_class != NULL)
        gtk_widget_add_css_class (status, status_class);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), status);
      gtk_list_box_append (self->levels_list, row);
    }

  if (n == 0)
    gtk_list_box_append (self->levels_list,
                         info_row_new (_("The chain is set when the request is submitted"),
                                       _("Each document type has its chain of levels in Preferences.")));
}

static GtkWidget *
round_header_new (guint round)
{
  GtkWidget *row = gtk_list_box_row_new ();
  g_autofree char *text = g_strdup_printf (_("Round %u"), round);
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, 8);
  gtk_widget_set_margin_bottom (label, 8);
  gtk_widget_set_margin_start (label, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (row, "round-header");
  return row;
}

static void
fill_timeline (OpsApprovalView *self)
{
  guint n = self->trail != NULL ? g_list_model_get_n_items (self->trail) : 0;
  guint last_round = 0;

  ops_compat_list_box_remove_all (self->timeline_list);
  if (n == 0)
    {
      gtk_list_box_append (self->timeline_list, info_row_new (_("Nothing recorded yet"), NULL));
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OpsAuditEntry) entry = g_list_model_get_item (self->trail, i);
      guint round = ops_audit_entry_get_round (entry);
      guint level = ops_audit_entry_get_level (entry);
      const char *comment = ops_audit_entry_get_comment (entry);
      const char *level_label = ops_audit_entry_get_level_label (entry);
      g_autofree char *actor = ops_audit_entry_dup_actor_label (entry);
      g_autofree char *when = format_time (ops_audit_entry_get_at (entry));
      g_autofree char *title = NULL;
      g_autofree char *where = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      if (round != last_round && round > 0)
        {
          gtk_list_box_append (self->timeline_list, round_header_new (round));
          last_round = round;
        }

      /* TRANSLATORS: timeline entry: "<action> · <who, or X for Y>" */
      title = g_strdup_printf (_("%s · %s"), ops_audit_action_to_label (ops_audit_entry_get_action (entry)), actor);
      if (level > 0)
        /* TRANSLATORS: "2026-11-26 10:00 · Level 2 (分管领导) · OS account: chen" */
        where = g_strdup_printf (_("%s · Level %u (%s) · OS account: %s"), when, level,
                                 level_label != NULL ? level_label : "", ops_audit_entry_get_os_user (entry));
      else
        where = g_strdup_printf (_("%s · OS account: %s"), when, ops_audit_entry_get_os_user (entry));
      if (comment != NULL && *comment != '\0')
        subtitle = g_strdup_printf ("%s\n%s", where, comment);
      else
        subtitle = g_steal_pointer (&where);

      row = info_row_new (title, subtitle);
      gtk_widget_set_name (row, "approval-timeline-entry");
      gtk_list_box_append (self->timeline_list, row);
    }
}

static void
update_actions (OpsApprovalView *self)
{
  OpsApprovalRequest *request = self->request;
  gint64 user = current_user_id (self);
  gboolean shown = request != NULL && self->context != NULL;
  OpsApprovalState state = shown ? ops_approval_request_get_state (request) : OPS_APPROVAL_STATE_DRAFT;
  gboolean applicant = shown && user != 0 && ops_approval_request_get_applicant_id (request) == user;
  gboolean actionable = shown && ops_approval_request_get_actionable (request);
  gboolean can_submit = applicant && state == OPS_APPROVAL_STATE_DRAFT;
  gboolean can_resubmit = applicant && state == OPS_APPROVAL_STATE_RETURNED;
  gboolean can_withdraw = applicant && state == OPS_APPROVAL_STATE_PENDING
                          && !ops_approval_request_get_has_decision (request);
  gboolean can_link = shown && ops_approval_request_get_major (request)
                      && !ops_approval_state_is_final (state) && (applicant || actionable);
  gboolean can_stamp = shown && state == OPS_APPROVAL_STATE_APPROVED
                       && ops_approval_request_get_stamped_at (request) == 0
                       && current_user_has_role (self, OPS_ROLE_ADMINISTRATION);
  gboolean has_meeting = shown && ops_approval_request_get_meeting_id (request) != 0;
  /* The store lets the applicant delete a draft or a withdrawn request, and
   * administration any request. */
  gboolean can_delete = shown && ((applicant && (state == OPS_APPROVAL_STATE_DRAFT
                                                 || state == OPS_APPROVAL_STATE_WITHDRAWN))
                                  || current_user_has_role (self, OPS_ROLE_ADMINISTRATION));
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_set_visible (self->approve_button, actionable);
  gtk_widget_set_visible (self->return_button, actionable);
  gtk_widget_set_visible (self->reject_button, actionable);
  gtk_widget_set_visible (self->submit_button, can_submit);
  gtk_widget_set_visible (self->resubmit_button, can_resubmit);
  gtk_widget_set_visible (self->edit_button, can_submit || can_resubmit);
  gtk_widget_set_visible (self->withdraw_button, can_withdraw);
  gtk_widget_set_visible (self->delete_button, can_delete);
  gtk_widget_set_visible (self->link_button, can_link);
  gtk_widget_set_visible (self->stamp_button, can_stamp);

  /* A flow box child stays when its button hides: hide the child too. */
  for (GtkWidget *child = gtk_widget_get_first_child (self->actions_box);
       child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *button = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child));
      gtk_widget_set_visible (child, button != NULL && gtk_widget_get_visible (button));
    }

  gtk_widget_action_set_enabled (widget, "approval.approve", actionable);
  gtk_widget_action_set_enabled (widget, "approval.return", actionable);
  gtk_widget_action_set_enabled (widget, "approval.reject", actionable);
  gtk_widget_action_set_enabled (widget, "approval.submit", can_submit || can_resubmit);
  gtk_widget_action_set_enabled (widget, "approval.edit", can_submit || can_resubmit);
  gtk_widget_action_set_enabled (widget, "approval.withdraw", can_withdraw);
  gtk_widget_action_set_enabled (widget, "approval.delete", can_delete);
  gtk_widget_action_set_enabled (widget, "approval.link-meeting", can_link);
  gtk_widget_action_set_enabled (widget, "approval.stamp", can_stamp);
  gtk_widget_action_set_enabled (widget, "approval.open-meeting", has_meeting);
  gtk_widget_action_set_enabled (widget, "approval.open-file", shown);
}

/* What happens next, in one sentence. */
static char *
dup_next_text (OpsApprovalView *self)
{
  OpsApprovalRequest *request = self->request;
  OpsApprovalState state = ops_approval_request_get_state (request);
  gboolean applicant = ops_approval_request_get_applicant_id (request) == current_user_id (self);
  const char *approver = ops_approval_request_get_current_approver_name (request);

  switch (state)
    {
    case OPS_APPROVAL_STATE_DRAFT:
      return g_strdup (applicant ? _("A draft: add the final document, then submit it to the first approver.")
                                 : _("A draft: the applicant has not submitted it yet."));
    case OPS_APPROVAL_STATE_PENDING:
      if (ops_approval_request_get_actionable (request))
        {
          const char *acting_for = ops_approval_request_get_acting_for_name (request);

          if (acting_for != NULL && *acting_for != '\0')
            return g_strdup_printf (_("You decide level %u as substitute for %s, by %s."),
                                    ops_approval_request_get_current_level (request), acting_for,
                                    ops_approval_request_get_step_due_date (request));
          return g_strdup_printf (_("Your decision at level %u of %u is due by %s."),
                                  ops_approval_request_get_current_level (request),
                                  ops_approval_request_get_level_count (request),
                                  ops_approval_request_get_step_due_date (request));
        }
      return g_strdup_printf (_("Waiting for %s at level %u of %u, due %s."),
                              approver != NULL ? approver : "",
                              ops_approval_request_get_current_level (request),
                              ops_approval_request_get_level_count (request),
                              ops_approval_request_get_step_due_date (request));
    case OPS_APPROVAL_STATE_RETURNED:
      return g_strdup (applicant ? _("Returned to you for changes: edit the request as the approver asked, then resubmit it.")
                                 : _("Returned to the applicant for changes."));
    case OPS_APPROVAL_STATE_APPROVED:
      if (ops_approval_request_get_stamped_at (request) == 0)
        return g_strdup (_("Approved. Administration records the stamp and the distribution next."));
      return g_strdup (_("Approved, stamped and distributed."));
    case OPS_APPROVAL_STATE_REJECTED:
      return g_strdup (_("Rejected: this decision is final."));
    case OPS_APPROVAL_STATE_WITHDRAWN:
      return g_strdup (_("Withdrawn by the applicant."));
    default:
      return g_strdup ("");
    }
}

static void
fill (OpsApprovalView *self)
{
  OpsApprovalRequest *request = self->request;
  OpsApprovalState state = ops_approval_request_get_state (request);
  g_autofree char *summary = NULL;
  g_autofree char *next = dup_next_text (self);
  g_autofree char *applicant = NULL;
  g_autofree char *stamp = NULL;
  const char *department = ops_approval_request_get_department_name (request);

  gtk_label_set_text (self->name_label, ops_approval_request_get_name (request));
  for (guint i = 0; i < G_N_ELEMENTS (state_classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->state_badge), state_classes[i]);
  if ((guint) state < G_N_ELEMENTS (state_classes))
    gtk_widget_add_css_class (GTK_WIDGET (self->state_badge), state_classes[state]);
  gtk_label_set_text (self->state_badge, ops_approval_state_to_label (state));
  gtk_widget_set_visible (self->overdue_badge, ops_approval_request_get_overdue (request));
  gtk_widget_set_visible (self->major_badge, ops_approval_request_get_major (request));

  /* TRANSLATORS: "2026-11-26 · round 2" */
  summary = g_strdup_printf (_("Applied %s · round %u"), ops_approval_request_get_date (request),
                             ops_approval_request_get_round (request));
  gtk_label_set_text (self->summary_label, summary);
  gtk_label_set_text (self->next_label, next);
  if (ops_approval_request_get_overdue (request))
    gtk_widget_add_css_class (GTK_WIDGET (self->next_label), "overdue");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->next_label), "overdue");

  set_row (self->type_row, ops_approval_request_get_type_name (request));
  set_row (self->purpose_row, ops_approval_request_get_purpose (request));
  if (department != NULL && *department != '\0')
    applicant = g_strdup_printf ("%s · %s", ops_approval_request_get_applicant_name (request), department);
  else
    applicant = g_strdup (ops_approval_request_get_applicant_name (request));
  set_row (self->applicant_row, applicant);
  set_row (self->chain_row, ops_approval_request_get_chain_label (request));
  set_row (self->opinion_row, ops_approval_request_get_opinion (request));
  set_row (self->archive_row, ops_approval_request_get_archive_number (request) != NULL
                              ? ops_approval_request_get_archive_number (request)
                              : _("Assigned on final approval"));

  if (ops_approval_request_get_stamped_at (request) != 0)
    {
      g_autofree char *when = format_time (ops_approval_request_get_stamped_at (request));

      /* TRANSLATORS: "Stamped by 徐丽 on 2026-11-26 10:00 · to 财务部、销售部" */
      stamp = g_strdup_printf (_("Stamped by %s on %s · distributed to %s"),
                               ops_approval_request_get_stamped_by_name (request), when,
                               ops_approval_request_get_distributed_to (request));
    }
  else
    stamp = g_strdup (state == OPS_APPROVAL_STATE_APPROVED ? _("Not recorded yet") : _("After final approval"));
  set_row (self->stamp_row, stamp);

  if (ops_approval_request_get_meeting_id (request) != 0)
    {
      g_autofree char *text = NULL;

      text = g_strdup_printf ("%s%s", ops_approval_request_get_meeting_topic (request),
                              ops_approval_request_get_resolution_id (request) == 0
                              ? _(" · no resolution chosen yet")
                              : ops_approval_request_get_resolution_finalised (request)
                                ? _(" · resolution finalised") : _(" · resolution not finalised yet"));
      set_row (self->meeting_row, text);
    }
  else
    set_row (self->meeting_row, ops_approval_request_get_major (request)
                                ? _("None linked yet: the last level cannot approve a major item without one")
                                : _("None (only major items need one)"));
  gtk_widget_set_visible (self->open_meeting_button, ops_approval_request_get_meeting_id (request) != 0);

  fill_files (self);
  fill_levels (self);
  fill_timeline (self);
  update_actions (self);
}

/* Loading --------------------------------------------------------------- */

static void
read_done (OpsApprovalView *self)
{
  if (--self->pending_reads > 0)
    return;

  /* Both reads are in: show them together. */
  g_set_object (&self->request, self->next_request);
  g_set_object (&self->trail, self->next_trail);
  g_clear_object (&self->next_request);
  g_clear_object (&self->next_trail);
  if (self->request == NULL)
    self->id = 0;

  gtk_spinner_stop (self->spinner);
  if (self->request == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "none");
      update_actions (self);
      return;
    }
  fill (self);
  gtk_stack_set_visible_child_name (self->stack, "detail");
}

static void
on_request_read (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(OpsApprovalView) self = user_data;
  g_autoptr(OpsApprovalRequest) request = NULL;
  g_autoptr(GError) error = NULL;

  request = ops_store_get_approval_finish (OPS_STORE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (error != NULL && !g_error_matches (error, OPS_STORE_ERROR, OPS_STORE_ERROR_NOT_FOUND))
    ops_show_error (GTK_WIDGET (self), _("Could not load the request"), error);
  /* A deleted request shows nothing. */
  g_set_object (&self->next_request, request);
  read_done (self);
}

static void
on_trail_read (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(OpsApprovalView) self = user_data;
  g_autoptr(GListModel) trail = NULL;
  g_autoptr(GError) error = NULL;

  trail = ops_store_list_audit_finish (OPS_STORE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (error != NULL)
    ops_show_error (GTK_WIDGET (self), _("Could not load the request’s timeline"), error);
  g_set_object (&self->next_trail, trail);
  read_done (self);
}

void
ops_approval_view_show (OpsApprovalView *self,
                        gint64           id)
{
  OpsStore *store;

  g_return_if_fail (OPS_IS_APPROVAL_VIEW (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->next_request);
  g_clear_object (&self->next_trail);
  self->pending_reads = 0;

  if (id != self->id)
    {
      g_clear_object (&self->request);
      g_clear_object (&self->trail);
    }
  self->id = id;

  if (id == 0 || self->context == NULL)
    {
      g_clear_object (&self->request);
      gtk_stack_set_visible_child_name (self->stack, "none");
      update_actions (self);
      return;
    }

  store = ops_context_get_store (self->context);
  self->cancellable = g_cancellable_new ();
  /* Re-reading the same request keeps it on screen until the new data is
   * there; another one shows the spinner. */
  if (self->request == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "loading");
      gtk_spinner_start (self->spinner);
    }
  self->pending_reads = 2;
  ops_store_get_approval_async (store, id, self->cancellable, on_request_read, g_object_ref (self));
  ops_store_list_audit_async (store, id, self->cancellable, on_trail_read, g_object_ref (self));
}

/* Public ---------------------------------------------------------------- */

static void
on_current_user_changed (OpsApprovalView *self)
{
  /* What the current user may do changes with them: read again. */
  if (self->id != 0)
    ops_approval_view_show (self, self->id);
}

void
ops_approval_view_set_context (OpsApprovalView *self,
                               OpsContext      *context)
{
  g_return_if_fail (OPS_IS_APPROVAL_VIEW (self));
  g_return_if_fail (context == NULL || OPS_IS_CONTEXT (context));

  if (self->context == context)
    return;

  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (self->context, self);
  g_set_object (&self->context, context);
  if (context != NULL)
    g_signal_connect_object (context, "notify::current-user",
                             G_CALLBACK (on_current_user_changed), self, G_CONNECT_SWAPPED);
  ops_approval_view_show (self, 0);
}

gint64
ops_approval_view_get_id (OpsApprovalView *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_VIEW (self), 0);

  return self->id;
}

GObject *
ops_approval_view_get_request (OpsApprovalView *self)
{
  g_return_val_if_fail (OPS_IS_APPROVAL_VIEW (self), NULL);

  return self->request != NULL ? G_OBJECT (self->request) : NULL;
}

GtkWidget *
ops_approval_view_new (void)
{
  return g_object_new (OPS_TYPE_APPROVAL_VIEW, NULL);
}

/* GObject --------------------------------------------------------------- */

static void
ops_approval_view_dispose (GObject *object)
{
  OpsApprovalView *self = OPS_APPROVAL_VIEW (object);

  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->action_cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->action_cancellable);
  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (self->context, self);
  g_clear_object (&self->context);
  g_clear_object (&self->request);
  g_clear_object (&self->trail);
  g_clear_object (&self->next_request);
  g_clear_object (&self->next_trail);

  /* The stack is both a template child and the bin's child: let the bin
   * drop it first, or both would unparent it. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), OPS_TYPE_APPROVAL_VIEW);

  G_OBJECT_CLASS (ops_approval_view_parent_class)->dispose (object);
}

static void
ops_approval_view_class_init (OpsApprovalViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ops_approval_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ops-approval-view.ui");

  gtk_widget_class_bind_template_child (widget_class, OpsApprovalView, stack);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalView, spinner);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalView, name_label);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalView, state_badge);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalView, overdue_badge);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalView, major_badge);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalView, next_label);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalView, actions_box);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalView, approve_button);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalView, return_button);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalView, reject_button);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalView, submit_button);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalView, resubmit_button);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalView, edit_button);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalView, withdraw_button);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalView, delete_button);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalView, link_button);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalView, stamp_button);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalView, type_row);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalView, purpose_row);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalView, applicant_row);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalView, chain_row);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalView, opinion_row);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalView, archive_row);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalView, stamp_row);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalView, meeting_row);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalView, open_meeting_button);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalView, files_list);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalView, levels_list);
  gtk_widget_class_bind_template_child (widget_class, OpsApprovalView, timeline_list);

  ops_approval_view_class_install_actions (widget_class);

}

static void
ops_approval_view_init (OpsApprovalView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->action_cancellable = g_cancellable_new ();
  gtk_stack_set_visible_child_name (self->stack, "none");
  update_actions (self);
}
