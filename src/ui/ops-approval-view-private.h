/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ops-approval-view-private.h: the fields of OpsApprovalView, shared by
 * ops-approval-view.c (reading and showing a request) and
 * ops-approval-view-actions.c (what the current user does with it).
 */
#pragma once

#include "ui/ops-approval-view.h"

G_BEGIN_DECLS

struct _OpsApprovalView
{
  AdwBin              parent_instance;

  OpsContext         *context;
  GCancellable       *cancellable;   /* the reads of the shown request */
  GCancellable       *action_cancellable;
  gint64              id;
  OpsApprovalRequest *request;       /* as last read, or NULL */
  GListModel         *trail;         /* OpsAuditEntry of the request */
  OpsApprovalRequest *next_request;  /* read, shown once the trail is in too */
  GListModel         *next_trail;
  guint               pending_reads;

  /* Template children */
  GtkStack           *stack;
  GtkSpinner         *spinner;
  GtkLabel           *name_label;
  GtkLabel           *state_badge;
  GtkWidget          *overdue_badge;
  GtkWidget          *major_badge;
  GtkLabel           *summary_label;
  GtkLabel           *next_label;
  GtkWidget          *actions_box;
  GtkWidget          *approve_button;
  GtkWidget          *return_button;
  GtkWidget          *reject_button;
  GtkWidget          *submit_button;
  GtkWidget          *resubmit_button;
  GtkWidget          *edit_button;
  GtkWidget          *withdraw_button;
  GtkWidget          *delete_button;
  GtkWidget          *link_button;
  GtkWidget          *stamp_button;
  AdwActionRow       *type_row;
  AdwActionRow       *purpose_row;
  AdwActionRow       *applicant_row;
  AdwActionRow       *chain_row;
  AdwActionRow       *opinion_row;
  AdwActionRow       *archive_row;
  AdwActionRow       *stamp_row;
  AdwActionRow       *meeting_row;
  GtkWidget          *open_meeting_button;
  GtkListBox         *files_list;
  GtkListBox         *levels_list;
  GtkListBox         *timeline_list;
};

void ops_approval_view_class_install_actions (GtkWidgetClass *widget_class);

G_END_DECLS
